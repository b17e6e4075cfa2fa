// Whole-store exports that need no graph: GraphML and GEXF from a SummaryGraph summed from
// the store's relations one row at a time.
#include "actorgraph/export.h"
#include "export/edge_summary.h"

namespace actorgraph {

StoreSummary::StoreSummary(std::unique_ptr<detail::SummaryGraph> graph) : graph_(std::move(graph)) {}
StoreSummary::StoreSummary(StoreSummary&&) noexcept = default;
StoreSummary& StoreSummary::operator=(StoreSummary&&) noexcept = default;
StoreSummary::~StoreSummary() = default;

Result<StoreSummary> StoreSummary::read(Store& store) {
  auto graph = detail::summarise(store);
  if (!graph) return Error{graph.message()};
  return StoreSummary(std::make_unique<detail::SummaryGraph>(std::move(*graph)));
}

Status StoreSummary::write(ExportFormat format, std::ostream& out) const {
  switch (format) {
    case ExportFormat::graphml:
      return detail::write_graphml(*graph_, out);
    case ExportFormat::gexf:
      return detail::write_gexf(*graph_, out);
    case ExportFormat::json:
    case ExportFormat::csv:
      break;
  }
  return Error{"JSON and CSV show every piece of evidence: they are written from the graph"};
}

}  // namespace actorgraph
