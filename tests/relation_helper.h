// Queries over the relations of an Extraction for the relation tests: find one by its type
// and parties, count them, and print them all for a failure message.
#ifndef ACTORGRAPH_TESTS_RELATION_HELPER_H_
#define ACTORGRAPH_TESTS_RELATION_HELPER_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/records.h"
#include "test_helper.h"

namespace actorgraph {
// gtest prints a Modality by its name ("denied") rather than as a number.
inline void PrintTo(Modality m, std::ostream* os) { *os << to_string(m); }
}  // namespace actorgraph

namespace agtest {

// The first relation of `type` from `source` to `target` (of one modality only when it is
// given), or nullptr.
inline const actorgraph::Relation* find(const actorgraph::Extraction& x, const std::string& type,
                                        const std::string& source, const std::string& target,
                                        std::optional<actorgraph::Modality> modality = std::nullopt) {
  for (const auto& r : x.relations) {
    if (r.type == type && r.source == source && r.target == target &&
        (!modality || r.evidence.modality == *modality))
      return &r;
  }
  return nullptr;
}

// How many relations of `type` there are; of one modality only when it is given.
inline std::size_t count(const actorgraph::Extraction& x, const std::string& type,
                         std::optional<actorgraph::Modality> modality = std::nullopt) {
  return static_cast<std::size_t>(std::count_if(x.relations.begin(), x.relations.end(), [&](const auto& r) {
    return r.type == type && (!modality || r.evidence.modality == *modality);
  }));
}

// Is `id` a party (source or target) of some relation of `type`?
inline bool involves(const actorgraph::Extraction& x, const std::string& type, const std::string& id) {
  return std::any_of(x.relations.begin(), x.relations.end(),
                     [&](const auto& r) { return r.type == type && (r.source == id || r.target == id); });
}

inline bool has_item(const actorgraph::Relation& r, const std::string& item) {
  return std::find(r.items.begin(), r.items.end(), item) != r.items.end();
}

// Every relation with its evidence, for failure messages:
// "state:IR -supplies-> state:RU {asserted, date 2024, source org:reuters, items [drones], mode sale}; "
inline std::string relations(const actorgraph::Extraction& x) {
  std::ostringstream s;
  s << x.relations.size() << " relation(s): ";
  for (const auto& r : x.relations) {
    s << r.source << " -" << r.type << "-> " << r.target << " {" << to_string(r.evidence.modality);
    if (!r.evidence.date.empty()) s << ", date " << r.evidence.date;
    if (!r.evidence.source.empty()) s << ", source " << r.evidence.source;
    if (!r.items.empty()) {
      s << ", items [";
      for (std::size_t i = 0; i < r.items.size(); ++i) s << (i ? ", " : "") << r.items[i];
      s << "]";
    }
    if (r.quantity) s << ", quantity " << *r.quantity << (r.unit.empty() ? "" : " " + r.unit);
    if (!r.mode.empty()) s << ", mode " << r.mode;
    if (!r.role.empty()) s << ", role " << r.role;
    s << "}; ";
  }
  return s.str();
}

// A sentence and the modality of the supplies relation it must give.
struct ModalityCase {
  std::string text;
  actorgraph::Modality modality;
};

// Each case's sentence, extracted in `lang`, gives `source` supplies `target` with the case's
// modality.
inline void expect_supplies_with_modalities(const std::vector<ModalityCase>& cases, const std::string& lang,
                                            const std::string& source, const std::string& target) {
  for (const auto& c : cases) {
    auto x = extract(c.text, lang);
    const actorgraph::Relation* r = find(x, "supplies", source, target);
    EXPECT_NE(r, nullptr) << c.text << "\n" << relations(x) << describe(x);
    if (r) {
      EXPECT_EQ(r->evidence.modality, c.modality) << c.text;
    }
  }
}

// A sentence, the quantity of the supplies relation it must give and how it bounds it.
struct QuantityCase {
  std::string text;
  double quantity;
  std::string bound;
};

// Each case's sentence, extracted in `lang`, gives `source` supplies `target` with the case's
// quantity and bound.
inline void expect_quantities(const std::vector<QuantityCase>& cases, const std::string& lang,
                              const std::string& source, const std::string& target) {
  for (const auto& c : cases) {
    auto x = extract(c.text, lang);
    const actorgraph::Relation* r = find(x, "supplies", source, target);
    ASSERT_NE(r, nullptr) << c.text << "\n" << relations(x);
    ASSERT_TRUE(r->quantity.has_value()) << c.text;
    EXPECT_EQ(*r->quantity, c.quantity) << c.text;
    EXPECT_EQ(r->quantity_bound, c.bound) << c.text;
  }
}

// `text`, extracted in `lang`, gives each of `sources` supplies `target` with `modality`.
inline void expect_each_supplies(const std::string& text, const std::string& lang,
                                 const std::vector<std::string>& sources, const std::string& target,
                                 actorgraph::Modality modality) {
  auto x = extract(text, lang);
  for (const std::string& s : sources) {
    const actorgraph::Relation* r = find(x, "supplies", s, target);
    ASSERT_NE(r, nullptr) << s << "\n" << relations(x);
    EXPECT_EQ(r->evidence.modality, modality) << s;
  }
}

// `text`, extracted in `lang`, gives `source` supplies each of `targets`.
inline void expect_supplies_to_each(const std::string& text, const std::string& lang,
                                    const std::string& source, const std::vector<std::string>& targets) {
  auto x = extract(text, lang);
  for (const std::string& t : targets)
    EXPECT_NE(find(x, "supplies", source, t), nullptr) << t << "\n" << relations(x);
}

}  // namespace agtest

#endif  // ACTORGRAPH_TESTS_RELATION_HELPER_H_
