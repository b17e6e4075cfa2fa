// Recognition in German: capitalised nouns are not names, closed compounds, inflections,
// roles and firms by cue.
#include "test_helper.h"

using namespace actorgraph;
using agtest::entity_at;
using agtest::extract;

TEST(RecogniseDe, CapitalisedNounsAreNotEntities) {
  auto x = extract("Die Recherchen basieren auf Dokumenten und Fotos, laut Bericht der Regierung.", "de");
  EXPECT_TRUE(x.mentions.empty()) << agtest::describe(x);
}

TEST(RecogniseDe, NameAtTheStartOfAClosedCompound) {
  auto x = extract("Kurz nach Beginn des Ukrainekriegs reisten Delegationen nach Moskau.", "de");
  const Mention* m = agtest::mention(x, "Ukraine");
  ASSERT_NE(m, nullptr) << agtest::describe(x);
  EXPECT_EQ(m->entity, "state:UA");
  EXPECT_EQ(entity_at(x, "Moskau"), "state:RU");
}

TEST(RecogniseDe, InflectedStatesAndAdjectives) {
  auto x = extract(
      "Russlands Armee erhält Munition aus Nordkorea; chinesische Offiziere reisten nach Weißrussland.",
      "de");
  EXPECT_EQ(entity_at(x, "Russlands"), "state:RU") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Nordkorea"), "state:KP");
  EXPECT_EQ(entity_at(x, "Weißrussland"), "state:BY");
  const Mention* officers = agtest::mention(x, "chinesische Offiziere");
  ASSERT_NE(officers, nullptr) << agtest::describe(x);
  EXPECT_EQ(officers->entity, "state:CN");
  EXPECT_EQ(officers->role, "military");
}

TEST(RecogniseDe, PersonsByRole) {
  auto x = extract("Verteidigungsminister Jürgen Hallstein traf den Geheimdienstchef Wadim Orlow in Berlin.",
                   "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Jürgen Hallstein", EntityType::person)) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Wadim Orlow", EntityType::person)) << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Berlin"), "state:DE");
}

TEST(RecogniseDe, FirmsByCueButNotOrdinaryNouns) {
  auto x = extract("Der Rüstungskonzern Weserwerk liefert, der Hersteller Drohnen nicht.", "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Weserwerk", EntityType::firm)) << agtest::describe(x);
  for (const auto& s : agtest::surfaces(x)) EXPECT_NE(s, "Drohnen");
}

TEST(RecogniseDe, WeakNamesNeedContext) {
  auto temp = extract("Die Temperatur stieg um zwei Grad.", "de");
  EXPECT_TRUE(temp.mentions.empty()) << agtest::describe(temp);
  auto weapon = extract("Belarus baut Raketen für das Grad-System.", "de");
  EXPECT_FALSE(entity_at(weapon, "Grad").empty()) << agtest::describe(weapon);
}

// A role after a comma names the words before it only as their apposition, not in a clause that
// reports the sentence: ", wie Präsident Macron ankündigte" makes no person of the howitzers.
TEST(RecogniseDe, RoleInAReportingClauseIsNoApposition) {
  for (const char* text :
       {"Frankreich liefert der Ukraine Caesar-Haubitzen, wie Präsident Emmanuel Macron ankündigte.",
        "Frankreich liefert der Ukraine Caesar-Haubitzen, sagte Präsident Emmanuel Macron."}) {
    auto x = extract(text, "de");
    EXPECT_EQ(entity_at(x, "Caesar"), "weapon:caesar") << text << "\n" << agtest::describe(x);
    for (const auto& m : x.mentions) EXPECT_NE(m.surface, "Caesar-Haubitzen") << text;
  }
}

// A class noun right before a name that is also a word or a surname says which it is: "die
// Söldnertruppe Wagner" is the organisation, the composer is not.
TEST(RecogniseDe, WeakNameAfterAClassNoun) {
  auto group = extract("Nordkorea lieferte Raketen an die russische Söldnertruppe Wagner.", "de");
  EXPECT_EQ(entity_at(group, "Wagner"), "org:wagner-group") << agtest::describe(group);
  auto en = extract("North Korea sent rockets to the mercenary group Wagner.", "en");
  EXPECT_EQ(entity_at(en, "Wagner"), "org:wagner-group") << agtest::describe(en);
  auto nl = extract("Rusland stuurde wapens naar de huurlingengroep Wagner.", "nl");
  EXPECT_EQ(entity_at(nl, "Wagner"), "org:wagner-group") << agtest::describe(nl);
  auto composer = extract("Der Komponist Wagner schrieb Opern.", "de");
  EXPECT_NE(entity_at(composer, "Wagner"), "org:wagner-group") << agtest::describe(composer);
}

// A firm's name with a legal form ends at the preposition before it: the capitalised noun that
// opens the sentence's object ("Raketen an …", "Gewehre von …") is no part of the name.
TEST(RecogniseDe, FirmWithALegalFormStartsAfterThePreposition) {
  auto x = extract(
      "Schweden hat Raketen an Dunholt Munition AG geliefert. Brasilien kauft Gewehre von Quenmark "
      "Präzisionstechnik AG.",
      "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Dunholt Munition AG", EntityType::firm)) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Quenmark Präzisionstechnik AG", EntityType::firm))
      << agtest::describe(x);
  for (const auto& e : x.entities) {
    EXPECT_EQ(e.label.find("Raketen"), std::string::npos) << e.label;
    EXPECT_EQ(e.label.find("Gewehre"), std::string::npos) << e.label;
  }
}

// Connectors inside a name still join its words where the words before them make a name.
TEST(RecogniseDe, ConnectorInsideAFirmsName) {
  auto x = extract("Das Institut für Wehrtechnik und Logistik GmbH lieferte Ersatzteile.", "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Institut für Wehrtechnik und Logistik GmbH", EntityType::firm))
      << agtest::describe(x);
}

// "GmbH & Co. KG": the legal forms joined by "&" and "." are one name, and "Co." ends no sentence.
TEST(RecogniseDe, LimitedPartnershipWithALimitedCompanyAsPartner) {
  auto x = extract("Diehl hat niemals Munition an Rastoven Systemtechnik GmbH & Co. KG geliefert.", "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Rastoven Systemtechnik GmbH & Co. KG", EntityType::firm))
      << agtest::describe(x);
  EXPECT_EQ(x.sentences.size(), 1U);
}

// A legal form ends the name: "mit" after it joins no further words ("… GmbH mit Raketen").
TEST(RecogniseDe, LegalFormEndsTheNameBeforeAConnector) {
  auto x = extract("ArianeGroup beliefert Pradmoor Wehrtechnik GmbH mit Raketen.", "de");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Pradmoor Wehrtechnik GmbH", EntityType::firm))
      << agtest::describe(x);
}

// German inflects names in the dative and genitive: the adjectives before the head take -en,
// a plural head -n ("aus den Vereinigten Staaten", "den Niederlanden", "im Vereinigten
// Königreich").
TEST(RecogniseDe, InflectedNamesOfStates) {
  auto x = extract(
      "Die Raketen kommen aus den Vereinigten Staaten, den Niederlanden und dem Vereinigten Königreich.",
      "de");
  EXPECT_EQ(entity_at(x, "Vereinigten Staaten"), "state:US") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Niederlanden"), "state:NL") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Vereinigten Königreich"), "state:GB") << agtest::describe(x);
}

// A dateline opens a report: its places and date are no actors, its agencies are named as bylines
// ("Seoul/Moskau (dpa) -", "Stockholm (AFP/dpa) -"); names before a dash that no date or agency
// marks as a dateline are actors.
TEST(RecogniseDe, DatelinePlacesAndAgenciesAreNoActors) {
  auto x = extract("Seoul/Moskau (dpa) - Nordkorea hat Russland Raketenwerfer geliefert.", "de");
  EXPECT_EQ(entity_at(x, "Seoul"), "") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Moskau"), "") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Russland"), "state:RU") << agtest::describe(x);
  auto y =
      extract("Berlin, 15. Januar 2025 (AFP/dpa) - Schweden will der Ukraine Kampfjets verkaufen.", "de");
  EXPECT_EQ(entity_at(y, "Berlin"), "") << agtest::describe(y);
  EXPECT_EQ(entity_at(y, "dpa"), "org:dpa") << agtest::describe(y);
  EXPECT_EQ(entity_at(y, "AFP"), "org:afp") << agtest::describe(y);
  EXPECT_EQ(entity_at(y, "Schweden"), "state:SE") << agtest::describe(y);
  auto z = extract("Russland, Iran und China - die Achse - liefern Waffen an Syrien.", "de");
  EXPECT_EQ(entity_at(z, "Russland"), "state:RU") << agtest::describe(z);
}

// The agency in a dateline's brackets is named (a known one: "(Reuters)"), and is no party to
// anything the report says: no relation involves it, and a spokesman is not its official.
TEST(RecogniseDe, AgencyOfADatelineIsNamedButNoParty) {
  auto x = extract(
      "Berlin/Ankara (Reuters) - Die Bundesregierung hat Eurofighter an die Türkei geliefert, sagte ein "
      "Sprecher.",
      "de");
  EXPECT_EQ(entity_at(x, "Reuters"), "org:reuters") << agtest::describe(x);
  for (const auto& m : x.mentions) {
    if (m.entity == "org:reuters") {
      EXPECT_EQ(m.how, "byline");
    }
  }
  for (const auto& r : x.relations) {
    EXPECT_NE(r.source, "org:reuters");
    EXPECT_NE(r.target, "org:reuters");
  }
  auto quoted = extract("Reuters berichtete, Deutschland habe Panzer an die Türkei geliefert.", "de");
  EXPECT_EQ(entity_at(quoted, "Reuters"), "org:reuters") << agtest::describe(quoted);
}
