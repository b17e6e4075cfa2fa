// Relations from role cues (affiliations), in each language, with their evidence.
#include "test_helper.h"

using namespace actorgraph;

namespace {
const Relation* find(const Extraction& x, const std::string& type, const std::string& target) {
  for (const auto& r : x.relations) {
    if (r.type == type && r.target == target) return &r;
  }
  return nullptr;
}
std::string relations(const Extraction& x) {
  std::string s;
  for (const auto& r : x.relations) s += r.source + " -" + r.type + "-> " + r.target + " [" + r.role + "]; ";
  return s;
}
}  // namespace

TEST(RelateAffiliation, DutchMinisterOfAStateNamedByItsAdjective) {
  auto x = agtest::extract("De Finse minister van Defensie Aarne Virtanen waarschuwde op 3 maart.", "nl",
                           "2025-03");
  const Relation* r = find(x, "official_of", "state:FI");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->role, "Minister of Defence");
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->evidence.date, "2025-03");
  EXPECT_EQ(r->evidence.quote, "De Finse minister van Defensie Aarne Virtanen waarschuwde op 3 maart.");
  EXPECT_EQ(r->evidence.start, 0u);
}

TEST(RelateAffiliation, GermanChancellor) {
  auto x = agtest::extract("Der deutsche Bundeskanzler Heinrich Albers besuchte Kiew.", "de");
  EXPECT_NE(find(x, "leader_of", "state:DE"), nullptr) << relations(x) << agtest::describe(x);
}

TEST(RelateAffiliation, EnglishPossessivePresident) {
  auto x = agtest::extract("Ukraine's president Volodymyr Zelensky asked for more air defence.", "en");
  const Relation* r = find(x, "leader_of", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->role, "President");
}

TEST(RelateAffiliation, ExpertOfAnOrganisationPrefersTheOrganisation) {
  auto x =
      agtest::extract("Marieke Dijkgraaf, wapenhandelexpert bij denktank Clingendael, is sceptisch.", "nl");
  bool member = false;
  for (const auto& r : x.relations)
    member = member || (r.type == "member_of" && r.target.find("clingendael") != std::string::npos);
  EXPECT_TRUE(member) << relations(x) << agtest::describe(x);
}

TEST(RelateAffiliation, NoRoleNoRelation) {
  auto x = agtest::extract("Marieke Dijkgraaf reisde naar Finland.", "nl");
  EXPECT_TRUE(x.relations.empty()) << relations(x);
}
