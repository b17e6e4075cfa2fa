// Exports of an ActorGraph: JSON (schema/graph.schema.json), GraphML (XSD-valid, and
// shaped for Gephi's importer: neutral key ids, lowercase names, unique edge ids), GEXF 1.3
// with time (Gephi's own format) and CSV (Gephi's spreadsheet import and neo4j-admin).
// Writers escape all text from articles and drop characters XML forbids, so no article can
// break or script an export.
#ifndef ACTORGRAPH_EXPORT_H_
#define ACTORGRAPH_EXPORT_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph {

enum class ExportFormat { json, graphml, gexf, csv };
std::optional<ExportFormat> parse_export_format(std::string_view s);

Status write_json(const ActorGraph& graph, std::ostream& out);
Status write_graphml(const ActorGraph& graph, std::ostream& out);
Status write_gexf(const ActorGraph& graph, std::ostream& out);
// Two files: nodes and edges.
Status write_csv(const ActorGraph& graph, std::ostream& nodes, std::ostream& edges);
Status write_export(const ActorGraph& graph, ExportFormat format, std::ostream& out);

// The whole store as JSON: the bytes of write_json(build_graph(store.load()), out), written
// without building the graph (each piece of evidence is formatted as it is read, and held as
// text until its edge is written).
[[nodiscard]] Status write_store_json(Store& store, std::ostream& out);

namespace detail {
struct SummaryGraph;
}

// The whole store, unfiltered, summed up as GraphML and GEXF show it (each edge's strongest
// modality, weight, items, dates and first quote, not every piece of evidence), read once
// without building its graph: a whole-store export then holds no quote but the first of each
// edge. write() gives the same bytes as write_export(build_graph(store.load()), format, out);
// JSON and CSV show every piece of evidence, and are refused.
class StoreSummary {
 public:
  [[nodiscard]] static Result<StoreSummary> read(Store& store);
  [[nodiscard]] Status write(ExportFormat format, std::ostream& out) const;

  StoreSummary(StoreSummary&&) noexcept;
  StoreSummary& operator=(StoreSummary&&) noexcept;
  ~StoreSummary();

 private:
  explicit StoreSummary(std::unique_ptr<detail::SummaryGraph> graph);
  std::unique_ptr<detail::SummaryGraph> graph_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_H_
