#include "export/palette.h"

#include <array>
#include <utility>

namespace actorgraph::detail {

Rgb entity_colour(EntityType t) {
  switch (t) {
    case EntityType::state:
      return {31, 119, 180};
    case EntityType::person:
      return {255, 127, 14};
    case EntityType::organization:
      return {44, 160, 44};
    case EntityType::firm:
      return {214, 39, 40};
    case EntityType::weapon_system:
      return {148, 103, 189};
  }
  return {127, 127, 127};
}

Rgb relation_colour(std::string_view relation_type) {
  static constexpr std::array<std::pair<std::string_view, Rgb>, 10> kColours{{
      {"supplies", {192, 57, 43}},
      {"produces", {142, 68, 173}},
      {"uses", {41, 128, 185}},
      {"funds", {39, 174, 96}},
      {"sanctions", {211, 84, 0}},
      {"negotiates_with", {22, 160, 133}},
      {"variant_of", {127, 140, 141}},
      {"official_of", {52, 73, 94}},
      {"leader_of", {52, 73, 94}},
      {"member_of", {52, 73, 94}},
  }};
  for (const auto& [name, colour] : kColours) {
    if (name == relation_type) return colour;
  }
  return {127, 127, 127};
}

std::string hex(Rgb c) {
  // by hand: snprintf took 1,500 instructions, an eighth of a GraphML export
  static constexpr std::string_view kDigits = "0123456789abcdef";
  std::string out(7, '#');
  std::size_t at = 1;
  for (int v : {c.r, c.g, c.b}) {
    out[at++] = kDigits[static_cast<std::size_t>((v >> 4) & 0xf)];
    out[at++] = kDigits[static_cast<std::size_t>(v & 0xf)];
  }
  return out;
}

}  // namespace actorgraph::detail
