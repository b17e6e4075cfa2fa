// The colours actorgraph draws with: one per entity type (d3's categorical palette, which
// Gephi users know) and one per relation type. Shared by the GEXF and GraphML exports and
// the report's picture, so an actor has the same colour wherever it is shown.
#ifndef ACTORGRAPH_EXPORT_PALETTE_H_
#define ACTORGRAPH_EXPORT_PALETTE_H_

#include <string>
#include <string_view>

#include "actorgraph/records.h"

namespace actorgraph::detail {

struct Rgb {
  int r = 0, g = 0, b = 0;
};

Rgb entity_colour(EntityType t);
// Relation types not in the palette are drawn grey.
Rgb relation_colour(std::string_view relation_type);
// "#1f77b4"
std::string hex(Rgb c);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_PALETTE_H_
