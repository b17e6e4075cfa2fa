// QuerySession: names from the NameIndex, what a question needs found on the CompactGraph,
// and only that read from the store.
#include "actorgraph/query_session.h"

#include <algorithm>

namespace actorgraph {
namespace {

RelationKey key_of(const CompactGraph& g, CompactCsr::edge_descriptor e) {
  const CompactCsr& csr = g.csr();
  return {std::string(g.id(boost::source(e, csr))), std::string(g.id(boost::target(e, csr))),
          g.relation_types()[csr[e].type]};
}

}  // namespace

Result<std::unique_ptr<QuerySession>> QuerySession::open(Store& store, const Extractor* extractor) {
  auto names = NameIndex::load(store, extractor);
  if (!names) return Error{names.message()};
  return std::unique_ptr<QuerySession>(new QuerySession(store, std::move(*names)));
}

Status QuerySession::prepare(Store& store, const Extractor* extractor) {
  if (auto names = NameIndex::load(store, extractor); !names) return Error{names.message()};
  if (auto g = CompactGraph::load(store); !g) return Error{g.message()};
  return Status::ok();
}

Result<std::string> QuerySession::resolve(std::string_view name) const { return names_.resolve(name); }

std::string QuerySession::label(std::string_view id) const {
  return std::string(names_.label_of(id).value_or(id));
}

Result<const CompactGraph*> QuerySession::compact() {
  if (!compact_) {
    auto g = CompactGraph::load(store_);
    if (!g) return Error{g.message()};
    compact_.emplace(std::move(*g));
  }
  return &*compact_;
}

Result<ActorGraph> QuerySession::around(std::span<const std::string> ids) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  std::vector<RelationKey> keys;
  for (const std::string& id : ids) {
    auto root = g.find(id);
    if (!root) continue;
    for (auto e : boost::make_iterator_range(boost::out_edges(*root, g.csr()))) keys.push_back(key_of(g, e));
    for (auto e : boost::make_iterator_range(boost::in_edges(*root, g.csr()))) keys.push_back(key_of(g, e));
  }
  return load({ids.begin(), ids.end()}, std::move(keys));
}

Result<ActorGraph> QuerySession::chain_around(const std::string& id, bool upstream, int depth) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  auto root = g.find(id);
  const auto supplies = g.relation_type("supplies");
  if (!root || !supplies) return load({id}, {});
  // the supplies into (or out of) every actor the chain goes on from
  std::vector<RelationKey> keys;
  for (const auto& [a, hop] : compact_chain(g, *root, upstream, depth)) {
    if (hop == depth) continue;
    if (upstream) {
      for (auto e : boost::make_iterator_range(boost::in_edges(a, g.csr()))) {
        if (g.csr()[e].type == *supplies) keys.push_back(key_of(g, e));
      }
    } else {
      for (auto e : boost::make_iterator_range(boost::out_edges(a, g.csr()))) {
        if (g.csr()[e].type == *supplies) keys.push_back(key_of(g, e));
      }
    }
  }
  return load({id}, std::move(keys));
}

Result<std::optional<ActorGraph>> QuerySession::path_between(const std::string& a, const std::string& b,
                                                             const std::set<std::string>& types) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  auto from = g.find(a), to = g.find(b);
  if (!from || !to) return std::optional<ActorGraph>{};
  const auto path = compact_path(g, *from, *to, types);
  if (path.empty()) return std::optional<ActorGraph>{};
  // every relation of those types between two actors that follow each other on the path
  std::vector<RelationKey> keys;
  auto allowed = [&](CompactCsr::edge_descriptor e) {
    return types.empty() || types.count(g.relation_types()[g.csr()[e].type]) > 0;
  };
  for (std::size_t i = 0; i + 1 < path.size(); ++i) {
    for (auto e : boost::make_iterator_range(boost::out_edges(path[i], g.csr()))) {
      if (boost::target(e, g.csr()) == path[i + 1] && allowed(e)) keys.push_back(key_of(g, e));
    }
    for (auto e : boost::make_iterator_range(boost::in_edges(path[i], g.csr()))) {
      if (boost::source(e, g.csr()) == path[i + 1] && allowed(e)) keys.push_back(key_of(g, e));
    }
  }
  auto graph = load({a, b}, std::move(keys));
  if (!graph) return Error{graph.message()};
  return std::optional<ActorGraph>{std::move(*graph)};
}

Result<QuerySession::Top> QuerySession::top(Centrality by, std::optional<EntityType> type, int limit) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  CompactRanking ranking = compact_top(g, by, type, limit);
  std::vector<std::string> ids;
  for (const auto& [a, score] : ranking.ranked) ids.emplace_back(g.id(a));
  auto graph = load(ids, {});
  if (!graph) return Error{graph.message()};
  Top top{std::move(*graph), {}, ranking.sources};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (auto v = top.graph.find(ids[i])) top.ranked.push_back({*v, ranking.ranked[i].second});
  }
  return top;
}

Result<ActorGraph> QuerySession::whole() {
  auto all = store_.load();
  if (!all) return Error{all.message()};
  return build_graph(std::move(*all));
}

Result<ActorGraph> QuerySession::load(std::vector<std::string> ids, std::vector<RelationKey> keys) {
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  auto relations = store_.load_scope(LoadScope{
      .actors = std::vector<std::string>{}, .counts = false, .relations = true, .only = std::move(keys)});
  if (!relations) return Error{relations.message()};
  // The actors at the ends, and those the evidence names without being an end — the items
  // carried (weapon systems) and who said so (the attribution) — so that answers name them
  // by their labels. Ids of no actor (an item's phrase) simply find nothing.
  for (const RelationRow& r : relations->relations) {
    ids.push_back(r.source);
    ids.push_back(r.target);
    for (const std::string& item : r.items) ids.push_back(item);
    if (!r.evidence.source.empty()) ids.push_back(r.evidence.source);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto part = store_.load_scope(
      LoadScope{.actors = std::move(ids), .counts = true, .relations = false, .only = std::nullopt});
  if (!part) return Error{part.message()};
  part->relations = std::move(relations->relations);
  part->documents = std::move(relations->documents);
  return build_graph(std::move(*part));
}

}  // namespace actorgraph
