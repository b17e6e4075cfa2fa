// SummaryGraph: a graph as GraphML and GEXF show it — its actors, and each edge summed up
// (type, strongest modality, weight, distinct modalities, items, quantities and dates, the
// first quote) rather than with every piece of evidence.
//
// Made from an ActorGraph, or summed from a store's relations one row at a time without
// building the graph, which spares a whole-store export loading every quote. Contract: both
// give the same summary — the same vertex numbers (the store's actors in the order load()
// gives them), the same edges in the same order (of first evidence, as boost::edges visits
// an ActorGraph) with the same ids — so a writer gives the same bytes from either.
#ifndef ACTORGRAPH_EXPORT_EDGE_SUMMARY_H_
#define ACTORGRAPH_EXPORT_EDGE_SUMMARY_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph::detail {

struct EdgeSummary {
  std::size_t source = 0, target = 0;  // vertex numbers
  std::string id;                      // "e0", "e1", ... in order of first evidence
  std::string type;
  Modality modality = Modality::asserted;  // the strongest
  std::uint32_t weight = 0;                // pieces of evidence
  std::vector<Modality> modalities;        // distinct, strongest first
  std::vector<std::string> items;          // distinct, in order of first evidence
  std::vector<std::string> dates;          // distinct non-empty evidence dates, sorted
  std::string quote;                       // of the first evidence
  // distinct, as stated ("at least 1,000,000 artillery shells"), in order of first evidence:
  // listed, never summed, as two articles may count the same delivery
  std::vector<std::string> quantities;

  // Adds one piece of evidence (the first one sets the quote).
  void add(Modality m, std::string_view date, std::span<const std::string> evidence_items,
           std::string_view evidence_quote);
  // Adds the quantity a piece of evidence states, if it states one.
  void add_quantity(std::optional<double> quantity, std::string_view unit, std::string_view bound);
  [[nodiscard]] std::string_view first_date() const {
    return dates.empty() ? std::string_view() : std::string_view(dates.front());
  }
  [[nodiscard]] std::string_view last_date() const {
    return dates.empty() ? std::string_view() : std::string_view(dates.back());
  }
};

struct SummaryGraph {
  std::vector<const NodeProps*> nodes;  // by vertex number
  std::deque<EdgeSummary> edges;        // (a deque: summed from a store, their number is not known ahead)
  std::vector<NodeProps> owned;         // the nodes, when read from a store
};

SummaryGraph summarise(const ActorGraph& graph);
// The whole store: its actors with their aliases and counts, and every relation between two
// of them, read once.
Result<SummaryGraph> summarise(Store& store);

// `id="e4" source="n0" target="n7"`: an edge's attributes in both formats.
void append_edge_ends(std::string& out, const EdgeSummary& edge);

// The writers behind write_graphml and write_gexf.
Status write_graphml(const SummaryGraph& graph, std::ostream& out);
Status write_gexf(const SummaryGraph& graph, std::ostream& out);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_EDGE_SUMMARY_H_
