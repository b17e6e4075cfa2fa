// ActorGraph: the typed, evidence-backed graph of actors, as a Boost.Graph adjacency_list.
//
// Vertices are entities (type, label, aliases seen, mention and document counts). Edges are
// relations aggregated per (source, target, type): each edge keeps every piece of evidence
// with its own modality, and shows the strongest one. Built from a Store's contents; the
// graph is a read-only view, rebuilt whenever it is needed.
#ifndef ACTORGRAPH_GRAPH_H_
#define ACTORGRAPH_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/records.h"
#include "actorgraph/store.h"

namespace actorgraph {

struct NodeProps {
  std::string id;
  EntityType type = EntityType::person;
  std::string label;
  bool known = false;
  std::vector<AliasSeen> aliases;
  std::uint32_t mentions = 0;
  std::uint32_t documents = 0;
};

struct EdgeEvidence {
  Evidence evidence;
  std::vector<std::string> items;
  std::optional<double> quantity;
  std::string unit;
  std::string role;
  std::string mode;
  std::string quantity_bound;  // "at least", "at most", "about", or empty
};

struct EdgeProps {
  std::string id;                          // unique in the graph: "e0", "e1", ...
  std::string type;                        // relation type
  Modality modality = Modality::asserted;  // the strongest among the evidence
  std::vector<EdgeEvidence> evidence;
  [[nodiscard]] std::uint32_t weight() const { return static_cast<std::uint32_t>(evidence.size()); }
  [[nodiscard]] std::vector<std::string> items() const;    // distinct, in order of first evidence
  [[nodiscard]] std::vector<Modality> modalities() const;  // distinct, strongest first
  // The earliest and latest evidence dates (ISO strings, possibly partial); empty without dates.
  [[nodiscard]] std::pair<std::string, std::string> date_range() const;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// Boost's adjacency_list has no move constructor, and its swap() copies the graph three
// times: moving an ActorGraph would copy every vertex, edge and quote. These swap its
// containers instead (the edge list, the vertex vector and the graph property), which keeps
// every descriptor and stored edge iterator valid and costs O(1).
namespace detail {
inline void swap_graphs(Graph& a, Graph& b) noexcept {
  a.m_edges.swap(b.m_edges);
  a.m_vertices.swap(b.m_vertices);
  a.m_property.swap(b.m_property);
}
}  // namespace detail

struct ActorGraph {
  Graph g;
  std::unordered_map<std::string, Vertex> by_id;
  std::vector<DocumentRow> documents;

  ActorGraph() = default;
  ~ActorGraph() = default;
  ActorGraph(const ActorGraph&) = default;
  ActorGraph& operator=(const ActorGraph&) = default;
  ActorGraph(ActorGraph&& o) noexcept : by_id(std::move(o.by_id)), documents(std::move(o.documents)) {
    detail::swap_graphs(g, o.g);
  }
  ActorGraph& operator=(ActorGraph&& o) noexcept {
    detail::swap_graphs(g, o.g);
    by_id = std::move(o.by_id);
    documents = std::move(o.documents);
    return *this;
  }

  [[nodiscard]] std::optional<Vertex> find(const std::string& id) const;
};

// The id of the n-th edge (in order of first evidence): "e0", "e1", ...
std::string edge_id(std::size_t n);

// A store's actor row as a vertex's properties.
NodeProps node_props(NodeRow&& row);

// Aggregates a store's rows into the graph. Relations whose ends are not nodes are dropped.
ActorGraph build_graph(StoreContents contents);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_H_

#ifndef ACTORGRAPH_GRAPH_FILTER_H_
#define ACTORGRAPH_GRAPH_FILTER_H_
#include <set>
namespace actorgraph {

// What every export can be narrowed to. Evidence outside the modalities or dates is
// dropped first; an edge with no evidence left, of another type or below the weight goes;
// with an entity, only actors within `hops` relations of it stay. Without any filter the
// graph is unchanged; with one, actors left without relations are dropped.
struct GraphFilter {
  std::set<std::string> types;
  std::set<Modality> modalities;
  std::uint32_t min_weight = 0;
  std::string since, until;
  std::optional<Vertex> entity;
  int hops = 1;
  [[nodiscard]] bool empty() const {
    return types.empty() && modalities.empty() && min_weight == 0 && since.empty() && until.empty() &&
           !entity;
  }
};

ActorGraph filter_graph(const ActorGraph& graph, const GraphFilter& filter);
// The same, taking the graph: an empty filter hands it back without a copy.
ActorGraph filter_graph(ActorGraph&& graph, const GraphFilter& filter);

}  // namespace actorgraph
#endif  // ACTORGRAPH_GRAPH_FILTER_H_
