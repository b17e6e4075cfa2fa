// A small hand-made store content for graph and export tests: typed, evidence-backed
// edges inserted directly, including hostile text.
#ifndef ACTORGRAPH_TESTS_GRAPH_FIXTURE_H_
#define ACTORGRAPH_TESTS_GRAPH_FIXTURE_H_

#include "actorgraph/graph.h"

namespace agtest {

inline actorgraph::RelationRow relation(const std::string& s, const std::string& t, const std::string& type,
                                        actorgraph::Modality m, const std::string& quote,
                                        const std::string& date) {
  actorgraph::RelationRow r;
  r.source = s;
  r.target = t;
  r.type = type;
  r.evidence.doc = "d1";
  r.evidence.sentence = 0;
  r.evidence.start = 0;
  r.evidence.end = static_cast<std::uint32_t>(quote.size());
  r.evidence.quote = quote;
  r.evidence.date = date;
  r.evidence.modality = m;
  return r;
}

// `r` stating a quantity of `unit`, bounded ("at least", "at most", "about") or exact ("").
inline actorgraph::RelationRow counted(actorgraph::RelationRow r, double quantity, const std::string& unit,
                                       const std::string& bound) {
  r.quantity = quantity;
  r.unit = unit;
  r.quantity_bound = bound;
  return r;
}

inline actorgraph::StoreContents small_contents() {
  using namespace actorgraph;
  StoreContents c;
  c.nodes.push_back({"state:CN", EntityType::state, "China", true, {{"Peking", "nl", 2}}, 3, 2});
  c.nodes.push_back({"state:BY", EntityType::state, "Belarus", true, {{"Wit-Rusland", "nl", 1}}, 1, 1});
  c.nodes.push_back({"state:RU", EntityType::state, "Russia", true, {{"Rusland", "nl", 4}}, 4, 2});
  c.nodes.push_back({"weapon:~zt180", EntityType::weapon_system, "ZT-180", false, {}, 1, 1});
  c.nodes.push_back({"org:~evil",
                     EntityType::organization,
                     "<script>alert('x')</script> & \"Co\" ]]> \x01\x02 \u202E",
                     false,
                     {{"A&B <b>", "en", 1}},
                     1,
                     1});
  c.relations.push_back(
      relation("state:CN", "state:BY", "supplies", Modality::asserted, "China sold lines.", "2025-11"));
  // quantities as an article states them: bounded ("more than 1.5 million") and exact
  c.relations.push_back(counted(relation("state:BY", "state:RU", "supplies", Modality::alleged,
                                         "Belarus reportedly ships shells.", "2025-10"),
                                1.5e6, "artillery shells", "at least"));
  c.relations.push_back(counted(
      relation("state:BY", "state:RU", "supplies", Modality::asserted, "Belarus ships shells.", "2025-12"),
      240000, "artillery shells", ""));
  c.relations.push_back(
      relation("state:CN", "state:RU", "supplies", Modality::denied, "China denies it.", ""));
  c.relations.push_back(
      relation("state:CN", "state:RU", "funds", Modality::asserted, "China funds the war.", ""));
  c.relations.push_back(relation("org:~evil", "state:RU", "supplies", Modality::alleged,
                                 "<script>x</script> & ]]> \x0b bad \u202E", "2024"));
  c.relations.push_back(relation("state:CN", "state:XX", "supplies", Modality::asserted, "to nowhere", ""));
  c.relations[0].items = {"assembly lines"};
  c.relations[1].items = {"artillery shells"};
  c.documents.push_back({"d1", "test.txt", "Title", "2025-11", "en", ""});
  return c;
}

// North Korea supplies Russia four times: twice "more than a million" shells (two articles
// that may count one delivery), once 240,000 exactly and once without a number; Belarus
// supplies Russia without one.
inline actorgraph::StoreContents counted_contents() {
  using namespace actorgraph;
  StoreContents c;
  for (const char* id : {"state:KP", "state:BY", "state:RU"})
    c.nodes.push_back({id, EntityType::state, std::string(id).substr(6), true, {}, 1, 1});
  auto kp = [](const std::string& quote) {
    return relation("state:KP", "state:RU", "supplies", Modality::asserted, quote, "2024-11");
  };
  c.relations.push_back(counted(kp("more than a million shells"), 1e6, "artillery shells", "at least"));
  c.relations.push_back(counted(kp("over a million shells"), 1e6, "artillery shells", "at least"));
  c.relations.push_back(counted(kp("240,000 shells"), 240000, "artillery shells", ""));
  c.relations.push_back(kp("more shells"));
  c.relations.push_back(
      relation("state:BY", "state:RU", "supplies", Modality::asserted, "Belarus ships shells.", "2024-11"));
  c.documents.push_back({"d1", "test.txt", "Title", "2024-11", "en", ""});
  return c;
}

}  // namespace agtest

#endif  // ACTORGRAPH_TESTS_GRAPH_FIXTURE_H_
