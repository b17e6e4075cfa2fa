// Recognition in English: possessives, plural designations, acronyms defined in the text,
// legal suffixes and apposition roles.
#include "test_helper.h"

using namespace actorgraph;
using agtest::entity_at;
using agtest::extract;

TEST(RecogniseEn, PossessivesAndPluralDesignations) {
  auto x = extract("Russia's purchase of S-400s from Moscow's suppliers and China's J-10CEs.", "en");
  EXPECT_EQ(entity_at(x, "Russia's"), "state:RU") << agtest::describe(x);
  EXPECT_EQ(entity_at(x, "S-400s"), entity_at(extract("The S-400 arrived.", "en"), "S-400"))
      << agtest::describe(x);
  EXPECT_FALSE(entity_at(x, "S-400s").empty());
  EXPECT_EQ(entity_at(x, "J-10CEs"), entity_at(extract("A J-10CE flew.", "en"), "J-10CE"));
  EXPECT_EQ(entity_at(x, "China's"), "state:CN");
}

TEST(RecogniseEn, ApposititionRoleMakesAPerson) {
  auto x = extract("Tomasz Wielgus, a senior analyst at the institute, disagreed.", "en");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Tomasz Wielgus", EntityType::person)) << agtest::describe(x);
}

TEST(RecogniseEn, LegalSuffixMakesAFirm) {
  auto x = extract("The parts came from Northbridge Dynamics Ltd and were shipped in May.", "en");
  bool firm = false;
  for (const auto& e : x.entities)
    firm = firm || (e.type == EntityType::firm && e.label.find("Northbridge") != std::string::npos);
  EXPECT_TRUE(firm) << agtest::describe(x);
}

// British firms write their legal form in small letters: "plc" ends the name as "Ltd" does.
TEST(RecogniseEn, LegalFormInSmallLettersMakesAFirm) {
  auto x = extract(
      "Selbrook Aerospace plc reportedly supplied drones to Montenegro. Russia bought Buk "
      "systems from Ulvestad Industries plc.",
      "en");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Selbrook Aerospace plc", EntityType::firm))
      << agtest::describe(x);
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Ulvestad Industries plc", EntityType::firm))
      << agtest::describe(x);
}

// A sentence's first word is capitalised whatever it is: a connector after it joins no name.
TEST(RecogniseEn, FirmNameStartsAfterTheSentencesFirstNoun) {
  auto x = extract("Weapons from Northbridge Dynamics Ltd arrived. The Bank of Ardenia paid for them.", "en");
  EXPECT_TRUE(agtest::has_entity_labelled(x, "Northbridge Dynamics Ltd", EntityType::firm))
      << agtest::describe(x);
  for (const auto& e : x.entities) EXPECT_EQ(e.label.find("Weapons"), std::string::npos) << e.label;
}

TEST(RecogniseEn, UsIsTheStateOnlyInCapitals) {
  auto x = extract("The US told us nothing.", "en");
  int us = 0;
  for (const auto& m : x.mentions) us += m.entity == "state:US";
  EXPECT_EQ(us, 1) << agtest::describe(x);
}

TEST(RecogniseEn, SentenceInitialWordsAreNotNames) {
  auto x = extract("However, Meanwhile and Although are not actors. Reportedly nothing happened.", "en");
  EXPECT_TRUE(x.mentions.empty()) << agtest::describe(x);
}

// A name that is also an ordinary word (Sputnik, Zeit) is the organisation as the one a
// speaker tells, right after the verb; not after a comma.
TEST(RecogniseEn, WeakOrganisationToldByASpeaker) {
  auto x = extract("Dmitry Shugaev told Sputnik that deliveries continue.", "en");
  EXPECT_EQ(agtest::entity_at(x, "Sputnik"), "org:sputnik") << agtest::describe(x);
  auto de = extract("Der Minister sagte der Zeit, die Lieferungen gingen weiter.", "de");
  EXPECT_EQ(agtest::entity_at(de, "Zeit"), "org:die-zeit") << agtest::describe(de);
  auto comma = extract("Er sagte, der Zeit sei nicht zu trauen.", "de");
  EXPECT_TRUE(comma.mentions.empty()) << agtest::describe(comma);
}

// A name that no gazetteer knows, ending in a word of trade, is a firm ("Shenzhen Qirun
// Electronics", "Lavrenta Shipping"); not a designation's compound ("F/A-18E-Systeme"), nor a
// name of dictionary words alone ("European Defence" is no firm).
TEST(RecogniseEn, UnknownFirmsByTheirWordOfTrade) {
  auto x = extract("Parts were supplied by Shenzhen Qirun Electronics to Russia.", "en");
  EXPECT_EQ(entity_at(x, "Shenzhen Qirun Electronics"), "firm:~shenzhen-qirun-electronics")
      << agtest::describe(x);
  auto y = extract("The US sanctioned Lavrenta Shipping, a Vladivostok-based firm.", "en");
  EXPECT_EQ(entity_at(y, "Lavrenta Shipping"), "firm:~lavrenta-shipping") << agtest::describe(y);
  auto z = extract("The Wider European Defence debate goes on.", "en");
  EXPECT_EQ(entity_at(z, "Wider European Defence"), "") << agtest::describe(z);
  auto d = extract("KNDS weist Berichte zurück, wonach es F/A-18E-Systeme an Pindad liefert.", "de");
  for (const auto& m : d.mentions)
    EXPECT_EQ(m.entity.find("systeme"), std::string::npos) << agtest::describe(d);
}

// Another state's adjective takes a state organ's name from it only across the head of its
// phrase ("het Somalische ministerie van Defensie"), not across a verb: "The Czech Republic sent
// Lashkar-e-Taiba rifles" names the group.
TEST(RecogniseEn, StateAdjectiveDoesNotReachAcrossAVerb) {
  auto x = extract("The Czech Republic sent Lashkar-e-Taiba rifles.", "en");
  EXPECT_FALSE(entity_at(x, "Lashkar-e-Taiba").empty()) << agtest::describe(x);
  auto y = extract("Indonesian Aerospace sent Hizbollah helicopters.", "en");
  EXPECT_FALSE(entity_at(y, "Hizbollah").empty()) << agtest::describe(y);
}

// An ampersand joins a name's capitalised words ("Pratt & Whitney"); a middle initial is no
// shortened surname ("John F. Kennedy" is not "John F."), a final one is ("Paul W. said").
TEST(RecogniseEn, AmpersandsAndInitials) {
  auto x = extract("The engines come from Pratt & Whitney.", "en");
  EXPECT_EQ(entity_at(x, "Pratt & Whitney"), "firm:pratt-whitney") << agtest::describe(x);
  auto y = extract("John F. Kennedy spoke. Paul W. said so.", "en");
  EXPECT_EQ(entity_at(y, "John F."), "") << agtest::describe(y);
  EXPECT_FALSE(entity_at(y, "Paul W.").empty()) << agtest::describe(y);
}
