// Where the report's picture puts each actor. Every connected group of actors is laid out
// on its own with Boost.Graph's Kamada–Kawai spring layout (started from a circle, so the
// same graph always gives the same picture), and the groups are then packed in rows, the
// largest first, leaving room for each actor's label on its right.
#ifndef ACTORGRAPH_REPORT_LAYOUT_H_
#define ACTORGRAPH_REPORT_LAYOUT_H_

#include <vector>

#include "actorgraph/graph.h"

namespace actorgraph::detail {

struct Point {
  double x = 0, y = 0;
};

struct Placement {
  std::vector<Point> at;     // per shown actor, in pixels from the top left of the area
  std::vector<bool> linked;  // false: no relation among the shown actors; not placed
  double height = 0;         // of the area used
};

// `shown` are vertices of `graph`, `label_width` their labels' widths in pixels; relations
// count as undirected links. The area is `width` pixels wide; `spacing` is the length of a
// link.
Placement place_actors(const Graph& graph, const std::vector<Vertex>& shown,
                       const std::vector<double>& label_width, double width, double spacing);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_REPORT_LAYOUT_H_
