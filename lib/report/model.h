// ReportModel: what a report says, worked out once from the graph and then written as HTML
// or Markdown. Holds vertex and edge descriptors into the graph it was made from, which
// must outlive it.
#ifndef ACTORGRAPH_REPORT_MODEL_H_
#define ACTORGRAPH_REPORT_MODEL_H_

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/graph.h"
#include "actorgraph/report.h"

namespace actorgraph::detail {

inline constexpr std::size_t kModalityCount = std::size(kModalities);

struct RelationTypeRow {
  std::string type;
  std::size_t relations = 0;                           // aggregated edges
  std::array<std::size_t, kModalityCount> evidence{};  // pieces of evidence per modality
};

struct MatrixCell {
  std::vector<std::string> items;  // labels
  Modality modality = Modality::asserted;
  std::size_t evidence = 0;
};

// One relation as seen from one actor's section.
struct RelationView {
  Edge edge;
  Vertex other = 0;
  bool outgoing = true;
};

struct ReportModel {
  // Summary.
  std::size_t documents = 0;
  std::map<std::string, std::size_t> languages;
  std::string first_date, last_date;
  std::array<std::size_t, std::size(kEntityTypes)> actors_by_type{};
  std::vector<RelationTypeRow> relation_types;  // in the order of first appearance
  std::array<std::size_t, kModalityCount> evidence_by_modality{};

  // Supply matrix, the most active suppliers and recipients first.
  std::vector<Vertex> suppliers, recipients;
  std::size_t suppliers_total = 0, recipients_total = 0;
  std::map<std::pair<Vertex, Vertex>, MatrixCell> cells;

  // Sections: actors with relations, the focus first, then by type and number of relations.
  std::vector<Vertex> actors;
  std::size_t actors_without_relations = 0;

  std::unordered_map<std::string, const DocumentRow*> documents_by_id;
};

ReportModel make_report_model(const ActorGraph& graph, const ReportOptions& options);

// An actor's relations, outgoing first, each group by type and the other actor's label.
std::vector<RelationView> relations_of(const ActorGraph& graph, Vertex v);

// The quantity a piece of evidence states, as its article gave it ("at least 1,000,000 artillery
// shells", "18 units"), or empty; not escaped.
std::string evidence_quantity(const EdgeEvidence& evidence);

// The relation as read from one end: "supplies →" from the supplier, "← supplies" from the
// recipient.
std::string relation_heading(const EdgeProps& edge, bool outgoing);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_REPORT_MODEL_H_
