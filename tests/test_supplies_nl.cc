// "Who supplies whom" from Dutch sentences: one test per construction of the rules in
// lib/relate/relations.h, each with the exact parties, type and modality of the relation.
#include "relation_helper.h"
#include "test_helper.h"

using namespace actorgraph;
using agtest::count;
using agtest::find;
using agtest::relations;

TEST(SuppliesNl, ActiveVerbWithRecipientPhrase) {
  auto x = agtest::extract("Iran levert drones aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesNl, PassiveWithAgentAndRecipient) {
  auto x = agtest::extract("De drones werden aan Rusland geleverd door Iran.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesNl, VerbSecondWithDoubleObject) {
  auto x = agtest::extract("Sinds 2022 levert Iran Rusland drones.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

// "beschikbaar stellen" in the present announces a pledge (planned); in the past it reports
// the supply.
TEST(SuppliesNl, SeparableVerbBeschikbaarStellen) {
  auto x = agtest::extract("Duitsland stelt extra luchtverdedigingssystemen beschikbaar aan Oekraïne.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
  auto past =
      agtest::extract("Duitsland stelde extra luchtverdedigingssystemen beschikbaar aan Oekraïne.", "nl");
  const Relation* p = find(past, "supplies", "state:DE", "state:UA");
  ASSERT_NE(p, nullptr) << relations(past);
  EXPECT_EQ(p->evidence.modality, Modality::asserted);
}

TEST(SuppliesNl, Nominalisation) {
  auto x = agtest::extract("De levering van drones door Iran aan Rusland is al maanden bekend.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesNl, PurchaseVerbTurnsRound) {
  auto x = agtest::extract("Rusland koopt drones van Iran.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

TEST(SuppliesNl, CoordinatedSuppliers) {
  auto x = agtest::extract("Iran en Noord-Korea leveren wapens aan Rusland.", "nl");
  const Relation* ir = find(x, "supplies", "state:IR", "state:RU");
  const Relation* kp = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(ir, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_NE(kp, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(ir->evidence.modality, Modality::asserted);
  EXPECT_EQ(kp->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 2u) << relations(x);
}

TEST(SuppliesNl, AllegedWithZou) {
  auto x = agtest::extract("Iran zou drones aan Rusland hebben geleverd.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

TEST(SuppliesNl, AllegedWithNaarVerluidt) {
  auto x = agtest::extract("Noord-Korea levert naar verluidt ballistische raketten aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

// "Naar verluidt" opening the sentence: its "naar" is no recipient preposition, and the subject
// after the finite verb is the supplier.
TEST(SuppliesNl, AllegedWithNaarVerluidtFirst) {
  auto x = agtest::extract("Naar verluidt heeft China houwitsers aan Letland verscheept.", "nl");
  const Relation* r = find(x, "supplies", "state:CN", "state:LV");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesNl, PlannedWithWil) {
  auto x = agtest::extract("Duitsland wil meer tanks aan Oekraïne leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesNl, PlannedWithGaat) {
  auto x = agtest::extract("Duitsland gaat munitie aan Oekraïne leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesNl, PlannedWithOverweegt) {
  auto x = agtest::extract("Duitsland overweegt kruisraketten aan Oekraïne te leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesNl, PlannedWithHeeftToegezegd) {
  auto x =
      agtest::extract("Duitsland heeft toegezegd luchtverdedigingssystemen aan Oekraïne te leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesNl, DeniedWithOntkentDat) {
  auto x = agtest::extract("Iran ontkent dat het drones aan Rusland levert.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesNl, NegatedWithGeen) {
  auto x = agtest::extract("Iran levert geen ballistische raketten aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesNl, NegatedWithNooit) {
  auto x = agtest::extract("Iran heeft nooit drones aan Rusland geleverd.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesNl, NegatedWithWeigert) {
  auto x = agtest::extract("Duitsland weigert kruisraketten aan Oekraïne te leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesNl, NegationOutranksPlan) {
  auto x = agtest::extract("Duitsland zal geen kruisraketten aan Oekraïne leveren.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesNl, AttributionWithAldus) {
  auto x = agtest::extract("Iran levert drones aan Rusland, aldus Reuters.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:reuters");
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:reuters")) << relations(x);
}

TEST(SuppliesNl, AttributionWithVolgens) {
  auto x = agtest::extract("Volgens de BBC levert Noord-Korea granaten aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:bbc");
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:bbc")) << relations(x);
}

TEST(SuppliesNl, DateInTheSentence) {
  auto x = agtest::extract("Op 12 november 2025 leverde Iran drones aan Rusland.", "nl", "2025-12-01");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2025-11-12");
}

TEST(SuppliesNl, DocumentDateWithoutDateInTheSentence) {
  auto x = agtest::extract("Iran levert drones aan Rusland.", "nl", "2025-03-14");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2025-03-14");
}

TEST(SuppliesNl, NamedWeaponIsAnItem) {
  auto x = agtest::extract("Iran levert Shahed-136-drones aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:shahed-136")) << relations(x);
}

TEST(SuppliesNl, QuantityWithThousandsDot) {
  auto x = agtest::extract("Noord-Korea leverde 240.000 artilleriegranaten aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_TRUE(r->quantity.has_value()) << relations(x);
  EXPECT_DOUBLE_EQ(*r->quantity, 240000);
  EXPECT_TRUE(agtest::has_item(*r, "artillery shells")) << relations(x);
}

TEST(SuppliesNl, NoRecipientNoRelation) {
  auto x = agtest::extract("Iran levert al jaren drones.", "nl");
  EXPECT_EQ(agtest::entity_at(x, "Iran"), "state:IR") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesNl, ConditionalNoRelation) {
  auto x =
      agtest::extract("Als Iran ballistische raketten aan Rusland levert, volgen nieuwe sancties.", "nl");
  EXPECT_EQ(agtest::entity_at(x, "Rusland"), "state:RU") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesNl, SourceAfterVolgensIsNoRecipient) {
  auto x = agtest::extract("Iran levert nog altijd drones, volgens Oekraïne.", "nl");
  EXPECT_EQ(agtest::entity_at(x, "Oekraïne"), "state:UA") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesNl, FirmProducesWeapon) {
  auto x = agtest::extract("Baykar produceert de Bayraktar TB2.", "nl");
  const Relation* r = find(x, "produces", "firm:baykar", "weapon:bayraktar-tb2");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
}

TEST(SuppliesNl, FirmWithApposition) {
  auto x = agtest::extract("Rheinmetall, een Duitse wapenfabrikant, levert munitie aan Oekraïne.", "nl");
  const Relation* r = find(x, "supplies", "firm:rheinmetall", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:DE")) << relations(x);
}

TEST(SuppliesNl, NegationAfterTheObject) {
  auto x = agtest::extract("Duitsland levert de Taurus-raketten niet aan Oekraïne.", "nl");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
}

TEST(SuppliesNl, DenialWithASplitCue) {
  auto x = agtest::extract("Iran wijst beschuldigingen van de hand dat het drones aan Rusland levert.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
}

TEST(SuppliesNl, ModelNumberIsNoQuantity) {
  auto x = agtest::extract("Iran levert Shahed-136-drones aan Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:shahed-136")) << relations(x);
  EXPECT_FALSE(r->quantity.has_value()) << relations(x);
}

// "het leger van Rusland": a group noun before the preposition; the state is the party and
// the preposition gives it no role
TEST(SuppliesNl, StateAfterAGroupNounAndVan) {
  auto x = agtest::extract("Het leger van Rusland levert granaten aan Wit-Rusland.", "nl");
  const Relation* r = find(x, "supplies", "state:RU", "state:BY");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// "heeft de levering … goedgekeurd": approved, so planned, with the subject as the supplier.
TEST(SuppliesNl, SupplyNounApprovedByTheFinalParticiple) {
  auto x = agtest::extract("Nederland heeft de levering van F-16's aan Oekraïne goedgekeurd.", "nl");
  const Relation* r = find(x, "supplies", "state:NL", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

// "Rusland en Iran ontkennen de beschuldigingen": the parties deny the supplies between them
// that the document reports; whom a denial is made to is no party.
TEST(SuppliesNl, PartiesDenyAReportedSupply) {
  auto x =
      agtest::extract("Iran levert drones aan Rusland. Rusland en Iran ontkennen de beschuldigingen.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::denied), nullptr)
      << relations(x) << agtest::describe(x);
  auto addressed = agtest::extract(
      "China levert drones aan Rusland. De Chinese regering ontkende tegenover Duitsland dat het wapens "
      "levert.",
      "nl");
  EXPECT_NE(find(addressed, "supplies", "state:CN", "state:RU", Modality::denied), nullptr)
      << relations(addressed) << agtest::describe(addressed);
}

// "De aankoop van F-35's uit de Verenigde Staten door Nederland": the buyer receives.
TEST(SuppliesNl, PurchaseNounBuyerAndSeller) {
  auto x =
      agtest::extract("De aankoop van F-35's uit de Verenigde Staten door Nederland kost miljarden.", "nl");
  const Relation* r = find(x, "supplies", "state:US", "state:NL");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// An order (bestelling, order) is a planned supply by the firm that gets it; "bij" names the
// vendor.
TEST(SuppliesNl, OrdersArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland plaatste een bestelling bij Rheinmetall voor 22 Skyranger-systemen.", Modality::planned},
       {"Rheinmetall kreeg een order van Nederland voor 22 systemen.", Modality::planned},
       {"Nederland bestelt 22 Skyranger-systemen bij Rheinmetall.", Modality::planned}},
      "nl", "firm:rheinmetall", "state:NL");
  auto x = agtest::extract("Rheinmetall kreeg een order van Nederland voor 22 systemen.", "nl");
  EXPECT_EQ(find(x, "supplies", "state:NL", "firm:rheinmetall"), nullptr) << relations(x);
}

// "een contract voor de levering": the contract plans the supply; coordinated parties plan
// the supplies between them the document reports.
TEST(SuppliesNl, ContractOnTheDeliveryIsPlanned) {
  auto x = agtest::extract(
      "Rusland leverde S-400's aan India. Rusland en India tekenden een contract voor de levering van meer "
      "systemen.",
      "nl");
  const Relation* p = find(x, "supplies", "state:RU", "state:IN", Modality::planned);
  ASSERT_NE(p, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(p->evidence.sentence, 1u);
}

// "Hij wordt gebouwd door Baykar": the pronoun stands for the weapon the sentence before named.
TEST(SuppliesNl, PronounStandsForThePreviousSentencesWeapon) {
  auto x = agtest::extract("De Bayraktar TB2 is een drone. Hij wordt gebouwd door Baykar.", "nl");
  EXPECT_NE(find(x, "produces", "firm:baykar", "weapon:bayraktar-tb2"), nullptr)
      << relations(x) << agtest::describe(x);
}

// "In januari heeft Roemenië …": no prepositional phrase runs across a finite auxiliary.
TEST(SuppliesNl, TimePhraseBeforeAnAuxiliaryGovernsNoActor) {
  auto x = agtest::extract("In januari heeft Roemenië helikopters aan Duitsland geleverd.", "nl");
  EXPECT_NE(find(x, "supplies", "state:RO", "state:DE"), nullptr) << relations(x) << agtest::describe(x);
}

// A time to come anywhere in the clause makes the supply a plan: "levert later dit jaar".
TEST(SuppliesNl, ATimeToComeIsAPlan) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland levert later dit jaar F-16's aan Oekraïne.", Modality::planned},
       {"Nederland leverde vorig jaar F-16's aan Oekraïne.", Modality::asserted}},
      "nl", "state:NL", "state:UA");
}

// "aan Rusland en Wit-Rusland": a coordinated recipient shares the preposition.
TEST(SuppliesNl, CoordinatedRecipients) {
  auto x = agtest::extract("Iran levert drones aan Rusland en Wit-Rusland.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_NE(find(x, "supplies", "state:IR", "state:BY"), nullptr) << relations(x);
}

// "toegezegd", "belooft": pledged supplies, planned.
TEST(SuppliesNl, PledgesArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland heeft Oekraïne 24 F-16's toegezegd.", Modality::planned},
       {"Nederland belooft Oekraïne meer F-16's.", Modality::planned}},
      "nl", "state:NL", "state:UA");
}

// Only a verb of winning hands an order to purchase_noun(): a verb of buying at the clause's
// end keeps its reading, though a purchase noun stands earlier in the clause.
TEST(SuppliesNl, BuyingVerbAfterAPurchaseNounKeepsItsReading) {
  auto x = agtest::extract(
      "Volgens analisten is de aankoop een antwoord op de Rafale-toestellen die India van Frankrijk heeft "
      "gekocht.",
      "nl");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:IN"), nullptr) << relations(x) << agtest::describe(x);
}

// "kondigde … aan" with its particle at the clause's end announces a supply still to come.
TEST(SuppliesNl, AnnouncedWithTheParticleApartIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland kondigde een nieuw steunpakket voor Oekraïne aan.", Modality::planned}}, "nl", "state:NL",
      "state:UA");
}

// Who is accused of supplying is the supplier ("beschuldigt Iran van het leveren").
TEST(SuppliesNl, AccusedOfSupplyingNamesTheAccusedAsSupplier) {
  auto x = agtest::extract("Oekraïne beschuldigt Iran van het leveren van drones aan Rusland.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// "wacht … op": a supply still pending, planned.
TEST(SuppliesNl, AwaitedSupplyIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Oekraïne wacht nog op F-16's uit Nederland.", Modality::planned}}, "nl", "state:NL", "state:UA");
}

// A clause after "maar" with no subject of its own shares the subject before.
TEST(SuppliesNl, CoordinatedClauseSharesTheSubjectBefore) {
  agtest::expect_supplies_with_modalities(
      {{"Turkije veroordeelde de oorlog, maar leverde drones aan Oekraïne.", Modality::asserted}}, "nl",
      "state:TR", "state:UA");
}

TEST(SuppliesNl, NochNochNegatesBoth) {
  agtest::expect_each_supplies(
      "Noch Frankrijk noch Duitsland heeft gevechtsvliegtuigen aan Oekraïne geleverd.", "nl",
      {"state:FR", "state:DE"}, "state:UA", Modality::negated);
}

TEST(SuppliesNl, GeenBewijsIsAlleged) {
  agtest::expect_supplies_with_modalities(
      {{"Er is geen bewijs dat China wapens aan Rusland heeft geleverd.", Modality::alleged}}, "nl",
      "state:CN", "state:RU");
}

TEST(SuppliesNl, QuantityBounds) {
  agtest::expect_quantities(
      {{"Nederland heeft ruim 240.000 artilleriegranaten aan Oekraïne geleverd.", 240000, "at least"},
       {"Nederland heeft honderden drones aan Oekraïne geleverd.", 100, "at least"},
       {"Nederland heeft ongeveer 20 drones aan Oekraïne geleverd.", 20, "about"}},
      "nl", "state:NL", "state:UA");
}

TEST(SuppliesNl, MembersListedAfterWaaronderReceive) {
  auto x =
      agtest::extract("China leverde drones aan verschillende landen, waaronder Pakistan en Egypte.", "nl");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:PK"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:CN", "state:EG"), nullptr) << relations(x);
}

// A supply in the perfect, reported after "dat", is a completed act: the announcement that
// governs it makes no plan of it. In the future it stays planned.
TEST(SuppliesNl, AnnouncedCompletedActIsAsserted) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland kondigde aan dat het F-16's aan Oekraïne heeft geleverd.", Modality::asserted},
       {"Nederland kondigde aan dat het F-16's aan Oekraïne zal leveren.", Modality::planned},
       {"Nederland ontkende dat het F-16's aan Oekraïne heeft geleverd.", Modality::denied}},
      "nl", "state:NL", "state:UA");
}

// A form of a relation verb whose particle makes it another verb names no relation:
// "maakte … bekend" (bekendmaken, announce) is no "maken", "leverde … uit" (uitleveren,
// extradite) no "leveren". "uit" before a noun phrase is a preposition, no particle.
TEST(SuppliesNl, ParticleVerbsOfAnotherMeaningNameNoRelation) {
  auto announced = agtest::extract("Lockheed Martin maakte bekend dat de F-35 vertraging heeft.", "nl");
  EXPECT_EQ(count(announced, "produces"), 0u) << relations(announced);
  auto extradited = agtest::extract("Nederland leverde de verdachte uit aan de Verenigde Staten.", "nl");
  EXPECT_EQ(count(extradited, "supplies"), 0u) << relations(extradited);
  auto from_stock = agtest::extract("Nederland leverde F-16's uit voorraad aan Oekraïne.", "nl");
  EXPECT_NE(find(from_stock, "supplies", "state:NL", "state:UA"), nullptr) << relations(from_stock);
  auto made = agtest::extract("Lockheed Martin maakt de F-35.", "nl");
  EXPECT_NE(find(made, "produces", "firm:lockheed-martin", "weapon:f-35"), nullptr) << relations(made);
}

// Who funds whom: the actor of the clause near the verb, or the one it is paid for, however far
// the sum reaches ("maakt … vrij voor", vrijmaken with its particle).
TEST(SuppliesNl, FundsTheActorPaidFor) {
  for (const char* text : {"Nederland financiert de Oekraïense luchtverdediging.",
                           "Nederland maakt 200 miljoen euro extra vrij voor Oekraïne."}) {
    auto x = agtest::extract(text, "nl");
    EXPECT_NE(find(x, "funds", "state:NL", "state:UA"), nullptr) << text << "\n" << relations(x);
    EXPECT_EQ(count(x, "supplies"), 0u) << text << "\n" << relations(x);
  }
}

TEST(SuppliesNl, ListsWithCommasShareTheirRole) {
  agtest::expect_supplies_to_each("Turkije verkocht drones aan Oekraïne, Polen en Azerbeidzjan.", "nl",
                                  "state:TR", {"state:UA", "state:PL", "state:AZ"});
  agtest::expect_each_supplies("Duitsland, Frankrijk en Italië leverden tanks aan Oekraïne.", "nl",
                               {"state:DE", "state:FR", "state:IT"}, "state:UA", Modality::asserted);
}

TEST(SuppliesNl, ByItsOwnAccountDenies) {
  agtest::expect_supplies_with_modalities(
      {{"China heeft naar eigen zeggen geen wapens aan Rusland geleverd.", Modality::denied}}, "nl",
      "state:CN", "state:RU");
}

// "…, maar wel onderdelen": the items a contrast names after a negated supply are supplied by
// the same parties, asserted unless the sentence hedges it.
TEST(SuppliesNl, ContrastAfterANegatedSupplyAssertsItsItems) {
  auto x = agtest::extract(
      "Volgens de NAVO levert China geen dodelijke wapens aan Rusland, maar wel onderdelen.", "nl");
  EXPECT_EQ(count(x, "supplies", Modality::negated), 1u) << relations(x);
  ASSERT_EQ(count(x, "supplies", Modality::asserted), 1u) << relations(x);
  for (const Relation& r : x.relations) {
    if (r.evidence.modality == Modality::asserted) {
      EXPECT_EQ(r.items, std::vector<std::string>{"parts"}) << relations(x);
    }
  }
  auto hedged = agtest::extract("China zou geen wapens aan Rusland leveren, maar wel onderdelen.", "nl");
  EXPECT_EQ(count(hedged, "supplies", Modality::alleged), 1u) << relations(hedged);
  auto recipient = agtest::extract("Duitsland levert geen tanks aan Oekraïne, maar wel aan Polen.", "nl");
  EXPECT_EQ(count(recipient, "supplies", Modality::asserted), 0u) << relations(recipient);
}

// "schenkt 18 F-16's aan Oekraïne en 6 aan Roemenië": the second recipient's verb and subject
// are left out (gapping); each recipient receives what its own part names, a number alone
// counting the first part's items.
TEST(SuppliesNl, GappedCoordinationGivesEachRecipientItsPart) {
  auto x = agtest::extract("Nederland schenkt 18 F-16's aan Oekraïne en 6 aan Roemenië.", "nl");
  const Relation* ua = find(x, "supplies", "state:NL", "state:UA", Modality::asserted);
  const Relation* ro = find(x, "supplies", "state:NL", "state:RO", Modality::asserted);
  ASSERT_NE(ua, nullptr) << relations(x);
  ASSERT_NE(ro, nullptr) << relations(x);
  ASSERT_TRUE(ua->quantity && ro->quantity) << relations(x);
  EXPECT_DOUBLE_EQ(*ua->quantity, 18);
  EXPECT_DOUBLE_EQ(*ro->quantity, 6);
  EXPECT_TRUE(agtest::has_item(*ro, "weapon:f-16")) << relations(x);

  auto items = agtest::extract("Duitsland levert tanks aan Oekraïne en munitie aan Polen.", "nl");
  const Relation* tanks = find(items, "supplies", "state:DE", "state:UA");
  const Relation* ammunition = find(items, "supplies", "state:DE", "state:PL");
  ASSERT_NE(tanks, nullptr) << relations(items);
  ASSERT_NE(ammunition, nullptr) << relations(items);
  EXPECT_EQ(tanks->items, std::vector<std::string>{"tanks"}) << relations(items);
  EXPECT_EQ(ammunition->items, std::vector<std::string>{"ammunition"}) << relations(items);

  auto bare = agtest::extract("Duitsland levert tanks aan Oekraïne en aan Polen.", "nl");
  const Relation* pl = find(bare, "supplies", "state:DE", "state:PL", Modality::asserted);
  ASSERT_NE(pl, nullptr) << relations(bare);
  EXPECT_EQ(pl->items, std::vector<std::string>{"tanks"}) << relations(bare);

  // a part that opens with an actor names its own supplier
  auto own = agtest::extract("Duitsland stuurde tanks naar Oekraïne en Spanje munitie naar Polen.", "nl");
  EXPECT_NE(find(own, "supplies", "state:ES", "state:PL"), nullptr) << relations(own);
  EXPECT_EQ(find(own, "supplies", "state:DE", "state:ES"), nullptr) << relations(own);
  EXPECT_EQ(find(own, "supplies", "state:DE", "state:PL"), nullptr) << relations(own);
}

// A negation in a gapped part negates that part; one in each part negates both.
TEST(SuppliesNl, GappedPartsKeepTheirOwnNegation) {
  auto x = agtest::extract("Nederland levert geen F-16's aan Oekraïne en ook geen tanks aan Polen.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::negated), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:NL", "state:PL", Modality::negated), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

// "…, maar wel tanks aan Polen": a contrast after a negated supply may name its own recipient.
TEST(SuppliesNl, ContrastWithItsOwnRecipient) {
  auto x = agtest::extract("Nederland levert geen F-16's aan Oekraïne, maar wel tanks aan Polen.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::negated), nullptr) << relations(x);
  const Relation* pl = find(x, "supplies", "state:NL", "state:PL", Modality::asserted);
  ASSERT_NE(pl, nullptr) << relations(x);
  EXPECT_EQ(pl->items, std::vector<std::string>{"tanks"}) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// A hedge after the subject of one main clause hedges that clause, not the one coordinated
// with it; an actor with an auxiliary and a verb of its own after a recipient starts a clause.
TEST(SuppliesNl, HedgeInOneCoordinatedClauseHedgesOnlyIt) {
  auto x = agtest::extract(
      "Iran heeft naar verluidt drones aan Rusland geleverd, en Noord-Korea verkocht granaten aan Syrië.",
      "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:SY", Modality::asserted), nullptr) << relations(x);
  auto own = agtest::extract(
      "Duitsland levert tanks aan Oekraïne en Polen heeft ook tanks aan Oekraïne gestuurd.", "nl");
  EXPECT_NE(find(own, "supplies", "state:PL", "state:UA"), nullptr) << relations(own);
  EXPECT_EQ(find(own, "supplies", "state:DE", "state:PL"), nullptr) << relations(own);
}

// "De F-16's die Denemarken heeft geleverd, zijn in Oekraïne aangekomen": the relative clause's
// supply went where its noun arrived.
TEST(SuppliesNl, SuppliedThingArrivesAtTheRecipient) {
  auto x =
      agtest::extract("De eerste F-16's die Denemarken heeft geleverd, zijn in Oekraïne aangekomen.", "nl");
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// "Polen was het eerste land dat tanks … leverde": the relative clause's verb has the actor the
// noun before it is predicated of for its subject.
TEST(SuppliesNl, RelativeClauseOfAPredicateNoun) {
  auto x = agtest::extract("Polen was het eerste land dat tanks aan Oekraïne leverde.", "nl");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// "Nederland heeft Oekraïne de levering van F-16's toegezegd": the dative object before a
// governed supply noun is its recipient.
TEST(SuppliesNl, DativeRecipientOfAGovernedSupplyNoun) {
  auto x = agtest::extract("Nederland heeft Oekraïne de levering van F-16's toegezegd.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::planned), nullptr) << relations(x);
}

// "Polen tekende met Zuid-Korea een contract voor 180 K2-tanks": the K2's origin sells.
TEST(SuppliesNl, ContractSellerIsTheWeaponsOrigin) {
  auto x = agtest::extract("Polen tekende met Zuid-Korea een contract voor 180 K2-tanks.", "nl");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:PL", "state:KR"), nullptr) << relations(x);
}

// A participle that ends the clause right after a list's last actor is the clause's own verb,
// not that actor's: "heeft tanks uit Nederland en Denemarken ontvangen" has two sources.
TEST(SuppliesNl, ClauseFinalVerbAfterAListKeepsTheList) {
  auto x = agtest::extract("Oekraïne heeft tanks uit Nederland en Denemarken ontvangen.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA"), nullptr) << relations(x);
}

// A claim's source after "volgens" ends before the items that follow it without a comma.
TEST(SuppliesNl, ItemsAfterTheClaimsSource) {
  auto x = agtest::extract("Iran heeft volgens inlichtingendiensten raketten naar Rusland verscheept.", "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "missiles")) << relations(x);
}

// "zijn land", "zijn regering" staan voor de staat van wie ervoor genoemd is (resolve/resolver.h).
TEST(SuppliesNl, ZijnLandIsTheStateOfTheOneNamedBefore) {
  auto x = agtest::extract(
      "De Iraanse minister van Buitenlandse Zaken ontkende dat zijn land drones aan Rusland heeft geleverd.",
      "nl");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  auto rutte = agtest::extract("Premier Rutte zei dat zijn regering F-16's aan Oekraïne zal leveren.", "nl");
  EXPECT_NE(find(rutte, "supplies", "state:NL", "state:UA", Modality::planned), nullptr) << relations(rutte);
}

// Een gepresenteerd steunpakket is een toezegging: gepland, nog niet geleverd.
TEST(SuppliesNl, PackageIsAPledge) {
  auto x = agtest::extract("Nederland presenteerde een nieuw steunpakket voor Oekraïne.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// Wie voor een ander koopt, levert hem ("koopt munitie voor Oekraïne").
TEST(SuppliesNl, BuyingForAnotherSuppliesIt) {
  auto x = agtest::extract("Nederland koopt munitie voor Oekraïne.", "nl");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// Wat in ruil gegeven wordt, is betaling, geen levering.
TEST(SuppliesNl, PaymentInExchangeIsNoItem) {
  auto x = agtest::extract("Rusland ontvangt granaten uit Noord-Korea in ruil voor olie.", "nl");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->items, (std::vector<std::string>{"shells"})) << relations(x);
}

// Een leverancier of afnemer die door een koppelwerkwoord aan een actor wordt toegekend.
TEST(SuppliesNl, PredicatedSupplierOrBuyer) {
  for (const char* text : {"Rusland is de grootste wapenleverancier van India.",
                           "India is de grootste afnemer van Russische wapens."}) {
    auto x = agtest::extract(text, "nl");
    EXPECT_NE(find(x, "supplies", "state:RU", "state:IN", Modality::asserted), nullptr) << text << "\n"
                                                                                        << relations(x);
  }
}

// "…, maar Pyongyang ontkent dat": ontkend wordt wat net gemeld is; "ontkent dat het …" is een
// bijzin, geen voornaamwoord.
TEST(SuppliesNl, DenialOfDatDeniesWhatWasReported) {
  auto x = agtest::extract(
      "Noord-Korea zou granaten aan Rusland hebben geleverd, maar Pyongyang ontkent dat.", "nl");
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::denied), nullptr) << relations(x);
}

// Scheidbare werkwoorden met hun partikel los: "zegde … toe" is een toezegging, "gaf … vrij"
// een vrijgave, "gaven groen licht voor" een goedkeuring; alle gepland.
TEST(SuppliesNl, SeparableVerbsWithTheirParticleApart) {
  agtest::expect_supplies_with_modalities(
      {{"Nederland zegde Oekraïne vorig jaar 18 F-16's toe.", Modality::planned},
       {"Nederland gaf de levering van F-16's aan Oekraïne vrij.", Modality::planned},
       {"Nederland stelde een nieuw steunpakket voor Oekraïne voor.", Modality::planned}},
      "nl", "state:NL", "state:UA");
  auto x = agtest::extract("De VS gaven groen licht voor de levering van F-16's aan Oekraïne.", "nl");
  EXPECT_NE(find(x, "supplies", "state:US", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

// Een te-infinitief na "om" heeft geen eigen onderwerp: het onderwerp van de zin ervoor levert,
// of het lijdend voorwerp van een werkwoord van vragen, toestaan of beschuldigen; "om" regeert
// de actor erna niet.
TEST(SuppliesNl, TeInfinitiveTakesItsSubjectFromTheClauseBefore) {
  agtest::expect_supplies_with_modalities(
      {{"Duitsland beloofde om Oekraïne meer tanks te leveren.", Modality::planned},
       {"Polen riep Duitsland op om Leopard-tanks aan Oekraïne te leveren.", Modality::planned}},
      "nl", "state:DE", "state:UA");
  auto allowed = agtest::extract("Duitsland stond Polen toe om Leopard-tanks aan Oekraïne te leveren.", "nl");
  EXPECT_NE(find(allowed, "supplies", "state:PL", "state:UA", Modality::planned), nullptr)
      << relations(allowed);
  EXPECT_EQ(find(allowed, "supplies", "state:DE", "state:UA"), nullptr) << relations(allowed);
  auto accused = agtest::extract("De VS beschuldigen China ervan Rusland drone-onderdelen te leveren.", "nl");
  EXPECT_NE(find(accused, "supplies", "state:CN", "state:RU", Modality::alleged), nullptr)
      << relations(accused);
  EXPECT_FALSE(agtest::involves(accused, "supplies", "state:US")) << relations(accused);
}

// Wie bedankt wordt, levert de bedanker waarvoor hij bedankt; een toezegging is gepland; een
// zittend staatshoofd staat voor zijn staat.
TEST(SuppliesNl, ThankedForWhatItSupplied) {
  agtest::expect_supplies_with_modalities(
      {{"Zelensky bedankte Nederland voor de F-16's.", Modality::asserted},
       {"Zelensky bedankte Nederland voor de toezegging van 24 F-16's.", Modality::planned}},
      "nl", "state:NL", "state:UA");
  auto support = agtest::extract("Oekraïne bedankt Nederland voor de steun.", "nl");
  EXPECT_EQ(count(support, "supplies"), 0u) << relations(support);
  auto leader = agtest::extract("Iran levert wapens aan Poetin.", "nl");
  ASSERT_NE(find(leader, "supplies", "state:IR", "state:RU"), nullptr) << relations(leader);
  EXPECT_TRUE(std::any_of(leader.entities.begin(), leader.entities.end(),
                          [](const EntityRecord& e) { return e.id == "state:RU"; }));
}

// "krijgt drones uit Iran en munitie uit Noord-Korea": elke bron levert wat haar eigen deel noemt.
TEST(SuppliesNl, GappedSourcesOfAVerbOfReceiving) {
  auto x = agtest::extract("Rusland krijgt drones uit Iran en munitie uit Noord-Korea.", "nl");
  const Relation* dprk = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(dprk, nullptr) << relations(x);
  EXPECT_EQ(dprk->items, (std::vector<std::string>{"ammunition"})) << relations(x);
}

// Een beperkende bijzin zonder komma ("een Nederlands bedrijf dat onderdelen … exporteerde"): het
// onderwerp is de actor vlak voor het betrekkelijk voornaamwoord; een algemene groep is de staat.
TEST(SuppliesNl, RestrictiveRelativeClauseWithoutComma) {
  agtest::expect_supplies_with_modalities(
      {{"Het OM vervolgt een Nederlands bedrijf dat onderdelen naar Rusland exporteerde.",
        Modality::asserted},
       {"Het is Nederland dat onderdelen aan Rusland levert.", Modality::asserted}},
      "nl", "state:NL", "state:RU");
}

// "instemmen met de verkoop" approves a sale (planned); a comma before "en" joins clauses.
TEST(SuppliesNl, ConsentToASaleIsPlanned) {
  auto x = agtest::extract(
      "Egypte kocht tanks van Frankrijk, en Parijs stemde in met de verkoop van 42 Rafales aan Indonesië.",
      "nl");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:EG", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(x);
  auto done = agtest::extract("Den Haag heeft ingestemd met de levering van jets aan Oekraïne.", "nl");
  EXPECT_NE(find(done, "supplies", "state:NL", "state:UA", Modality::planned), nullptr) << relations(done);
}

// "De tanks komen van Hyundai Rotem, de houwitsers worden geleverd door Hanwha Aerospace": each
// firm supplies the buyer of the earlier sentence's supply what its own noun phrase names.
TEST(SuppliesNl, FirmsSupplyWhatTheirNounPhraseNamesToAnEarlierBuyer) {
  auto x = agtest::extract(
      "Polen koopt wapens van Zuid-Korea. De tanks komen van Hyundai Rotem, de houwitsers worden geleverd "
      "door "
      "Hanwha Aerospace.",
      "nl");
  const Relation* rotem = find(x, "supplies", "firm:hyundai-rotem", "state:PL");
  const Relation* hanwha = find(x, "supplies", "firm:hanwha-aerospace", "state:PL");
  ASSERT_NE(rotem, nullptr) << relations(x);
  ASSERT_NE(hanwha, nullptr) << relations(x);
  EXPECT_EQ(rotem->items, (std::vector<std::string>{"tanks"})) << relations(x);
  EXPECT_EQ(hanwha->items, (std::vector<std::string>{"howitzers"})) << relations(x);
}

// "het land" and "de regering" stand for the one state in focus (not one named by an adjective:
// "het Turkse Baykar"); "aan te schaffen in de Verenigde Staten" names the seller.
TEST(SuppliesNl, TheCountryAndTheGovernmentBuyInAState) {
  auto x = agtest::extract(
      "Ook bij andere partners gaat Polen winkelen. Vorig jaar kocht het land 24 Bayraktars van het Turkse "
      "Baykar, en de regering overweegt HIMARS-raketwerpers aan te schaffen in de Verenigde Staten.",
      "nl");
  EXPECT_NE(find(x, "supplies", "firm:baykar", "state:PL", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:US", "state:PL", Modality::planned), nullptr) << relations(x);
}

// A passive without an agent: the origin in its subject supplies.
TEST(SuppliesNl, OriginOfAPassiveWithoutAgentSupplies) {
  auto x = agtest::extract("Drones uit Iran werden aan Rusland geleverd.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
}

// A supply noun that is the subject of its clause takes its modality from its own verb ("De
// levering … is uitgesteld", "vertraagt"), not from "gaan" without an infinitive ("gaat door");
// a state adjective on what it supplies names the supplier ("de levering van Duitse tanks").
TEST(SuppliesNl, SupplyNounTakesItsPredicateAndItsItemsOrigin) {
  auto x = agtest::extract("De levering van Duitse tanks aan Oekraïne is uitgesteld.", "nl");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto on = agtest::extract("De levering van Iraanse drones aan Rusland gaat door.", "nl");
  EXPECT_NE(find(on, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(on);
  EXPECT_EQ(find(on, "supplies", "state:IR", "state:RU", Modality::planned), nullptr) << relations(on);
}

// "huren" and "leasen" name the lessee's supply ("huurde … van"); a hyphened compound adjective
// is one word before the noun that a preposition governs ("van het Duits-Franse concern KNDS").
TEST(SuppliesNl, LeaseAndAHyphenedAdjectiveBeforeTheSeller) {
  auto x = agtest::extract("In 2016 huurde het Nederlandse leger 18 Leopard-tanks van Duitsland.", "nl");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:NL", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract("Nederland koopt 46 tanks van het Duits-Franse concern KNDS.", "nl");
  EXPECT_NE(find(y, "supplies", "firm:knds", "state:NL"), nullptr) << relations(y);
}

// "volgens westerse inlichtingendiensten" hedges; "de 24 beloofde F-16's" is no plan.
TEST(SuppliesNl, IntelligenceHedgesAndAnAttributivePlanIsNone) {
  auto x = agtest::extract(
      "Iran heeft volgens westerse inlichtingendiensten voor het eerst raketten aan Rusland geleverd.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract("Nederland heeft de laatste van de 24 beloofde F-16's aan Oekraïne overgedragen.",
                           "nl");
  EXPECT_NE(find(y, "supplies", "state:NL", "state:UA", Modality::asserted), nullptr) << relations(y);
  EXPECT_EQ(find(y, "supplies", "state:NL", "state:UA", Modality::planned), nullptr) << relations(y);
}

// A relative clause between the subject and its verb ("Duitsland, dat zelf tanks van Polen koopt,
// levert Oekraïne munitie"); "dat" after a preposition is a demonstrative, no clause's start ("in
// de zomer van dat jaar aan Ankara leverde").
TEST(SuppliesNl, RelativeClauseBetweenSubjectAndVerb) {
  auto x = agtest::extract("Duitsland, dat zelf tanks van Polen koopt, levert Oekraïne munitie.", "nl");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:PL", "state:DE", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract(
      "Aanleiding was de aankoop van het Russische systeem S-400, dat Moskou in de zomer van dat jaar aan "
      "Ankara "
      "leverde.",
      "nl");
  EXPECT_NE(find(y, "supplies", "state:RU", "state:TR", Modality::asserted), nullptr) << relations(y);
}

// "ontving Polen de eerste K2's, die Seoel … leverde": Seoul supplied Poland.
TEST(SuppliesNl, RelativeClauseSuppliesWhatTheSubjectReceived) {
  auto x =
      agtest::extract("In december ontving Polen de eerste K2's, die Seoel in recordtijd leverde.", "nl");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::asserted), nullptr) << relations(x);
}

// "betrekken uit" is a verb of buying ("betrekt zijn wapens uit Israël en Turkije"), not
// "betrekken bij"; two state adjectives joined both name an origin ("Amerikaanse en Franse wapens").
TEST(SuppliesNl, BetrekkenUitAndTwoOrigins) {
  auto x = agtest::extract("Azerbeidzjan betrekt zijn wapens vooral uit Israël en Turkije.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IL", "state:AZ"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:TR", "state:AZ"), nullptr) << relations(x);
  auto bij = agtest::extract("Nederland betrekt Duitsland bij de plannen.", "nl");
  EXPECT_EQ(agtest::count(bij, "supplies"), 0u) << relations(bij);
  auto two = agtest::extract("Egypte kocht jarenlang vooral Amerikaanse en Franse wapens.", "nl");
  EXPECT_NE(find(two, "supplies", "state:US", "state:EG"), nullptr) << relations(two);
  EXPECT_NE(find(two, "supplies", "state:FR", "state:EG"), nullptr) << relations(two);
}

// "onderhandelt Caïro met Peking over de aankoop van Chinese J-10C-toestellen": a negotiation
// about a purchase is a supply still to come, from the partner.
TEST(SuppliesNl, NegotiationAboutAPurchaseIsPlanned) {
  auto x = agtest::extract(
      "Volgens Egyptische media onderhandelt Caïro met Peking over de aankoop van Chinese "
      "J-10C-gevechtsvliegtuigen.",
      "nl");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:EG", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:EG", "state:CN"), nullptr) << relations(x);
}

// "samen met Zweden, Finland en Litouwen": each of a comitative's list is a co-actor.
TEST(SuppliesNl, ComitativeList) {
  agtest::expect_supplies_to_each(
      "Nederland koopt samen met Zweden, Finland en Litouwen nieuwe CV90-voertuigen bij BAE Systems "
      "Hägglunds.",
      "nl", "firm:bae-systems-haegglunds", {"state:NL", "state:SE", "state:FI", "state:LT"});
}

// "via Korea Aerospace Industries (KAI)": the short name in brackets restates the name; it is
// no recipient of its own.
TEST(SuppliesNl, BracketedShortNameIsNoSecondParty) {
  auto x =
      agtest::extract("Zuid-Korea levert via Korea Aerospace Industries (KAI) 48 gevechtsvliegtuigen.", "nl");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
  agtest::expect_supplies_to_each("Korea Aerospace Industries (KAI) levert 48 gevechtsvliegtuigen aan Polen.",
                                  "nl", "firm:kai", {"state:PL"});
}

// "onder meer", "zoals" open a list of the group's members; "de junta in Mali" is Mali.
TEST(SuppliesNl, MembersListedAndJunta) {
  agtest::expect_supplies_to_each("Nederland levert wapens aan diverse landen, onder meer Egypte en Qatar.",
                                  "nl", "state:NL", {"state:EG", "state:QA"});
  agtest::expect_supplies_to_each(
      "Volgens de Verenigde Naties leverde Moskou de junta in Mali gevechtshelikopters.", "nl", "state:RU",
      {"state:ML"});
}

// A firm found by its legal form is named again by its first word when that is no Dutch word
// ("Maasveld ontkent …"); not when two of the document's firms begin with it.
TEST(SuppliesNl, FirmNamedAgainByItsFirstWord) {
  auto x = agtest::extract(
      "De FIOD heeft een inval gedaan bij Maasveld Precision BV in Veldhoven. Maasveld ontkent via zijn "
      "advocaat "
      "machines aan Rusland te hebben geleverd.",
      "nl");
  EXPECT_NE(find(x, "supplies", "firm:~maasveld-precision-bv", "state:RU", Modality::denied), nullptr)
      << relations(x);
  auto y = agtest::extract(
      "Maasveld Precision BV en Maasveld Optics BV werken samen. Maasveld leverde machines aan Rusland.",
      "nl");
  EXPECT_EQ(find(y, "supplies", "firm:~maasveld-precision-bv", "state:RU"), nullptr) << relations(y);
  EXPECT_EQ(find(y, "supplies", "firm:~maasveld-optics-bv", "state:RU"), nullptr) << relations(y);
}

// "Het is onduidelijk of …": an indirect question leaves the supply unconfirmed; "of" between
// two actors is a choice (alleged), and "maar wel onderdelen" still shares its clause's hedge.
TEST(SuppliesNl, IndirectQuestionAndOr) {
  auto x = agtest::extract("Het is onduidelijk of Iran de drones aan Rusland heeft geleverd.", "nl");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract("Iran of Noord-Korea heeft de granaten aan Rusland geleverd.", "nl");
  EXPECT_EQ(count(y, "supplies", Modality::asserted), 0u) << relations(y);
  EXPECT_NE(find(y, "supplies", "state:KP", "state:RU", Modality::alleged), nullptr) << relations(y);
}

// "Het heeft munitie … geleverd": a pronoun that opens a clause of supplying stands for the
// subject of the sentence before; "het" after the verb is an article ("voorziet het Verenigd
// Koninkrijk van …").
TEST(SuppliesNl, PronounSubjectIsTheSubjectBefore) {
  auto x =
      agtest::extract("Rheinmetall bouwt een nieuwe fabriek. Het heeft munitie aan Oekraïne geleverd.", "nl");
  EXPECT_NE(find(x, "supplies", "firm:rheinmetall", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto article = agtest::extract(
      "China bouwt een nieuwe fabriek. Duitsland voorziet het Verenigd Koninkrijk al jaren van helikopters.",
      "nl");
  EXPECT_NE(find(article, "supplies", "state:DE", "state:GB"), nullptr) << relations(article);
  EXPECT_EQ(find(article, "supplies", "state:DE", "state:CN"), nullptr) << relations(article);
}

// "biedt … aan", "aangeboden": an offer of arms is a supply still to come; of nothing supplied,
// none ("bood zijn excuses aan").
TEST(SuppliesNl, OfferOfArmsIsPlanned) {
  auto x = agtest::extract("Duitsland heeft Oekraïne tanks aangeboden.", "nl");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  auto sorry = agtest::extract("Nederland bood Oekraïne zijn excuses aan.", "nl");
  EXPECT_EQ(count(sorry, "supplies"), 0u) << relations(sorry);
}

// "kreeg van Defensie een order": the Dutch ministry orders as its state.
TEST(SuppliesNl, DefensieOrdersAsTheNetherlands) {
  auto x = agtest::extract(
      "Saab kreeg van Defensie bovendien een order voor honderden Carl-Gustaf-antitankwapens.", "nl");
  EXPECT_NE(find(x, "supplies", "firm:saab", "state:NL", Modality::planned), nullptr) << relations(x);
}

// "de F-16's die Nederland heeft geleverd": a Dutch relative clause without a comma after what is
// supplied is a clause of its own, whose subject supplies; the main clause's subject, who uses
// what it supplied, is no supplier of it (it was read as Ukraine supplying the Netherlands).
TEST(SuppliesNl, RestrictiveRelativeSuppliesWhoUsesIt) {
  auto x = agtest::extract("Oekraïne gebruikt de F-16's die Nederland heeft geleverd.", "nl");
  const auto* r = find(x, "supplies", "state:NL", "state:UA", Modality::asserted);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:f-16")) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:UA", "state:NL"), nullptr) << relations(x);
  auto destroyed = agtest::extract("Rusland vernietigde de tanks die Duitsland had geleverd.", "nl");
  EXPECT_EQ(find(destroyed, "supplies", "state:RU", "state:DE"), nullptr) << relations(destroyed);
  EXPECT_EQ(find(destroyed, "supplies", "state:DE", "state:RU"), nullptr) << relations(destroyed);
  // (what the relative clause names stays its own: "De tanks die de VS … aan Oekraïne leveren")
  auto named =
      agtest::extract("De tanks die de VS sinds juni 2022 aan Oekraïne leveren, zijn verouderd.", "nl");
  const auto* t = find(named, "supplies", "state:US", "state:UA", Modality::asserted);
  ASSERT_NE(t, nullptr) << relations(named);
  EXPECT_TRUE(agtest::has_item(*t, "tanks")) << relations(named);
}

// A state's adjective before a branch of its forces of several words is the state ("de
// Haïtiaanse nationale politie").
TEST(SuppliesNl, NationalPoliceOfAStateIsTheState) {
  auto x = agtest::extract("Canada leverde pantservoertuigen aan de Haïtiaanse nationale politie.", "nl");
  EXPECT_NE(find(x, "supplies", "state:CA", "state:HT", Modality::asserted), nullptr) << relations(x);
}

// A cancelled order is a negated supply from the firm the order was placed with ("bij het
// Israëlische Rafael"); "overnemen" takes over only what is supplied ("neemt het over" takes
// over no mercenaries named before a comma).
TEST(SuppliesNl, CancelledOrderAndTakingOver) {
  auto x = agtest::extract(
      "Spanje annuleerde vorig jaar een order van 168 Spike-lanceerinrichtingen bij het "
      "Israëlische Rafael.",
      "nl");
  EXPECT_NE(find(x, "supplies", "firm:rafael", "state:ES", Modality::negated), nullptr) << relations(x);
  auto over = agtest::extract("Polen nam dertig MiG-29's over van Duitsland.", "nl");
  EXPECT_NE(find(over, "supplies", "state:DE", "state:PL", Modality::asserted), nullptr) << relations(over);
  auto role = agtest::extract("Russische huurlingen vertrekken uit Mali, Africa Corps neemt het over.", "nl");
  EXPECT_EQ(count(role, "supplies"), 0u) << relations(role);
}

// "«…», zegt analist X van het onderzoeksbureau Y": the clause after the comma that names the
// speaker is a clause of its own, whose actors are no parties to the quote's supply.
TEST(SuppliesNl, SpeakersClauseAfterAQuote) {
  auto x = agtest::extract(
      "\"Zuid-Korea levert snel en stelt weinig politieke voorwaarden\", zegt analist Mirjam Oudendijk van "
      "het "
      "Haagse onderzoeksbureau Oosterkamp Security Studies.",
      "nl");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

// A supplier saying it has not yet supplied denies nothing ("nog geen", "not yet": lexicon
// pending_negations): negated; saying it did not is a denial.
TEST(SuppliesNl, NotYetIsNoDenial) {
  auto x = agtest::extract(
      "Defensieminister Theo Francken bevestigde dat België dit jaar nog geen F-16's aan Oekraïne "
      "overdraagt.",
      "nl");
  EXPECT_NE(find(x, "supplies", "state:BE", "state:UA", Modality::negated), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:BE", "state:UA", Modality::denied), nullptr) << relations(x);
  auto en = agtest::extract("Iran said it had not yet sent drones to Russia.", "en");
  EXPECT_NE(find(en, "supplies", "state:IR", "state:RU", Modality::negated), nullptr) << relations(en);
  auto denial = agtest::extract("Iran said it had not sent drones to Russia.", "en");
  EXPECT_NE(find(denial, "supplies", "state:IR", "state:RU", Modality::denied), nullptr) << relations(denial);
}

// "Het bedrijf" stands for the firm named last, again by name too, and outside a
// prepositional phrase before one inside ("samen met het Nederlandse …").
TEST(SuppliesNl, TheFirmIsTheOneNamedLastAsASubject) {
  auto x = agtest::extract(
      "Het Oekraïense bedrijf Velytech gaat samen met het Nederlandse Polder Drone Works BV in "
      "Breda drones bouwen. De productie begint in het voorjaar. De eerste toestellen gaan naar het front. "
      "\"Wij bouwen voor het front,\" zei Taras Hrytsenko, de topman van Velytech. Het bedrijf "
      "leverde al duizenden drones aan Oekraïne.",
      "nl");
  EXPECT_NE(find(x, "supplies", "firm:~velytech", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "firm:~polder-drone-works-bv", "state:UA", Modality::asserted), nullptr)
      << relations(x);
}

// The verb right after the subject governs a supply noun across an adverbial between them
// ("Londen blokkeert sinds 1982 de export van wapens naar Argentinië" gave nothing), and "aan
// banden leggen" restricts.
TEST(SuppliesNl, BlockedExportAcrossAnAdverbial) {
  auto x = agtest::extract(
      "Londen blokkeert sinds de Falklandoorlog van 1982 de export van wapens naar Argentinië.", "nl");
  EXPECT_NE(find(x, "supplies", "state:GB", "state:AR", Modality::negated), nullptr) << relations(x);
  auto y = agtest::extract(
      "Het bedrijf koopt elders, nu Peking de uitvoer van dronemotoren naar Oekraïne aan banden heeft "
      "gelegd.",
      "nl");
  EXPECT_NE(find(y, "supplies", "state:CN", "state:UA", Modality::negated), nullptr) << relations(y);
}

// A person who acts through a firm of theirs ("via zijn bedrijf …") stands for the firm as a
// party: a person supplies nothing in the ontology, so the supply was lost.
TEST(SuppliesNl, PersonActingThroughTheirFirm) {
  auto x = agtest::extract(
      "De rechtbank achtte bewezen dat Hendrik van der L. via zijn bedrijf Maasdijk Aero Supplies BV ruim "
      "300 onderdelen aan de Iraanse luchtmacht heeft geleverd.",
      "nl");
  EXPECT_NE(find(x, "supplies", "firm:~maasdijk-aero-supplies-bv", "state:IR", Modality::asserted), nullptr)
      << relations(x);
}

// "hetzelfde", "dezelfde" are determiners: "hetzelfde ontwerp" is a noun, not the verb
// "ontwerpen" (France was made a producer of the Orka).
TEST(SuppliesNl, NounAfterHetzelfdeIsNoVerb) {
  auto x = agtest::extract(
      "De Orka is afgeleid van de Barracuda, hetzelfde ontwerp waarop de onderzeeboten waren gebaseerd die "
      "Frankrijk aan Australië zou leveren.",
      "nl");
  EXPECT_EQ(count(x, "produces"), 0u) << relations(x);
}
