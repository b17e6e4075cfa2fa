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

TEST(RelateVariant, VersionOfAWeaponInEachLanguage) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"nl", "De YJ-18, een eigen versie van de Kalibr, heeft een groot bereik."},
      {"nl", "China beschikt over een eigen versie van de Kalibr; de YJ-18 heeft een groot bereik."},
      {"de", "Die YJ-18 ist eine Version der Kalibr."},
      {"en", "The YJ-18 is a Chinese version of the Kalibr."}};
  for (const auto& [lang, text] : cases) {
    auto x = agtest::extract(text, lang);
    bool found = false;
    for (const auto& r : x.relations) {
      found = found || (r.type == "variant_of" && r.source == "weapon:yj-18" && r.target == "weapon:kalibr");
    }
    EXPECT_TRUE(found) << lang << ": " << text << " -> " << relations(x) << agtest::describe(x);
  }
}

TEST(RelateNegotiates, NegotiatingPartnersInEachLanguage) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"nl", "Het Kremlin onderhandelt met Beijing over de aanschaf van drones."},
      {"de", "Moskau verhandelt mit Teheran über neue Raketen."},
      {"en", "Russia is negotiating with Iran over new missiles."}};
  const std::vector<std::string> partner{"state:CN", "state:IR", "state:IR"};
  for (std::size_t i = 0; i < cases.size(); ++i) {
    auto x = agtest::extract(cases[i].second, cases[i].first);
    const Relation* r = find(x, "negotiates_with", partner[i]);
    ASSERT_NE(r, nullptr) << cases[i].second << " -> " << relations(x);
    EXPECT_EQ(r->source, "state:RU");
    EXPECT_EQ(r->evidence.modality, Modality::asserted);
  }
  auto wants = agtest::extract("Rusland wil met China onderhandelen over drones.", "nl");
  const Relation* r = find(wants, "negotiates_with", "state:CN");
  ASSERT_NE(r, nullptr) << relations(wants);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}
