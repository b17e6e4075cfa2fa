// Reports a person reads: the graph as an HTML page or a Markdown note.
//
// A report has a summary (documents, languages, actors by type, relations by type and
// modality), a supply matrix (suppliers × recipients, each cell the items and the strongest
// modality), a picture of the graph (SVG laid out with Boost.Graph's Fruchterman–Reingold
// force-directed layout, nodes coloured by type, edges styled by relation and modality, with
// a legend) and a section per actor with every relation and its evidence: quote, the quantity
// it states (bound included), document, date, attribution and the modality as a visible badge.
//
// The HTML is one self-contained file: no script, font or image is fetched, and a Content
// Security Policy forbids scripts altogether. The Markdown refers to the picture as a file
// written beside it (write_graph_svg). Text from articles is always escaped. Output depends
// only on the graph and the options (no clock), so reports can be compared across runs.
#ifndef ACTORGRAPH_REPORT_H_
#define ACTORGRAPH_REPORT_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"

namespace actorgraph {

enum class ReportFormat { html, markdown };
std::optional<ReportFormat> parse_report_format(std::string_view s);

struct ReportOptions {
  std::string title = "actorgraph report";
  // The actor the report is about (the graph is usually already narrowed to its
  // neighbourhood); its section comes first and it is highlighted in the picture.
  std::optional<Vertex> focus;
  // The picture shows at most this many actors, the most connected first; the caption says
  // how many were left out.
  std::size_t picture_limit = 150;
  // Pieces of evidence quoted per relation; the rest are counted.
  std::size_t evidence_limit = 10;
  // Suppliers and recipients in the supply matrix, the most active first.
  std::size_t matrix_limit = 30;
  // Markdown only: the picture's file name, as the Markdown refers to it.
  std::string picture_file = "graph.svg";
};

Status write_html_report(const ActorGraph& graph, const ReportOptions& options, std::ostream& out);
Status write_markdown_report(const ActorGraph& graph, const ReportOptions& options, std::ostream& out);
// The picture alone, as a standalone SVG file (with its XML declaration).
Status write_graph_svg(const ActorGraph& graph, const ReportOptions& options, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_REPORT_H_
