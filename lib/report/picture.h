// The picture of the graph as an SVG element: actors as circles coloured by type and
// labelled, relations as arrows coloured by type and dashed by modality, parallel relations
// between two actors bent apart, actors without relations in a row beneath, and a legend.
// The same element is inlined in the HTML report and written alone beside the Markdown.
#ifndef ACTORGRAPH_REPORT_PICTURE_H_
#define ACTORGRAPH_REPORT_PICTURE_H_

#include <cstddef>
#include <string>

#include "actorgraph/graph.h"
#include "actorgraph/report.h"

namespace actorgraph::detail {

struct PictureInfo {
  std::size_t shown = 0;  // actors drawn
  std::size_t total = 0;  // actors in the graph
};

// Appends one <svg> element (with the SVG namespace, so it also stands alone).
PictureInfo append_picture(std::string& out, const ActorGraph& graph, const ReportOptions& options);

// "The picture shows all 12 actors." / "The picture shows the 150 most connected of 420 actors."
std::string picture_caption(const PictureInfo& info);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_REPORT_PICTURE_H_
