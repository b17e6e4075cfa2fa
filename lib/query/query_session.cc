// QuerySession: names over every actor, graphs loaded around the actors a question names.
#include "actorgraph/query_session.h"

#include <algorithm>
#include <set>

namespace actorgraph {

Result<std::unique_ptr<QuerySession>> QuerySession::open(Store& store, const Extractor* extractor) {
  std::unique_ptr<QuerySession> s(new QuerySession(store));
  auto names = store.load_scope(LoadScope{.actors = std::nullopt, .counts = false, .relations = false});
  if (!names) return Error{names.message()};
  s->names_graph_ = build_graph(std::move(*names));
  s->names_ = std::make_unique<NameIndex>(s->names_graph_, extractor);
  return s;
}

Result<std::string> QuerySession::resolve(std::string_view name) const {
  auto v = names_->resolve(name);
  if (!v) return Error{v.message()};
  return names_graph_.g[*v].id;
}

Result<const CompactGraph*> QuerySession::compact() {
  if (!compact_) {
    auto g = CompactGraph::load(store_);
    if (!g) return Error{g.message()};
    compact_.emplace(std::move(*g));
  }
  return &*compact_;
}

Result<ActorGraph> QuerySession::around(std::span<const std::string> ids, int hops) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  std::vector<std::string> scope;
  for (const std::string& id : ids) {
    auto root = g.find(id);
    if (!root) {
      scope.push_back(id);
      continue;
    }
    for (CompactGraph::Actor a : compact_neighbourhood(g, *root, hops)) scope.emplace_back(g.id(a));
  }
  return load(std::move(scope));
}

Result<ActorGraph> QuerySession::chain_around(const std::string& id, bool upstream, int depth) {
  auto c = compact();
  if (!c) return Error{c.message()};
  const CompactGraph& g = **c;
  auto root = g.find(id);
  if (!root) return load({id});
  std::vector<std::string> scope;
  for (const auto& [a, hop] : compact_chain(g, *root, upstream, depth)) scope.emplace_back(g.id(a));
  return load(std::move(scope));
}

Result<ActorGraph> QuerySession::whole() {
  auto all = store_.load();
  if (!all) return Error{all.message()};
  return build_graph(std::move(*all));
}

Result<ActorGraph> QuerySession::load(std::vector<std::string> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  auto part = store_.load_scope(LoadScope{.actors = ids});
  if (!part) return Error{part.message()};
  // Actors the evidence names without being an end of the relation — the items carried
  // (weapon systems) and who said so (the attribution) — are loaded too, so that answers
  // name them by their labels.
  std::set<std::string> more;
  auto also = [&](const std::string& id) {
    if (!id.empty() && !std::binary_search(ids.begin(), ids.end(), id) && names_graph_.find(id))
      more.insert(id);
  };
  for (const RelationRow& r : part->relations) {
    for (const std::string& item : r.items) also(item);
    also(r.evidence.source);
  }
  if (!more.empty()) {
    ids.insert(ids.end(), more.begin(), more.end());
    std::sort(ids.begin(), ids.end());
    part = store_.load_scope(LoadScope{.actors = ids});
    if (!part) return Error{part.message()};
  }
  return build_graph(std::move(*part));
}

}  // namespace actorgraph
