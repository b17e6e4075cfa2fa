// "Who sanctions whom" from Dutch, German and English sentences: the sanction verbs, the
// sanction nouns and the verbs that impose them (lib/relate/relations.cc), each test with the
// exact parties and modality, and the constructions that must name no sanction.
#include "relation_helper.h"
#include "test_helper.h"

using namespace actorgraph;
using agtest::count;
using agtest::find;
using agtest::relations;

namespace {

// The one sanctions relation of `text`, from `source` to `target`, with `modality`.
void expect_only_sanction(const std::string& text, const std::string& lang, const std::string& source,
                          const std::string& target, Modality modality = Modality::asserted) {
  auto x = agtest::extract(text, lang);
  const Relation* r = find(x, "sanctions", source, target);
  ASSERT_NE(r, nullptr) << text << "\n" << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, modality) << text;
  EXPECT_EQ(count(x, "sanctions"), 1u) << text << "\n" << relations(x);
}

void expect_no_sanction(const std::string& text, const std::string& lang) {
  auto x = agtest::extract(text, lang);
  EXPECT_EQ(count(x, "sanctions"), 0u) << text << "\n" << relations(x);
}

}  // namespace

// --- sanction verbs: active and passive ---

TEST(Sanctions, EnglishActiveVerb) {
  expect_only_sanction("Washington sanctioned Rosoboronexport in 2018.", "en", "state:US",
                       "firm:rosoboronexport");
}

TEST(Sanctions, EnglishPassiveVerbWithAgent) {
  expect_only_sanction("Rosoboronexport was sanctioned by the United States in 2018.", "en", "state:US",
                       "firm:rosoboronexport");
}

TEST(Sanctions, GermanPassiveVerbWithAgentBeforeTheParticiple) {
  expect_only_sanction("Die Gruppe Wagner wurde von der EU sanktioniert.", "de", "org:eu",
                       "org:wagner-group");
}

TEST(Sanctions, DutchVerbOnAStatesFirmsNamesTheState) {
  expect_only_sanction("De Verenigde Staten sanctioneerden drie Chinese bedrijven.", "nl", "state:US",
                       "state:CN");
}

// --- English: "sanctions" is a noun but after its subject or an auxiliary ---

TEST(Sanctions, EnglishSanctionsAfterItsSubjectIsTheVerb) {
  expect_only_sanction("The EU sanctions three Russian banks.", "en", "org:eu", "state:RU");
}

TEST(Sanctions, EnglishSanctionsBeforeATargetIsTheNounOfTheNameBeforeIt) {
  expect_only_sanction("US sanctions on Russia hit its economy.", "en", "state:US", "state:RU");
}

TEST(Sanctions, EnglishNameBeforeSanctionsWithNoTargetIsNoSanctioner) {
  // "Russia sanctions" may be those imposed on Russia
  expect_no_sanction("Russia sanctions have failed.", "en");
}

// --- verbs that impose a sanction noun, and the noun's parties ---

TEST(Sanctions, EnglishImposeSanctionsOn) {
  expect_only_sanction("The EU imposed sanctions on Belarus.", "en", "org:eu", "state:BY");
}

TEST(Sanctions, EnglishArmsEmbargoIsOnePhrase) {
  expect_only_sanction("The European Union imposed an arms embargo on Belarus.", "en", "org:eu", "state:BY");
  expect_only_sanction("The UN arms embargo on North Korea remains in force.", "en", "org:un", "state:KP");
}

TEST(Sanctions, EnglishEntityListWithAnotherDeterminerThanTheLexicons) {
  expect_only_sanction("The United States added Rosoboronexport to its Entity List.", "en", "state:US",
                       "firm:rosoboronexport");
}

TEST(Sanctions, EnglishNounWithAgent) {
  expect_only_sanction("Sanctions against Iran were imposed by the United Nations in 2006.", "en", "org:un",
                       "state:IR");
}

TEST(Sanctions, EnglishPlannedWithWill) {
  expect_only_sanction("Britain will impose sanctions on Iran.", "en", "state:GB", "state:IR",
                       Modality::planned);
}

TEST(Sanctions, GermanSanktionenGegenVerhaengt) {
  expect_only_sanction("Die EU hat neue Sanktionen gegen Russland verhängt.", "de", "org:eu", "state:RU");
}

TEST(Sanctions, GermanHyphenCompoundNamesTheSanctioner) {
  expect_only_sanction("Die EU-Sanktionen gegen Russland wurden verlängert.", "de", "org:eu", "state:RU");
}

TEST(Sanctions, GermanSetOnTheBlacklist) {
  expect_only_sanction("Die USA setzten Rosoboronexport auf die schwarze Liste.", "de", "state:US",
                       "firm:rosoboronexport");
}

TEST(Sanctions, DutchSeparatedOpleggenWithADativeTarget) {
  expect_only_sanction("De EU legde Rusland nieuwe sancties op.", "nl", "org:eu", "state:RU");
}

TEST(Sanctions, DutchPassiveOnTheSanctionsListNamesTheAgent) {
  expect_only_sanction("Rosoboronexport werd door de EU op de sanctielijst geplaatst.", "nl", "org:eu",
                       "firm:rosoboronexport");
}

TEST(Sanctions, DutchHyphenCompoundWithTegen) {
  expect_only_sanction("De EU-sancties tegen Rusland blijven van kracht.", "nl", "org:eu", "state:RU");
}

// --- what names no sanction ---

TEST(Sanctions, LiftedOrEasedSanctionsNameNone) {
  expect_no_sanction("The United States lifted sanctions on Venezuela.", "en");
  expect_no_sanction("Die EU hob die Sanktionen gegen Belarus auf.", "de");
  expect_no_sanction("De EU heeft de sancties tegen Iran opgeheven.", "nl");
}

TEST(Sanctions, WhoFacesSanctionsImposesNone) {
  expect_no_sanction("Russia faces sanctions over its war in Ukraine.", "en");
}

TEST(Sanctions, AThirdPartyBlockingSanctionsIsNoSanctioner) {
  auto x = agtest::extract("Hungary blocked new EU sanctions against Russia.", "en");
  EXPECT_FALSE(agtest::involves(x, "sanctions", "state:HU")) << relations(x);
  const Relation* r = find(x, "sanctions", "org:eu", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
}

TEST(Sanctions, ASanctionVerbWithoutItsNounNamesNone) {
  // "impose" names a sanction only with a sanction noun
  expect_no_sanction("The United States imposed tariffs on China.", "en");
}

TEST(Sanctions, ANounInAConcessivePhraseTargetsNoBareActor) {
  // China is the subject of "levert", not whom the sanctions target
  auto x = agtest::extract("Ondanks de Amerikaanse sancties levert China onderdelen aan Rusland.", "nl");
  EXPECT_EQ(count(x, "sanctions"), 0u) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:CN", "state:RU"), nullptr) << relations(x);
}

TEST(Sanctions, EnglishInfinitiveAfterToIsTheVerb) {
  expect_only_sanction("The EU plans to sanction three Russian banks.", "en", "org:eu", "state:RU",
                       Modality::planned);
  expect_no_sanction("In response to sanctions, Russia expelled diplomats.", "en");
}

// --- the sanctioned actor described by a participle ---

// A participle clause after a comma, reduced or with a relative pronoun, describes the actor
// before the comma: its agent sanctions that actor.
TEST(Sanctions, ParticipleClauseAfterACommaDescribesTheActorBeforeIt) {
  expect_only_sanction("Rosoboronexport, sanctioned by the US in 2018, signed a contract with India.", "en",
                       "state:US", "firm:rosoboronexport");
  expect_only_sanction(
      "Rosoboronexport, which was sanctioned by the US in 2018, signed a contract with India.", "en",
      "state:US", "firm:rosoboronexport");
  expect_only_sanction(
      "Rosoboronexport, das 2018 von den USA sanktioniert wurde, unterzeichnete einen Vertrag.", "de",
      "state:US", "firm:rosoboronexport");
  expect_only_sanction(
      "Rosoboronexport, dat in 2018 door de VS is gesanctioneerd, tekende een contract met India.", "nl",
      "state:US", "firm:rosoboronexport");
}

// A Dutch or German participle between its agent and a noun is an adjective of the noun.
TEST(Sanctions, AttributiveParticipleWithItsAgent) {
  expect_only_sanction("Der von den USA sanktionierte Konzern Rosoboronexport unterzeichnete einen Vertrag.",
                       "de", "state:US", "firm:rosoboronexport");
  expect_only_sanction("Het door de VS gesanctioneerde staatsbedrijf Rosoboronexport tekende een contract.",
                       "nl", "state:US", "firm:rosoboronexport");
}

// "US-sanctioned": the name before the hyphen sanctions what the adjective describes, and is
// no party to the clause's other relations.
TEST(Sanctions, HyphenatedParticipleNamesTheSanctioner) {
  expect_only_sanction("The US-sanctioned arms exporter Rosoboronexport signed a contract with India.", "en",
                       "state:US", "firm:rosoboronexport");
  auto x = agtest::extract("US-sanctioned Chinese firms supplied parts to Russia.", "en");
  EXPECT_NE(find(x, "sanctions", "state:US", "state:CN"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:CN", "state:RU"), nullptr) << relations(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:US")) << relations(x);
}

// A person is sanctioned by name ("The State Department sanctioned Viktor Kholodov, a Russian arms
// broker"); Dutch "sancties instellen tegen" sanctions.
TEST(Sanctions, APersonAndDutchSanctionsInstellen) {
  auto x = agtest::extract("The State Department sanctioned Viktor Kholodov, a Russian arms broker.", "en");
  EXPECT_NE(find(x, "sanctions", "state:US", "person:~viktor-kholodov"), nullptr) << relations(x);
  auto nl = agtest::extract("Nederland heeft sancties ingesteld tegen drie Russische bedrijven.", "nl");
  EXPECT_NE(find(nl, "sanctions", "state:NL", "state:RU"), nullptr) << relations(nl);
}

// Announcing sanctions against a party sanctions it, in each language ("announced new sanctions
// against", "kündigte … Sanktionen gegen … an", "kondigde … sancties tegen … aan").
TEST(Sanctions, AnnouncedSanctions) {
  auto en = agtest::extract("Sudan announced new sanctions against Italy.", "en");
  EXPECT_NE(find(en, "sanctions", "state:SD", "state:IT"), nullptr) << relations(en);
  auto de = agtest::extract("Sudan kündigte im Januar neue Sanktionen gegen Italien an.", "de");
  EXPECT_NE(find(de, "sanctions", "state:SD", "state:IT"), nullptr) << relations(de);
  auto nl = agtest::extract("Soedan kondigde in januari 2015 nieuwe sancties tegen Italië aan.", "nl");
  EXPECT_NE(find(nl, "sanctions", "state:SD", "state:IT"), nullptr) << relations(nl);
}
