// "Who supplies whom" from English sentences: one test per construction of the rules in
// lib/relate/relations.h, each with the exact parties, type and modality of the relation.
#include "relation_helper.h"
#include "test_helper.h"

using namespace actorgraph;
using agtest::count;
using agtest::find;
using agtest::relations;

TEST(SuppliesEn, ActiveVerbWithRecipientPhrase) {
  auto x = agtest::extract("Iran supplied drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, PassiveWithAgentAndRecipient) {
  auto x = agtest::extract("The drones were delivered to Russia by Iran.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, DoubleObject) {
  auto x = agtest::extract("Iran sent Russia drones.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

TEST(SuppliesEn, ParticleVerbHandOver) {
  auto x = agtest::extract("Germany handed over IRIS-T systems to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, NominalisationWithByAndTo) {
  auto x = agtest::extract("The sale of S-400 systems by Russia to India was completed in 2021.", "en");
  const Relation* r = find(x, "supplies", "state:RU", "state:IN");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, NominalisationWithPossessive) {
  auto x = agtest::extract("Russia's sale of S-400 systems to India went ahead.", "en");
  const Relation* r = find(x, "supplies", "state:RU", "state:IN");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, PurchaseVerbTurnsRound) {
  auto x = agtest::extract("Russia bought drones from Iran.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

TEST(SuppliesEn, CoordinatedSuppliers) {
  auto x = agtest::extract("Iran and North Korea supply weapons to Russia.", "en");
  const Relation* ir = find(x, "supplies", "state:IR", "state:RU");
  const Relation* kp = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(ir, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_NE(kp, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(ir->evidence.modality, Modality::asserted);
  EXPECT_EQ(kp->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 2u) << relations(x);
}

TEST(SuppliesEn, AllegedWithReportedly) {
  auto x = agtest::extract("Iran reportedly supplied ballistic missiles to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

TEST(SuppliesEn, AllegedWithAllegedly) {
  auto x = agtest::extract("North Korea allegedly sent artillery shells to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

TEST(SuppliesEn, PlannedWithPlansTo) {
  auto x = agtest::extract("Germany plans to deliver more tanks to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

// A cue of several words after an article is no adjective: "an agreement to deliver" plans.
TEST(SuppliesEn, PlannedWithAnAgreementOrAContractTo) {
  agtest::expect_supplies_with_modalities(
      {
          {"Israel signed an agreement to deliver drones to Azerbaijan.", Modality::planned},
          {"Israel signed a contract to deliver drones to Azerbaijan.", Modality::planned},
      },
      "en", "state:IL", "state:AZ");
}

TEST(SuppliesEn, PlannedWithPledged) {
  auto x = agtest::extract("Germany pledged to supply air defence systems to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesEn, PlannedWithWill) {
  auto x = agtest::extract("Germany will send more tanks to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesEn, DeniedWithDeniesThat) {
  auto x = agtest::extract("Iran denies that it supplied drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, NegatedWithDidNot) {
  auto x = agtest::extract("Germany did not supply cruise missiles to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, NegatedWithNever) {
  auto x = agtest::extract("Iran has never sold drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, NegatedWithRefusedTo) {
  auto x = agtest::extract("Germany refused to deliver cruise missiles to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, NegatedWithNotYet) {
  auto x = agtest::extract("Germany has not yet delivered the tanks to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, DeniedWithGerund) {
  auto x = agtest::extract("Iran has denied supplying drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesEn, AttributionWithAccordingTo) {
  auto x = agtest::extract("Iran supplied drones to Russia, according to Reuters.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:reuters");
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:reuters")) << relations(x);
}

TEST(SuppliesEn, DateInTheSentence) {
  auto x = agtest::extract("Iran supplied ballistic missiles to Russia in 2024.", "en", "2025-02-03");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2024");
}

TEST(SuppliesEn, DocumentDateWithoutDateInTheSentence) {
  auto x = agtest::extract("Iran supplied drones to Russia.", "en", "2025-02-03");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2025-02-03");
}

TEST(SuppliesEn, NamedWeaponIsAnItem) {
  auto x = agtest::extract("Iran supplied Shahed-136 drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:shahed-136")) << relations(x);
}

TEST(SuppliesEn, QuantityWithThousandsComma) {
  auto x = agtest::extract("North Korea shipped 240,000 artillery shells to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_TRUE(r->quantity.has_value()) << relations(x);
  EXPECT_DOUBLE_EQ(*r->quantity, 240000);
}

TEST(SuppliesEn, NoRecipientNoRelation) {
  auto x = agtest::extract("Iran has supplied drones for years.", "en");
  EXPECT_EQ(agtest::entity_at(x, "Iran"), "state:IR") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesEn, ConditionalNoRelation) {
  auto x = agtest::extract("If Iran supplies ballistic missiles to Russia, new sanctions will follow.", "en");
  EXPECT_EQ(agtest::entity_at(x, "Russia"), "state:RU") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesEn, SourceAfterAccordingToIsNoRecipient) {
  auto x = agtest::extract("Iran is still supplying drones, according to Ukraine.", "en");
  EXPECT_EQ(agtest::entity_at(x, "Ukraine"), "state:UA") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesEn, OriginAdjectiveProduces) {
  auto x = agtest::extract("Russia launched Iranian-made Shahed-136 drones at Kyiv.", "en");
  const Relation* r = find(x, "produces", "state:IR", "weapon:shahed-136");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
}

TEST(SuppliesEn, FirmWithApposition) {
  auto x = agtest::extract("Baykar, a Turkish drone maker, sold drones to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "firm:baykar", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:TR")) << relations(x);
}

TEST(SuppliesEn, StateWithApposition) {
  auto x = agtest::extract("Iran, a close ally of Moscow, supplied drones to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
}

TEST(SuppliesEn, ContractedNegation) {
  for (const char* s : {"Iran didn't supply drones to Russia.", "Iran won't deliver drones to Russia.",
                        "Iran doesn't sell drones to Russia."}) {
    auto x = agtest::extract(s, "en");
    const Relation* r = find(x, "supplies", "state:IR", "state:RU");
    ASSERT_NE(r, nullptr) << s << " " << relations(x);
    EXPECT_EQ(r->evidence.modality, Modality::negated) << s;
  }
}

TEST(SuppliesEn, ModelNumbersAreNoQuantities) {
  auto x = agtest::extract("Germany delivered Leopard 2 tanks to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_FALSE(r->quantity.has_value()) << relations(x);
}

TEST(SuppliesEn, MultiWordItemPhrase) {
  auto x = agtest::extract("North Korea shipped 240,000 artillery shells to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "artillery shells")) << relations(x);
  ASSERT_TRUE(r->quantity.has_value());
  EXPECT_EQ(*r->quantity, 240000.0);
  EXPECT_EQ(r->unit, "artillery shells");
}

// "the government of Iran": a group noun before the preposition; the state is the party and
// the preposition gives it no role
TEST(SuppliesEn, StateAfterAGroupNounAndOf) {
  auto x = agtest::extract("The government of Iran supplies drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// "the news agency Reuters": words before the organisation noun describe the source too; the
// source is no party, and the recipient is the one after the verb
TEST(SuppliesEn, SourceDescribedByANounPhraseBeforeTheClause) {
  auto x = agtest::extract("According to the news agency Reuters, Iran supplies drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:reuters");
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:reuters")) << relations(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// a comma ends the phrase that names the source: the subject after it is no source
TEST(SuppliesEn, NoSourceBeforeTheCommaOfAnAttributionWithoutAName) {
  auto x = agtest::extract("According to the report, Iran supplies drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "");
}

// "take delivery of … from": the subject receives, the source after "from" supplies; a
// "delivery" far from "took" makes no such verb.
TEST(SuppliesEn, TookDeliveryFrom) {
  auto x = agtest::extract("Azerbaijan took delivery of drones from Israel in May.", "en");
  const Relation* r = find(x, "supplies", "state:IL", "state:AZ");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  auto far = agtest::extract("Russia took Bakhmut after the delivery of shells from Iran.", "en");
  EXPECT_EQ(find(far, "supplies", "state:IR", "state:RU"), nullptr) << relations(far);
}

// A month written with a capital is no modal verb: "In May 2023" asserts, "may deliver" plans.
TEST(SuppliesEn, TheMonthMayIsNoModal) {
  agtest::expect_supplies_with_modalities(
      {
          {"In May 2023, Iran delivered drones to Russia.", Modality::asserted},
          {"Iran may deliver drones to Russia in May.", Modality::planned},
      },
      "en", "state:IR", "state:RU");
}

// An acronym with the possessive is still the acronym ("VMZ's sale of …"), where a plural
// without the apostrophe is not.
TEST(SuppliesEn, AcronymWithThePossessiveSupplies) {
  auto x = agtest::extract("NORINCO's sale of attack drones to India went ahead in April 2014.", "en");
  ASSERT_EQ(count(x, "supplies"), 1u) << relations(x) << agtest::describe(x);
  EXPECT_EQ(x.relations.front().target, "state:IN");
  const auto* supplier = agtest::entity(x, x.relations.front().source);
  ASSERT_NE(supplier, nullptr);
  EXPECT_EQ(supplier->type, EntityType::firm);
  EXPECT_TRUE(supplier->known);
}

// The possessive of a name ending in s is a bare apostrophe: "Mauritius' sale of …".
TEST(SuppliesEn, PossessiveApostropheAfterAnS) {
  auto x = agtest::extract("Belarus’ deliveries of trucks to Russia doubled.", "en");
  const Relation* r = find(x, "supplies", "state:BY", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// "and" between a word and an actor with its own verb joins two clauses: the second verb's
// subject is the actor after "and", not the first actor of the sentence.
TEST(SuppliesEn, CoordinatedClauseHasItsOwnSubject) {
  auto x = agtest::extract("He said Belarus is a reliable partner and Russia sells tanks to Serbia.", "en");
  EXPECT_NE(find(x, "supplies", "state:RU", "state:RS"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(find(x, "supplies", "state:BY", "state:RS"), nullptr) << relations(x);
  // after an actor a preposition governs, too, when the next actor's verb follows it at once
  auto y = agtest::extract("Russia buys drones from Iran and Belarus supplies trucks to Russia.", "en");
  EXPECT_NE(find(y, "supplies", "state:IR", "state:RU"), nullptr) << relations(y);
  EXPECT_NE(find(y, "supplies", "state:BY", "state:RU"), nullptr) << relations(y) << agtest::describe(y);
}

// A supply noun with a supplier and no recipient went where a verb of arrival says: "A
// shipment of drones from Iran arrived in Russia"; a delegation is no supply.
TEST(SuppliesEn, ShipmentArrivedInAState) {
  auto x = agtest::extract("A shipment of drones from Iran arrived in Russia last week.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "drones")) << relations(x);
  auto people = agtest::extract("A delegation from Iran arrived in Russia.", "en");
  EXPECT_EQ(count(people, "supplies"), 0u) << relations(people);
}

// "Moscow and Pyongyang have denied the arms transfers": a denial that names the parties and
// not the direction denies the supplies between them the document reports, wherever it
// reports them; it never makes a supply of its own.
TEST(SuppliesEn, PartiesDenyAReportedSupply) {
  auto x = agtest::extract(
      "North Korea has supplied Russia with artillery shells. Moscow and Pyongyang have denied the arms "
      "transfers.",
      "en");
  const Relation* denied = find(x, "supplies", "state:KP", "state:RU", Modality::denied);
  ASSERT_NE(denied, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(denied->evidence.sentence, 1u);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::asserted), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:KP"), nullptr) << relations(x);
  // the denial first, the report after it
  auto before = agtest::extract(
      "Russia and Iran deny the drone deliveries. Iran supplied drones to Russia in 2022.", "en");
  const Relation* first = find(before, "supplies", "state:IR", "state:RU", Modality::denied);
  ASSERT_NE(first, nullptr) << relations(before);
  EXPECT_EQ(first->evidence.sentence, 0u);
  EXPECT_TRUE(agtest::has_item(*first, "drones")) << relations(before);
  // nothing reported, nothing denied
  auto alone = agtest::extract("Russia and Iran deny the allegations.", "en");
  EXPECT_EQ(count(alone, "supplies"), 0u) << relations(alone);
}

// One party named: its supplies with its only counterpart in the document; with two
// counterparts the denial is not placed.
TEST(SuppliesEn, OnePartyDeniesTheAllegations) {
  auto x = agtest::extract("Iran supplied drones to Russia. Tehran denied the allegations.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::denied), nullptr)
      << relations(x) << agtest::describe(x);
  auto two = agtest::extract(
      "Iran supplied drones to Russia. North Korea sent shells to Russia. Moscow denied the allegations.",
      "en");
  EXPECT_EQ(count(two, "supplies", Modality::denied), 0u) << relations(two);
  EXPECT_EQ(count(two, "supplies"), 2u) << relations(two);
}

// A purchase noun names the buyer, who receives, and the seller, who supplies.
TEST(SuppliesEn, PurchaseNounBuyerAndSeller) {
  auto x = agtest::extract("India's purchase of S-400 systems from Russia angered Washington.", "en");
  const Relation* r = find(x, "supplies", "state:RU", "state:IN");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// An order is planned: placed with the seller by the buyer, or won or received by the seller
// from the buyer ("order" is the noun after a determiner, the verb after its subject).
TEST(SuppliesEn, OrdersArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"Germany placed an order with Rheinmetall for 18 vehicles.", Modality::planned},
       {"Rheinmetall received an order from Germany for 18 vehicles.", Modality::planned},
       {"Rheinmetall won a 2 billion euro order from Germany.", Modality::planned},
       {"Germany orders tanks from Rheinmetall.", Modality::planned}},
      "en", "firm:rheinmetall", "state:DE");
  auto x = agtest::extract("Rheinmetall received an order from Germany for 18 vehicles.", "en");
  EXPECT_EQ(find(x, "supplies", "state:DE", "firm:rheinmetall"), nullptr) << relations(x);
}

// "signed a contract on the delivery": a contract governing a supply noun plans it; with the
// parties coordinated and no direction, it plans the supplies between them the document
// reports.
TEST(SuppliesEn, ContractOnTheDeliveryIsPlanned) {
  auto x = agtest::extract("Russia signed a contract on the delivery of S-400s to India.", "en");
  const Relation* r = find(x, "supplies", "state:RU", "state:IN");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
  auto y = agtest::extract(
      "Russia delivered S-400s to India. Russia and India signed a contract on the delivery of more S-400s.",
      "en");
  const Relation* p = find(y, "supplies", "state:RU", "state:IN", Modality::planned);
  ASSERT_NE(p, nullptr) << relations(y) << agtest::describe(y);
  EXPECT_EQ(p->evidence.sentence, 1u);
  EXPECT_EQ(find(y, "supplies", "state:IN", "state:RU"), nullptr) << relations(y);
}

// "is making … available" in the present announces a pledge (planned); "made … available"
// reports the supply.
TEST(SuppliesEn, MakingAvailableIsAPledge) {
  agtest::expect_supplies_with_modalities(
      {{"The Netherlands is making six more F-16s available to Ukraine.", Modality::planned},
       {"The Netherlands made six F-16s available to Ukraine.", Modality::asserted}},
      "en", "state:NL", "state:UA");
}

// "Lockheed Martin delivered its F-35s": a weapon after a possessive that stands for a firm is
// the firm's make; a state's own weapons are not its make.
TEST(SuppliesEn, AFirmsOwnWeaponIsItsMake) {
  auto x = agtest::extract("Lockheed Martin delivered its F-35s to Poland.", "en");
  const Relation* r = find(x, "produces", "firm:lockheed-martin", "weapon:f-35");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  auto state = agtest::extract("Poland deployed its F-35s.", "en");
  EXPECT_EQ(count(state, "produces"), 0u) << relations(state);
}

// "It is manufactured by …": a pronoun before a passive stands for the weapon the sentence
// before named; with no weapon there, nothing is made.
TEST(SuppliesEn, PronounStandsForThePreviousSentencesWeapon) {
  auto x = agtest::extract(
      "The Bayraktar TB2 is a medium-altitude drone. It is manufactured by the Turkish company Baykar.",
      "en");
  EXPECT_NE(find(x, "produces", "firm:baykar", "weapon:bayraktar-tb2"), nullptr)
      << relations(x) << agtest::describe(x);
  auto none = agtest::extract("Turkey is a NATO member. It is manufactured by Baykar.", "en");
  EXPECT_EQ(count(none, "produces"), 0u) << relations(none);
}

// "<State>-supplied" names a supplier, not a maker; "<State>-made" a maker.
TEST(SuppliesEn, SuppliedOriginIsNoMaker) {
  auto x = agtest::extract("Ukraine used Polish-supplied T-72 tanks near Kharkiv.", "en");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "produces"), 0u) << relations(x);
}

// A possessor of a foreign-made weapon got it from its maker: "India's recently-acquired
// French-built Rafale warplanes".
TEST(SuppliesEn, PossessorOfAForeignMadeWeapon) {
  auto x = agtest::extract("The jets counter India's recently-acquired French-built Rafale warplanes.", "en");
  EXPECT_NE(find(x, "produces", "state:FR", "weapon:rafale"), nullptr) << relations(x) << agtest::describe(x);
  const Relation* r = find(x, "supplies", "state:FR", "state:IN");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:rafale")) << relations(x);
  auto own = agtest::extract("France's French-built Rafale jets flew over Paris.", "en");
  EXPECT_EQ(count(own, "supplies"), 0u) << relations(own);
}

// "Iranian-made drones were used by Russia": the agent of a passive use is the user.
TEST(SuppliesEn, PassiveUseNamesTheUser) {
  auto x = agtest::extract("Iranian-made drones were used by Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
}

// A time to come anywhere in the clause makes the supply a plan: "delivers … next year".
TEST(SuppliesEn, ATimeToComeIsAPlan) {
  agtest::expect_supplies_with_modalities(
      {{"Germany delivers tanks to Ukraine next year.", Modality::planned},
       {"Germany delivered tanks to Ukraine last year.", Modality::asserted}},
      "en", "state:DE", "state:UA");
}

// Parties that supply each other: their denial is of both directions.
TEST(SuppliesEn, PartiesDenySuppliesBothWays) {
  auto x = agtest::extract(
      "Iran supplied drones to Russia. Russia sent fighter jets to Iran. Moscow and Tehran deny the arms "
      "trade.",
      "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::denied), nullptr)
      << relations(x) << agtest::describe(x);
  EXPECT_NE(find(x, "supplies", "state:RU", "state:IR", Modality::denied), nullptr) << relations(x);
}

// An actor coordinated after one a preposition governs shares its role: "from Denmark and the
// Netherlands", "to Poland and Slovakia".
TEST(SuppliesEn, CoordinatedSourcesAndRecipients) {
  auto x = agtest::extract("Ukraine has received F-16 fighter jets from Denmark and the Netherlands.", "en");
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA"), nullptr) << relations(x);
  auto y = agtest::extract("The sale of tanks by Germany to Poland and Slovakia went ahead.", "en");
  EXPECT_NE(find(y, "supplies", "state:DE", "state:PL"), nullptr) << relations(y);
  EXPECT_NE(find(y, "supplies", "state:DE", "state:SK"), nullptr) << relations(y);
  auto z = agtest::extract("Russia buys drones from Iran and Belarus.", "en");
  EXPECT_NE(find(z, "supplies", "state:BY", "state:RU"), nullptr) << relations(z);
}

// An item noun before an organisation's noun names the organisation: "intelligence service".
TEST(SuppliesEn, ItemNounInAnOrganisationsNameIsNoItem) {
  auto x = agtest::extract(
      "North Korea shipped artillery shells to Russia, South Korea's intelligence service said.", "en");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->items, std::vector<std::string>{"artillery shells"}) << relations(x);
}

// Verbs of pledging supply what they pledge, planned: "pledged … to", "promised Iran …".
TEST(SuppliesEn, PledgesArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"The US pledged more Patriot systems to Ukraine.", Modality::planned},
       {"The US promised Ukraine more Patriot systems.", Modality::planned}},
      "en", "state:US", "state:UA");
  auto x = agtest::extract("The minister promised that Ukraine would win.", "en");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

// A clause-break word that is also an adverb or a preposition ("so far", "since 2022") opens
// no clause: the subject before it stays the verb's.
TEST(SuppliesEn, AdverbsSpelledLikeConjunctionsOpenNoClause) {
  agtest::expect_supplies_with_modalities(
      {{"Germany has so far delivered 18 Leopard tanks to Ukraine.", Modality::asserted},
       {"Germany, which since 2022 has sent tanks to Ukraine, plans more.", Modality::asserted},
       {"Germany has so far refused to send Taurus missiles to Ukraine.", Modality::negated}},
      "en", "state:DE", "state:UA");
  auto x = agtest::extract("Iran supplied drones to Russia but Belarus sent trucks.", "en");
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:BY"), nullptr) << relations(x);
}

// A verb after a preposition has for subject the object of the verb before it: who is accused
// of supplying is the supplier, not who accuses.
TEST(SuppliesEn, AccusedOfSupplyingNamesTheAccusedAsSupplier) {
  auto x = agtest::extract("Ukraine accused Iran of supplying drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesEn, AccusedOfProvidingWithNamesTheRecipientAfterTheVerb) {
  auto x = agtest::extract("Washington has accused Beijing of providing Moscow with drone engines.", "en");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:US")) << relations(x);
}

TEST(SuppliesEn, SanctionedForSupplyingNamesTheSanctionedStatesFirms) {
  auto x = agtest::extract(
      "The US Treasury sanctioned three Chinese companies for supplying drone parts to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
  EXPECT_NE(find(x, "sanctions", "state:US", "state:CN"), nullptr) << relations(x);  // (an organ: its state)
}

TEST(SuppliesEn, AGerundAfterByOrWithOneActorKeepsTheSubject) {
  auto x = agtest::extract("Russia helped Syria by supplying tanks to its army.", "en");
  EXPECT_NE(find(x, "supplies", "state:RU", "state:SY"), nullptr) << relations(x) << agtest::describe(x);
  auto y = agtest::extract("Germany was praised for supplying tanks to Ukraine.", "en");
  EXPECT_NE(find(y, "supplies", "state:DE", "state:UA"), nullptr) << relations(y) << agtest::describe(y);
}

// A supply noun of two words ("military aid", "aid package") is one cue.
TEST(SuppliesEn, SupplyNounPhrase) {
  auto x = agtest::extract("Germany announced new military aid for Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA"), nullptr) << relations(x) << agtest::describe(x);
  auto y = agtest::extract("Sweden approved an aid package for Ukraine.", "en");
  const Relation* r = find(y, "supplies", "state:SE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(y) << agtest::describe(y);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

// A threat is a supply still to come.
TEST(SuppliesEn, ThreatenedSupplyIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Russia threatened to supply missiles to North Korea.", Modality::planned}}, "en", "state:RU",
      "state:KP");
}

// A supply the recipient still waits for is pending: planned.
TEST(SuppliesEn, AwaitedSupplyIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Ukraine is still waiting for ATACMS missiles from the United States.", Modality::planned}}, "en",
      "state:US", "state:UA");
  agtest::expect_supplies_with_modalities(
      {{"Ukraine is awaiting the delivery of Gripen jets from Sweden.", Modality::planned}}, "en", "state:SE",
      "state:UA");
  agtest::expect_supplies_with_modalities(
      {{"Kyiv has yet to receive the F-16 jets promised by Denmark.", Modality::planned}}, "en", "state:DK",
      "state:UA");
}

// A clause after a conjunction with no subject of its own shares that of the clause before,
// and none of its cues.
TEST(SuppliesEn, CoordinatedClauseSharesTheSubjectBefore) {
  agtest::expect_supplies_with_modalities(
      {{"Germany hesitated for months, but eventually delivered Leopard tanks to Ukraine.",
        Modality::asserted},
       {"Germany refused to send jets, but has sent Leopard tanks to Ukraine.", Modality::asserted}},
      "en", "state:DE", "state:UA");
}

TEST(SuppliesEn, CoordinatedClauseWithASubjectOfItsOwnKeepsIt) {
  auto x =
      agtest::extract("Germany hesitated for months, and the two allies now deliver tanks to Ukraine.", "en");
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA"), nullptr) << relations(x);
}

// "neither … nor" coordinates, and negates, both.
TEST(SuppliesEn, NeitherNorNegatesBoth) {
  agtest::expect_each_supplies("Neither France nor Germany has delivered fighter jets to Ukraine.", "en",
                               {"state:FR", "state:DE"}, "state:UA", Modality::negated);
}

// "no evidence that …" leaves the supply unconfirmed: alleged, not asserted.
TEST(SuppliesEn, NoEvidenceThatIsAlleged) {
  agtest::expect_supplies_with_modalities(
      {{"The report found no evidence that China had supplied weapons to Russia.", Modality::alleged}}, "en",
      "state:CN", "state:RU");
}

TEST(SuppliesEn, ReluctanceIsNegatedADecisionPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Israel has been reluctant to sell weapons to Ukraine.", Modality::negated}}, "en", "state:IL",
      "state:UA");
  agtest::expect_supplies_with_modalities(
      {{"Germany's decision to send Leopard tanks to Ukraine was welcomed in Warsaw.", Modality::planned}},
      "en", "state:DE", "state:UA");
}

// The supplier saying it did not supply denies it; saying it will not is a refusal.
TEST(SuppliesEn, SupplierSayingItDidNotDenies) {
  agtest::expect_supplies_with_modalities(
      {{"Iran said it had not sent any missiles to Russia.", Modality::denied},
       {"Iran's foreign minister said Tehran had not sent any missiles to Russia.", Modality::denied},
       {"Iran has not sent missiles to Russia, Ukrainian officials said.", Modality::negated},
       {"Iran said it will not send missiles to Russia.", Modality::negated}},
      "en", "state:IR", "state:RU");
}

// A quantity keeps how the text bounds it: "more than", "up to", "dozens of"; a number stated
// as it is has no bound.
TEST(SuppliesEn, QuantityBounds) {
  agtest::expect_quantities(
      {{"North Korea has sent more than a million artillery shells to Russia.", 1e6, "at least"},
       {"North Korea will send up to 30 missiles to Russia.", 30, "at most"},
       {"North Korea sent dozens of missiles to Russia.", 24, "at least"},
       {"North Korea sent about 50 missiles to Russia.", 50, "about"},
       {"North Korea sent 50 missiles to Russia.", 50, ""}},
      "en", "state:KP", "state:RU");
}

// The members a list names after a group ("including", "darunter", "waaronder") take the role
// of the group's preposition; coordinated bare objects all receive.
TEST(SuppliesEn, MembersListedAfterARecipientGroupReceive) {
  agtest::expect_each_supplies("China exported drones to several countries, including Pakistan and Egypt.",
                               "en", {"state:CN"}, "state:PK", Modality::asserted);
  agtest::expect_each_supplies("China exported drones to several countries, including Pakistan and Egypt.",
                               "en", {"state:CN"}, "state:EG", Modality::asserted);
  agtest::expect_each_supplies(
      "Several countries, including Germany and France, have supplied tanks to Ukraine.", "en",
      {"state:DE", "state:FR"}, "state:UA", Modality::asserted);
}

TEST(SuppliesEn, CoordinatedBareObjectsAllReceive) {
  auto x = agtest::extract("Germany supplied Ukraine and Moldova with tanks.", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:MD"), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies"), 2u) << relations(x);
}

// "built up stocks" (build up, amass) is no "build".
TEST(SuppliesEn, ParticleVerbsOfAnotherMeaningNameNoRelation) {
  auto amassed = agtest::extract("Russia has built up stocks of Shahed-136 drones.", "en");
  EXPECT_EQ(count(amassed, "produces"), 0u) << relations(amassed);
  auto built = agtest::extract("Iran builds Shahed-136 drones.", "en");
  EXPECT_NE(find(built, "produces", "state:IR", "weapon:shahed-136"), nullptr) << relations(built);
}

// Who funds whom: the actor near the verb, or the one it is paid for, however far the object
// reaches.
TEST(SuppliesEn, FundsTheActorPaidFor) {
  auto near = agtest::extract("Germany funds Ukraine's air defence.", "en");
  EXPECT_NE(find(near, "funds", "state:DE", "state:UA"), nullptr) << relations(near);
  auto paid_for =
      agtest::extract("The United States funds the purchase of Patriot systems for Ukraine.", "en");
  EXPECT_NE(find(paid_for, "funds", "state:US", "state:UA"), nullptr) << relations(paid_for);
  EXPECT_EQ(count(paid_for, "supplies"), 0u) << relations(paid_for);
}

// The words after "according to" name the claim's source: "intelligence" there is no item,
// before or after the supply, with or without a comma; supplied intelligence still is one.
TEST(SuppliesEn, ItemsLeaveOutTheClaimsSource) {
  for (const char* text : {"Iran supplied drones to Russia, according to US intelligence.",
                           "According to US intelligence Iran supplied drones to Russia."}) {
    auto x = agtest::extract(text, "en");
    const Relation* r = find(x, "supplies", "state:IR", "state:RU");
    ASSERT_NE(r, nullptr) << text << "\n" << relations(x);
    EXPECT_EQ(r->items, std::vector<std::string>{"drones"}) << text << "\n" << relations(x);
  }
  auto x = agtest::extract("According to Reuters, Iran supplied drones and intelligence to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "intelligence")) << relations(x);
}

// "US-made HIMARS": a name glued to a participle by a hyphen is the maker, an adjective; a
// passive without an agent names no supplier.
TEST(SuppliesEn, HyphenatedOriginIsNoSupplierOfAPassive) {
  auto x = agtest::extract("US-made HIMARS were sent to Ukraine.", "en");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
  EXPECT_NE(find(x, "produces", "state:US", "weapon:himars"), nullptr) << relations(x);
}

// A list of actors, commas between and a coordinator before the last, shares the role of its
// first: every recipient receives, every supplier supplies; a list that ends before a verb
// after a governed actor is the next clause's subject.
TEST(SuppliesEn, ListsWithCommasShareTheirRole) {
  agtest::expect_supplies_to_each("Turkey sold drones to Ukraine, Poland, Qatar and Azerbaijan.", "en",
                                  "state:TR", {"state:UA", "state:PL", "state:QA", "state:AZ"});
  agtest::expect_each_supplies("Germany, France and Italy delivered tanks to Ukraine.", "en",
                               {"state:DE", "state:FR", "state:IT"}, "state:UA", Modality::asserted);
  auto next_clause =
      agtest::extract("China sells drones to Russia, Iran and North Korea supply shells.", "en");
  EXPECT_EQ(find(next_clause, "supplies", "state:CN", "state:IR"), nullptr) << relations(next_clause);
}

// A clause joined by a comma alone has its own subject: "…, Iran supplied drones to Russia".
TEST(SuppliesEn, ClausesJoinedByACommaAlone) {
  auto x = agtest::extract("Russia supplied weapons to Syria, Iran supplied drones to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:RU", "state:SY"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:SY"), nullptr) << relations(x);
}

TEST(SuppliesEn, ByItsOwnAccountDenies) {
  agtest::expect_supplies_with_modalities(
      {{"By its own account, China has not supplied weapons to Russia.", Modality::denied},
       {"China will not supply weapons to Russia, by its own account.", Modality::negated}},
      "en", "state:CN", "state:RU");
}

TEST(SuppliesEn, ContrastAfterANegatedSupplyAssertsItsItems) {
  auto x = agtest::extract("China does not supply weapons to Russia, but parts.", "en");
  EXPECT_EQ(count(x, "supplies", Modality::negated), 1u) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 1u) << relations(x);
  auto affirmed = agtest::extract("China supplies weapons to Russia, but not parts.", "en");
  EXPECT_EQ(count(affirmed, "supplies"), 1u) << relations(affirmed);
}

// "supplied HIMARS to Ukraine and Patriot systems to Poland": gapping; each recipient receives
// what its own part names. A part with a verb of its own is no gapped part.
TEST(SuppliesEn, GappedCoordinationGivesEachRecipientItsPart) {
  auto x = agtest::extract("The US supplied HIMARS to Ukraine and Patriot systems to Poland.", "en");
  const Relation* ua = find(x, "supplies", "state:US", "state:UA");
  const Relation* pl = find(x, "supplies", "state:US", "state:PL");
  ASSERT_NE(ua, nullptr) << relations(x);
  ASSERT_NE(pl, nullptr) << relations(x);
  EXPECT_EQ(ua->items, std::vector<std::string>{"weapon:himars"}) << relations(x);
  EXPECT_EQ(pl->items, std::vector<std::string>{"weapon:patriot"}) << relations(x);

  auto also = agtest::extract("Germany will send 20 tanks to Ukraine and also 10 to Poland.", "en");
  const Relation* planned = find(also, "supplies", "state:DE", "state:PL", Modality::planned);
  ASSERT_NE(planned, nullptr) << relations(also);
  ASSERT_TRUE(planned->quantity.has_value()) << relations(also);
  EXPECT_DOUBLE_EQ(*planned->quantity, 10);

  auto own_verb = agtest::extract("Germany sent tanks to Ukraine and trained soldiers in Poland.", "en");
  EXPECT_EQ(find(own_verb, "supplies", "state:DE", "state:PL"), nullptr) << relations(own_verb);

  // a part that opens with an actor names its own supplier, who receives nothing
  auto own_subject =
      agtest::extract("Germany sent 20 Leopard tanks to Ukraine and Spain 10 to Poland.", "en");
  EXPECT_EQ(find(own_subject, "supplies", "state:DE", "state:ES"), nullptr) << relations(own_subject);
  EXPECT_EQ(find(own_subject, "supplies", "state:DE", "state:PL"), nullptr) << relations(own_subject);
  const Relation* spain = find(own_subject, "supplies", "state:ES", "state:PL", Modality::asserted);
  ASSERT_NE(spain, nullptr) << relations(own_subject);
  ASSERT_TRUE(spain->quantity.has_value()) << relations(own_subject);
  EXPECT_DOUBLE_EQ(*spain->quantity, 10);
  // (one naming nothing it supplies stays a recipient)
  auto close = agtest::extract("Germany supplied tanks to Ukraine and Poland close to Russia.", "en");
  EXPECT_NE(find(close, "supplies", "state:DE", "state:PL"), nullptr) << relations(close);
  EXPECT_EQ(agtest::count(close, "supplies"), 2u) << relations(close);
}

// "is using" is a progressive, no passive: its subject uses, and the agent after it belongs to
// the participle ("supplied by Germany"); a passive keeps its agent as the user.
TEST(SuppliesEn, ProgressiveUseKeepsItsSubject) {
  auto x = agtest::extract("Ukraine is using Leopard tanks supplied by Germany.", "en");
  EXPECT_NE(find(x, "uses", "state:UA", "weapon:leopard"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "uses", "state:DE", "weapon:leopard"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA"), nullptr) << relations(x);
  auto passive = agtest::extract("Shahed drones were used by Russia against Ukraine.", "en");
  EXPECT_NE(find(passive, "uses", "state:RU", "weapon:shahed-136"), nullptr) << relations(passive);
}

// English takes the actor right before the verb for its subject when no list joins it to those
// before, and what is funded after the verb: "Hungary blocked EU funds …" — the EU funds,
// Hungary funds nothing (it was taken for the subject and the EU for what it funds).
TEST(SuppliesEn, ActorRightBeforeTheVerbIsItsSubject) {
  auto x = agtest::extract("Hungary blocked EU funds for arms deliveries to Ukraine.", "en");
  EXPECT_FALSE(std::any_of(x.relations.begin(), x.relations.end(), [](const Relation& r) {
    return r.source == "state:HU";
  })) << relations(x);
  EXPECT_NE(find(x, "funds", "org:eu", "state:UA"), nullptr) << relations(x);
  auto list = agtest::extract("Germany and France fund the Ukrainian army.", "en");
  EXPECT_NE(find(list, "funds", "state:DE", "state:UA"), nullptr) << relations(list);
  EXPECT_NE(find(list, "funds", "state:FR", "state:UA"), nullptr) << relations(list);
}

// English writes the items between a state adjective and the supply or purchase noun it
// qualifies ("Israeli arms sales"); the adjective still names the supplier, or the buyer, and
// makes a noun of a form that could be a verb ("exports", "purchases").
TEST(SuppliesEn, StateAdjectiveBeforeACompoundNoun) {
  auto sales = agtest::extract("Armenia protested against Israeli arms sales to Azerbaijan.", "en");
  EXPECT_NE(find(sales, "supplies", "state:IL", "state:AZ", Modality::asserted), nullptr) << relations(sales);
  EXPECT_EQ(agtest::count(sales, "supplies"), 1u) << relations(sales);
  auto exports = agtest::extract("Russian S-400 deliveries to India were completed.", "en");
  EXPECT_NE(find(exports, "supplies", "state:RU", "state:IN"), nullptr) << relations(exports);
  auto purchases = agtest::extract("Indian arms purchases from Russia fell sharply.", "en");
  EXPECT_NE(find(purchases, "supplies", "state:RU", "state:IN"), nullptr) << relations(purchases);
  // (an adjective of the items, after the noun's preposition, is no supplier)
  auto of = agtest::extract("Kyiv asked for deliveries of American tanks.", "en");
  EXPECT_EQ(agtest::count(of, "supplies"), 0u) << relations(of);
}

// A short adverbial may part a cue from its preposition ("agreed in 2022 to the sale of"): the
// cue still governs the supply noun, and a plan stays planned.
TEST(SuppliesEn, AdverbialPartsACueFromItsPreposition) {
  auto year = agtest::extract("Paris agreed in 2022 to the sale of 42 Rafale jets to Indonesia.", "en");
  EXPECT_NE(find(year, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(year);
  EXPECT_EQ(find(year, "supplies", "state:FR", "state:ID", Modality::asserted), nullptr) << relations(year);
  auto last = agtest::extract("Washington agreed last year to the delivery of F-16s to Turkey.", "en");
  EXPECT_NE(find(last, "supplies", "state:US", "state:TR", Modality::planned), nullptr) << relations(last);
  // (a phrase with an actor in it parts nothing: the funds are blocked, not the deliveries)
  auto actor = agtest::extract("Hungary blocked with Slovakia funds for arms deliveries to Ukraine.", "en");
  EXPECT_EQ(find(actor, "supplies", "state:HU", "state:UA"), nullptr) << relations(actor);
}

// A hedge within the predicate of one main clause, after its subject, hedges that clause, not
// a main clause coordinated with it; one before the first subject hedges the sentence.
TEST(SuppliesEn, HedgeInOneCoordinatedClauseHedgesOnlyIt) {
  auto first = agtest::extract(
      "Elbit Systems has reportedly supplied Baku with Hermes 900 drones, and Azerbaijan bought "
      "Bayraktar TB2 drones from Turkey earlier this year.",
      "en");
  EXPECT_NE(find(first, "supplies", "firm:elbit-systems", "state:AZ", Modality::alleged), nullptr)
      << relations(first);
  EXPECT_NE(find(first, "supplies", "state:TR", "state:AZ", Modality::asserted), nullptr) << relations(first);
  EXPECT_EQ(find(first, "supplies", "state:TR", "state:AZ", Modality::alleged), nullptr) << relations(first);
  auto second = agtest::extract(
      "Turkey sold Bayraktar TB2 drones to Azerbaijan, and Elbit Systems has reportedly supplied Baku "
      "with Hermes 900 drones.",
      "en");
  EXPECT_NE(find(second, "supplies", "state:TR", "state:AZ", Modality::asserted), nullptr)
      << relations(second);
  EXPECT_NE(find(second, "supplies", "firm:elbit-systems", "state:AZ", Modality::alleged), nullptr)
      << relations(second);
  EXPECT_EQ(find(second, "supplies", "state:TR", "firm:elbit-systems"), nullptr) << relations(second);
  // (a later clause's hedge before its subject hedges that clause only)
  auto later = agtest::extract(
      "Iran supplied drones to Russia, and reportedly North Korea sold shells to Syria.", "en");
  EXPECT_NE(find(later, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(later);
  EXPECT_NE(find(later, "supplies", "state:KP", "state:SY", Modality::alleged), nullptr) << relations(later);
  auto whole = agtest::extract(
      "Reportedly, Iran supplied drones to Russia and North Korea sold shells to Syria.", "en");
  EXPECT_NE(find(whole, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(whole);
  EXPECT_NE(find(whole, "supplies", "state:KP", "state:SY", Modality::alleged), nullptr) << relations(whole);
}

// After a coordinator that follows a recipient, an actor with an auxiliary of the active voice
// and a verb of its own starts a clause: it supplies, and is no second recipient.
TEST(SuppliesEn, ActorWithItsOwnVerbAfterARecipientStartsAClause) {
  auto x =
      agtest::extract("Germany supplied tanks to Ukraine and Poland has also sent tanks to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:PL"), nullptr) << relations(x);
  // (with no verb of its own, it stays a recipient)
  auto list = agtest::extract("Germany has supplied tanks to Ukraine and Poland since 2022.", "en");
  EXPECT_NE(find(list, "supplies", "state:DE", "state:PL"), nullptr) << relations(list);
}

// An organisation right before a noun of membership classifies it: with a state named shortly
// before, the state is the party ("Poland became the first NATO member to send"); alone, the
// group stands for the organisation ("NATO allies sent").
TEST(SuppliesEn, OrganisationBeforeANounOfMembershipClassifiesIt) {
  auto x = agtest::extract("Poland became the first NATO member to send tanks to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "org:nato", "state:UA"), nullptr) << relations(x);
  auto apposition = agtest::extract("Poland, a NATO member, sent tanks to Ukraine.", "en");
  EXPECT_NE(find(apposition, "supplies", "state:PL", "state:UA"), nullptr) << relations(apposition);
  EXPECT_EQ(find(apposition, "supplies", "org:nato", "state:UA"), nullptr) << relations(apposition);
  auto alone = agtest::extract("NATO allies sent tanks to Ukraine.", "en");
  EXPECT_NE(find(alone, "supplies", "org:nato", "state:UA"), nullptr) << relations(alone);
}

// A verb of object control gives its infinitive the object for subject: "Germany urged its
// allies to send tanks" is no supply by Germany; an actor object supplies ("asked Poland to").
TEST(SuppliesEn, ObjectControlGivesTheInfinitiveItsObject) {
  for (const char* text : {"Germany urged its allies to send tanks to Ukraine.",
                           "Germany asked other countries to send tanks to Ukraine.",
                           "Germany urged NATO members to send tanks to Ukraine."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA"), nullptr) << text << "\n" << relations(x);
  }
  auto actor = agtest::extract("Germany asked Poland to send tanks to Ukraine.", "en");
  EXPECT_NE(find(actor, "supplies", "state:PL", "state:UA"), nullptr) << relations(actor);
  EXPECT_EQ(find(actor, "supplies", "state:DE", "state:UA"), nullptr) << relations(actor);
  // (an adverb is no object; nor is a verb with none)
  auto ahead = agtest::extract("Germany pushed ahead to deliver tanks to Ukraine.", "en");
  EXPECT_NE(find(ahead, "supplies", "state:DE", "state:UA"), nullptr) << relations(ahead);
  auto wants = agtest::extract("Germany wants to send tanks to Ukraine.", "en");
  EXPECT_NE(find(wants, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(wants);
}

// An actor after an infinitive that fights or opposes it is that verb's object, not the one
// "to" sends to: "weapons to fight Russia" supply no Russia; "to help Ukraine" keeps Ukraine.
TEST(SuppliesEn, ActorAfterAnAdversativeInfinitiveIsNoRecipient) {
  for (const char* text :
       {"Germany supplied weapons to fight Russia.", "Washington sold missiles to deter China.",
        "The US sold jets to Taiwan to deter China."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_FALSE(std::any_of(x.relations.begin(), x.relations.end(),
                             [](const Relation& r) {
                               return r.type == "supplies" &&
                                      (r.target == "state:RU" || r.target == "state:CN");
                             }))
        << text << "\n"
        << relations(x);
  }
  auto taiwan = agtest::extract("The US sold jets to Taiwan to deter China.", "en");
  EXPECT_NE(find(taiwan, "supplies", "state:US", "state:TW"), nullptr) << relations(taiwan);
  auto help = agtest::extract("Germany supplied weapons to help Ukraine fight Russia.", "en");
  EXPECT_NE(find(help, "supplies", "state:DE", "state:UA"), nullptr) << relations(help);
  EXPECT_EQ(find(help, "supplies", "state:DE", "state:RU"), nullptr) << relations(help);
}

// What a participle or relative clause supplies went where its noun arrives in the main clause.
TEST(SuppliesEn, SuppliedThingArrivesAtTheRecipient) {
  for (const char* text : {"The first F-16s supplied by Denmark arrived in Ukraine on Sunday.",
                           "Denmark supplied F-16s, which arrived in Ukraine in August."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_NE(find(x, "supplies", "state:DK", "state:UA", Modality::asserted), nullptr) << text << "\n"
                                                                                        << relations(x);
  }
  // (not where something else arrives in a clause of its own)
  auto other = agtest::extract("Germany delivered tanks; Russian drones arrived in Kyiv.", "en");
  EXPECT_EQ(agtest::count(other, "supplies"), 0u) << relations(other);
}

// English "that" before a verb form is the relative pronoun, not a determiner making a noun of
// it: "the first country that sent tanks".
TEST(SuppliesEn, ThatBeforeAVerbIsARelativePronoun) {
  auto x = agtest::extract("Poland was the first country that sent tanks to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// The numbers of a noun phrase do not push its governing cue out of reach ("announced a new $500
// million aid package for Ukraine"); "unveiled" governs a package as "announced" does.
TEST(SuppliesEn, GovernorReachesPastTheNumbersOfItsNoun) {
  auto x = agtest::extract("The Pentagon announced a new $500 million aid package for Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:US", "state:UA"), nullptr) << relations(x);
  auto unveiled = agtest::extract("Germany unveiled a new arms package for Ukraine.", "en");
  EXPECT_NE(find(unveiled, "supplies", "state:DE", "state:UA"), nullptr) << relations(unveiled);
}

// A possessive owns the name after it, and a verb form after that name is the name's verb, not
// a noun the possessive qualifies: "Israel's Elbit Systems supplies drones" is Elbit's supply.
TEST(SuppliesEn, PossessiveBeforeANameLeavesItsVerbToTheName) {
  auto x = agtest::extract("Israel's Elbit Systems supplies drones to Azerbaijan.", "en");
  EXPECT_NE(find(x, "supplies", "firm:elbit-systems", "state:AZ"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IL", "state:AZ"), nullptr) << relations(x);
  auto saab = agtest::extract("Sweden's Saab will supply Gripen jets to Thailand.", "en");
  EXPECT_NE(find(saab, "supplies", "firm:saab", "state:TH", Modality::planned), nullptr) << relations(saab);
  auto noun = agtest::extract("China's total arms exports to Pakistan rose.", "en");
  EXPECT_NE(find(noun, "supplies", "state:CN", "state:PK"), nullptr) << relations(noun);
}

// A contract between two parties says not who sells: the origin or maker of a weapon it names
// sells, else the firm facing a state; the supply is planned. A contract naming nothing
// supplied relates no one.
TEST(SuppliesEn, ContractSellerIsTheWeaponsOriginOrTheFirm) {
  auto x = agtest::extract("Egypt has signed a deal with France for 30 more Rafale fighter jets.", "en");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:EG", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:EG", "state:FR"), nullptr) << relations(x);
  auto pair = agtest::extract("Poland and South Korea signed a contract for 180 K2 tanks.", "en");
  EXPECT_NE(find(pair, "supplies", "state:KR", "state:PL", Modality::planned), nullptr) << relations(pair);
  for (const char* text : {"Germany signed a contract with Rheinmetall for 100 tanks.",
                           "Rheinmetall signed a contract with Germany for 100 tanks."}) {
    auto firm = agtest::extract(text, "en");
    EXPECT_NE(find(firm, "supplies", "firm:rheinmetall", "state:DE", Modality::planned), nullptr)
        << text << "\n"
        << relations(firm);
  }
  auto nothing = agtest::extract("Germany signed a security agreement with Ukraine.", "en");
  EXPECT_EQ(agtest::count(nothing, "supplies"), 0u) << relations(nothing);
}

// "his country" stands for the state of the one who speaks (resolve/resolver.h): the
// Iranian minister's denial is Iran's; Lavrov's refusal is Russia's.
TEST(SuppliesEn, HisCountryIsTheStateOfTheOneNamedBefore) {
  auto x = agtest::extract(
      "The Iranian foreign minister denied that his country had supplied drones to Russia.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  auto lavrov = agtest::extract("Lavrov said his country would not supply weapons to Hamas.", "en");
  EXPECT_NE(find(lavrov, "supplies", "state:RU", "org:hamas", Modality::negated), nullptr)
      << relations(lavrov);
  auto two =
      agtest::extract("Putin met Kim Jong Un, who said his country would send more shells to Syria.", "en");
  EXPECT_EQ(find(two, "supplies", "state:RU", "state:SY"), nullptr) << relations(two);
}

// An aid package announced or unveiled is a pledge, its delivery still to come: planned. A verb
// of its clause that supplies it says it came ("The US aid package was delivered to Ukraine").
TEST(SuppliesEn, PackageIsAPledgeUntilDelivered) {
  auto x = agtest::extract("The Pentagon announced a new $500 million aid package for Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:US", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:US", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto unveiled = agtest::extract("Germany unveiled a new arms package for Ukraine.", "en");
  EXPECT_NE(find(unveiled, "supplies", "state:DE", "state:UA", Modality::planned), nullptr)
      << relations(unveiled);
  auto came = agtest::extract("The US aid package was delivered to Ukraine last week.", "en");
  EXPECT_NE(find(came, "supplies", "state:US", "state:UA", Modality::asserted), nullptr) << relations(came);
  EXPECT_EQ(find(came, "supplies", "state:US", "state:UA", Modality::planned), nullptr) << relations(came);
}

// A buyer for another supplies it: "Denmark will buy shells for Ukraine" (a verb of buying, its
// beneficiary after a benefactive preposition); not the buyer's own forces.
TEST(SuppliesEn, BuyingForAnotherSuppliesIt) {
  auto x = agtest::extract("Denmark will buy artillery shells for Ukraine from South Korea.", "en");
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KR", "state:DK", Modality::planned), nullptr) << relations(x);
  auto pair = agtest::extract("Norway and Denmark will jointly buy air defence systems for Ukraine.", "en");
  EXPECT_NE(find(pair, "supplies", "state:NO", "state:UA", Modality::planned), nullptr) << relations(pair);
  EXPECT_NE(find(pair, "supplies", "state:DK", "state:UA", Modality::planned), nullptr) << relations(pair);
  auto own = agtest::extract("India bought S-400 systems from Russia for the Indian Air Force.", "en");
  EXPECT_EQ(count(own, "supplies"), 1u) << relations(own);
  EXPECT_NE(find(own, "supplies", "state:RU", "state:IN"), nullptr) << relations(own);
}

// What is given in return is paid, not supplied: "in exchange for oil", "in return for Su-35s".
TEST(SuppliesEn, PaymentInExchangeIsNoItem) {
  auto x = agtest::extract("Iran sent drones to Russia in exchange for Su-35 fighter jets.", "en");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->items, (std::vector<std::string>{"drones"})) << relations(x);
}

// A supplier or buyer noun predicated of an actor by a copula names that actor's supply: the
// client or seller is a possessive in the phrase, after "to" or "from", or the state adjective
// of what is bought. Without a copula, or without the other party, nothing.
TEST(SuppliesEn, PredicatedSupplierOrBuyer) {
  for (const char* text :
       {"Russia is India's largest arms supplier.", "Russia is the largest supplier of arms to India.",
        "Russia has long been India's largest supplier of weapons.",
        "India is the biggest buyer of Russian arms.",
        "India is the biggest importer of weapons from Russia.", "India is Russia's largest customer."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_NE(find(x, "supplies", "state:RU", "state:IN", Modality::asserted), nullptr) << text << "\n"
                                                                                        << relations(x);
    EXPECT_EQ(find(x, "supplies", "state:IN", "state:RU"), nullptr) << text << "\n" << relations(x);
  }
  for (const char* text : {"India is the world's largest arms importer.", "France is a major supplier.",
                           "Rosoboronexport, Russia's arms exporter, signed a deal."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_EQ(count(x, "supplies"), 0u) << text << "\n" << relations(x);
  }
}

// A sale cleared or authorised is one still to come, as one approved: planned.
TEST(SuppliesEn, ClearedOrAuthorisedSaleIsPlanned) {
  for (const char* text : {"The State Department cleared a possible $1.2 billion sale of NASAMS to Ukraine.",
                           "Washington authorized the sale of F-16s to Turkey."}) {
    auto x = agtest::extract(text, "en");
    EXPECT_EQ(count(x, "supplies", Modality::planned), 1u) << text << "\n" << relations(x);
    EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << text << "\n" << relations(x);
  }
}

// A denial whose object is a demonstrative closing its clause denies what was just reported:
// "…, but Pyongyang denies this". A denial by no party of the supply denies none of it.
TEST(SuppliesEn, DenialOfThisDeniesWhatWasReported) {
  auto x = agtest::extract("North Korea has reportedly supplied shells to Russia, but Pyongyang denies this.",
                           "en");
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::denied), nullptr) << relations(x);
  auto other = agtest::extract("Iran supplied drones to Russia. The US denies that.", "en");
  EXPECT_EQ(count(other, "supplies", Modality::denied), 0u) << relations(other);
}

// Giving the green light is approving: the delivery is planned, and "gave" supplies nothing.
TEST(SuppliesEn, GreenLightIsApproval) {
  auto x = agtest::extract("The US gave the green light for the delivery of F-16s to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:US", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

// Asked, urged or allowed to supply, the object has not yet supplied: planned.
TEST(SuppliesEn, SupplyOneIsAskedOrAllowedToMakeIsPlanned) {
  auto urged = agtest::extract("Poland urged Germany to send Leopard tanks to Ukraine.", "en");
  EXPECT_NE(find(urged, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(urged);
  EXPECT_EQ(count(urged, "supplies", Modality::asserted), 0u) << relations(urged);
  auto allowed = agtest::extract("Germany allowed Poland to send Leopard tanks to Ukraine.", "en");
  EXPECT_NE(find(allowed, "supplies", "state:PL", "state:UA", Modality::planned), nullptr)
      << relations(allowed);
}

// No preposition governs an actor across a comma, its article between or not: "According to
// media reports, the Czech Republic has shipped …" names the supplier, no recipient.
TEST(SuppliesEn, NoPrepositionGovernsAcrossAComma) {
  auto x =
      agtest::extract("According to media reports, the Czech Republic has shipped drones to Iran.", "en");
  EXPECT_NE(find(x, "supplies", "state:CZ", "state:IR", Modality::alleged), nullptr) << relations(x);
}

// The one thanked supplies the one who thanks what the thanks are for; a pledge is planned;
// thanks for support relate no one. A sitting head of state stands for his state.
TEST(SuppliesEn, ThankedForWhatItSupplied) {
  agtest::expect_supplies_with_modalities(
      {{"Zelensky thanked Germany for the IRIS-T systems.", Modality::asserted},
       {"Ukraine thanked Germany for the delivery of IRIS-T systems.", Modality::asserted},
       {"Zelensky thanked Germany for its pledge of 24 Leopard tanks.", Modality::planned}},
      "en", "state:DE", "state:UA");
  auto support = agtest::extract("Ukraine thanked Germany for its support.", "en");
  EXPECT_EQ(count(support, "supplies"), 0u) << relations(support);
  // what the thanks are for is the phrase's head, not a noun a preposition of its own governs
  auto hosting = agtest::extract("Germany thanked Poland for hosting the summit on tank deliveries.", "en");
  EXPECT_EQ(count(hosting, "supplies"), 0u) << relations(hosting);
  // and what that phrase names is what was supplied, not what a later phrase names
  auto summit =
      agtest::extract("Zelensky thanked Germany for the IRIS-T systems at a summit on drones.", "en");
  const Relation* r = find(summit, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(summit);
  EXPECT_EQ(r->items, (std::vector<std::string>{"weapon:iris-t"})) << relations(summit);
}

// A state a relation names only through its sitting leader is among the document's entities,
// so that the store's graph, whose edges join stored entities, keeps the relation.
TEST(SuppliesEn, AStateNamedThroughItsLeaderIsAnEntity) {
  auto x = agtest::extract("Zelensky thanked Germany for the IRIS-T systems.", "en");
  ASSERT_NE(find(x, "supplies", "state:DE", "state:UA"), nullptr) << relations(x);
  EXPECT_TRUE(std::any_of(x.entities.begin(), x.entities.end(),
                          [](const EntityRecord& e) { return e.id == "state:UA" && e.known; }));
}

// "the IRIS-T systems it delivered": a relative clause without its pronoun, whose pronoun subject
// may stand for either actor before it, supplies no one.
TEST(SuppliesEn, PronounSubjectOfAContactRelativeClauseIsNoFirstActor) {
  auto x = agtest::extract("Ukraine praised Germany for the IRIS-T systems it delivered.", "en");
  EXPECT_EQ(find(x, "supplies", "state:UA", "state:DE"), nullptr) << relations(x);
  auto one = agtest::extract("Germany said it delivered IRIS-T systems to Ukraine.", "en");
  EXPECT_NE(find(one, "supplies", "state:DE", "state:UA"), nullptr) << relations(one);
}

// "Russia gets drones from Iran and shells from North Korea": each source of a gapped
// coordination supplies what its own part names; a number alone counts the first's unit.
TEST(SuppliesEn, GappedSourcesOfAVerbOfReceiving) {
  auto x = agtest::extract("Russia gets drones from Iran and shells from North Korea.", "en");
  const Relation* iran = find(x, "supplies", "state:IR", "state:RU");
  const Relation* dprk = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(iran, nullptr) << relations(x);
  ASSERT_NE(dprk, nullptr) << relations(x);
  EXPECT_EQ(iran->items, (std::vector<std::string>{"drones"})) << relations(x);
  EXPECT_EQ(dprk->items, (std::vector<std::string>{"shells"})) << relations(x);
  auto counted = agtest::extract("Ukraine received 18 tanks from Germany and 10 from Poland.", "en");
  const Relation* pl = find(counted, "supplies", "state:PL", "state:UA");
  ASSERT_NE(pl, nullptr) << relations(counted);
  EXPECT_EQ(pl->quantity, 10.0) << relations(counted);
}

// An amount's preposition parts no cue from its noun: "approved $200 million in military aid for
// Taiwan" is an approval of aid, planned.
TEST(SuppliesEn, AmountInASupplyNounIsGoverned) {
  auto x = agtest::extract("The US approved $200 million in military aid for Taiwan.", "en");
  const Relation* r = find(x, "supplies", "state:US", "state:TW", Modality::planned);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->quantity, 200000000.0) << relations(x);
}

// "his country" that the resolver could not name (a firm's head has none) is the subject: the
// firm named before it supplies nothing.
TEST(SuppliesEn, UnnamedHisCountryIsTheSubjectNotTheActorBefore) {
  auto x = agtest::extract(
      "Rheinmetall chief Armin Papperger said his country would send more shells to Ukraine.", "en");
  EXPECT_EQ(find(x, "supplies", "firm:rheinmetall", "state:UA"), nullptr) << relations(x);
  auto named = agtest::extract("Lavrov said his country would not supply weapons to Hamas.", "en");
  EXPECT_NE(find(named, "supplies", "state:RU", "org:hamas"), nullptr) << relations(named);
}

// Two actors joined by a comma and a coordinator are in two clauses, not a list: "bought tanks
// from France, and Paris approved …" gave Paris no clause (it was a second source); a list's
// last comma follows another ("to Poland, Hungary, and Slovakia").
TEST(SuppliesEn, CommaBeforeTheCoordinatorOfTwoActorsJoinsClauses) {
  auto x = agtest::extract(
      "Egypt bought tanks from France, and Paris approved the sale of jets to Indonesia.", "en");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:EG", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(x);
  auto sent = agtest::extract(
      "Germany sent tanks to Poland, and Spain has approved the delivery of jets to Ukraine.", "en");
  EXPECT_EQ(find(sent, "supplies", "state:DE", "state:ES"), nullptr) << relations(sent);
  EXPECT_NE(find(sent, "supplies", "state:ES", "state:UA", Modality::planned), nullptr) << relations(sent);
  auto list = agtest::extract("Germany sent tanks to Poland, Hungary, and Slovakia.", "en");
  EXPECT_NE(find(list, "supplies", "state:DE", "state:SK"), nullptr) << relations(list);
}

// A verb that governs a supply noun or opens a plan ("approved", "agreed to") after a second
// actor makes it a clause's subject, as a verb of supplying did ("… from France and Paris
// agreed to the sale of jets to Indonesia"); a list before an auxiliary stays one phrase.
TEST(SuppliesEn, GoverningVerbAfterACoordinatedActorOpensAClause) {
  auto x = agtest::extract(
      "Egypt bought tanks from France and Paris agreed to the sale of jets to Indonesia.", "en");
  const Relation* eg = find(x, "supplies", "state:FR", "state:EG");
  ASSERT_NE(eg, nullptr) << relations(x);
  EXPECT_EQ(eg->items, (std::vector<std::string>{"tanks"})) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:EG", "state:ID"), nullptr) << relations(x);
  auto spain = agtest::extract(
      "Germany sent tanks to Poland and Spain approved the delivery of jets to Ukraine.", "en");
  EXPECT_NE(find(spain, "supplies", "state:ES", "state:UA", Modality::planned), nullptr) << relations(spain);
  // (a subject's list goes on to such a verb)
  auto subject = agtest::extract("Germany and Poland approved the delivery of tanks to Ukraine.", "en");
  EXPECT_NE(find(subject, "supplies", "state:DE", "state:UA", Modality::planned), nullptr)
      << relations(subject);
  EXPECT_NE(find(subject, "supplies", "state:PL", "state:UA", Modality::planned), nullptr)
      << relations(subject);
}

// A list of actors before a plan's "to" is one subject, not an object that controls the
// infinitive ("Germany and Poland plan to send" gave Poland alone); a list that is the object
// of "accused … of" supplies, each of its actors ("accused Iran and Belarus of supplying" gave
// Belarus alone).
TEST(SuppliesEn, ListsThatControlAnInfinitiveOrGerund) {
  auto x = agtest::extract("Germany and Poland plan to send tanks to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::planned), nullptr) << relations(x);
  auto accused = agtest::extract("Ukraine accused Iran and Belarus of supplying drones to Russia.", "en");
  EXPECT_NE(find(accused, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr)
      << relations(accused);
  EXPECT_NE(find(accused, "supplies", "state:BY", "state:RU", Modality::alleged), nullptr)
      << relations(accused);
  auto buying = agtest::extract("The US accused China and Iran of buying oil from Russia.", "en");
  EXPECT_NE(find(buying, "supplies", "state:RU", "state:CN", Modality::alleged), nullptr)
      << relations(buying);
  EXPECT_NE(find(buying, "supplies", "state:RU", "state:IR", Modality::alleged), nullptr)
      << relations(buying);
}

// A supply whose clause names one end and, by a definite noun phrase or a name, what it
// supplies takes the other end from the nearest earlier supply of the same thing: the
// arrival's recipient for "the batteries", the order's buyer for "the tanks". The evidence
// quotes from the sentence the other end stands in.
TEST(SuppliesEn, OneEndedSupplyTakesTheOtherEndFromAnEarlierSupply) {
  auto x = agtest::extract(
      "The first Patriot systems have arrived in Ukraine. The batteries were delivered by Germany and the "
      "Netherlands.",
      "en");
  const Relation* de = find(x, "supplies", "state:DE", "state:UA", Modality::asserted);
  ASSERT_NE(de, nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*de, "weapon:patriot")) << relations(x);
  EXPECT_EQ(de->evidence.sentence, 1U);
  EXPECT_TRUE(de->evidence.quote.starts_with("The first Patriot")) << de->evidence.quote;
  EXPECT_TRUE(de->evidence.quote.ends_with("the Netherlands.")) << de->evidence.quote;
  auto order = agtest::extract(
      "Poland ordered K2 tanks from South Korea. The tanks will be delivered by Hyundai Rotem.", "en");
  EXPECT_NE(find(order, "supplies", "firm:hyundai-rotem", "state:PL", Modality::planned), nullptr)
      << relations(order);
  // (an arrival after a pledge: the delivery has happened)
  auto arrived = agtest::extract(
      "Germany has pledged IRIS-T systems to Ukraine. The first systems arrived in Kyiv in October.", "en");
  EXPECT_NE(find(arrived, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr)
      << relations(arrived);
}

// The other end comes only from a supply of the same thing, and only where the clause leaves it
// out: a maker is no supplier, drones are no jets, a different named system is not the one
// supplied, and a name the recogniser does not know is still a named end.
TEST(SuppliesEn, OneEndedSupplyNeedsTheSameThingAndAnEndLeftOut) {
  auto built =
      agtest::extract("Germany sent Leopard tanks to Ukraine. The tanks were built by Rheinmetall.", "en");
  EXPECT_FALSE(agtest::involves(built, "supplies", "firm:rheinmetall")) << relations(built);
  auto kind = agtest::extract("Denmark delivered F-16s to Ukraine. The drones were delivered by Iran.", "en");
  EXPECT_EQ(find(kind, "supplies", "state:IR", "state:UA"), nullptr) << relations(kind);
  auto named = agtest::extract(
      "Turkey sold Bayraktar TB2 drones to Ukraine. The Wing Loong drones were delivered by China.", "en");
  EXPECT_EQ(find(named, "supplies", "state:CN", "state:UA"), nullptr) << relations(named);
  auto unknown = agtest::extract(
      "Saudi Arabia delivered drones to Poland. The drones were delivered to Ukraine by the Tarvox group.",
      "en");
  EXPECT_EQ(find(unknown, "supplies", "state:SA", "state:UA"), nullptr) << relations(unknown);
  // (too far back: more than three sentences)
  auto far = agtest::extract(
      "Poland ordered K2 tanks from South Korea. Talks went on. Prices rose. Nothing was said. The tanks "
      "will be "
      "delivered by Hyundai Rotem.",
      "en");
  EXPECT_FALSE(agtest::involves(far, "supplies", "firm:hyundai-rotem")) << relations(far);
}

// A name that ends in a noun of a group ("Industries", "Forces") is no group of the state after
// it: "delivered to Saudi Arabian Military Industries by Germany" lost its agent.
TEST(SuppliesEn, RecipientNamedWithAGroupNounBeforeTheAgent) {
  auto x =
      agtest::extract("The drones were delivered to Saudi Arabian Military Industries by Germany.", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "firm:sami", Modality::asserted), nullptr) << relations(x);
}

// "the government", "the country" stand for the one state in focus: the one the sentence names
// before it, else the one the sentence before named; where several are named, none.
TEST(SuppliesEn, DefiniteStateNounStandsForTheOneStateInFocus) {
  auto x = agtest::extract(
      "Poland is rearming fast. The government has ordered 250 Abrams tanks from the United States.", "en");
  EXPECT_NE(find(x, "supplies", "state:US", "state:PL", Modality::planned), nullptr) << relations(x);
  auto two = agtest::extract(
      "Russia attacked Ukraine in 2022. The country has since received tanks from Germany.", "en");
  EXPECT_FALSE(agtest::involves(two, "supplies", "state:DE")) << relations(two);
}

// A verb of aspect between an infinitive's "to" and a gerund hides no object control: "urged the
// US to stop selling weapons to Taiwan" is no supply by China (the US's, and "stop" negates it),
// "urged Germany to keep sending tanks" Germany's, planned.
TEST(SuppliesEn, AspectVerbBetweenToAndTheGerund) {
  auto x = agtest::extract("China has urged the US to stop selling weapons to Taiwan.", "en");
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:CN")) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:US", "state:TW", Modality::negated), nullptr) << relations(x);
  auto keep = agtest::extract("Poland urged Germany to keep sending tanks to Ukraine.", "en");
  EXPECT_EQ(find(keep, "supplies", "state:PL", "state:UA"), nullptr) << relations(keep);
  EXPECT_NE(find(keep, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(keep);
  auto will = agtest::extract("The US will stop selling weapons to Taiwan.", "en");
  EXPECT_NE(find(will, "supplies", "state:US", "state:TW", Modality::negated), nullptr) << relations(will);
}

// A passive without an agent: the origin it names supplies ("Drones from Iran were delivered to
// Russia", "were sent from Poland to Ukraine"), each of a list.
TEST(SuppliesEn, OriginOfAPassiveWithoutAgentSupplies) {
  auto x = agtest::extract("Weapons from Iran and Belarus were delivered to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:BY", "state:RU", Modality::asserted), nullptr) << relations(x);
  auto sent = agtest::extract("Tanks were sent from Poland to Ukraine.", "en");
  EXPECT_NE(find(sent, "supplies", "state:PL", "state:UA"), nullptr) << relations(sent);
}

// An English subject with an auxiliary or an adverb before its verb is the verb's, not an actor
// before it in the sentence: "Officials in Seoul said North Korea had shipped shells to Russia".
TEST(SuppliesEn, SubjectBeforeAnAuxiliaryAfterAReportingVerb) {
  auto x =
      agtest::extract("Officials in Seoul said North Korea had shipped artillery shells to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::asserted), nullptr) << relations(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:KR")) << relations(x);
  auto pronoun = agtest::extract("Germany told Ukraine it would send tanks to Moldova.", "en");
  EXPECT_EQ(find(pronoun, "supplies", "state:UA", "state:MD"), nullptr) << relations(pronoun);
}

// A headline's infinitive after its subject is what is to come: "Germany to send more Patriot
// systems to Ukraine".
TEST(SuppliesEn, HeadlineInfinitiveIsPlanned) {
  auto x = agtest::extract("Germany to send more Patriot systems to Ukraine", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// A supply noun that is the subject of its clause takes its modality from its own predicate
// ("The sale … was approved", "Germany's delivery … has been delayed", "… was suspended"); after
// an article a verb form is the noun ("the transfer of"); a state adjective on what it supplies
// names the supplier ("the delivery of Iranian drones to Russia").
TEST(SuppliesEn, SupplyNounTakesItsPredicateAndItsItemsOrigin) {
  auto approved = agtest::extract("The sale of 40 F-16 jets to Turkey was approved by Washington.", "en");
  EXPECT_NE(find(approved, "supplies", "state:US", "state:TR", Modality::planned), nullptr)
      << relations(approved);
  EXPECT_EQ(find(approved, "supplies", "state:US", "state:TR", Modality::asserted), nullptr)
      << relations(approved);
  auto delayed = agtest::extract("Germany's delivery of Leopard tanks to Ukraine has been delayed.", "en");
  EXPECT_NE(find(delayed, "supplies", "state:DE", "state:UA", Modality::planned), nullptr)
      << relations(delayed);
  auto suspended = agtest::extract(
      "The sale of F-35 jets to the United Arab Emirates by the United States was suspended.", "en");
  EXPECT_NE(find(suspended, "supplies", "state:US", "state:AE", Modality::negated), nullptr)
      << relations(suspended);
  auto done = agtest::extract("France's sale of Rafale jets to India was completed in 2022.", "en");
  EXPECT_NE(find(done, "supplies", "state:FR", "state:IN", Modality::asserted), nullptr) << relations(done);
  auto transfer =
      agtest::extract("The transfer of Patriot systems from Germany to Ukraine began on Monday.", "en");
  EXPECT_NE(find(transfer, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr)
      << relations(transfer);
  auto origin = agtest::extract("The delivery of Iranian drones to Russia continues.", "en");
  EXPECT_NE(find(origin, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr)
      << relations(origin);
  auto made = agtest::extract("The delivery of US-made HIMARS to Ukraine continues.", "en");
  EXPECT_FALSE(agtest::involves(made, "supplies", "state:US")) << relations(made);
}

// Each actor of a list after "by" supplies, and a list's actor after an article is in it
// ("Denmark and the Netherlands"); a maker named by a participle before the verb supplies nothing
// its verb does ("The HIMARS built by Lockheed Martin were sent to Ukraine").
TEST(SuppliesEn, EachAgentOfAListAndNoMakerBeforeTheVerb) {
  auto x =
      agtest::extract("The F-16 jets supplied by Denmark and the Netherlands have arrived in Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA"), nullptr) << relations(x);
  auto subj = agtest::extract("Germany and the Netherlands supplied tanks to Ukraine.", "en");
  EXPECT_NE(find(subj, "supplies", "state:DE", "state:UA"), nullptr) << relations(subj);
  EXPECT_NE(find(subj, "supplies", "state:NL", "state:UA"), nullptr) << relations(subj);
  auto maker = agtest::extract("The HIMARS built by Lockheed Martin were sent to Ukraine.", "en");
  EXPECT_FALSE(agtest::involves(maker, "supplies", "firm:lockheed-martin")) << relations(maker);
  auto shared = agtest::extract("The tanks were repaired by Poland and delivered to Ukraine.", "en");
  EXPECT_NE(find(shared, "supplies", "state:PL", "state:UA"), nullptr) << relations(shared);
}

// A verb of both directions: the lessor leases to, the lessee leases from ("Sweden leases jets
// to Hungary", "Hungary leases jets from Sweden").
TEST(SuppliesEn, LeaseGoesBothWays) {
  auto to = agtest::extract("Sweden leases 14 Gripen jets to Hungary.", "en");
  EXPECT_NE(find(to, "supplies", "state:SE", "state:HU", Modality::asserted), nullptr) << relations(to);
  auto from = agtest::extract("Hungary leases 14 Gripen jets from Sweden.", "en");
  EXPECT_NE(find(from, "supplies", "state:SE", "state:HU", Modality::asserted), nullptr) << relations(from);
  EXPECT_EQ(find(from, "supplies", "state:HU", "state:SE"), nullptr) << relations(from);
}

// A state's organs (its armed forces, ministries and agencies: the ontology's state_organs) supply
// and sanction as their state; "over" as a verb's particle bounds no number ("handed over 18 tanks").
TEST(SuppliesEn, AStateOrganSuppliesAsItsState) {
  auto x = agtest::extract("The Bundeswehr handed over 18 Leopard tanks to Ukraine.", "en");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA", Modality::asserted);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->quantity, 18.0);
  EXPECT_EQ(r->quantity_bound, "");
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:bundeswehr")) << relations(x);
  auto over = agtest::extract("Germany delivered over 18 tanks to Ukraine.", "en");
  const Relation* o = find(over, "supplies", "state:DE", "state:UA");
  ASSERT_NE(o, nullptr) << relations(over);
  EXPECT_EQ(o->quantity_bound, "at least");
  auto s = agtest::extract("The US Treasury sanctioned three Chinese firms.", "en");
  EXPECT_NE(find(s, "sanctions", "state:US", "state:CN"), nullptr) << relations(s);
  EXPECT_FALSE(agtest::involves(s, "sanctions", "org:us-treasury")) << relations(s);
  // (an organisation of no state, or of one it is no organ of, stays itself)
  auto eu = agtest::extract("The EU sanctioned three Chinese firms.", "en");
  EXPECT_NE(find(eu, "sanctions", "org:eu", "state:CN"), nullptr) << relations(eu);
}

// A claim of intelligence or of reports is hedged ("is reported to have transferred", "according
// to Western intelligence"); a plan's participle before a noun is its adjective, no plan ("the 24
// promised F-16s"); an organisation before a member noun after a determiner names no party ("to
// its NATO partner").
TEST(SuppliesEn, ReportedIntelligenceAttributivePlanAndMemberNoun) {
  auto x = agtest::extract(
      "The United Arab Emirates is reported to have transferred drones to the Rapid Support Forces.", "en");
  EXPECT_NE(find(x, "supplies", "state:AE", "org:rapid-support-forces", Modality::alleged), nullptr)
      << relations(x);
  auto intel = agtest::extract("According to Western intelligence, Iran has sent missiles to Russia.", "en");
  EXPECT_NE(find(intel, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(intel);
  EXPECT_EQ(find(intel, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(intel);
  auto promised =
      agtest::extract("The Netherlands has handed over the last of the 24 promised F-16s to Ukraine.", "en");
  EXPECT_NE(find(promised, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr)
      << relations(promised);
  auto member =
      agtest::extract("Seoul has already delivered more than 100 K2 tanks to its NATO partner.", "en");
  EXPECT_FALSE(agtest::involves(member, "supplies", "org:nato")) << relations(member);
}

// A relative clause between the subject and its verb keeps its actors, and a comitative in it,
// from the main verb ("Britain, which builds the jets together with Germany, Italy and Spain,
// wants to sell …" made Spain the seller).
TEST(SuppliesEn, RelativeClauseBetweenSubjectAndVerb) {
  auto x = agtest::extract(
      "Britain, which builds the jets together with Germany, Italy and Spain, wants to sell 48 more jets to "
      "Riyadh.",
      "en");
  EXPECT_NE(find(x, "supplies", "state:GB", "state:SA", Modality::planned), nullptr) << relations(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:ES")) << relations(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:DE")) << relations(x);
}

// What a relative clause after the object of a verb of receiving supplies went to that verb's
// subject ("Poland received the first K2 tanks, which South Korea delivered in record time").
TEST(SuppliesEn, RelativeClauseSuppliesWhatTheSubjectReceived) {
  auto x = agtest::extract("Poland received the first K2 tanks, which South Korea delivered in record time.",
                           "en");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::asserted), nullptr) << relations(x);
  // (who deploys what a relative clause says was delivered received it; not who fires at it)
  auto used =
      agtest::extract("Poland deployed the K2 tanks, which South Korea delivered in record time.", "en");
  EXPECT_NE(find(used, "supplies", "state:KR", "state:PL", Modality::asserted), nullptr) << relations(used);
  auto fired = agtest::extract("Russia fired missiles at the Leopard 2 tanks that Germany supplied.", "en");
  EXPECT_EQ(find(fired, "supplies", "state:DE", "state:RU"), nullptr) << relations(fired);
}

// A clause said after "that" has its own subject ("Seoul said that the North has sent shells to
// Russia" is no supply of Seoul's); a pronoun that opens it stands for the speaker ("Germany said
// that it will send tanks").
TEST(SuppliesEn, AClauseSaidHasItsOwnSubject) {
  auto x = agtest::extract("Seoul said that the North has sent millions of shells to Russia.", "en");
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:KR")) << relations(x);
  auto it = agtest::extract("Germany said that it will send tanks to Ukraine.", "en");
  EXPECT_NE(find(it, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(it);
  auto est = agtest::extract(
      "South Korea's defence ministry estimates that the North has sent millions of shells to Russia.", "en");
  EXPECT_FALSE(agtest::involves(est, "supplies", "state:KR")) << relations(est);
}

// A negotiation about something supplied is a supply still to come (the annotation's
// `planned`); "over" after the partner says what it is about, no bound on the number. A
// negotiation about nothing supplied relates no supply.
TEST(SuppliesEn, NegotiationAboutArmsIsPlanned) {
  auto x = agtest::extract("India is negotiating with France over 26 more Rafale jets.", "en");
  const Relation* r = find(x, "supplies", "state:FR", "state:IN", Modality::planned);
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->quantity, 26.0);
  EXPECT_EQ(r->quantity_bound, "");
  EXPECT_NE(find(x, "negotiates_with", "state:IN", "state:FR"), nullptr) << relations(x);
  auto sale = agtest::extract("Russia is negotiating with India over the sale of more tanks.", "en");
  EXPECT_NE(find(sale, "supplies", "state:RU", "state:IN", Modality::planned), nullptr) << relations(sale);
  EXPECT_EQ(find(sale, "supplies", "state:IN", "state:RU"), nullptr) << relations(sale);
  auto trade = agtest::extract("Russia is negotiating with China over a new trade agreement.", "en");
  EXPECT_EQ(count(trade, "supplies"), 0u) << relations(trade);
}

// "…, among them Ukraine and Poland", "…, such as …": the group's preposition governs the
// members listed after it.
TEST(SuppliesEn, MembersListedAfterAmongThemOrSuchAs) {
  agtest::expect_supplies_to_each(
      "Baykar has exported its drones to 30 countries, among them Ukraine and Poland.", "en", "firm:baykar",
      {"state:UA", "state:PL"});
  agtest::expect_supplies_to_each(
      "Baykar has exported its drones to 30 countries, such as Ukraine and Morocco.", "en", "firm:baykar",
      {"state:UA", "state:MA"});
}

// "…, along with IRIS-T launchers made by Diehl Defence": a participle after its noun names the
// maker of what that noun names, and no supplier.
TEST(SuppliesEn, ParticipleAfterItsNounNamesTheMakerOnly) {
  auto x = agtest::extract(
      "Germany has already handed over three Patriot systems to Ukraine, along with IRIS-T launchers made by "
      "Diehl Defence.",
      "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "firm:diehl-defence", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "produces", "firm:diehl-defence", "weapon:iris-t"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "produces", "firm:diehl-defence", "weapon:patriot"), nullptr) << relations(x);
}

// What is ordered from no one named comes from its maker, where the sentence names it; not a
// weapon another verb governs ("the plant that builds the Garpiya").
TEST(SuppliesEn, OrderFromTheMakerTheSentenceNames) {
  auto x = agtest::extract(
      "Embraer said on Tuesday that Slovakia had ordered three C-390 Millennium transport aircraft.", "en");
  EXPECT_NE(find(x, "supplies", "firm:embraer", "state:SK", Modality::planned), nullptr) << relations(x);
  auto y = agtest::extract(
      "Korvatek Logistics bought the components and re-exported them to Kupol, the Izhevsk plant that builds "
      "the Garpiya drone.",
      "en");
  EXPECT_EQ(find(y, "supplies", "firm:kupol", "firm:~korvatek-logistics"), nullptr) << relations(y);
}

// "by Embraer's American partner": a possessor before a noun that names no party of its own is
// not the agent; "by Turkey's Baykar", "by Germany's army" still are.
TEST(SuppliesEn, PossessorOfAnAgentNounIsNoAgent) {
  auto x = agtest::extract("The jets were delivered to Nigeria by Embraer's American partner.", "en");
  EXPECT_EQ(find(x, "supplies", "firm:embraer", "state:NG"), nullptr) << relations(x);
  auto y = agtest::extract("The drones were supplied to Ukraine by Turkey's Baykar.", "en");
  EXPECT_NE(find(y, "supplies", "firm:baykar", "state:UA"), nullptr) << relations(y);
  auto z = agtest::extract("The tanks were delivered to Ukraine by Germany's army.", "en");
  EXPECT_NE(find(z, "supplies", "state:DE", "state:UA"), nullptr) << relations(z);
}

// "the country" after a clause that names the supplier stands for the state named before,
// not for its own clause's subject; "with" after it is what is supplied.
TEST(SuppliesEn, TheCountryIsNotItsOwnClausesSubject) {
  auto x = agtest::extract(
      "Saudi Arabia is buying Eurofighters. China has also supplied the country with drones.", "en");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:SA", Modality::asserted), nullptr) << relations(x);
}

// An indirect question leaves the supply unconfirmed: "It is unclear whether …" is alleged.
TEST(SuppliesEn, UnclearWhetherIsAlleged) {
  auto x = agtest::extract("It is unclear whether Iran supplied the drones to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
}

// "…, but Poland reportedly sent …": a contrast with its own subject and verb is a main clause of
// its own, whose hedge hedges it alone.
TEST(SuppliesEn, HedgeOfAContrastedClauseIsItsOwn) {
  auto x =
      agtest::extract("Germany supplied tanks to Ukraine, but Poland reportedly sent jets to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA", Modality::alleged), nullptr) << relations(x);
}

// "Iran or North Korea supplied …": the text says one of them did, not which (alleged); a
// refusal to either side is a refusal to each.
TEST(SuppliesEn, ActorsJoinedByOr) {
  auto x = agtest::extract("Iran or North Korea supplied the shells to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
  auto y = agtest::extract("Brazil has refused to supply weapons to either Ukraine or Russia.", "en");
  EXPECT_NE(find(y, "supplies", "state:BR", "state:UA", Modality::negated), nullptr) << relations(y);
  EXPECT_NE(find(y, "supplies", "state:BR", "state:RU", Modality::negated), nullptr) << relations(y);
}

// "It also sent …": a pronoun that opens a clause of supplying stands for the subject of the
// sentence before; not before a passive ("It was delivered …" is a thing) nor a verb of saying.
TEST(SuppliesEn, PronounSubjectIsTheSubjectBefore) {
  auto x = agtest::extract(
      "Baykar is Turkey's biggest drone maker. It has also sold Bayraktar TB2 drones to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "firm:baykar", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto thing = agtest::extract("The K2 is built by Hyundai Rotem. It was delivered to Poland in 2022.", "en");
  EXPECT_EQ(count(thing, "supplies"), 0u) << relations(thing);
  auto says = agtest::extract(
      "Iran denies supplying drones to Russia. It says the drones were sold before the war.", "en");
  EXPECT_EQ(count(says, "supplies", Modality::asserted), 0u) << relations(says);
}

// An offer of something supplied is a supply still to come; an offer of nothing supplied relates
// no one ("offered to host talks").
TEST(SuppliesEn, OfferOfArmsIsPlanned) {
  auto x = agtest::extract("KNDS has offered Croatia 50 Leopard 2A8 tanks.", "en");
  EXPECT_NE(find(x, "supplies", "firm:knds", "state:HR", Modality::planned), nullptr) << relations(x);
  auto talks = agtest::extract("Turkey offered to host talks between Russia and Ukraine.", "en");
  EXPECT_EQ(count(talks, "supplies"), 0u) << relations(talks);
}

// "…, after it had sent …": a pronoun after the conjunction of a clause stands for the main
// clause's subject.
TEST(SuppliesEn, PronounOfASubordinateClauseIsTheMainSubject) {
  auto x = agtest::extract(
      "Poland received K2 tanks from South Korea, after it had sent its T-72s to Ukraine.", "en");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::asserted), nullptr) << relations(x);
}

// "the Patriot systems that the United States supplied": a relative clause without a comma
// after what is supplied opens a clause of its own; what it supplies went to who uses or
// receives its antecedent in the main clause, not to who destroyed it.
TEST(SuppliesEn, RestrictiveRelativeSuppliesWhoUsesIt) {
  auto x = agtest::extract("Ukraine uses the Patriot systems that the United States supplied.", "en");
  const auto* r = find(x, "supplies", "state:US", "state:UA", Modality::asserted);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:patriot")) << relations(x);
  auto destroyed = agtest::extract("Russia destroyed the Leopard 2 tanks that Germany supplied.", "en");
  EXPECT_EQ(find(destroyed, "supplies", "state:DE", "state:RU"), nullptr) << relations(destroyed);
  EXPECT_EQ(find(destroyed, "supplies", "state:RU", "state:DE"), nullptr) << relations(destroyed);
}

// A military branch after a state's adjective is the state, in words of its own ("the
// Indonesian air force"), also with a clause of its own after a comma ("…, the company said").
TEST(SuppliesEn, AirForceOfAStateIsTheState) {
  auto x = agtest::extract(
      "Thales has already delivered two of 13 radars to the Indonesian air force, the company said.", "en");
  EXPECT_NE(find(x, "supplies", "firm:thales", "state:ID", Modality::asserted), nullptr) << relations(x);
  auto forces = agtest::extract("Thales delivered tanks to the Indonesian armed forces.", "en");
  EXPECT_NE(find(forces, "supplies", "firm:thales", "state:ID", Modality::asserted), nullptr)
      << relations(forces);
}

// "perhaps", "maybe": speculation leaves a supply unconfirmed.
TEST(SuppliesEn, PerhapsIsAlleged) {
  auto x = agtest::extract("Perhaps Iran supplied the drones to Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

// "Sudan's army-led government, which has reportedly received …": a relative clause after a
// state noun whose phrase opens with a state's genitive has that state as its subject.
TEST(SuppliesEn, RelativeClauseAfterAStatesGovernment) {
  auto x = agtest::extract(
      "Sudan's army-led government, which has reportedly received Bayraktar TB2 drones from Turkey, accuses "
      "Abu Dhabi of prolonging the war.",
      "en");
  EXPECT_NE(find(x, "supplies", "state:TR", "state:SD", Modality::alleged), nullptr) << relations(x);
}

// The speaker of a clause said without "that" is no party to the order the clause names, and
// the subject that cancels an order is no seller ("Kessler cancelled an order" was read as
// Kessler supplying Aarwerk); "gave Rheinmetall an order" still names the seller.
TEST(SuppliesEn, OrderCancelledByTheSubject) {
  auto x = agtest::extract(
      "Aarwerk Präzision AG said a German customer, Kessler Munitionstechnik GmbH, cancelled an order for "
      "200,000 fuzes last year.",
      "en");
  EXPECT_EQ(find(x, "supplies", "firm:~kessler-munitionstechnik-gmbh", "firm:~aarwerk-prazision-ag"), nullptr)
      << relations(x);
  // (what Germany gives Rheinmetall is an order: no supply of Germany's)
  auto gave = agtest::extract("Germany gave Rheinmetall an order for 100 tanks.", "en");
  EXPECT_NE(find(gave, "supplies", "firm:rheinmetall", "state:DE", Modality::planned), nullptr)
      << relations(gave);
  EXPECT_EQ(find(gave, "supplies", "state:DE", "firm:rheinmetall"), nullptr) << relations(gave);
}

// Passing arms on is supplying them ("blocked from passing … to Kyiv": negated); passing
// anything else is not. Taking over arms receives them.
TEST(SuppliesEn, PassingAndTakingOverArms) {
  auto x = agtest::extract("Spain was blocked from passing two anti-aircraft guns to Kyiv.", "en");
  EXPECT_NE(find(x, "supplies", "state:ES", "state:UA", Modality::negated), nullptr) << relations(x);
  auto bill = agtest::extract("The United States passed the bill to Ukraine.", "en");
  EXPECT_EQ(count(bill, "supplies"), 0u) << relations(bill);
  auto over = agtest::extract("Poland took over MiG-29 jets from Germany.", "en");
  EXPECT_NE(find(over, "supplies", "state:DE", "state:PL", Modality::asserted), nullptr) << relations(over);
}

// The agent of another verb is no supplier of a verb of receiving ("Dagalo, sanctioned by
// Washington a year ago, denies receiving foreign weapons"); "…, some of which are to be
// assembled … with Republikorp" is a relative clause of its own.
TEST(SuppliesEn, AgentsAndRelativesOfOtherVerbs) {
  auto x = agtest::extract(
      "RSF commander Mohamed Hamdan Dagalo, sanctioned by Washington a year ago, denies receiving foreign "
      "weapons.",
      "en");
  EXPECT_EQ(find(x, "supplies", "state:US", "org:rapid-support-forces"), nullptr) << relations(x);
  auto some = agtest::extract(
      "Baykar will supply 60 Bayraktar TB3 drones, some of which are to be assembled in Indonesia by a joint "
      "venture with the state-owned holding Republikorp.",
      "en");
  EXPECT_EQ(count(some, "supplies"), 0u) << relations(some);
}

// "Should China supply …, …": a condition, no claim.
TEST(SuppliesEn, VerbFirstConditionIsNoClaim) {
  auto x = agtest::extract("Should China supply drones to Russia, the West would respond.", "en");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

// "in talks with Warsaw about supplying …": talks are a negotiation, and one about arms a
// planned supply (as "negotiates with"); "Gespräche mit", "in gesprek met" likewise.
TEST(SuppliesEn, TalksAboutArmsArePlannedSupplies) {
  auto x = agtest::extract(
      "Hanwha Aerospace, which makes the K9, is also in talks with Warsaw about supplying more Chunmoo "
      "rocket "
      "launchers.",
      "en");
  EXPECT_NE(find(x, "negotiates_with", "firm:hanwha-aerospace", "state:PL"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "firm:hanwha-aerospace", "state:PL", Modality::planned), nullptr)
      << relations(x);
  auto de = agtest::extract("Rheinmetall führt Gespräche mit Italien über die Lieferung von Panzern.", "de");
  EXPECT_NE(find(de, "supplies", "firm:rheinmetall", "state:IT", Modality::planned), nullptr)
      << relations(de);
  auto nl = agtest::extract("Rheinmetall is in gesprek met Indonesië over de levering van tanks.", "nl");
  EXPECT_NE(find(nl, "supplies", "firm:rheinmetall", "state:ID", Modality::planned), nullptr)
      << relations(nl);
}

// A participle of using after an article or a number describes its noun ("30 used MiG-29 jets"),
// and what a preposition governs is not used ("fired missiles at the Leopard 2 tanks").
TEST(SuppliesEn, UsedAsAnAdjectiveAndWhatIsFiredAt) {
  auto x = agtest::extract("Poland took over 30 used MiG-29 jets from Germany.", "en");
  EXPECT_EQ(count(x, "uses"), 0u) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:PL", Modality::asserted), nullptr) << relations(x);
  auto fired = agtest::extract("Russia fired missiles at the Leopard 2 tanks.", "en");
  EXPECT_EQ(find(fired, "uses", "state:RU", "weapon:leopard-2"), nullptr) << relations(fired);
  auto used = agtest::extract("Russia used Shahed drones against Kyiv.", "en");
  EXPECT_EQ(count(used, "uses"), 1u) << relations(used);
}

// A supply noun or gerund that modifies a compound written apart names no supply ("shipping
// documents reviewed by Reuters" made Reuters a supplier), and a participle after a possessive
// describes its noun ("Lebanon's armed forces" made Lebanon supply the United States).
TEST(SuppliesEn, CompoundModifiersAndParticiplesAfterAPossessive) {
  auto docs = agtest::extract(
      "Mortar bombs reached Myanmar's military last year, according to shipping documents reviewed by "
      "Reuters.",
      "en");
  EXPECT_EQ(count(docs, "supplies"), 0u) << relations(docs);
  auto aid = agtest::extract(
      "The United States will provide Lebanon's armed forces with $230 million in military aid.", "en");
  EXPECT_NE(find(aid, "supplies", "state:US", "state:LB", Modality::planned), nullptr) << relations(aid);
  EXPECT_EQ(find(aid, "supplies", "state:LB", "state:US"), nullptr) << relations(aid);
}

// An agent before a verb of receiving is who receives ("a campaign by Ukraine to obtain the
// aircraft" made Ukraine supply Australia).
TEST(SuppliesEn, AgentBeforeAVerbOfReceivingReceives) {
  auto x = agtest::extract(
      "Australia has begun dismantling its retired MRH-90 helicopters, ending a campaign by Ukraine to "
      "obtain the aircraft.",
      "en");
  EXPECT_EQ(find(x, "supplies", "state:UA", "state:AU"), nullptr) << relations(x);
}

// A span of time ends a prepositional phrase: "For decades Vietnam" is the subject, not a
// beneficiary, and "accuse" hedges like "accused".
TEST(SuppliesEn, TimeSpanBeforeTheSubjectAndAccusations) {
  auto x = agtest::extract("For decades Vietnam has bought most of its weapons from Russia.", "en");
  EXPECT_NE(find(x, "supplies", "state:RU", "state:VN", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract(
      "Hezbollah, which Western governments accuse of receiving rockets and drones from Iran, rejected the "
      "plan.",
      "en");
  EXPECT_NE(find(y, "supplies", "state:IR", "org:hezbollah", Modality::alleged), nullptr) << relations(y);
  EXPECT_EQ(find(y, "supplies", "state:IR", "org:hezbollah", Modality::asserted), nullptr) << relations(y);
}

// A firm's weak name after its own state's genitive is the firm ("Israel's Rafael sold …" made
// Israel the seller).
TEST(SuppliesEn, WeakFirmNameAfterItsStatesGenitive) {
  auto x = agtest::extract("Israel's Rafael sold Vietnam SPYDER air-defence systems in 2019.", "en");
  EXPECT_NE(find(x, "supplies", "firm:rafael", "state:VN", Modality::asserted), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IL", "state:VN"), nullptr) << relations(x);
}

// A verb of blocking after the subject and its auxiliary governs the noun across an adverbial,
// and a person trading through a company of theirs stands for the company.
TEST(SuppliesEn, BlockedSaleAndPersonThroughTheirCompany) {
  auto x = agtest::extract("The United States has blocked since 2019 the sale of F-35 jets to Turkey.", "en");
  EXPECT_NE(find(x, "supplies", "state:US", "state:TR", Modality::negated), nullptr) << relations(x);
  auto y = agtest::extract(
      "Prosecutors say John Miller shipped rifles to Sudan through his company Redline Arms Ltd.", "en");
  EXPECT_NE(find(y, "supplies", "firm:~redline-arms-ltd", "state:SD", Modality::asserted), nullptr)
      << relations(y);
}

// "used" right after a verb of buying describes what is bought ("agreed to buy used F-16
// fighters" made Vietnam a user of F-16s).
TEST(SuppliesEn, UsedAfterAVerbOfBuyingIsAnAdjective) {
  auto x = agtest::extract("Vietnam agreed to buy used F-16 fighters from the United States.", "en");
  EXPECT_EQ(count(x, "uses"), 0u) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:US", "state:VN"), nullptr) << relations(x);
}

// One of two coordinated modifiers of a compound names no supply either ("shipping and licensing
// documents reviewed by Reuters"), nor a participle before a group's head noun that ends its
// phrase ("the only armed force in this country" made Lebanon supply the United States); a verb
// before a group head that modifies a noun stays a verb ("had never exported military goods").
TEST(SuppliesEn, CoordinatedModifiersAndParticiplesBeforeAGroupHead) {
  auto docs = agtest::extract(
      "Mortar bombs reached Myanmar's military, according to leaked shipping and licensing documents "
      "reviewed by Reuters.",
      "en");
  EXPECT_EQ(count(docs, "supplies"), 0u) << relations(docs);
  auto force = agtest::extract(
      "\"A Lebanese army that is the only armed force in this country is in everyone's interest,\" said "
      "the U.S. ambassador.",
      "en");
  EXPECT_EQ(count(force, "supplies"), 0u) << relations(force);
  auto goods =
      agtest::extract("Belarus said Korvatek Logistics had never exported military goods to Russia.", "en");
  EXPECT_NE(find(goods, "supplies", "firm:~korvatek-logistics", "state:RU"), nullptr) << relations(goods);
}

// An English relative pronoun after a preposition is what the preposition governs: the actor
// after it is the relative clause's subject ("under which France was to supply Lebanon" gave
// nothing; "a deal under which the United States will send the systems" gave Germany).
TEST(SuppliesEn, SubjectAfterAPrepositionAndARelativePronoun) {
  auto x = agtest::extract(
      "The aid replaces a programme, funded by Saudi Arabia, under which France was to supply Lebanon with "
      "helicopters.",
      "en");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:LB", Modality::planned), nullptr) << relations(x);
}
