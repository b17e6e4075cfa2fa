// String forms of the record enums, shared by the store and the exports.
#include "actorgraph/records.h"

namespace actorgraph {

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::person:
      return "person";
    case EntityType::state:
      return "state";
    case EntityType::organization:
      return "organization";
    case EntityType::firm:
      return "firm";
    case EntityType::weapon_system:
      return "weapon_system";
  }
  return "person";
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  for (EntityType t : kEntityTypes) {
    if (to_string(t) == s) return t;
  }
  if (s == "organisation" || s == "org") return EntityType::organization;
  if (s == "weapon") return EntityType::weapon_system;
  return std::nullopt;
}

std::string_view to_string(Modality m) {
  switch (m) {
    case Modality::asserted:
      return "asserted";
    case Modality::alleged:
      return "alleged";
    case Modality::planned:
      return "planned";
    case Modality::denied:
      return "denied";
    case Modality::negated:
      return "negated";
  }
  return "asserted";
}

std::optional<Modality> parse_modality(std::string_view s) {
  for (Modality m : kModalities) {
    if (to_string(m) == s) return m;
  }
  return std::nullopt;
}

}  // namespace actorgraph
