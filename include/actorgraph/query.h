// Queries over an ActorGraph: who supplies whom, supply chains, paths, neighbours, central
// actors and dossiers. The names people type resolve to actors through NameIndex
// (name_index.h).
#ifndef ACTORGRAPH_QUERY_H_
#define ACTORGRAPH_QUERY_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/name_index.h"
#include "actorgraph/result.h"

namespace actorgraph {

struct SupplyFilter {
  std::optional<Vertex> supplier, recipient;
  std::string item;                  // matches an item id, label or phrase (folded substring)
  std::vector<Modality> modalities;  // empty: all
  std::string since, until;          // ISO dates (prefix comparison)
};

struct SupplyRow {
  Vertex supplier = 0, recipient = 0;
  std::vector<std::string> items;       // labels
  std::vector<std::string> quantities;  // "240,000 artillery shells", "at least 1,500,000 …"
  Modality strongest = Modality::asserted;
  std::map<Modality, int> evidence;  // count per modality
  int documents = 0;
  std::string first_date, last_date;
  const EdgeProps* edge = nullptr;
};

std::vector<SupplyRow> query_supplies(const ActorGraph& g, const SupplyFilter& f);

struct ChainNode {
  Vertex actor = 0;
  std::vector<std::string> items;  // on the hop from/to the parent
  Modality modality = Modality::asserted;
  bool cycle = false;  // already on the path: not expanded again
  std::vector<ChainNode> children;
};

// Suppliers of `root` (upstream) or its recipients (downstream), `depth` hops deep.
ChainNode query_chain(const ActorGraph& g, Vertex root, bool upstream, int depth);

struct PathStep {
  Vertex from = 0, to = 0;
  const EdgeProps* edge = nullptr;
  bool forward = true;  // the relation points from `from` to `to`
};

// A shortest path between two actors over relations of `types` (all when empty), in
// either direction.
std::optional<std::vector<PathStep>> query_path(const ActorGraph& g, Vertex a, Vertex b,
                                                const std::set<std::string>& types);

enum class Direction { in, out, both };
struct Neighbor {
  Vertex actor = 0;
  const EdgeProps* edge = nullptr;
  bool outgoing = true;
};
std::vector<Neighbor> query_neighbors(const ActorGraph& g, Vertex x, const std::set<std::string>& types,
                                      Direction d);

enum class Centrality { degree, betweenness, pagerank };
struct Ranked {
  Vertex actor = 0;
  double score = 0;
};
std::vector<Ranked> query_top(const ActorGraph& g, Centrality by, std::optional<EntityType> type, int limit);

// The label of an item: a weapon system's label for its id, the phrase otherwise.
std::string item_label(const ActorGraph& g, const std::string& item);

}  // namespace actorgraph

#endif  // ACTORGRAPH_QUERY_H_

#ifndef ACTORGRAPH_QUERY_RENDER_H_
#define ACTORGRAPH_QUERY_RENDER_H_
namespace actorgraph {

enum class OutputFormat { table, json, csv };

// A query answer as columns and rows, written as an aligned table, CSV (RFC 4180) or JSON
// (schema/query.schema.json).
struct QueryTable {
  std::string query;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

QueryTable supplies_table(const ActorGraph& g, const std::vector<SupplyRow>& rows);
QueryTable chain_table(const ActorGraph& g, const ChainNode& root, bool upstream);
QueryTable path_table(const ActorGraph& g, const std::vector<PathStep>& steps);
QueryTable neighbors_table(const ActorGraph& g, const std::vector<Neighbor>& ns);
QueryTable top_table(const ActorGraph& g, const std::vector<Ranked>& ranked, Centrality by);
// A dossier: type, aliases by language, roles, every relation with its evidence, documents.
QueryTable dossier_table(const ActorGraph& g, Vertex x);

std::string render(const QueryTable& t, OutputFormat f);

}  // namespace actorgraph
#endif  // ACTORGRAPH_QUERY_RENDER_H_
