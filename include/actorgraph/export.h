// Exports of an ActorGraph: JSON (schema/graph.schema.json), GraphML (XSD-valid, and
// shaped for Gephi's importer: neutral key ids, lowercase names, unique edge ids), GEXF 1.3
// with time (Gephi's own format) and CSV (Gephi's spreadsheet import and neo4j-admin).
// Writers escape all text from articles and drop characters XML forbids, so no article can
// break or script an export.
#ifndef ACTORGRAPH_EXPORT_H_
#define ACTORGRAPH_EXPORT_H_

#include <optional>
#include <ostream>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"

namespace actorgraph {

enum class ExportFormat { json, graphml, gexf, csv };
std::optional<ExportFormat> parse_export_format(std::string_view s);

Status write_json(const ActorGraph& graph, std::ostream& out);
Status write_graphml(const ActorGraph& graph, std::ostream& out);
Status write_gexf(const ActorGraph& graph, std::ostream& out);
// Two files: nodes and edges.
Status write_csv(const ActorGraph& graph, std::ostream& nodes, std::ostream& edges);
Status write_export(const ActorGraph& graph, ExportFormat format, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_H_
