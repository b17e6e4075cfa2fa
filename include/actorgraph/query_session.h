// QuerySession: answering questions about a few actors without loading the whole store.
//
// A store of millions of relations is too big to load whole, with every quote, for one
// question. A session resolves names with a NameIndex (cached in the store) and finds what a
// question needs on the CompactGraph (cached too): the relations of the actors it names, a
// supply chain, a shortest path, the most central actors. It then reads only those
// relations with their evidence, the actors at their ends, the weapon systems they carry and
// the documents they cite, and the ordinary queries (query.h) run on that small ActorGraph,
// giving the answers they would give on the whole graph. whole() is for questions about
// everything (supplies with no supplier or recipient named).
#ifndef ACTORGRAPH_QUERY_SESSION_H_
#define ACTORGRAPH_QUERY_SESSION_H_

#include <memory>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/compact_graph.h"
#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/name_index.h"
#include "actorgraph/query.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph {

class QuerySession {
 public:
  // `extractor` (may be null) lends names its gazetteer; it must outlive the session.
  static Result<std::unique_ptr<QuerySession>> open(Store& store, const Extractor* extractor);
  // Writes the caches a session reads (NameIndex, CompactGraph) when the store is big enough
  // to need them: what a build does last, so that its first query is as fast as the next.
  [[nodiscard]] static Status prepare(Store& store, const Extractor* extractor);

  // The id of the one actor `name` stands for, or NameIndex's error (unknown, with
  // suggestions; ambiguous, with the candidates).
  [[nodiscard]] Result<std::string> resolve(std::string_view name) const;
  // The label of the actor with this id; the id itself when there is none.
  [[nodiscard]] std::string label(std::string_view id) const;

  // Every relation that touches one of `ids` (each with all its evidence) and the actors at
  // its ends: what supplies, neighbours and a dossier of those actors need.
  [[nodiscard]] Result<ActorGraph> around(std::span<const std::string> ids);
  // The graph a supply chain of `id` needs: its suppliers (or recipients), theirs, and so on,
  // `depth` hops deep, with the supplies between them.
  [[nodiscard]] Result<ActorGraph> chain_around(const std::string& id, bool upstream, int depth);
  // The steps of a shortest path from `a` to `b` over relations of `types` (all when empty),
  // found on the CompactGraph; query_path on the graph returned gives it with its evidence.
  // nullopt when there is none.
  [[nodiscard]] Result<std::optional<ActorGraph>> path_between(const std::string& a, const std::string& b,
                                                               const std::set<std::string>& types);
  // The most central actors (query_top's answer), with a graph holding them.
  struct Top {
    ActorGraph graph;
    std::vector<Ranked> ranked;
    std::size_t sources = 0;  // betweenness estimated from this many start actors; 0: exact
  };
  [[nodiscard]] Result<Top> top(Centrality by, std::optional<EntityType> type, int limit);
  // Everything, evidence included.
  [[nodiscard]] Result<ActorGraph> whole();

 private:
  QuerySession(Store& store, NameIndex names) : store_(store), names_(std::move(names)) {}
  Result<const CompactGraph*> compact();
  // The relations `keys` with their evidence, the actors `ids` and those the evidence names.
  Result<ActorGraph> load(std::vector<std::string> ids, std::vector<RelationKey> keys);

  Store& store_;
  NameIndex names_;
  std::optional<CompactGraph> compact_;  // loaded on first need
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_SESSION_H_
