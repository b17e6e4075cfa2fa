// Recognition in Dutch: gazetteer names in compounds and inflections, persons by role cue and
// given name, firms and organisations by cue, designations, and no ordinary words as names.
#include "test_helper.h"

using namespace actorgraph;
using agtest::entity_at;
using agtest::extract;

TEST(RecogniseNl, NamesInsideHyphenatedCompounds) {
  auto x = extract(
      "De Iskander-raketten en de Kalibr-voorraad zijn bijna op; ook Shahed-aanvalsdrones en het "
      "Grad-systeem.",
      "nl");
  EXPECT_FALSE(entity_at(x, "Iskander").empty()) << agtest::describe(x);
  EXPECT_FALSE(entity_at(x, "Kalibr").empty()) << agtest::describe(x);
  EXPECT_FALSE(entity_at(x, "Shahed").empty()) << agtest::describe(x);
  EXPECT_FALSE(entity_at(x, "Grad").empty()) << agtest::describe(x);
}

TEST(RecogniseNl, InflectedNames) {
  auto x = extract("Poetins plannen hangen af van de Kalibrs die nog over zijn.", "nl");
  EXPECT_EQ(entity_at(x, "Poetins"), entity_at(extract("Poetin zweeg.", "nl"), "Poetin"))
      << agtest::describe(x);
  EXPECT_FALSE(entity_at(x, "Poetins").empty());
  EXPECT_FALSE(entity_at(x, "Kalibrs").empty()) << agtest::describe(x);
}

TEST(RecogniseNl, OffsetsPointIntoTheOriginalText) {
  const std::string text = "Oekraïne kreeg ZT-180-modellen uit Wit-Rusland.";
  auto x = extract(text, "nl");
  const Mention* m = agtest::mention(x, "ZT-180");
  ASSERT_NE(m, nullptr) << agtest::describe(x);
  // code points: "Oekraïne kreeg " is 15 code points
  EXPECT_EQ(m->start, 15u);
  EXPECT_EQ(m->end, 21u);
  EXPECT_EQ(entity_at(x, "Wit-Rusland"), "state:BY");
  EXPECT_EQ(entity_at(x, "Oekraïne"), "state:UA");
}

TEST(RecogniseNl, PersonsByRoleCueAndGivenName) {
  auto x = extract(
      "De Finse minister van Defensie Aarne Virtanen sprak met Pieter Kooistra, woordvoerder van de NAVO.",
      "nl");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Aarne Virtanen", EntityType::person)) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Pieter Kooistra", EntityType::person)) << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Finse"), "state:FI");
}

TEST(RecogniseNl, FirmsAndOrganisationsByCue) {
  auto x = extract("De dronefabrikant Valkenburg Aero werkt samen met denktank Hollandstraat.", "nl");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Valkenburg Aero", EntityType::firm)) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Hollandstraat", EntityType::organization))
      << agtest::describe(x);
}

TEST(RecogniseNl, DesignationsByShape) {
  auto x = extract("China heeft de YJ-18 en de nieuwe QX-27 getest.", "nl");
  EXPECT_FALSE(entity_at(x, "YJ-18").empty()) << agtest::describe(x);
  const std::string q = entity_at(x, "QX-27");
  EXPECT_EQ(q, "weapon:~qx27") << agtest::describe(x);
}

TEST(RecogniseNl, OrdinaryCapitalisedWordsAreNotEntities) {
  auto x = extract(
      "Volgens de krant is dat niet waar. Maar Beeld en Nieuws tonen het anders. Bovendien zwijgt Den Haag.",
      "nl");
  for (const auto& s : agtest::surfaces(x)) {
    EXPECT_NE(s, "Volgens");
    EXPECT_NE(s, "Maar");
    EXPECT_NE(s, "Beeld");
    EXPECT_NE(s, "Bovendien");
  }
}

TEST(RecogniseNl, LowerCaseWordIsNotACasedName) {
  // a name written with a capital in the gazetteer is not matched in lower case
  auto x = extract("het land verkoopt china servies en grad is een maat.", "nl");
  EXPECT_TRUE(x.mentions.empty()) << agtest::describe(x);
}

TEST(RecogniseNl, NameOpenedByCapitalisedParticles) {
  // "Maat" is also an ordinary word; after a role cue and "Van der" it is a surname
  auto x = extract("Dat melden de minister en staatssecretaris Van der Maat van Defensie.", "nl");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Van der Maat", EntityType::person)) << agtest::describe(x);
  auto plain = extract("Volgens de krant is de maat vol.", "nl");
  EXPECT_TRUE(plain.mentions.empty()) << agtest::describe(plain);
}

// "B.V." keeps its full stop in the name, and is never a name of its own after a firm noun
// ("Holding B.V.").
TEST(RecogniseNl, LegalFormWithItsFullStop) {
  auto x =
      extract("Tarnweld Aerospace Holding B.V. en Safran leveren geweren aan Korvath Systems B.V.", "nl");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Tarnweld Aerospace Holding B.V.", EntityType::firm))
      << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Korvath Systems B.V.", EntityType::firm))
      << agtest::describe(x);
  for (const auto& e : x.entities) EXPECT_NE(e.label, "B.V") << agtest::describe(x);
}

// "Defensie" alone is the Dutch ministry (a state organ: its order is the Netherlands'); inside a
// role cue it is the role's ("de Oekraïense minister van Defensie Oleksii Reznikov").
TEST(RecogniseNl, DefensieIsTheMinistryButNotInsideARole) {
  auto x = extract("Saab kreeg van Defensie een order voor Carl-Gustaf-antitankwapens.", "nl");
  EXPECT_EQ(entity_at(x, "Defensie"), "org:dutch-ministry-of-defence") << agtest::describe(x);
  auto y =
      extract("De Oekraïense minister van Defensie Oleksii Reznikov zei dat Duitsland tanks levert.", "nl");
  EXPECT_EQ(entity_at(y, "Defensie"), "") << agtest::describe(y);
  EXPECT_FALSE(entity_at(y, "Oleksii Reznikov").empty()) << agtest::describe(y);
}

// A firm's name that is also a given name ("Rafael") is the firm after an article and the
// adjective of the firm's own state ("bij het Israëlische Rafael"); alone it is not.
TEST(RecogniseNl, WeakFirmNameAfterItsStatesAdjective) {
  auto x = extract("Spanje plaatste een order bij het Israëlische Rafael.", "nl");
  EXPECT_EQ(entity_at(x, "Rafael"), "firm:rafael") << agtest::describe(x);
  auto alone = extract("Volgens Rafael is dat niet waar.", "nl");
  EXPECT_EQ(entity_at(alone, "Rafael"), "") << agtest::describe(alone);
}

// "het Somalische ministerie van Defensie" is Somalia's ministry, not the Dutch one the name
// stands for alone.
TEST(RecogniseNl, AnotherStatesMinistryOfDefence) {
  auto x = extract("Dat heeft het Somalische ministerie van Defensie donderdag bekendgemaakt.", "nl");
  EXPECT_EQ(entity_at(x, "Defensie"), "") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Somalische ministerie van Defensie"), "state:SO") << agtest::describe(x);
}

// A surname shortened to its initial, as courts and papers write it, ends a name that opens
// with a given name ("Hendrik van der L."); a legal form or a word of trade makes no person
// ("Vlieland Marine Systems BV" was the person "Marine Systems BV").
TEST(RecogniseNl, ShortenedSurnamesAndFirmsWithGivenNames) {
  auto x = extract("De rechtbank achtte bewezen dat Hendrik van der L. onderdelen heeft geleverd.", "nl");
  EXPECT_FALSE(entity_at(x, "Hendrik van der L.").empty()) << agtest::describe(x);
  auto y = extract("De masten worden door Vlieland Marine Systems BV uit Den Helder geleverd.", "nl");
  EXPECT_FALSE(entity_at(y, "Vlieland Marine Systems BV").empty()) << agtest::describe(y);
  EXPECT_EQ(entity_at(y, "Marine Systems BV"), "") << agtest::describe(y);
}

// A court is named by its noun and its seat ("de rechtbank Rotterdam"), and is no firm though
// "rechtbank" ends in "bank" ("Rotterdam" was a firm).
TEST(RecogniseNl, CourtNamedByItsSeat) {
  auto x = extract("Gisteren heeft de rechtbank Rotterdam een handelaar veroordeeld.", "nl");
  const std::string id = entity_at(x, "rechtbank Rotterdam");
  EXPECT_TRUE(id.starts_with("org:")) << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "Rotterdam"), "") << agtest::describe(x);
}
