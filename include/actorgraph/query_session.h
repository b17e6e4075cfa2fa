// QuerySession: answering questions about a few actors without loading the whole store.
//
// A store of millions of relations is too big to load whole, with every quote, for one
// question. A session loads every actor's names (no relations) to resolve what people type,
// then for each question the graph around the actors it names: their neighbourhood is found
// on the CompactGraph (cached in the store) and only those actors, the relations among them
// with their evidence, the weapon systems those relations carry and the documents they cite
// are read. The ordinary queries (query.h) then run on that small ActorGraph and give the
// answers they would give on the whole graph. Questions about the whole graph (central
// actors, paths, unanchored supplies) use whole().
#ifndef ACTORGRAPH_QUERY_SESSION_H_
#define ACTORGRAPH_QUERY_SESSION_H_

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "actorgraph/compact_graph.h"
#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/query.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph {

class QuerySession {
 public:
  // `extractor` (may be null) lends names its gazetteer; it must outlive the session.
  static Result<std::unique_ptr<QuerySession>> open(Store& store, const Extractor* extractor);

  // The id of the one actor `name` stands for, or NameIndex's error (unknown, with
  // suggestions; ambiguous, with the candidates).
  [[nodiscard]] Result<std::string> resolve(std::string_view name) const;

  // The graph around `ids`: every actor within `hops` relations (any type, either direction).
  [[nodiscard]] Result<ActorGraph> around(std::span<const std::string> ids, int hops);
  // The graph a supply chain of `id` needs: its suppliers (or recipients), theirs, and so on,
  // `depth` hops deep.
  [[nodiscard]] Result<ActorGraph> chain_around(const std::string& id, bool upstream, int depth);
  // Everything, evidence included.
  [[nodiscard]] Result<ActorGraph> whole();

 private:
  explicit QuerySession(Store& store) : store_(store) {}
  Result<const CompactGraph*> compact();
  Result<ActorGraph> load(std::vector<std::string> ids);

  Store& store_;
  ActorGraph names_graph_;               // every actor with its aliases, no relations
  std::unique_ptr<NameIndex> names_;     // over names_graph_
  std::optional<CompactGraph> compact_;  // loaded on first need
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_SESSION_H_
