// CompactGraph: loading the store's edges into a compressed_sparse_row_graph, and the
// queries that run on it.
#include "actorgraph/compact_graph.h"

#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <limits>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>

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
constexpr std::uint32_t kMagic = 0x47434741, kFormat = 1, kByteOrder = 0x01020304;

// Appends plain values and arrays of them to a byte string.
class Writer {
 public:
  template <typename T>
  void value(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    value<std::uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void text(std::string_view t) {
    value<std::uint64_t>(t.size());
    out_.append(t);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Reads what Writer wrote, checking every length against what is left.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  bool value(T& v) {
    if (in_.size() < sizeof v) return false;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return true;
  }
  template <typename T>
  bool array(std::vector<T>& v, std::uint64_t expect) {
    std::uint64_t n = 0;
    if (!value(n) || n != expect || n > in_.size() / sizeof(T)) return false;
    v.resize(n);
    std::memcpy(v.data(), in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }
  bool text(std::string& t) {
    std::uint64_t n = 0;
    if (!value(n) || n > in_.size()) return false;
    t.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  [[nodiscard]] bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

}  // namespace

Result<CompactGraph> CompactGraph::load(Store& store, CompactLoadOptions options) {
  // Read the generation first: should a build commit while we scan, the cache is labelled
  // with the older generation and is never read.
  auto generation = store.generation();
  if (!generation) return Error{generation.message()};
  if (options.read_cache) {
    auto cached = store.read_cache(kCacheName, *generation);
    if (!cached) return Error{cached.message()};
    if (*cached) {
      if (auto g = deserialize(**cached)) {
        g->from_cache_ = true;
        return std::move(*g);
      }
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
    (void)store.write_cache(kCacheName, *generation, g.serialize());
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

// Actors (types, ids and labels) and the relations in the CSR's own order — by source, and
// per source in the order they were loaded — so that rebuilding the CSR from them gives the
// same graph, in-edges included. Edge properties go field by field: no padding bytes.
std::string CompactGraph::serialize() const {
  Writer w;
  w.value(kMagic);
  w.value(kFormat);
  w.value(kByteOrder);
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
  std::vector<Actor> from, to;
  std::vector<std::uint32_t> weight;
  std::vector<std::uint16_t> type;
  std::vector<Modality> modality;
  from.reserve(m), to.reserve(m), weight.reserve(m), type.reserve(m), modality.reserve(m);
  for (Actor v = 0; v < n; ++v) {
    for (auto e : boost::make_iterator_range(boost::out_edges(v, csr_))) {
      from.push_back(v);
      to.push_back(boost::target(e, csr_));
      const CompactEdge& p = csr_[e];
      weight.push_back(p.weight);
      type.push_back(p.type);
      modality.push_back(p.modality);
    }
  }
  w.array(from);
  w.array(to);
  w.array(weight);
  w.array(type);
  w.array(modality);
  return w.take();
}

std::optional<CompactGraph> CompactGraph::deserialize(std::string_view bytes) {
  Reader r(bytes);
  std::uint32_t magic = 0, format = 0, order = 0;
  if (!r.value(magic) || !r.value(format) || !r.value(order) || magic != kMagic || format != kFormat ||
      order != kByteOrder) {
    return std::nullopt;
  }
  CompactGraph g;
  std::uint64_t types = 0, n = 0, m = 0;
  if (!r.value(types) || types > std::numeric_limits<std::uint16_t>::max()) return std::nullopt;
  g.relation_types_.resize(types);
  for (auto& t : g.relation_types_) {
    if (!r.text(t)) return std::nullopt;
  }
  if (!r.value(n) || !r.value(m) || n >= kNone) return std::nullopt;
  if (!r.array(g.types_, n) || !r.text(g.text_) || !r.array(g.id_at_, n) || !r.array(g.id_length_, n) ||
      !r.array(g.label_length_, n)) {
    return std::nullopt;
  }
  for (std::size_t a = 0; a < n; ++a) {
    if (static_cast<std::uint8_t>(g.types_[a]) > static_cast<std::uint8_t>(EntityType::weapon_system) ||
        g.id_at_[a] > g.text_.size() ||
        std::uint64_t{g.id_length_[a]} + g.label_length_[a] > g.text_.size() - g.id_at_[a]) {
      return std::nullopt;
    }
  }
  std::vector<Actor> from, to;
  std::vector<std::uint32_t> weight;
  std::vector<std::uint16_t> type;
  std::vector<Modality> modality;
  if (!r.array(from, m) || !r.array(to, m) || !r.array(weight, m) || !r.array(type, m) ||
      !r.array(modality, m) || !r.done()) {
    return std::nullopt;
  }
  std::vector<std::pair<Actor, Actor>> ends(m);
  std::vector<CompactEdge> props(m);
  for (std::size_t i = 0; i < m; ++i) {
    if (from[i] >= n || to[i] >= n || type[i] >= types ||
        static_cast<std::uint8_t>(modality[i]) > static_cast<std::uint8_t>(Modality::negated)) {
      return std::nullopt;
    }
    ends[i] = {from[i], to[i]};
    props[i] = {weight[i], type[i], modality[i]};
  }
  g.csr_ = CompactCsr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), props.begin(),
                      static_cast<Actor>(n));
  g.index_ids();
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

std::vector<Actor> compact_path(const CompactGraph& g, Actor from, Actor to) {
  if (from == to) return {from};
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
      for (auto e : boost::make_iterator_range(boost::out_edges(v, g.csr())))
        visit(boost::target(e, g.csr()));
      for (auto e : boost::make_iterator_range(boost::in_edges(v, g.csr()))) visit(boost::source(e, g.csr()));
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

}  // namespace actorgraph
