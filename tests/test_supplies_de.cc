// "Who supplies whom" from German sentences: one test per construction of the rules in
// lib/relate/relations.h, each with the exact parties, type and modality of the relation.
#include "relation_helper.h"
#include "test_helper.h"

using namespace actorgraph;
using agtest::count;
using agtest::find;
using agtest::relations;

TEST(SuppliesDe, ActiveVerbWithRecipientPhrase) {
  auto x = agtest::extract("Iran liefert Drohnen an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesDe, PerfectPassiveWithAgentAndRecipient) {
  auto x = agtest::extract("Die Granaten sind von Nordkorea an Russland geliefert worden.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesDe, VerbSecondWithDoubleObject) {
  auto x = agtest::extract("Seit 2022 liefert Nordkorea Russland Granaten.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:KP"), nullptr) << relations(x);
}

// "bereitstellen" and "zur Verfügung stellen" in the present announce a pledge (planned); in
// the past they report the supply.
TEST(SuppliesDe, SeparableVerbBereitstellen) {
  auto x = agtest::extract("Deutschland stellt der Ukraine weitere Flugabwehrsysteme bereit.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
  auto past = agtest::extract("Deutschland stellte der Ukraine weitere Flugabwehrsysteme bereit.", "de");
  const Relation* p = find(past, "supplies", "state:DE", "state:UA");
  ASSERT_NE(p, nullptr) << relations(past);
  EXPECT_EQ(p->evidence.modality, Modality::asserted);
}

TEST(SuppliesDe, SeparableVerbZurVerfuegungStellen) {
  auto x = agtest::extract("Deutschland stellt der Ukraine Munition zur Verfügung.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
  auto past = agtest::extract("Deutschland stellte der Ukraine Munition zur Verfügung.", "de");
  const Relation* p = find(past, "supplies", "state:DE", "state:UA");
  ASSERT_NE(p, nullptr) << relations(past);
  EXPECT_EQ(p->evidence.modality, Modality::asserted);
}

TEST(SuppliesDe, Nominalisation) {
  auto x = agtest::extract("Die Lieferung von Granaten aus Nordkorea an Russland hat sich verdoppelt.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

TEST(SuppliesDe, ReceiveVerbTurnsRound) {
  auto x = agtest::extract("Russland bezieht Granaten aus Nordkorea.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:KP"), nullptr) << relations(x);
}

TEST(SuppliesDe, PurchaseVerbTurnsRound) {
  auto x = agtest::extract("Russland kauft Drohnen aus dem Iran.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_EQ(r->mode, "sale");
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

TEST(SuppliesDe, CoordinatedSuppliers) {
  auto x = agtest::extract("Iran und Nordkorea liefern Waffen an Russland.", "de");
  const Relation* ir = find(x, "supplies", "state:IR", "state:RU");
  const Relation* kp = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(ir, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_NE(kp, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(ir->evidence.modality, Modality::asserted);
  EXPECT_EQ(kp->evidence.modality, Modality::asserted);
  EXPECT_EQ(count(x, "supplies"), 2u) << relations(x);
}

TEST(SuppliesDe, AllegedWithSoll) {
  auto x = agtest::extract("Nordkorea soll Raketen an Russland geliefert haben.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

TEST(SuppliesDe, AllegedWithAngeblich) {
  auto x = agtest::extract("Angeblich liefert China Drohnenmotoren an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:CN", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::alleged);
}

TEST(SuppliesDe, PlannedWithWill) {
  auto x = agtest::extract("Deutschland will weitere Kampfpanzer an die Ukraine liefern.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

// "werden" with a participle is the passive of the present, not the future: only before an
// infinitive, or with "werden" after the participle, does it mark a plan.
TEST(SuppliesDe, WerdenWithAParticipleIsThePassiveNotAPlan) {
  agtest::expect_supplies_with_modalities(
      {
          {"Die Panzer werden von Deutschland an Polen geliefert.", Modality::asserted},
          {"Polen wird von Deutschland mit Panzern versorgt.", Modality::asserted},
          {"Die Panzer werden von Deutschland an Polen geliefert werden.", Modality::planned},
          {"Deutschland wird Panzer an Polen liefern.", Modality::planned},
      },
      "de", "state:DE", "state:PL");
}

TEST(SuppliesDe, PlannedWithPlant) {
  auto x = agtest::extract("Deutschland plant, Flugabwehrsysteme an die Ukraine zu liefern.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesDe, PlannedWithHatZugesagt) {
  auto x = agtest::extract("Deutschland hat zugesagt, Munition an die Ukraine zu liefern.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::planned);
}

TEST(SuppliesDe, DeniedWithBestreitet) {
  auto x = agtest::extract("Iran bestreitet, Drohnen an Russland geliefert zu haben.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesDe, DeniedWithDementiert) {
  auto x = agtest::extract("Nordkorea dementiert, dass es Granaten an Russland liefert.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesDe, NegatedWithKeine) {
  auto x = agtest::extract("Deutschland liefert keine Marschflugkörper an die Ukraine.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesDe, NegatedWithNiemals) {
  auto x = agtest::extract("Nordkorea hat niemals Granaten an Russland geliefert.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesDe, NegationOutranksPlan) {
  auto x = agtest::extract("Deutschland wird keine Marschflugkörper an die Ukraine liefern.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
  EXPECT_EQ(count(x, "supplies", Modality::asserted), 0u) << relations(x);
}

TEST(SuppliesDe, AttributionWithLaut) {
  auto x = agtest::extract("Laut Tagesschau liefert Nordkorea Granaten an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:tagesschau");
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:tagesschau")) << relations(x);
}

TEST(SuppliesDe, DateInTheSentence) {
  auto x = agtest::extract("Im April 2022 lieferte Deutschland Flugabwehrpanzer an die Ukraine.", "de",
                           "2023-01-10");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2022-04");
}

TEST(SuppliesDe, DocumentDateWithoutDateInTheSentence) {
  auto x = agtest::extract("Iran liefert Drohnen an Russland.", "de", "2024-06");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.date, "2024-06");
}

TEST(SuppliesDe, NamedWeaponIsAnItem) {
  auto x = agtest::extract("Deutschland liefert das Flugabwehrsystem IRIS-T an die Ukraine.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_TRUE(agtest::has_item(*r, "weapon:iris-t")) << relations(x);
}

TEST(SuppliesDe, QuantityWithThousandsDot) {
  auto x = agtest::extract("Nordkorea lieferte 240.000 Artilleriegranaten an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  ASSERT_TRUE(r->quantity.has_value()) << relations(x);
  EXPECT_DOUBLE_EQ(*r->quantity, 240000);
  EXPECT_TRUE(agtest::has_item(*r, "artillery shells")) << relations(x);
}

TEST(SuppliesDe, NoRecipientNoRelation) {
  auto x = agtest::extract("Nordkorea liefert weiterhin Granaten.", "de");
  EXPECT_EQ(agtest::entity_at(x, "Nordkorea"), "state:KP") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesDe, ConditionalNoRelation) {
  auto x = agtest::extract(
      "Wenn Deutschland Marschflugkörper an die Ukraine liefert, droht Russland mit Vergeltung.", "de");
  EXPECT_EQ(agtest::entity_at(x, "Ukraine"), "state:UA") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesDe, SourceAfterLautIsNoRecipient) {
  auto x = agtest::extract("Nordkorea liefert laut Kiew weiterhin Granaten.", "de");
  EXPECT_EQ(agtest::entity_at(x, "Kiew"), "state:UA") << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

TEST(SuppliesDe, FirmProducesWeapon) {
  auto x = agtest::extract("Diehl Defence produziert das Flugabwehrsystem IRIS-T.", "de");
  const Relation* r = find(x, "produces", "firm:diehl-defence", "weapon:iris-t");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
}

TEST(SuppliesDe, FirmWithApposition) {
  auto x =
      agtest::extract("Rheinmetall, ein deutscher Rüstungskonzern, liefert Munition an die Ukraine.", "de");
  const Relation* r = find(x, "supplies", "firm:rheinmetall", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:DE")) << relations(x);
}

TEST(SuppliesDe, NegationAfterTheObject) {
  auto x = agtest::extract("Deutschland liefert die Marschflugkörper nicht an die Ukraine.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
}

TEST(SuppliesDe, RefusalWithASplitCue) {
  auto x = agtest::extract("Deutschland lehnt es ab, Marschflugkörper an die Ukraine zu liefern.", "de");
  const Relation* r = find(x, "supplies", "state:DE", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::negated);
}

TEST(SuppliesDe, DenialWithASplitCue) {
  auto x = agtest::extract("Der Iran weist Berichte zurück, wonach er Drohnen an Russland liefert.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
}

TEST(SuppliesDe, PreteritePassiveIsAsserted) {
  auto x = agtest::extract("Die Granaten wurden von Nordkorea an Russland geliefert.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
}

TEST(SuppliesDe, OutletAfterLautIsTheSource) {
  auto x = agtest::extract("Laut Spiegel liefert Nordkorea Granaten an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.source, "org:der-spiegel");
}

TEST(SuppliesDe, ModelNumberIsNoQuantity) {
  auto x = agtest::extract("Iran liefert Shahed-136-Drohnen an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_FALSE(r->quantity.has_value()) << relations(x);
}

// A comma after the verb ends its clause: the speaker of ", sagte Xi Jinping" is no subject
// (nor, as a head of state, his state).
TEST(SuppliesDe, SpeakerAfterTheCommaIsNoSubject) {
  auto x = agtest::extract("PGZ hat Militärgerät an Belarus geliefert, sagte Xi Jinping.", "de");
  const Relation* r = find(x, "supplies", "firm:pgz", "state:BY");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// The participle at the clause's end governs the supply noun: "hat die Lieferung … gestoppt"
// (negated), "… genehmigt" (planned); its subject is the supplier.
TEST(SuppliesDe, SupplyNounGovernedByTheFinalParticiple) {
  agtest::expect_supplies_with_modalities(
      {
          {"Israel hat die Lieferung von ballistischen Raketen an Bangladesch gestoppt.", Modality::negated},
          {"Israel hat die Lieferung von ballistischen Raketen an Bangladesch genehmigt.", Modality::planned},
      },
      "de", "state:IL", "state:BD");
  auto critic = agtest::extract("Russland kritisierte die Lieferung von Panzern an die Ukraine.", "de");
  EXPECT_EQ(count(critic, "supplies"), 0u) << relations(critic);
}

// The verb of arrival ends a German clause, the place stands before it.
TEST(SuppliesDe, LieferungEingetroffenInAState) {
  auto x = agtest::extract("Eine Lieferung Drohnen aus dem Iran ist in Russland eingetroffen.", "de");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
}

// "Teheran und Moskau bestreiten den Waffenhandel": the parties deny the supplies between
// them that the document reports.
TEST(SuppliesDe, PartiesDenyAReportedSupply) {
  auto x = agtest::extract(
      "Iran hat Russland Drohnen geliefert. Teheran und Moskau bestreiten den Waffenhandel.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU", Modality::denied);
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.sentence, 1u);
  EXPECT_EQ(find(x, "supplies", "state:RU", "state:IR"), nullptr) << relations(x);
}

// "Polens Kauf von K2-Panzern aus Südkorea": the buyer receives from the seller.
TEST(SuppliesDe, PurchaseNounBuyerAndSeller) {
  auto x = agtest::extract("Polens Kauf von K2-Panzern aus Südkorea ist abgeschlossen.", "de");
  const Relation* r = find(x, "supplies", "state:KR", "state:PL");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}

// An order (Auftrag, Bestellung and their compounds) is a planned supply by the firm that
// gets it to the one that gives it; "bei" names the vendor of a purchase.
TEST(SuppliesDe, OrdersArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland hat einen Großauftrag für 18 Fahrzeuge an Rheinmetall erteilt.", Modality::planned},
       {"Rheinmetall erhielt von Deutschland einen Auftrag über 18 Fahrzeuge.", Modality::planned},
       {"Rheinmetall hat von Deutschland einen Großauftrag erhalten.", Modality::planned},
       {"Deutschland kauft bei Rheinmetall 18 Panzer.", Modality::asserted}},
      "de", "firm:rheinmetall", "state:DE");
  auto x = agtest::extract("Rheinmetall hat von Deutschland einen Großauftrag erhalten.", "de");
  EXPECT_EQ(find(x, "supplies", "state:DE", "firm:rheinmetall"), nullptr) << relations(x);
}

// "einen Vertrag über die Lieferung": the contract plans the supply; coordinated parties plan
// the supplies between them the document reports.
TEST(SuppliesDe, ContractOnTheDeliveryIsPlanned) {
  auto x = agtest::extract(
      "Russland lieferte S-400 an Indien. Russland und Indien unterzeichneten einen Vertrag über die "
      "Lieferung "
      "weiterer Systeme.",
      "de");
  const Relation* p = find(x, "supplies", "state:RU", "state:IN", Modality::planned);
  ASSERT_NE(p, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(p->evidence.sentence, 1u);
  EXPECT_EQ(find(x, "supplies", "state:IN", "state:RU"), nullptr) << relations(x);
}

// "plant die Lieferung seines Systems Skyranger": the firm's own system is its make, a fact
// whatever the clause plans; "Er wird von KNDS hergestellt" stands for the weapon before.
TEST(SuppliesDe, AFirmsOwnWeaponIsItsMake) {
  auto x = agtest::extract(
      "Rheinmetall, der deutsche Rüstungskonzern, plant die Lieferung seines neuen Luftverteidigungssystems "
      "Skyranger an die Ukraine.",
      "de");
  const Relation* r = find(x, "produces", "firm:rheinmetall", "weapon:skyranger");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::asserted);
  auto y = agtest::extract("Der Leopard 2 ist ein Kampfpanzer. Er wird von KNDS hergestellt.", "de");
  EXPECT_NE(find(y, "produces", "firm:knds", "weapon:leopard-2"), nullptr)
      << relations(y) << agtest::describe(y);
}

// In an active clause an agent after the verb belongs to a participle: "Die Ukraine setzt von
// Polen gelieferte T-72-Panzer ein" — Ukraine uses them, Poland supplied them.
TEST(SuppliesDe, ActiveUseKeepsItsSubject) {
  auto x = agtest::extract("Die Ukraine setzt von Polen gelieferte T-72-Panzer ein.", "de");
  EXPECT_NE(find(x, "uses", "state:UA", "weapon:t-72"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(find(x, "uses", "state:PL", "weapon:t-72"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x);
}

// "Im Januar hat Rumänien …": no prepositional phrase runs across a finite auxiliary, so the
// subject after it is no object of "im".
TEST(SuppliesDe, TimePhraseBeforeAnAuxiliaryGovernsNoActor) {
  auto x = agtest::extract("Im Januar hat Rumänien Hubschrauber an Deutschland geliefert.", "de");
  EXPECT_NE(find(x, "supplies", "state:RO", "state:DE"), nullptr) << relations(x) << agtest::describe(x);
}

// "soll" alone is hearsay (alleged); with a time to come it is a plan ("soll noch in diesem
// Jahr … liefern"), as is any clause naming one.
TEST(SuppliesDe, SollWithATimeToComeIsAPlan) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland soll noch in diesem Jahr Panzer an die Ukraine liefern.", Modality::planned},
       {"Deutschland soll Panzer an die Ukraine liefern.", Modality::alleged},
       {"Deutschland liefert im nächsten Jahr Panzer an die Ukraine.", Modality::planned}},
      "de", "state:DE", "state:UA");
}

// "an Polen und die Slowakei": a coordinated recipient shares the preposition.
TEST(SuppliesDe, CoordinatedRecipients) {
  auto x = agtest::extract("Deutschland liefert Panzer an Polen und die Slowakei.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:PL"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:SK"), nullptr) << relations(x);
}

// "zugesagt", "versprochen": pledged supplies, planned; "die Bundesregierung" is Germany.
TEST(SuppliesDe, PledgesArePlannedSupplies) {
  agtest::expect_supplies_with_modalities(
      {{"Die Bundesregierung hat der Ukraine weitere Patriot-Systeme zugesagt.", Modality::planned},
       {"Deutschland hat der Ukraine Panzer versprochen.", Modality::planned}},
      "de", "state:DE", "state:UA");
}

// "als" compares or names a capacity ("mehr als 100", "als erstes Land"); "während" before an
// article is a preposition: none of them opens a clause.
TEST(SuppliesDe, AlsAndWaehrendAsPrepositionsOpenNoClause) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland hat mehr als 100 Panzer an die Ukraine geliefert.", Modality::asserted},
       {"Deutschland hat als erstes Land Panzer an die Ukraine geliefert.", Modality::asserted},
       {"Deutschland hat während des Winters Panzer an die Ukraine geliefert.", Modality::asserted},
       {"Als Russland angriff, lieferte Deutschland Panzer an die Ukraine.", Modality::asserted}},
      "de", "state:DE", "state:UA");
}

// "kündigte … an" with its particle at the clause's end announces a supply still to come.
TEST(SuppliesDe, AnnouncedWithTheParticleApartIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland kündigte die Lieferung von Panzern an die Ukraine an.", Modality::planned},
       {"Deutschland kündigte ein neues Hilfspaket für die Ukraine an, darunter IRIS-T-Systeme.",
        Modality::planned}},
      "de", "state:DE", "state:UA");
}

// "wartet … auf": a supply still pending, planned.
TEST(SuppliesDe, AwaitedSupplyIsPlanned) {
  agtest::expect_supplies_with_modalities(
      {{"Die Ukraine wartet noch auf Taurus-Marschflugkörper aus Deutschland.", Modality::planned}}, "de",
      "state:DE", "state:UA");
}

// A clause that opens with its finite verb after a comma shares the subject before.
TEST(SuppliesDe, VerbFirstClauseSharesTheSubjectBefore) {
  agtest::expect_supplies_with_modalities(
      {{"Die Türkei verurteilte den Krieg, lieferte aber Drohnen an die Ukraine.", Modality::asserted}}, "de",
      "state:TR", "state:UA");
}

TEST(SuppliesDe, WederNochNegatesBoth) {
  agtest::expect_each_supplies("Weder Frankreich noch Deutschland haben Kampfjets an die Ukraine geliefert.",
                               "de", {"state:FR", "state:DE"}, "state:UA", Modality::negated);
}

TEST(SuppliesDe, KeineBelegeIsAlleged) {
  agtest::expect_supplies_with_modalities(
      {{"Es gibt keine Belege dafür, dass China Waffen an Russland geliefert hat.", Modality::alleged}}, "de",
      "state:CN", "state:RU");
}

TEST(SuppliesDe, SupplierSayingItDidNotDenies) {
  agtest::expect_supplies_with_modalities(
      {{"Iran habe keine Raketen an Russland geliefert, sagte der iranische Außenminister.",
        Modality::denied}},
      "de", "state:IR", "state:RU");
}

TEST(SuppliesDe, QuantityBounds) {
  agtest::expect_quantities(
      {{"Deutschland hat mehr als 100 Panzer an die Ukraine geliefert.", 100, "at least"},
       {"Deutschland hat Hunderte Panzer an die Ukraine geliefert.", 100, "at least"},
       {"Deutschland hat 1,5 Millionen Granaten an die Ukraine geliefert.", 1.5e6, ""}},
      "de", "state:DE", "state:UA");
}

// "der" after a noun with no comma is a genitive's article, not a relative pronoun: the actor
// after it stays in the prepositional phrase that fronts the clause.
TEST(SuppliesDe, GenitiveInAFrontedPhraseIsNoSubject) {
  auto x = agtest::extract("Trotz der Sanktionen der EU liefert China weiter Bauteile an Russland.", "de");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:RU"), nullptr) << relations(x) << agtest::describe(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "org:eu")) << relations(x);
}

TEST(SuppliesDe, MembersListedAfterDarunterReceive) {
  auto x = agtest::extract("China lieferte Drohnen an mehrere Länder, darunter Pakistan und Ägypten.", "de");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:PK"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:CN", "state:EG"), nullptr) << relations(x);
}

// A supply in the perfect, reported after "dass", is a completed act: the announcement that
// governs it makes no plan of it. In the future it stays planned.
TEST(SuppliesDe, AnnouncedCompletedActIsAsserted) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland kündigte an, dass es Panzer an die Ukraine geliefert hat.", Modality::asserted},
       {"Deutschland kündigte an, dass es Panzer an die Ukraine liefern wird.", Modality::planned},
       {"Deutschland bestritt, dass es Panzer an die Ukraine geliefert hat.", Modality::denied}},
      "de", "state:DE", "state:UA");
}

// "baut … ab" (abbauen, reduce) is no "bauen".
TEST(SuppliesDe, ParticleVerbsOfAnotherMeaningNameNoRelation) {
  auto reduced = agtest::extract("Russland baut seine Bestände an Shahed-Drohnen ab.", "de");
  EXPECT_EQ(count(reduced, "produces"), 0u) << relations(reduced);
  auto built = agtest::extract("Rheinmetall baut den Leopard 2.", "de");
  EXPECT_NE(find(built, "produces", "firm:rheinmetall", "weapon:leopard-2"), nullptr) << relations(built);
}

// Sources of a claim listed together are all sources, none a supplier.
TEST(SuppliesDe, ListedSourcesOfAClaimSupplyNothing) {
  for (const char* text : {"Laut Kiew und Berlin liefert Iran Drohnen an Russland.",
                           "Laut Kiew, Washington und Berlin liefert Iran Drohnen an Russland."}) {
    auto x = agtest::extract(text, "de");
    EXPECT_NE(find(x, "supplies", "state:IR", "state:RU"), nullptr) << text << "\n" << relations(x);
    EXPECT_EQ(count(x, "supplies"), 1u) << text << "\n" << relations(x);
  }
}

TEST(SuppliesDe, ListsWithCommasShareTheirRole) {
  agtest::expect_supplies_to_each("Die Türkei verkaufte Drohnen an die Ukraine, Polen und Aserbaidschan.",
                                  "de", "state:TR", {"state:UA", "state:PL", "state:AZ"});
  auto x = agtest::extract(
      "Die Ukraine erhielt Panzer aus Deutschland, Polen lieferte Munition an die Ukraine.", "de");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x);
}

// A supplier that by its own account did not supply denies it; without the phrase the
// negation is plain.
TEST(SuppliesDe, ByItsOwnAccountDenies) {
  agtest::expect_supplies_with_modalities(
      {{"China hat nach eigenen Angaben keine Waffen an Russland geliefert.", Modality::denied},
       {"China hat keine Waffen an Russland geliefert.", Modality::negated}},
      "de", "state:CN", "state:RU");
}

// "aber sehr wohl Bauteile": the contrast asserts its items; "sehr wohl" hedges nothing, while
// "wohl" alone does.
TEST(SuppliesDe, ContrastAfterANegatedSupplyAssertsItsItems) {
  for (const char* text : {"China liefert keine Waffen an Russland, aber sehr wohl Bauteile.",
                           "China liefert keine Waffen an Russland, sondern Bauteile."}) {
    auto x = agtest::extract(text, "de");
    EXPECT_EQ(count(x, "supplies", Modality::negated), 1u) << text << "\n" << relations(x);
    EXPECT_EQ(count(x, "supplies", Modality::asserted), 1u) << text << "\n" << relations(x);
  }
  agtest::expect_supplies_with_modalities({{"China liefert wohl Drohnen an Russland.", Modality::alleged}},
                                          "de", "state:CN", "state:RU");
}

// "liefert 20 Leopard-Panzer an die Ukraine und 10 an Polen": gapping; each recipient receives
// what its own part names and counts, and a negation in a part negates that part alone.
TEST(SuppliesDe, GappedCoordinationGivesEachRecipientItsPart) {
  auto x = agtest::extract("Deutschland liefert 20 Leopard-Panzer an die Ukraine und 10 an Polen.", "de");
  const Relation* ua = find(x, "supplies", "state:DE", "state:UA", Modality::asserted);
  const Relation* pl = find(x, "supplies", "state:DE", "state:PL", Modality::asserted);
  ASSERT_NE(ua, nullptr) << relations(x);
  ASSERT_NE(pl, nullptr) << relations(x);
  ASSERT_TRUE(ua->quantity && pl->quantity) << relations(x);
  EXPECT_DOUBLE_EQ(*ua->quantity, 20);
  EXPECT_DOUBLE_EQ(*pl->quantity, 10);
  EXPECT_TRUE(agtest::has_item(*pl, "weapon:leopard")) << relations(x);

  auto negated =
      agtest::extract("Deutschland liefert Panzer an die Ukraine und keine Waffen an Israel.", "de");
  EXPECT_NE(find(negated, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr)
      << relations(negated);
  EXPECT_NE(find(negated, "supplies", "state:DE", "state:IL", Modality::negated), nullptr)
      << relations(negated);
  EXPECT_EQ(count(negated, "supplies", Modality::negated), 1u) << relations(negated);
}

// "soll 2025 Munition liefern": four digits from 1900 to 2100 with no separator are a year, no
// count of what follows ("2.025 Drohnen" is one).
TEST(SuppliesDe, AYearBeforeTheItemsIsNoQuantity) {
  auto x = agtest::extract("Rheinmetall soll 2025 Munition an die Ukraine liefern.", "de");
  const Relation* r = find(x, "supplies", "firm:rheinmetall", "state:UA");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_FALSE(r->quantity.has_value()) << relations(x);
  auto count = agtest::extract("Russland lieferte 2.025 Drohnen an Belarus.", "de");
  const Relation* c = find(count, "supplies", "state:RU", "state:BY");
  ASSERT_NE(c, nullptr) << relations(count);
  ASSERT_TRUE(c->quantity.has_value()) << relations(count);
  EXPECT_DOUBLE_EQ(*c->quantity, 2025);
}

// A verb governs the supply noun it takes, not one in a prepositional phrase after its object:
// "Ungarn blockiert EU-Gelder für Waffenlieferungen" blocks the funds, and supplies nothing;
// "verbietet die Weitergabe von Munition an die Ukraine" still bans the supply.
TEST(SuppliesDe, AVerbGovernsNoSupplyNounInAPhraseAfterItsObject) {
  auto x = agtest::extract("Ungarn blockiert EU-Gelder für Waffenlieferungen an die Ukraine.", "de");
  EXPECT_EQ(find(x, "supplies", "state:HU", "state:UA"), nullptr) << relations(x);
  auto ban = agtest::extract("Die Schweiz verbietet die Weitergabe von Munition an die Ukraine.", "de");
  EXPECT_NE(find(ban, "supplies", "state:CH", "state:UA", Modality::negated), nullptr) << relations(ban);
}

// Reported speech puts "wollen" in the first subjunctive: "wolle" plans as "will" does.
TEST(SuppliesDe, SubjunctiveWollePlans) {
  auto x = agtest::extract("Nun wolle Moskau weitere Munition aus Nordkorea beschaffen.", "de");
  EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:KP", "state:RU", Modality::asserted), nullptr) << relations(x);
}

// "soll … geliefert haben" hedges its own main clause, not the one coordinated after it.
TEST(SuppliesDe, HedgeInOneCoordinatedClauseHedgesOnlyIt) {
  auto x = agtest::extract(
      "Iran soll Drohnen an Russland geliefert haben, und Nordkorea verkaufte Granaten an Syrien.", "de");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:KP", "state:SY", Modality::asserted), nullptr) << relations(x);
  auto own = agtest::extract(
      "Deutschland liefert Panzer an die Ukraine und Polen hat auch Panzer an die Ukraine geschickt.", "de");
  EXPECT_NE(find(own, "supplies", "state:PL", "state:UA"), nullptr) << relations(own);
  EXPECT_EQ(find(own, "supplies", "state:DE", "state:PL"), nullptr) << relations(own);
}

// "Die Panzer, die Deutschland geliefert hat, sind in der Ukraine eingetroffen": the relative
// clause's supply went where its noun arrived.
TEST(SuppliesDe, SuppliedThingArrivesAtTheRecipient) {
  auto x = agtest::extract(
      "Die ersten Leopard-Panzer, die Deutschland geliefert hat, sind in der Ukraine eingetroffen.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// "Polen war das erste Land, das Panzer … lieferte": the relative clause's verb has the actor the
// noun before it is predicated of for its subject.
TEST(SuppliesDe, RelativeClauseOfAPredicateNoun) {
  auto x = agtest::extract("Polen war das erste Land, das Panzer an die Ukraine lieferte.", "de");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto few = agtest::extract(
      "Polen ist eines der wenigen Länder, die Kampfjets an die Ukraine geliefert haben.", "de");
  EXPECT_NE(find(few, "supplies", "state:PL", "state:UA"), nullptr) << relations(few);
}

// A verb that governs a supply noun may name its recipient as the dative object before it:
// "Die USA haben Taiwan den Verkauf von F-16-Kampfjets genehmigt".
TEST(SuppliesDe, DativeRecipientOfAGovernedSupplyNoun) {
  auto x = agtest::extract("Die USA haben Taiwan den Verkauf von F-16-Kampfjets genehmigt.", "de");
  EXPECT_NE(find(x, "supplies", "state:US", "state:TW", Modality::planned), nullptr) << relations(x);
  auto none = agtest::extract("Deutschland hat die Lieferung von Panzern genehmigt.", "de");
  EXPECT_EQ(agtest::count(none, "supplies"), 0u) << relations(none);
}

// A separable particle that is an article too is no particle right after its verb: "stellte ein
// neues Waffenpaket … vor" presents a package and stops nothing; "stellte … ein" still stops.
// (A package presented is a pledge: planned.)
TEST(SuppliesDe, ArticleRightAfterTheVerbIsNoParticle) {
  auto x = agtest::extract("Deutschland präsentierte ein neues Waffenpaket für die Ukraine.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  auto vor = agtest::extract("Deutschland stellte ein neues Waffenpaket für die Ukraine vor.", "de");
  EXPECT_EQ(find(vor, "supplies", "state:DE", "state:UA", Modality::negated), nullptr) << relations(vor);
  auto stop = agtest::extract("Deutschland stellte die Lieferung von Panzern an die Ukraine ein.", "de");
  EXPECT_NE(find(stop, "supplies", "state:DE", "state:UA", Modality::negated), nullptr) << relations(stop);
}

// "Polen unterzeichnete mit Südkorea einen Vertrag über 180 K2-Panzer": the K2's origin sells.
TEST(SuppliesDe, ContractSellerIsTheWeaponsOrigin) {
  auto x = agtest::extract("Polen unterzeichnete mit Südkorea einen Vertrag über 180 K2-Panzer.", "de");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:PL", "state:KR"), nullptr) << relations(x);
}

// "hat Panzer aus Polen und Tschechien erhalten": the clause-final participle keeps the list.
TEST(SuppliesDe, ClauseFinalVerbAfterAListKeepsTheList) {
  auto x = agtest::extract("Die Ukraine hat Panzer aus Polen und Tschechien erhalten.", "de");
  EXPECT_NE(find(x, "supplies", "state:PL", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:CZ", "state:UA"), nullptr) << relations(x);
}

// "Berichten zufolge" holds its own source: the words after it are the clause's, its items too.
TEST(SuppliesDe, ItemsAfterAHedgeThatHoldsItsSource) {
  auto x = agtest::extract("Belarus liefert Berichten zufolge ballistische Raketen an Russland.", "de");
  const Relation* r = find(x, "supplies", "state:BY", "state:RU", Modality::alleged);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "ballistic missiles")) << relations(x);
}

// "sein Land" steht für den Staat dessen, der vorher genannt ist (resolve/resolver.h).
TEST(SuppliesDe, SeinLandIsTheStateOfTheOneNamedBefore) {
  auto x = agtest::extract(
      "Der iranische Außenminister bestritt, dass sein Land Drohnen an Russland geliefert habe.", "de");
  const Relation* r = find(x, "supplies", "state:IR", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x) << agtest::describe(x);
  EXPECT_EQ(r->evidence.modality, Modality::denied);
  auto lawrow = agtest::extract("Lawrow sagte, sein Land werde keine Waffen an die Hamas liefern.", "de");
  EXPECT_NE(find(lawrow, "supplies", "state:RU", "org:hamas", Modality::negated), nullptr)
      << relations(lawrow);
}

// Ein angekündigtes oder vorgestelltes Hilfspaket ist eine Zusage: geplant, nicht geliefert.
TEST(SuppliesDe, PackageIsAPledge) {
  auto x = agtest::extract("Die USA haben ein neues Hilfspaket für die Ukraine vorgestellt.", "de");
  EXPECT_NE(find(x, "supplies", "state:US", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:US", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// Wer für einen anderen kauft, liefert ihm ("kauft Munition für die Ukraine").
TEST(SuppliesDe, BuyingForAnotherSuppliesIt) {
  auto x = agtest::extract("Deutschland kauft Munition für die Ukraine.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
}

// Was im Austausch gegeben wird, ist Bezahlung, nicht Lieferung.
TEST(SuppliesDe, PaymentInExchangeIsNoItem) {
  auto x =
      agtest::extract("Russland erhält Granaten aus Nordkorea im Austausch gegen Öl und Kampfjets.", "de");
  const Relation* r = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->items, (std::vector<std::string>{"shells"})) << relations(x);
}

// "Vertrag über 180 K2-Panzer", "Auftrag über 100 Panzer": über after a contract or order noun
// says what it covers, not "more than"; "bestellte über 180" still bounds the number.
TEST(SuppliesDe, UeberAfterAContractIsNoBound) {
  auto x = agtest::extract("Polen unterzeichnete mit Südkorea einen Vertrag über 180 K2-Panzer.", "de");
  const Relation* r = find(x, "supplies", "state:KR", "state:PL");
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->quantity, 180.0);
  EXPECT_EQ(r->quantity_bound, "") << relations(x);
  auto order = agtest::extract("Polen bestellte über 180 K2-Panzer aus Südkorea.", "de");
  const Relation* o = find(order, "supplies", "state:KR", "state:PL");
  ASSERT_NE(o, nullptr) << relations(order);
  EXPECT_EQ(o->quantity_bound, "at least") << relations(order);
}

// Ein Lieferant oder Abnehmer, der einem Akteur durch eine Kopula zugesprochen wird.
TEST(SuppliesDe, PredicatedSupplierOrBuyer) {
  for (const char* text : {"Russland ist der größte Waffenlieferant Indiens.",
                           "Indien ist der größte Abnehmer russischer Waffen."}) {
    auto x = agtest::extract(text, "de");
    EXPECT_NE(find(x, "supplies", "state:RU", "state:IN", Modality::asserted), nullptr) << text << "\n"
                                                                                        << relations(x);
  }
  auto firm = agtest::extract("Die Ukraine ist ein wichtiger Kunde von Rheinmetall.", "de");
  EXPECT_NE(find(firm, "supplies", "firm:rheinmetall", "state:UA"), nullptr) << relations(firm);
}

// Ein bewilligter oder freigegebener Export steht noch aus: geplant.
TEST(SuppliesDe, BewilligterExportIsPlanned) {
  auto x = agtest::extract("Die Bundesregierung bewilligte den Export von Leopard-Panzern an Katar.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:QA", Modality::planned), nullptr) << relations(x);
  auto frei =
      agtest::extract("Berlin hat die Lieferung von Eurofightern an Saudi-Arabien freigegeben.", "de");
  EXPECT_NE(find(frei, "supplies", "state:DE", "state:SA", Modality::planned), nullptr) << relations(frei);
}

// "Pjöngjang bestreitet das", "wies das zurück": bestritten wird, was eben berichtet wurde.
TEST(SuppliesDe, DenialOfDasDeniesWhatWasReported) {
  for (const char* text :
       {"Nordkorea soll Granaten an Russland geliefert haben. Pjöngjang bestreitet das.",
        "Nordkorea soll Granaten an Russland geliefert haben. Pjöngjang wies das zurück."}) {
    auto x = agtest::extract(text, "de");
    EXPECT_NE(find(x, "supplies", "state:KP", "state:RU", Modality::denied), nullptr) << text << "\n"
                                                                                      << relations(x);
  }
}

// Trennbare Verben mit abgetrenntem Verbzusatz: "sagte … zu" ist eine Zusage, "stellte … ein
// neues Waffenpaket vor" kein "stellte … ein", "gab … frei" eine Freigabe; alle geplant.
TEST(SuppliesDe, SeparableVerbsWithTheirParticleApart) {
  agtest::expect_supplies_with_modalities(
      {{"Die Bundesregierung sagte der Ukraine weitere Flugabwehrsysteme vom Typ IRIS-T zu.",
        Modality::planned},
       {"Deutschland stellte der Ukraine ein neues Waffenpaket vor.", Modality::planned},
       {"Die Bundesregierung gab die Lieferung von Taurus-Marschflugkörpern an die Ukraine frei.",
        Modality::planned},
       {"Deutschland gab grünes Licht für die Lieferung von Leopard-Panzern an die Ukraine.",
        Modality::planned}},
      "de", "state:DE", "state:UA");
  // a particle stands at the end of its clause's middle: "ab Januar" is no "gab … ab"
  auto x = agtest::extract("Polen gab der Ukraine ab Januar Rückendeckung.", "de");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
}

// Ein zu-Infinitiv hat kein eigenes Subjekt: es liefert das Subjekt des Satzes davor, oder das
// Objekt eines Verbs des Bittens oder Vorwerfens; die Akteure seines Satzes sind Objekte.
TEST(SuppliesDe, ZuInfinitiveTakesItsSubjectFromTheClauseBefore) {
  agtest::expect_supplies_with_modalities(
      {{"Deutschland versprach, der Ukraine weitere Panzer zu liefern.", Modality::planned},
       {"Deutschland kündigte an, der Ukraine weitere Panzer zu liefern.", Modality::planned},
       {"Deutschland hat zugesagt, der Ukraine bis Jahresende weitere Leopard-Panzer auszuliefern.",
        Modality::planned},
       {"Deutschland weigert sich, der Ukraine Taurus-Marschflugkörper zu liefern.", Modality::negated},
       {"Polen forderte Deutschland auf, der Ukraine Leopard-Panzer zu liefern.", Modality::planned}},
      "de", "state:DE", "state:UA");
  auto asked =
      agtest::extract("Polen forderte Deutschland auf, der Ukraine Leopard-Panzer zu liefern.", "de");
  EXPECT_FALSE(agtest::involves(asked, "supplies", "state:PL")) << relations(asked);
  agtest::expect_supplies_with_modalities(
      {{"Die USA werfen China vor, Russland Drohnenteile zu liefern.", Modality::alleged}}, "de", "state:CN",
      "state:RU");
}

// Was ein zu-Infinitiv nennt, ist nicht (noch nicht) geschehen, es sei denn, ein Verb davor sagt,
// dass es geschah: "versucht, … zu beschaffen" ist geplant, "hat damit begonnen, … zu liefern"
// behauptet.
TEST(SuppliesDe, ZuInfinitiveIsUnrealisedUnlessItsVerbSaysOtherwise) {
  agtest::expect_supplies_with_modalities(
      {{"Russland versucht, Munition aus Nordkorea zu beschaffen.", Modality::planned}}, "de", "state:KP",
      "state:RU");
  agtest::expect_supplies_with_modalities(
      {{"Deutschland hat damit begonnen, der Ukraine Leopard-Panzer zu liefern.", Modality::asserted}}, "de",
      "state:DE", "state:UA");
}

// Wer gedankt bekommt, liefert dem Dankenden, wofür er dankt.
TEST(SuppliesDe, ThankedForWhatItSupplied) {
  agtest::expect_supplies_with_modalities(
      {{"Selenskyj dankte Deutschland für die Lieferung von IRIS-T-Systemen.", Modality::asserted},
       {"Am Montag bedankte sich Selenskyj bei Deutschland für die Flugabwehrsysteme.", Modality::asserted}},
      "de", "state:DE", "state:UA");
}

// "bezieht Drohnen aus dem Iran und Munition aus Nordkorea": jede Quelle einer Koordination mit
// ausgelassenem Verb liefert, was ihr eigener Teil nennt. "weitere sollen folgen" sagt, was
// kommt, nicht was behauptet wird.
TEST(SuppliesDe, GappedSourcesAndWhatIsToFollow) {
  auto x = agtest::extract("Russland bezieht Drohnen aus dem Iran und Munition aus Nordkorea.", "de");
  const Relation* dprk = find(x, "supplies", "state:KP", "state:RU");
  ASSERT_NE(dprk, nullptr) << relations(x);
  EXPECT_EQ(dprk->items, (std::vector<std::string>{"ammunition"})) << relations(x);
  agtest::expect_supplies_with_modalities(
      {{"Südkorea hat Polen K2-Panzer geliefert, weitere sollen folgen.", Modality::asserted}}, "de",
      "state:KR", "state:PL");
}

// "dem Verkauf … zustimmen" approves a sale (planned), the particle apart or not; a comma before
// "und" joins clauses, so Paris is no second recipient of the clause before.
TEST(SuppliesDe, ConsentToASaleIsPlanned) {
  auto x = agtest::extract("Paris stimmte dem Verkauf von 42 Kampfjets an Indonesien zu.", "de");
  EXPECT_NE(find(x, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(x);
  auto both = agtest::extract(
      "Frankreich liefert Panzer an Polen, und Paris hat dem Verkauf von Jets an Indonesien zugestimmt.",
      "de");
  EXPECT_NE(find(both, "supplies", "state:FR", "state:PL", Modality::asserted), nullptr) << relations(both);
  EXPECT_NE(find(both, "supplies", "state:FR", "state:ID", Modality::planned), nullptr) << relations(both);
}

// "Die ersten Panzer sind … in der Ukraine eingetroffen": an arrival of what an earlier sentence
// pledged is its delivery (asserted); "Die Panzer kommen von Rheinmetall" names a supplier of
// what an earlier supply named; "Scholz kommt aus Hamburg" names none.
TEST(SuppliesDe, ArrivalAndOriginOfWhatAnEarlierSentenceSupplied) {
  auto x = agtest::extract(
      "Deutschland hat der Ukraine Leopard-Panzer zugesagt. Die ersten Panzer sind inzwischen in der Ukraine "
      "eingetroffen.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto maker =
      agtest::extract("Die Ukraine erhält Panzer aus Deutschland. Die Panzer kommen von Rheinmetall.", "de");
  EXPECT_NE(find(maker, "supplies", "firm:rheinmetall", "state:UA"), nullptr) << relations(maker);
  auto person = agtest::extract("Die Ukraine erhält Panzer aus Deutschland. Scholz kommt aus Hamburg.", "de");
  EXPECT_EQ(agtest::count(person, "supplies"), 1U) << relations(person);
}

// A verb of buying marked `market` takes the state after "in" for the seller ("bestellt … in
// Südkorea"), not one in a phrase that opens the clause; "die Regierung" is the state in focus.
TEST(SuppliesDe, BoughtInAStateAndTheGovernmentInFocus) {
  auto x = agtest::extract("Polen rüstet auf. Die Regierung hat in Südkorea 180 K2-Panzer bestellt.", "de");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:PL", Modality::planned), nullptr) << relations(x);
  auto ammo = agtest::extract("Deutschland kauft in Südkorea Munition für die Ukraine.", "de");
  EXPECT_NE(find(ammo, "supplies", "state:KR", "state:DE"), nullptr) << relations(ammo);
  auto fronted = agtest::extract("In Polen kauft Deutschland Munition.", "de");
  EXPECT_EQ(find(fronted, "supplies", "state:PL", "state:DE"), nullptr) << relations(fronted);
}

// An order's parties stand in its own phrase, not in the infinitive clause after a comma that
// says what was ordered: "gab Rheinmetall den Auftrag, Munition an die Ukraine zu liefern"
// made Ukraine Rheinmetall's supplier.
TEST(SuppliesDe, OrderNounTakesNoPartyFromTheInfinitiveAfterIt) {
  auto x =
      agtest::extract("Die Regierung gab Rheinmetall den Auftrag, Munition an die Ukraine zu liefern.", "de");
  EXPECT_EQ(find(x, "supplies", "state:UA", "firm:rheinmetall"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "firm:rheinmetall", "state:UA", Modality::planned), nullptr) << relations(x);
}

// "soll bis 2025 … liefern" in a text of 2023 is a plan (a year after the document's, the verb
// not in the perfect), not hearsay; "soll 2022 … geliefert haben" stays hearsay.
TEST(SuppliesDe, SollWithAYearToComeIsAPlan) {
  auto x =
      agtest::extract("Rheinmetall soll bis 2025 weitere Panzer an die Ukraine liefern.", "de", "2023-05-01");
  EXPECT_NE(find(x, "supplies", "firm:rheinmetall", "state:UA", Modality::planned), nullptr) << relations(x);
  auto past = agtest::extract("Iran soll 2022 Drohnen an Russland geliefert haben.", "de", "2023-05-01");
  EXPECT_NE(find(past, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(past);
  // (a text whose date is no year gives no time to compare with)
  auto undated =
      agtest::extract("Rheinmetall soll bis 2025 weitere Panzer an die Ukraine liefern.", "de", "n.d.");
  EXPECT_NE(find(undated, "supplies", "firm:rheinmetall", "state:UA", Modality::alleged), nullptr)
      << relations(undated);
}

// A supply noun that is the subject of its clause takes its modality from its own verb ("Die
// Lieferung … verzögert sich", "wird verschoben"); a state adjective on what it supplies names
// the supplier ("die Lieferung deutscher Kampfpanzer an die Ukraine").
TEST(SuppliesDe, SupplyNounTakesItsPredicateAndItsItemsOrigin) {
  auto x = agtest::extract("Die Lieferung deutscher Kampfpanzer an die Ukraine verzögert sich.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto on = agtest::extract("Die Lieferung iranischer Drohnen an Russland geht weiter.", "de");
  EXPECT_NE(find(on, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(on);
}

// Coordinated participles share the passive's agents ("von den Niederlanden und Dänemark bezahlt
// und an Kiew übergeben worden"); a participle before the noun names a maker, not the supplier
// of the verb at the clause's end ("Die von Rheinmetall gebauten Panzer wurden … geliefert").
TEST(SuppliesDe, CoordinatedParticiplesShareTheAgentsOfThePassive) {
  auto x = agtest::extract(
      "Die Panzer waren von den Niederlanden und Dänemark bezahlt und an Kiew übergeben worden.", "de");
  EXPECT_NE(find(x, "supplies", "state:NL", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DK", "state:UA"), nullptr) << relations(x);
  auto one = agtest::extract("Die Panzer waren von Polen bezahlt und an Kiew übergeben worden.", "de");
  EXPECT_NE(find(one, "supplies", "state:PL", "state:UA"), nullptr) << relations(one);
  auto maker = agtest::extract("Die von Rheinmetall gebauten Panzer wurden an die Ukraine geliefert.", "de");
  EXPECT_FALSE(agtest::involves(maker, "supplies", "firm:rheinmetall")) << relations(maker);
}

// "leasen" names the lessee's supply with "von", the lessor's with "an"; "vermieten" the lessor's.
TEST(SuppliesDe, LeaseGoesBothWays) {
  auto x = agtest::extract("Ungarn, das selbst 14 Gripen von Schweden least, ist skeptisch.", "de");
  EXPECT_NE(find(x, "supplies", "state:SE", "state:HU", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract("Schweden vermietet 14 Gripen an Ungarn.", "de");
  EXPECT_NE(find(y, "supplies", "state:SE", "state:HU", Modality::asserted), nullptr) << relations(y);
}

// A contrast opened by an adverb ("…, wohl aber Schützenpanzer") is supplied; findings of an
// intelligence service hedge ("nach Erkenntnissen des … Geheimdienstes").
TEST(SuppliesDe, ContrastAfterAnAdverbAndIntelligenceFindings) {
  auto x = agtest::extract(
      "Bislang hat Stockholm der Ukraine keine Kampfjets überlassen, wohl aber Schützenpanzer vom Typ CV90.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:SE", "state:UA", Modality::negated), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:SE", "state:UA", Modality::asserted), nullptr) << relations(x);
  auto nis = agtest::extract(
      "Nordkorea hat Russland nach Erkenntnissen des südkoreanischen Geheimdienstes Raketenwerfer geliefert.",
      "de");
  EXPECT_NE(find(nis, "supplies", "state:KP", "state:RU", Modality::alleged), nullptr) << relations(nis);
  EXPECT_EQ(find(nis, "supplies", "state:KP", "state:RU", Modality::asserted), nullptr) << relations(nis);
}

// A relative clause between the subject and its verb is a clause of its own: its actors are not
// the main verb's, and the main clause goes on after it ("Deutschland, das selbst Panzer von Polen
// kauft, liefert der Ukraine Munition"; "Großbritannien, das die Maschinen mit Deutschland,
// Italien und Spanien baut, will Riad … verkaufen").
TEST(SuppliesDe, RelativeClauseBetweenSubjectAndVerb) {
  auto x =
      agtest::extract("Deutschland, das selbst Panzer von Polen kauft, liefert der Ukraine Munition.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:PL", "state:DE", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract(
      "Großbritannien, das die Maschinen gemeinsam mit Deutschland, Italien und Spanien baut, will Riad 48 "
      "weitere Flugzeuge verkaufen.",
      "de");
  EXPECT_NE(find(y, "supplies", "state:GB", "state:SA", Modality::planned), nullptr) << relations(y);
  EXPECT_FALSE(agtest::involves(y, "supplies", "state:ES")) << relations(y);
}

// A relative clause after what is supplied is closed by its comma ("Die Granaten, die Tschechien
// eingekauft hat, sind in der Ukraine angekommen" made Ukraine the seller); what it says was
// bought went on to where it arrived, and the antecedent names the items.
TEST(SuppliesDe, WhatARelativeClauseBoughtWentWhereItArrived) {
  auto x = agtest::extract(
      "Die ersten Artilleriegranaten, die Tschechien in Südkorea eingekauft hat, sind in der Ukraine "
      "angekommen.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:KR", "state:CZ", Modality::asserted), nullptr) << relations(x);
  const Relation* r = find(x, "supplies", "state:CZ", "state:UA", Modality::asserted);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_EQ(r->items, std::vector<std::string>{"artillery shells"});
  EXPECT_EQ(find(x, "supplies", "state:UA", "state:CZ"), nullptr) << relations(x);
  auto two = agtest::extract("Ägypten kaufte russische und chinesische Drohnen.", "de");
  EXPECT_NE(find(two, "supplies", "state:RU", "state:EG"), nullptr) << relations(two);
  EXPECT_NE(find(two, "supplies", "state:CN", "state:EG"), nullptr) << relations(two);
}

// "verhandelt mit Washington über weitere Maschinen": a negotiation about something supplied is
// a supply still to come; who sells is told by the sentence's weapons (the F-16 is American).
TEST(SuppliesDe, NegotiationAboutArmsIsPlanned) {
  auto x = agtest::extract(
      "Die Türkei besitzt bereits F-16-Kampfflugzeuge aus US-Produktion und verhandelt mit Washington über "
      "weitere Maschinen.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:US", "state:TR", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:TR", "state:US"), nullptr) << relations(x);
}

// "Peking soll dem Land … geliefert haben": the state noun stands for the state named before,
// not for its own clause's subject; a compound of a state noun ("das Balkanland") too.
TEST(SuppliesDe, TheCountryIsNotItsOwnClausesSubject) {
  auto x = agtest::extract(
      "Saudi-Arabien hatte sich in der Zwischenzeit auch in China umgesehen: Peking soll dem Land "
      "Kampfdrohnen "
      "vom Typ Wing Loong II geliefert haben.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:CN", "state:SA", Modality::alleged), nullptr) << relations(x);
  auto y = agtest::extract(
      "Serbien kauft zwölf Rafale. Das Balkanland hat in den vergangenen Jahren vor allem russische Waffen "
      "erhalten.",
      "de");
  EXPECT_NE(find(y, "supplies", "state:RU", "state:RS", Modality::asserted), nullptr) << relations(y);
}

// "an Algerien und an Serbien": a repeated preposition after the coordinator keeps the list.
TEST(SuppliesDe, ListWithItsPrepositionRepeated) {
  agtest::expect_supplies_to_each("Rosoboronexport hat Panzir an Algerien und an Serbien verkauft.", "de",
                                  "firm:rosoboronexport", {"state:DZ", "state:RS"});
  agtest::expect_supplies_to_each(
      "Rosoboronexport hat Panzir unter anderem an die Vereinigten Arabischen Emirate und an Serbien "
      "verkauft.",
      "de", "firm:rosoboronexport", {"state:AE", "state:RS"});
}

// "an die Militärjunta in Myanmar": a junta in a state is the state.
TEST(SuppliesDe, JuntaInAStateIsTheState) {
  agtest::expect_each_supplies("Russland und China lieferten Waffen an die Militärjunta in Myanmar.", "de",
                               {"state:RU", "state:CN"}, "state:MM", Modality::asserted);
}

// "Unklar ist, ob …": an indirect question leaves the supply unconfirmed; "an die Ukraine oder
// Russland" after a refusal refuses each.
TEST(SuppliesDe, IndirectQuestionAndOr) {
  auto x = agtest::extract("Unklar ist, ob der Iran die Drohnen an Russland geliefert hat.", "de");
  EXPECT_NE(find(x, "supplies", "state:IR", "state:RU", Modality::alleged), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "state:IR", "state:RU", Modality::asserted), nullptr) << relations(x);
  auto y = agtest::extract("Brasilien liefert keine Waffen an die Ukraine oder Russland.", "de");
  EXPECT_NE(find(y, "supplies", "state:BR", "state:UA", Modality::negated), nullptr) << relations(y);
  EXPECT_NE(find(y, "supplies", "state:BR", "state:RU", Modality::negated), nullptr) << relations(y);
}

// "CSG profitiert: Sie liefert …", "Außerdem liefert es …": a pronoun that is a clause's subject
// stands for the subject of the clause before a colon or of the sentence before.
TEST(SuppliesDe, PronounSubjectIsTheSubjectBefore) {
  auto x = agtest::extract(
      "Die tschechische Rüstungsholding CSG profitiert: Sie liefert monatlich mehrere zehntausend Geschosse "
      "an "
      "die ukrainischen Streitkräfte.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:czechoslovak-group", "state:UA", Modality::asserted), nullptr)
      << relations(x);
  auto y = agtest::extract(
      "Rheinmetall baut ein neues Werk in Litauen. Außerdem liefert es Munition an die Ukraine.", "de");
  EXPECT_NE(find(y, "supplies", "firm:rheinmetall", "state:UA", Modality::asserted), nullptr) << relations(y);
  auto expletive = agtest::extract("Die Lage ist ernst. Es wurden Panzer an Polen geliefert.", "de");
  EXPECT_EQ(count(expletive, "supplies"), 0u) << relations(expletive);
}

// "bietet … an", "angeboten": an offer of arms is a supply still to come.
TEST(SuppliesDe, OfferOfArmsIsPlanned) {
  auto x = agtest::extract("Deutschland bietet der Ukraine Patriot-Systeme an.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:UA", Modality::planned), nullptr) << relations(x);
  auto y = agtest::extract("Die Bundesregierung hatte Griechenland Marder-Schützenpanzer angeboten.", "de");
  EXPECT_NE(find(y, "supplies", "state:DE", "state:GR", Modality::planned), nullptr) << relations(y);
}

// "…, nachdem sie … nach Kiew geliefert hatte": a pronoun after the conjunction of a clause is
// that clause's subject and stands for the main clause's.
TEST(SuppliesDe, PronounOfASubordinateClauseIsTheMainSubject) {
  auto x = agtest::extract(
      "Die Slowakei hatte 15 Leopard 2A4 aus Deutschland bekommen, nachdem sie 30 Schützenpanzer vom Typ "
      "BVP-1 "
      "nach Kiew geliefert hatte.",
      "de");
  EXPECT_NE(find(x, "supplies", "state:SK", "state:UA", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:DE", "state:SK", Modality::asserted), nullptr) << relations(x);
}

// A relative clause after the verb's last part ("setzt die Haubitzen ein, die …") refers to the
// noun before that part: what it supplied went to the main clause's subject, who uses it.
TEST(SuppliesDe, ExtraposedRelativeSuppliesWhoUsesIt) {
  auto x = agtest::extract("Die Ukraine setzt die Haubitzen ein, die Polen geliefert hat.", "de");
  const auto* r = find(x, "supplies", "state:PL", "state:UA", Modality::asserted);
  ASSERT_NE(r, nullptr) << relations(x);
  EXPECT_TRUE(agtest::has_item(*r, "howitzers")) << relations(x);
  auto perfect = agtest::extract("Die Ukraine hat die Haubitzen eingesetzt, die Polen geliefert hat.", "de");
  EXPECT_NE(find(perfect, "supplies", "state:PL", "state:UA", Modality::asserted), nullptr)
      << relations(perfect);
}

// "die Firma Gulf Meridian Trading LLC": a firm noun right before a name classifies it and
// refers back to no firm named before (the firm was read as Nordholm supplying itself).
TEST(SuppliesDe, FirmNounBeforeANameClassifiesIt) {
  auto x = agtest::extract(
      "Laut den Ermittlern lieferte Nordholm Marinetechnik GmbH die Motoren an die Firma Gulf Meridian "
      "Trading LLC in Dubai.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:~nordholm-marinetechnik-gmbh", "firm:~gulf-meridian-trading-llc"),
            nullptr)
      << relations(x);
}

// "übernimmt gebrauchte Eurofighter aus Katar und Oman": taking over what is supplied receives
// it from each source; taking over anything else relates no one.
TEST(SuppliesDe, TakingOverArmsReceivesThem) {
  auto x = agtest::extract("Die Türkei übernimmt gebrauchte Eurofighter aus Katar und Oman.", "de");
  EXPECT_NE(find(x, "supplies", "state:QA", "state:TR", Modality::asserted), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "state:OM", "state:TR", Modality::asserted), nullptr) << relations(x);
  auto duty = agtest::extract("Die Türkei übernimmt aus Katar die Verantwortung.", "de");
  EXPECT_EQ(count(duty, "supplies"), 0u) << relations(duty);
}

// A supply whose supplier is not named takes none from an earlier supply that names nothing it
// supplied, where the sentence names a system ("… Fahrgestelle für russische
// Iskander-Startfahrzeuge" is no Iskander of Irkut's).
TEST(SuppliesDe, NoSupplierFromASupplyThatNamesNothing) {
  auto x = agtest::extract(
      "Im vergangenen Jahr folgten vier Kampfjets, die der Hersteller Irkut an die belarussische Luftwaffe "
      "auslieferte. Das Minsker Werk liefert die Fahrgestelle für russische Iskander-Startfahrzeuge.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:irkut", "state:BY", Modality::asserted), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "firm:irkut", "state:RU"), nullptr) << relations(x);
}

// "Sollte Peking Minsk … beliefern, …": a finite verb that opens the sentence with its subject
// after it makes a condition, no claim; inside a clause "sollte" is no condition.
TEST(SuppliesDe, VerbFirstConditionIsNoClaim) {
  auto x = agtest::extract(
      "Sollte Peking Minsk künftig mit Kampfdrohnen beliefern, entstehe an der Ostgrenze der NATO eine neue "
      "Lage.",
      "de");
  EXPECT_EQ(count(x, "supplies"), 0u) << relations(x);
  auto plan = agtest::extract("Deutschland sollte der Ukraine Panzer liefern.", "de");
  EXPECT_NE(find(plan, "supplies", "state:DE", "state:UA"), nullptr) << relations(plan);
}

// "beim Schweizer Hersteller Pilatus": the people's name or adjective of a state before a class
// noun and a name describes the firm, which is the party (it was read as Switzerland supplying
// Pilatus); the Bundesheer is Austria's.
TEST(SuppliesDe, StateAdjectiveBeforeAClassNounAndAName) {
  auto x = agtest::extract(
      "Bis dahin mietet das Bundesheer zwei Schulflugzeuge vom Typ PC-21 beim Schweizer Hersteller Pilatus.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:pilatus", "state:AT", Modality::asserted), nullptr) << relations(x);
  EXPECT_FALSE(agtest::involves(x, "supplies", "state:CH")) << relations(x);
}

// An order for a state that a firm seeks or wins is the state's order from the firm ("bewirbt
// sich TKMS um einen Auftrag … für Kanada" was read as Canada supplying TKMS); an order received
// for a state goes to it.
TEST(SuppliesDe, OrderForAState) {
  auto x = agtest::extract(
      "Berichten zufolge bewirbt sich TKMS um einen Auftrag über bis zu zwölf U-Boote für Kanada.", "de");
  EXPECT_EQ(find(x, "supplies", "state:CA", "firm:tkms"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "firm:tkms", "state:CA"), nullptr) << relations(x);
  auto won = agtest::extract("Rheinmetall erhielt einen Auftrag über 100 Panzer für die Ukraine.", "de");
  EXPECT_NE(find(won, "supplies", "firm:rheinmetall", "state:UA", Modality::planned), nullptr)
      << relations(won);
}

// A firm named again by its first word, where German compounding makes that word one of the
// language ("Nordholm", from "Nord" and "Holm"): only a word known without compounding is
// ordinary.
TEST(SuppliesDe, FirmNamedAgainByAFirstWordThatCompoundsWords) {
  auto x = agtest::extract(
      "Die Staatsanwaltschaft hat Anklage gegen zwei Geschäftsführer der Nordholm Marinetechnik GmbH "
      "erhoben. "
      "Laut den Ermittlern lieferte Nordholm die Motoren an die Firma Gulf Meridian Trading LLC in Dubai.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:~nordholm-marinetechnik-gmbh", "firm:~gulf-meridian-trading-llc",
                 Modality::asserted),
            nullptr)
      << relations(x);
}

// A cue of planning that ends its clause is no adjective, even after a number that ends a
// weapon's name ("36 Skyranger 30 bestellt."): the order is planned.
TEST(SuppliesDe, OrderAfterANumberedNameIsPlanned) {
  auto x = agtest::extract("Das Bundesheer hat bei Rheinmetall 36 Skyranger 30 bestellt.", "de");
  EXPECT_NE(find(x, "supplies", "firm:rheinmetall", "state:AT", Modality::planned), nullptr) << relations(x);
  EXPECT_EQ(find(x, "supplies", "firm:rheinmetall", "state:AT", Modality::asserted), nullptr) << relations(x);
}

// A weak name its class noun confirms stands for the firm again later ("den Rüstungskonzern
// Kalaschnikow … wo Kalaschnikow … herstellt" was the AK-47 there), "wo" opens a clause of its
// own, and "die Firma" is the firm named last outside a prepositional phrase, not the one the
// goods went to.
TEST(SuppliesDe, ConfirmedWeakFirmWhereClauseAndTheFirm) {
  auto x = agtest::extract(
      "Die Vorland Optik GmbH lieferte Zielfernrohre an den russischen Rüstungskonzern Kalaschnikow. "
      "Nach den Feststellungen des Gerichts verkaufte die Firma 900 Läufe an die Bosporus Tedarik Ltd. "
      "Von dort wurde die Ware nach Ischewsk weitergeleitet, wo Kalaschnikow das Sturmgewehr AK-12 "
      "herstellt.",
      "de");
  EXPECT_NE(find(x, "produces", "firm:kalashnikov-concern", "weapon:ak-12"), nullptr) << relations(x);
  EXPECT_NE(find(x, "supplies", "firm:~vorland-optik-gmbh", "firm:~bosporus-tedarik-ltd"), nullptr)
      << relations(x);
  EXPECT_EQ(find(x, "supplies", "firm:kalashnikov-concern", "firm:~bosporus-tedarik-ltd"), nullptr)
      << relations(x);
}

// "von" before a verb of receiving names the source, not the receiver ("Tschechien hat von
// Deutschland … erhalten").
TEST(SuppliesDe, VonBeforeAVerbOfReceivingIsTheSource) {
  auto x = agtest::extract(
      "Tschechien hat von Deutschland weitere 14 Kampfpanzer vom Typ Leopard 2A4 erhalten.", "de");
  EXPECT_NE(find(x, "supplies", "state:DE", "state:CZ", Modality::asserted), nullptr) << relations(x);
}

// "Demnach" after a report ("Das geht aus einem Bericht hervor. Demnach wurden …") says what the
// report says: hearsay.
TEST(SuppliesDe, DemnachIsHearsay) {
  auto x = agtest::extract(
      "Demnach wurden 2025 mehr als 40 Motoren über die in Panama registrierte Firma Istmo Cargo Solutions "
      "S.A. an den staatlichen venezolanischen Rüstungsbetrieb CAVIM verschifft.",
      "de");
  ASSERT_EQ(count(x, "supplies"), 1u) << relations(x);
  const auto supply = std::find_if(x.relations.begin(), x.relations.end(),
                                   [](const Relation& r) { return r.type == "supplies"; });
  EXPECT_EQ(supply->evidence.modality, Modality::alleged) << relations(x);
}

// A court named by its noun and seat ("das Landgericht Düsseldorf") is no firm that "die Firma"
// stands for.
TEST(SuppliesDe, TheFirmIsNoCourt) {
  auto x = agtest::extract(
      "Die Vorland Optik GmbH verkaufte Läufe an Händler. Das Landgericht Düsseldorf verurteilte nun ihren "
      "Geschäftsführer. Nach den Feststellungen des Gerichts verkaufte die Firma 900 Läufe an die Bosporus "
      "Tedarik Ltd.",
      "de");
  EXPECT_NE(find(x, "supplies", "firm:~vorland-optik-gmbh", "firm:~bosporus-tedarik-ltd"), nullptr)
      << relations(x);
  EXPECT_EQ(count(x, "supplies"), 1u) << relations(x);
}
