// Relations from role cues (affiliations), in each language, with their evidence.
#include <tuple>

#include "recognise/vocabulary.h"
#include "relate/relation_lexicon.h"
#include "test_helper.h"
#include "word_facts_helper.h"

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

// Of two actors glued to a role, the nearer is the one it is of: "Germany's Rheinmetall chief"
// leads Rheinmetall.
TEST(RelateAffiliation, TheNearerOfTwoActorsBeforeARole) {
  auto x = agtest::extract("Germany's Rheinmetall chief Armin Papperger visited Kyiv.", "en");
  EXPECT_NE(find(x, "leader_of", "firm:rheinmetall"), nullptr) << relations(x);
  EXPECT_EQ(find(x, "leader_of", "state:DE"), nullptr) << relations(x);
}

// A comma parts the last actor of a reported clause from the role of the one who reports it:
// "…, Prime Minister Rishi Sunak said" is not Ukraine's; the gazetteer's role then names the
// state, which the sentence names.
TEST(RelateAffiliation, RoleAfterACommaIsNotTheActorsBefore) {
  auto x = agtest::extract("Britain will send tanks to Ukraine, Prime Minister Rishi Sunak said.", "en",
                           "2023-01");
  EXPECT_EQ(find(x, "leader_of", "state:UA"), nullptr) << relations(x);
  EXPECT_NE(find(x, "leader_of", "state:GB"), nullptr) << relations(x);
  auto unknown = agtest::extract("Tanks will go to Ukraine, Defence Minister Arthur Pendlebury said.", "en");
  EXPECT_EQ(find(unknown, "official_of", "state:UA"), nullptr) << relations(unknown);
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

// Extraction reads a word's relation facts from one vocabulary lookup (recognise/vocabulary.h);
// they must be what each table and set gives on its own: for the sample's words, every verb form (with
// the adjective endings of participles), every set word, cue word and modality cue's first
// word, and compounds of them.
TEST(RelateLexicon, WordFactsFromTheVocabularyAreThoseOfEachTable) {
  const auto& kb = agtest::extractor().knowledge();
  const std::vector<std::string> words = agtest::sample_words();
  ASSERT_GT(words.size(), 1000u);
  std::size_t verbs = 0, heads = 0, in_sets = 0, modality_starts = 0;
  for (const auto& entry : kb.relation_lexicons) {
    const std::string& lang = entry.first;
    const detail::RelationLexicon& rl = *entry.second;
    const detail::LanguageVocabulary vocabulary = kb.vocabulary(lang);
    std::vector<std::string> probe = words;
    for (const auto& form : rl.verbs) {
      for (const char* end : {"", "e", "en", "er", "es", "em", "s"}) probe.push_back(form.first + end);
    }
    for (const auto set : detail::kRelationWordSets) {
      for (const std::string& w : rl.*set) probe.push_back(w);
    }
    for (const detail::Cues* cues : {&rl.alleged, &rl.planned, &rl.denied, &rl.negated}) {
      cues->trie.for_each_first_word([&](std::string_view w) { probe.emplace_back(w); });
    }
    for (const detail::CueTable* table : {&rl.supply_nouns, &rl.sanction_nouns, &rl.items}) {
      table->for_each_first_word([&](std::string_view w) {
        probe.emplace_back(w);
        probe.push_back("raketen" + std::string(w));  // a closed compound ending with it
        probe.push_back("ab" + std::string(w));       // too short a rest for a compound
      });
    }
    for (const std::string& w : probe) {
      const detail::RelationWordFacts f = vocabulary.entry(w).relation;
      EXPECT_EQ(f.verbs, rl.verb(w)) << lang << " \"" << w << "\"";
      verbs += f.verbs != nullptr;
      auto same = [&](const detail::CueStart& got, const detail::CueTable& table, const char* name) {
        agtest::expect_same_start(got, table, w, lang + " " + name, heads);
      };
      same(f.supply_nouns, rl.supply_nouns, "supply_nouns");
      same(f.sanction_nouns, rl.sanction_nouns, "sanction_nouns");
      same(f.items, rl.items, "items");
      for (const auto& [got, cues, name] :
           {std::tuple{f.alleged, &rl.alleged, "alleged"}, std::tuple{f.planned, &rl.planned, "planned"},
            std::tuple{f.denied, &rl.denied, "denied"}, std::tuple{f.negated, &rl.negated, "negated"}}) {
        const std::uint32_t want = cues->trie.child(detail::WordTrie::kRoot, w);
        EXPECT_EQ(got, want) << lang << " " << name << " \"" << w << "\"";
        modality_starts += want != detail::WordTrie::kNone;
      }
      for (std::size_t i = 0; i < std::size(detail::kRelationWordSets); ++i) {
        const bool in = (rl.*detail::kRelationWordSets[i]).contains(w);
        EXPECT_EQ((f.sets >> i) & 1u, in ? 1u : 0u) << lang << " set " << i << " \"" << w << "\"";
        in_sets += in;
      }
    }
  }
  // the probes reached every kind of answer
  EXPECT_GT(verbs, 100u);
  EXPECT_GT(heads, 10u);
  EXPECT_GT(in_sets, 100u);
  EXPECT_GT(modality_starts, 50u);
}
