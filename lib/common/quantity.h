// A supplied quantity as a person reads it: the number grouped by thousands, never in an
// exponent nor with zeros the text did not have, and the bound and unit the article gave.
// The reports show it for each piece of evidence; GraphML and GEXF list an edge's distinct
// quantities this way (they are not summed: two articles may count the same delivery).
#ifndef ACTORGRAPH_COMMON_QUANTITY_H_
#define ACTORGRAPH_COMMON_QUANTITY_H_

#include <string>
#include <string_view>

namespace actorgraph::detail {

// 1000000 -> "1,000,000", 1500000 -> "1,500,000", 2.5 -> "2.5", 1234.125 -> "1,234.125": commas
// between thousands, a point before at most six decimals (trailing zeros dropped). Empty for a
// number that is not finite.
std::string grouped_number(double value);

// "at least 1,000,000 artillery shells", "about 50 units", "18 tanks": the bound ("at least",
// "at most", "about", or empty for a number stated as it is), the number and the unit, each
// only where there is one. Empty for a number that is not finite. Not escaped: the bound and
// the unit come from the store.
std::string stated_quantity(double value, std::string_view unit, std::string_view bound);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_COMMON_QUANTITY_H_
