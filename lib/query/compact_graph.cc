// CompactGraph: loading the store's edges into a compressed_sparse_row_graph, and the
// queries that run on it.
#include "actorgraph/compact_graph.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <random>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include "query/bytes.h"

namespace actorgraph {
namespace {

using Actor = CompactGraph::Actor;
constexpr Actor kNone = std::numeric_limits<Actor>::max();

std::uint64_t hash_id(std::string_view id) { return std::hash<std::string_view>{}(id); }

}  // namespace

namespace {

constexpr std::string_view kCacheName = "compact_graph";
// "AGCG", a format version and a byte-order mark: a cache from another format or another
// machine's byte order is rebuilt, never misread.
constexpr std::uint32_t kMagic = 0x47434741, kFormat = 2, kByteOrder = 0x01020304;
constexpr std::size_t kHeaderBytes = 3 * sizeof(std::uint32_t) + sizeof(std::uint64_t);
using detail::checksum;

using Writer = detail::ByteWriter;
using Reader = detail::ByteReader;

}  // namespace

Result<CompactGraph> CompactGraph::load(Store& store, CompactLoadOptions options) {
  auto cache = detail::read_current_cache(store, kCacheName, options.read_cache);
  if (!cache) return Error{cache.message()};
  if (cache->bytes) {
    if (auto g = deserialize(*cache->bytes)) {
      g->from_cache_ = true;
      return std::move(*g);
    }
  }

  CompactGraph g;
  std::vector<Actor> actor_of_key;  // the store's key -> actor, kNone where there is none
  Status s = store.scan_actors([&](const ActorRow& a) {
    if (a.key < 0 || a.key > std::numeric_limits<std::int32_t>::max()) return;
    const auto key = static_cast<std::size_t>(a.key);
    if (key >= actor_of_key.size()) actor_of_key.resize(std::max(key + 1, actor_of_key.size() * 2), kNone);
    actor_of_key[key] = static_cast<Actor>(g.types_.size());
    g.id_at_.push_back(g.text_.size());
    g.text_ += a.id;
    g.text_ += a.label;
    g.id_length_.push_back(static_cast<std::uint32_t>(a.id.size()));
    g.label_length_.push_back(static_cast<std::uint32_t>(a.label.size()));
    g.types_.push_back(a.type);
  });
  if (!s) return Error{s.message()};

  std::vector<std::pair<Actor, Actor>> ends;
  std::vector<CompactEdge> props;
  auto actor = [&](std::int64_t key) {
    return key >= 0 && static_cast<std::size_t>(key) < actor_of_key.size()
               ? actor_of_key[static_cast<std::size_t>(key)]
               : kNone;
  };
  ends.reserve(1U << 16);
  props.reserve(1U << 16);
  s = store.scan_edges([&](const EdgeRow& e) {
    const Actor from = actor(e.source), to = actor(e.target);
    if (from == kNone || to == kNone) return;
    // A handful of relation types: a linear search beats hashing.
    std::size_t type = 0;
    while (type < g.relation_types_.size() && g.relation_types_[type] != e.type) ++type;
    if (type == g.relation_types_.size()) g.relation_types_.emplace_back(e.type);
    ends.emplace_back(from, to);
    props.push_back({e.weight, static_cast<std::uint16_t>(type), e.modality});
  });
  if (!s) return Error{s.message()};
  g.csr_ = CompactCsr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
                      static_cast<Actor>(g.types_.size()));
  g.index_ids();
  // a small graph is rebuilt faster than it is written; a read command then writes nothing
  if (options.write_cache && g.relation_count() >= options.cache_from_relations) {
    (void)store.write_cache(kCacheName, cache->generation, g.serialize());
  }
  return g;
}

void CompactGraph::index_ids() {
  by_id_.resize(types_.size());
  for (Actor a = 0; a < by_id_.size(); ++a) by_id_[a] = a;
  std::vector<std::uint64_t> hashes(types_.size());
  for (Actor a = 0; a < hashes.size(); ++a) hashes[a] = hash_id(id(a));
  std::sort(by_id_.begin(), by_id_.end(), [&](Actor a, Actor b) { return hashes[a] < hashes[b]; });
  id_hash_.resize(by_id_.size());
  for (std::size_t i = 0; i < by_id_.size(); ++i) id_hash_[i] = hashes[by_id_[i]];
}

// The CSR's own arrays, forward and backward, as Boost keeps them, the actors (types, ids,
// labels) and the id index: reading them back is copying, not rebuilding. Edge properties
// go field by field (no padding bytes). A checksum over everything after the header refuses
// damaged bytes; bounds are checked as well, so that no index can point outside its array.
std::string CompactGraph::serialize() const {
  Writer w;
  w.value(kMagic);
  w.value(kFormat);
  w.value(kByteOrder);
  w.value<std::uint64_t>(0);  // the checksum, filled in below
  w.value<std::uint64_t>(relation_types_.size());
  for (const auto& t : relation_types_) w.text(t);
  const std::uint64_t n = actor_count(), m = relation_count();
  w.value(n);
  w.value(m);
  w.array(types_);
  w.text(text_);
  w.array(id_at_);
  w.array(id_length_);
  w.array(label_length_);
  w.array(by_id_);
  w.array(id_hash_);
  w.array(csr_.m_forward.m_rowstart);
  w.array(csr_.m_forward.m_column);
  std::vector<std::uint32_t> weight(m);
  std::vector<std::uint16_t> type(m);
  std::vector<Modality> modality(m);
  for (std::size_t i = 0; i < m; ++i) {
    const CompactEdge& p = csr_.m_forward.m_edge_properties[i];
    weight[i] = p.weight, type[i] = p.type, modality[i] = p.modality;
  }
  w.array(weight);
  w.array(type);
  w.array(modality);
  w.array(csr_.m_backward.m_rowstart);
  w.array(csr_.m_backward.m_column);
  w.array(csr_.m_backward.m_edge_properties);
  std::string bytes = w.take();
  const std::uint64_t sum = checksum(std::string_view(bytes).substr(kHeaderBytes));
  std::memcpy(bytes.data() + kHeaderBytes - sizeof sum, &sum, sizeof sum);
  return bytes;
}

std::optional<CompactGraph> CompactGraph::deserialize(std::string_view bytes) {
  Reader r(bytes);
  std::uint32_t magic = 0, format = 0, order = 0;
  std::uint64_t sum = 0;
  if (!r.value(magic) || !r.value(format) || !r.value(order) || !r.value(sum) || magic != kMagic ||
      format != kFormat || order != kByteOrder || sum != checksum(bytes.substr(kHeaderBytes))) {
    return std::nullopt;
  }
  CompactGraph g;
  std::uint64_t types = 0, n = 0, m = 0;
  if (!r.value(types) || types > std::numeric_limits<std::uint16_t>::max()) return std::nullopt;
  g.relation_types_.resize(types);
  for (auto& t : g.relation_types_) {
    if (!r.text(t)) return std::nullopt;
  }
  if (!r.value(n) || !r.value(m) || n >= kNone || m >= kNone) return std::nullopt;
  if (!r.array(g.types_, n) || !r.text(g.text_) || !r.array(g.id_at_, n) || !r.array(g.id_length_, n) ||
      !r.array(g.label_length_, n) || !r.array(g.by_id_, n) || !r.array(g.id_hash_, n)) {
    return std::nullopt;
  }
  for (std::size_t a = 0; a < n; ++a) {
    if (static_cast<std::uint8_t>(g.types_[a]) > static_cast<std::uint8_t>(EntityType::weapon_system) ||
        g.id_at_[a] > g.text_.size() ||
        std::uint64_t{g.id_length_[a]} + g.label_length_[a] > g.text_.size() - g.id_at_[a] ||
        g.by_id_[a] >= n) {
      return std::nullopt;
    }
  }
  auto& fwd = g.csr_.m_forward;
  auto& bwd = g.csr_.m_backward;
  std::vector<std::uint32_t> weight;
  std::vector<std::uint16_t> type;
  std::vector<Modality> modality;
  if (!r.array(fwd.m_rowstart, n + 1) || !r.array(fwd.m_column, m) || !r.array(weight, m) ||
      !r.array(type, m) || !r.array(modality, m) || !r.array(bwd.m_rowstart, n + 1) ||
      !r.array(bwd.m_column, m) || !r.array(bwd.m_edge_properties, m) || !r.done()) {
    return std::nullopt;
  }
  auto rows_ok = [&](const std::vector<std::uint32_t>& rowstart) {
    if (rowstart.front() != 0 || rowstart.back() != m) return false;
    for (std::size_t v = 0; v < n; ++v) {
      if (rowstart[v] > rowstart[v + 1]) return false;
    }
    return true;
  };
  if (!rows_ok(fwd.m_rowstart) || !rows_ok(bwd.m_rowstart)) return std::nullopt;
  fwd.m_edge_properties.resize(m);
  for (std::size_t i = 0; i < m; ++i) {
    if (fwd.m_column[i] >= n || bwd.m_column[i] >= n || bwd.m_edge_properties[i] >= m || type[i] >= types ||
        static_cast<std::uint8_t>(modality[i]) > static_cast<std::uint8_t>(Modality::negated)) {
      return std::nullopt;
    }
    fwd.m_edge_properties[i] = {weight[i], type[i], modality[i]};
  }
  return g;
}

std::string_view CompactGraph::id(Actor a) const {
  return std::string_view(text_).substr(id_at_[a], id_length_[a]);
}

std::string_view CompactGraph::label(Actor a) const {
  return std::string_view(text_).substr(id_at_[a] + id_length_[a], label_length_[a]);
}

std::optional<Actor> CompactGraph::find(std::string_view id) const {
  const std::uint64_t h = hash_id(id);
  for (auto it = std::lower_bound(id_hash_.begin(), id_hash_.end(), h); it != id_hash_.end() && *it == h;
       ++it) {
    const Actor a = by_id_[static_cast<std::size_t>(it - id_hash_.begin())];
    if (this->id(a) == id) return a;
  }
  return std::nullopt;
}

std::optional<std::uint16_t> CompactGraph::relation_type(std::string_view name) const {
  auto it = std::find(relation_types_.begin(), relation_types_.end(), name);
  if (it == relation_types_.end()) return std::nullopt;
  return static_cast<std::uint16_t>(it - relation_types_.begin());
}

std::size_t CompactGraph::structure_bytes() const {
  const std::size_t v = actor_count() + 1, e = relation_count();
  // forward: row starts, targets, properties; backward: row starts, sources, edge indices
  return v * sizeof(Actor) * 2 + e * (sizeof(Actor) + sizeof(CompactEdge)) +
         e * (sizeof(Actor) + sizeof(Actor));
}

std::size_t CompactGraph::total_bytes() const {
  return structure_bytes() + text_.capacity() + id_at_.capacity() * sizeof(std::uint64_t) +
         (id_length_.capacity() + label_length_.capacity()) * sizeof(std::uint32_t) +
         types_.capacity() * sizeof(EntityType) + by_id_.capacity() * sizeof(Actor) +
         id_hash_.capacity() * sizeof(std::uint64_t);
}

namespace {

void sort_supplies(std::vector<CompactSupply>& v, const CompactGraph& g, bool by_supplier) {
  std::sort(v.begin(), v.end(), [&](const CompactSupply& a, const CompactSupply& b) {
    if (a.modality != b.modality) return a.modality < b.modality;
    if (a.evidence != b.evidence) return a.evidence > b.evidence;
    return g.label(by_supplier ? a.supplier : a.recipient) < g.label(by_supplier ? b.supplier : b.recipient);
  });
}

}  // namespace

std::vector<CompactSupply> compact_suppliers_of(const CompactGraph& g, Actor recipient) {
  std::vector<CompactSupply> out;
  const auto supplies = g.relation_type("supplies");
  if (!supplies) return out;
  for (auto e : boost::make_iterator_range(boost::in_edges(recipient, g.csr()))) {
    const CompactEdge& p = g.csr()[e];
    if (p.type == *supplies) out.push_back({boost::source(e, g.csr()), recipient, p.modality, p.weight});
  }
  sort_supplies(out, g, true);
  return out;
}

std::vector<CompactSupply> compact_recipients_of(const CompactGraph& g, Actor supplier) {
  std::vector<CompactSupply> out;
  const auto supplies = g.relation_type("supplies");
  if (!supplies) return out;
  for (auto e : boost::make_iterator_range(boost::out_edges(supplier, g.csr()))) {
    const CompactEdge& p = g.csr()[e];
    if (p.type == *supplies) out.push_back({supplier, boost::target(e, g.csr()), p.modality, p.weight});
  }
  sort_supplies(out, g, false);
  return out;
}

std::vector<std::pair<Actor, int>> compact_chain(const CompactGraph& g, Actor root, bool upstream,
                                                 int depth) {
  std::vector<std::pair<Actor, int>> out{{root, 0}};
  std::unordered_set<Actor> seen{root};
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto [actor, hop] = out[i];
    if (hop == depth) continue;
    const auto next = upstream ? compact_suppliers_of(g, actor) : compact_recipients_of(g, actor);
    for (const CompactSupply& s : next) {
      const Actor other = upstream ? s.supplier : s.recipient;
      if (seen.insert(other).second) out.emplace_back(other, hop + 1);
    }
  }
  return out;
}

std::vector<Actor> compact_neighbourhood(const CompactGraph& g, Actor root, int hops) {
  std::vector<Actor> out{root};
  std::vector<int> hop_of{0};
  std::unordered_set<Actor> seen{root};
  const CompactCsr& csr = g.csr();
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (hop_of[i] == hops) continue;
    auto visit = [&](Actor w) {
      if (seen.insert(w).second) {
        out.push_back(w);
        hop_of.push_back(hop_of[i] + 1);
      }
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(out[i], csr))) visit(boost::target(e, csr));
    for (auto e : boost::make_iterator_range(boost::in_edges(out[i], csr))) visit(boost::source(e, csr));
  }
  return out;
}

std::vector<Actor> compact_path(const CompactGraph& g, Actor from, Actor to,
                                const std::set<std::string>& types) {
  if (from == to) return {from};
  std::vector<char> allowed(g.relation_types().size(), types.empty() ? 1 : 0);
  for (const std::string& t : types) {
    if (auto i = g.relation_type(t)) allowed[*i] = 1;
  }
  // Breadth first from both ends at once, always widening the smaller frontier.
  std::unordered_map<Actor, Actor> parent_a{{from, kNone}}, parent_b{{to, kNone}};
  std::vector<Actor> frontier_a{from}, frontier_b{to};
  Actor meet = kNone;
  auto widen = [&](std::vector<Actor>& frontier, std::unordered_map<Actor, Actor>& mine,
                   const std::unordered_map<Actor, Actor>& theirs) {
    std::vector<Actor> next;
    for (Actor v : frontier) {
      auto visit = [&](Actor w) {
        if (meet != kNone || !mine.emplace(w, v).second) return;
        if (theirs.count(w)) meet = w;
        next.push_back(w);
      };
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g.csr()))) {
        if (allowed[g.csr()[e].type]) visit(boost::target(e, g.csr()));
      }
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g.csr()))) {
        if (allowed[g.csr()[e].type]) visit(boost::source(e, g.csr()));
      }
      if (meet != kNone) break;
    }
    frontier = std::move(next);
  };
  while (meet == kNone && !frontier_a.empty() && !frontier_b.empty()) {
    if (frontier_a.size() <= frontier_b.size())
      widen(frontier_a, parent_a, parent_b);
    else
      widen(frontier_b, parent_b, parent_a);
  }
  if (meet == kNone) return {};
  std::vector<Actor> path;
  for (Actor v = meet; v != kNone; v = parent_a.at(v)) path.push_back(v);
  std::reverse(path.begin(), path.end());
  for (Actor v = parent_b.at(meet); v != kNone; v = parent_b.at(v)) path.push_back(v);
  return path;
}

namespace {

// Betweenness estimated from `sources` start actors drawn at random (fixed seed): Brandes'
// accumulation from each, scaled by actors / sources (Brandes & Pich 2007). Directed, as
// boost::brandes_betweenness_centrality on the ActorGraph.
std::vector<double> sampled_betweenness(const CompactGraph& g, std::size_t sources) {
  const CompactCsr& csr = g.csr();
  const std::size_t n = g.actor_count();
  std::vector<double> score(n, 0.0), delta(n, 0.0);
  std::vector<double> sigma(n, 0.0);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<Actor> order;
  order.reserve(n);
  std::vector<Actor> all(n);
  for (Actor a = 0; a < n; ++a) all[a] = a;
  std::mt19937_64 random(20261204);
  std::shuffle(all.begin(), all.end(), random);
  all.resize(std::min(sources, n));
  for (Actor s : all) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (std::size_t i = 0; i < order.size(); ++i) {  // breadth first, order is the queue
      const Actor v = order[i];
      for (auto e : boost::make_iterator_range(boost::out_edges(v, csr))) {
        const Actor w = boost::target(e, csr);
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          order.push_back(w);
        }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    for (std::size_t i = order.size(); i-- > 0;) {  // farthest first
      const Actor w = order[i];
      for (auto e : boost::make_iterator_range(boost::in_edges(w, csr))) {
        const Actor v = boost::source(e, csr);
        if (dist[v] >= 0 && dist[v] + 1 == dist[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != s) score[w] += delta[w];
    }
    for (Actor v : order) dist[v] = -1, sigma[v] = 0, delta[v] = 0;
  }
  const double scale = all.empty() ? 0 : static_cast<double>(n) / static_cast<double>(all.size());
  for (double& x : score) x *= scale;
  return score;
}

}  // namespace

CompactRanking compact_top(const CompactGraph& g, Centrality by, std::optional<EntityType> type, int limit,
                           std::size_t exact_work) {
  const CompactCsr& csr = g.csr();
  const std::size_t n = g.actor_count();
  CompactRanking r;
  std::vector<double> score(n, 0.0);
  auto index = boost::get(boost::vertex_index, csr);
  if (by == Centrality::degree) {
    for (Actor a = 0; a < n; ++a)
      score[a] = static_cast<double>(boost::in_degree(a, csr) + boost::out_degree(a, csr));
  } else if (by == Centrality::pagerank) {
    boost::graph::page_rank(csr, boost::make_iterator_property_map(score.begin(), index));
  } else if (static_cast<double>(n) * static_cast<double>(n + g.relation_count()) <=
             static_cast<double>(exact_work)) {
    boost::brandes_betweenness_centrality(
        csr, boost::centrality_map(boost::make_iterator_property_map(score.begin(), index))
                 .vertex_index_map(index));
  } else {
    // each source costs one pass over the graph: as many as the budget allows, at least 16
    r.sources =
        std::min(n, std::max<std::size_t>(16, exact_work / std::max<std::size_t>(1, n + g.relation_count())));
    score = sampled_betweenness(g, r.sources);
  }
  for (Actor a = 0; a < n; ++a) {
    if (type && g.type(a) != *type) continue;
    r.ranked.emplace_back(a, score[a]);
  }
  auto better = [&](const std::pair<Actor, double>& x, const std::pair<Actor, double>& y) {
    return x.second != y.second ? x.second > y.second : g.label(x.first) < g.label(y.first);
  };
  const std::size_t keep =
      limit < 0 ? r.ranked.size() : std::min(r.ranked.size(), static_cast<std::size_t>(limit));
  std::partial_sort(r.ranked.begin(), r.ranked.begin() + static_cast<std::ptrdiff_t>(keep), r.ranked.end(),
                    better);
  r.ranked.resize(keep);
  return r;
}

}  // namespace actorgraph
