// Exports of an ActorGraph: JSON (schema/graph.schema.json) and GraphML (XSD-valid, and
// shaped for Gephi's importer: neutral key ids, lowercase names, unique edge ids).
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

enum class ExportFormat { json, graphml };
std::optional<ExportFormat> parse_export_format(std::string_view s);

Status write_json(const ActorGraph& graph, std::ostream& out);
Status write_graphml(const ActorGraph& graph, std::ostream& out);
Status write_export(const ActorGraph& graph, ExportFormat format, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_H_
