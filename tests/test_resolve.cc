// Resolve: spelling-invariant name keys, short forms, capitals and generic groups.
#include "recognise/knowledge.h"
#include "test_helper.h"
#include "text/fold.h"

using namespace actorgraph;

namespace {
std::string key(const std::string& name, const std::string& lang) {
  return agtest::extractor().knowledge().name_key.key(detail::fold_phrase(name), lang);
}
}  // namespace

TEST(NameKey, PressTransliterationsMeet) {
  EXPECT_EQ(key("Poetin", "nl"), key("Putin", "en"));
  EXPECT_EQ(key("Putin", "de"), key("Putin", "en"));
  EXPECT_EQ(key("Loekasjenko", "nl"), key("Lukashenko", "en"));
  EXPECT_EQ(key("Lukaschenko", "de"), key("Lukashenko", "en"));
  EXPECT_EQ(key("Boedanov", "nl"), key("Budanov", "en"));
  EXPECT_EQ(key("Budanow", "de"), key("Budanov", "en"));
  EXPECT_EQ(key("Selenskyj", "de"), key("Zelensky", "en"));
  EXPECT_EQ(key("Zelenskyy", "en"), key("Zelensky", "en"));
  EXPECT_EQ(key("Wolodymyr Selenskyj", "de"), key("Volodymyr Zelensky", "en"));
  EXPECT_EQ(key("Resnikow", "de"), key("Reznikov", "en"));
}

// A rule applies to what an earlier one wrote, also where the name had none of the bytes the
// later rule starts with: Dutch "oe" becomes "u", and then the common "uie" becomes "ue".
TEST(NameKey, LaterRulesSeeWhatEarlierOnesWrote) {
  EXPECT_EQ(key("Kroeie", "nl"), key("Krue", "nl"));
  EXPECT_EQ(key("Kroeie", "nl"), "krue");
}

TEST(NameKey, DifferentNamesStayApart) {
  EXPECT_NE(key("Putin", "en"), key("Patin", "en"));
  EXPECT_NE(key("Lavrov", "en"), key("Lukashenko", "en"));
}

TEST(Resolve, TransliterationVariantsAreOneGazetteerPerson) {
  auto nl = agtest::extract("President Vladimir Poetin sprak met Loekasjenko.", "nl");
  auto de = agtest::extract("Präsident Wladimir Putin sprach mit Lukaschenko.", "de");
  EXPECT_EQ(agtest::entity_at(nl, "Vladimir Poetin"), agtest::entity_at(de, "Wladimir Putin"))
      << agtest::describe(nl);
  EXPECT_EQ(agtest::entity_at(nl, "Loekasjenko"), agtest::entity_at(de, "Lukaschenko"))
      << agtest::describe(de);
  EXPECT_FALSE(agtest::entity_at(nl, "Loekasjenko").empty());
}

TEST(Resolve, UnknownPersonsMeetAcrossLanguagesByKey) {
  auto nl = agtest::extract("Volgens woordvoerder Oleksandr Tsjernenko is de levering rond.", "nl");
  auto en = agtest::extract("Spokesman Oleksandr Chernenko said the delivery was complete.", "en");
  const std::string a = agtest::entity_at(nl, "Oleksandr Tsjernenko");
  ASSERT_FALSE(a.empty()) << agtest::describe(nl);
  EXPECT_EQ(a, agtest::entity_at(en, "Oleksandr Chernenko")) << agtest::describe(en);
  EXPECT_EQ(a.rfind("person:~", 0), 0u);
}

TEST(Resolve, SurnameAloneIsThePersonNamedInFull) {
  auto x = agtest::extract(
      "Wapenhandelexpert Marieke Dijkgraaf van denktank Clingendael twijfelt. Volgens Dijkgraaf gaat het om "
      "oude voorraden.",
      "nl");
  const std::string full = agtest::entity_at(x, "Marieke Dijkgraaf");
  ASSERT_FALSE(full.empty()) << agtest::describe(x);
  EXPECT_EQ(agtest::entity_at(x, "Dijkgraaf"), full) << agtest::describe(x);
}

TEST(Resolve, CapitalsAndSeatsOfGovernmentStandForTheState) {
  auto x = agtest::extract("Peking en Moskou praten, en het Kremlin zwijgt.", "nl");
  EXPECT_EQ(agtest::entity_at(x, "Peking"), "state:CN");
  EXPECT_EQ(agtest::entity_at(x, "Moskou"), "state:RU");
  EXPECT_EQ(agtest::entity_at(x, "Kremlin"), "state:RU");
  auto de = agtest::extract("Washington warnt Peking.", "de");
  EXPECT_EQ(agtest::entity_at(de, "Washington"), "state:US");
}

TEST(Resolve, GenericGroupsStandForTheStateWithTheirRole) {
  auto x = agtest::extract("Chinese bedrijven leverden onderdelen aan het Russische leger.", "nl");
  const Mention* firms = agtest::mention(x, "Chinese bedrijven");
  ASSERT_NE(firms, nullptr) << agtest::describe(x);
  EXPECT_EQ(firms->entity, "state:CN");
  EXPECT_EQ(firms->role, "business");
  const Mention* army = agtest::mention(x, "Russische leger");
  ASSERT_NE(army, nullptr) << agtest::describe(x);
  EXPECT_EQ(army->entity, "state:RU");
  EXPECT_EQ(army->role, "military");
  auto de = agtest::extract("Russische Rüstungsfirmen exportieren Waffen.", "de");
  const Mention* m = agtest::mention(de, "Russische Rüstungsfirmen");
  ASSERT_NE(m, nullptr) << agtest::describe(de);
  EXPECT_EQ(m->role, "business");
}

TEST(Resolve, AcronymDefinedInTheTextIsFoundAgain) {
  auto x = agtest::extract(
      "The Bureau for Strategic Export Licensing (BSEL) approved the sale. Later BSEL said it had no "
      "objection.",
      "en");
  const std::string id = agtest::entity_at(x, "Bureau for Strategic Export Licensing");
  ASSERT_FALSE(id.empty()) << agtest::describe(x);
  int acr = 0;
  for (const auto& m : x.mentions) acr += m.surface == "BSEL" && m.entity == id;
  EXPECT_EQ(acr, 2) << agtest::describe(x);
}

// A role before a surname the gazetteer lists alone ("President Putin", "premier Rutte"), or
// before the last name of one person it knows ("Verteidigungsminister Pistorius"), is that
// person; a last name several known persons share is none of them.
TEST(Resolve, SurnameTheGazetteerListsAloneAfterARoleIsItsPerson) {
  auto en = agtest::extract("President Putin said it. Chancellor Scholz agreed.", "en");
  EXPECT_EQ(agtest::entity_at(en, "Putin"), "person:vladimir-putin") << agtest::describe(en);
  EXPECT_EQ(agtest::entity_at(en, "Scholz"), "person:olaf-scholz") << agtest::describe(en);
  auto nl = agtest::extract("Premier Rutte zei het tegen president Poetin.", "nl");
  EXPECT_EQ(agtest::entity_at(nl, "Rutte"), "person:mark-rutte") << agtest::describe(nl);
  EXPECT_EQ(agtest::entity_at(nl, "Poetin"), "person:vladimir-putin") << agtest::describe(nl);
  auto de = agtest::extract("Verteidigungsminister Pistorius kündigte weitere Panzer an.", "de");
  EXPECT_EQ(agtest::entity_at(de, "Pistorius"), "person:boris-pistorius") << agtest::describe(de);
  auto shared = agtest::extract("Foreign Minister Wang said it.", "en");
  EXPECT_EQ(agtest::entity_at(shared, "Wang"), "") << agtest::describe(shared);
}

// "his country", "sein Land", "zijn regering" stand for the one state the sentence has named
// before them, by its name, a demonym or a known person's office; for none when it named
// several or none.
TEST(Resolve, PossessiveStateNounIsTheStateNamedBefore) {
  auto en = agtest::extract("The Iranian foreign minister denied that his country had sent drones.", "en");
  EXPECT_EQ(agtest::entity_at(en, "his country"), "state:IR") << agtest::describe(en);
  auto lavrov = agtest::extract("Lavrov said his government would not change course.", "en");
  EXPECT_EQ(agtest::entity_at(lavrov, "his government"), "state:RU") << agtest::describe(lavrov);
  auto de = agtest::extract("Lawrow sagte, sein Land werde nicht nachgeben.", "de");
  EXPECT_EQ(agtest::entity_at(de, "sein Land"), "state:RU") << agtest::describe(de);
  auto nl = agtest::extract("Premier Rutte zei dat zijn regering niet zal wijken.", "nl");
  EXPECT_EQ(agtest::entity_at(nl, "zijn regering"), "state:NL") << agtest::describe(nl);
  auto two = agtest::extract("Putin met Kim Jong Un, who said his country would send shells.", "en");
  EXPECT_EQ(agtest::entity_at(two, "his country"), "") << agtest::describe(two);
  auto other =
      agtest::extract("Putin met the envoy Tarek Haddadin, who said his country would send troops.", "en");
  EXPECT_EQ(agtest::entity_at(other, "his country"), "") << agtest::describe(other);
  auto firm_head = agtest::extract(
      "Putin met Rheinmetall chief Armin Papperger, who said his country would send shells.", "en");
  EXPECT_EQ(agtest::entity_at(firm_head, "his country"), "") << agtest::describe(firm_head);
  auto envoy = agtest::extract("Iran's envoy Tarek Haddadin said his country would send troops.", "en");
  EXPECT_EQ(agtest::entity_at(envoy, "his country"), "state:IR") << agtest::describe(envoy);
  auto none = agtest::extract("The minister said that his country would send shells.", "en");
  EXPECT_EQ(agtest::entity_at(none, "his country"), "") << agtest::describe(none);
}
