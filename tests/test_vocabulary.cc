// The vocabulary (recognise/vocabulary.h): one lookup per word must give what the lexicon, the
// relation lexicon and the gazetteer's trie each give on their own — for the sample corpus's
// words, every word the tables index, the first word of every gazetteer name, compounds ending
// with cue words, and inflected forms. Recognition and the relation rules read only these
// answers, so a difference here would change what a build finds.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "recognise/knowledge.h"
#include "recognise/vocabulary.h"
#include "relate/relation_lexicon.h"
#include "test_helper.h"
#include "word_facts_helper.h"

using namespace actorgraph;

namespace {

// Every word worth asking a language's vocabulary about.
std::vector<std::string> probes(const detail::Knowledge& kb, const detail::Lexicon& lx,
                                const detail::RelationLexicon& rl) {
  std::vector<std::string> probe = agtest::sample_words();
  auto with_variants = [&](std::string_view w) {
    probe.emplace_back(w);
    probe.push_back("wapen" + std::string(w));  // a closed compound ending with it
    probe.push_back("xy" + std::string(w));     // too short a rest for a compound
    probe.push_back(std::string(w) + "s");      // inflected
    probe.push_back(std::string(w) + "en");
  };
  detail::TailFilter unused;
  lx.for_each_word(with_variants, unused);
  rl.for_each_word(with_variants, unused);
  kb.aliases.for_each_first_word(with_variants);
  return probe;
}

TEST(Vocabulary, AnEntryIsWhatEachTableSaysOfTheWord) {
  const auto& kb = agtest::extractor().knowledge();
  std::size_t lexicon_facts = 0, relation_facts = 0, alias_starts = 0, probed = 0;
  for (const char* lang : {"nl", "de", "en"}) {
    const detail::Lexicon& lx = kb.lexicon(lang);
    const detail::RelationLexicon& rl = *kb.relation_lexicons.at(lang);
    const detail::LanguageVocabulary vocabulary = kb.vocabulary(lang);
    const detail::Vocabulary by_table({{&lx, &rl}}, kb.aliases, /*indexed=*/false);
    for (const std::string& w : probes(kb, lx, rl)) {
      const detail::WordEntry e = vocabulary.entry(w);
      EXPECT_TRUE(e.lexicon == lx.facts(w)) << lang << " \"" << w << "\"";
      EXPECT_TRUE(e.relation == rl.facts(w)) << lang << " \"" << w << "\"";
      EXPECT_EQ(e.alias, kb.aliases.child(detail::WordTrie::kRoot, w)) << lang << " \"" << w << "\"";
      const detail::WordEntry t = by_table.entry(w, 0);
      EXPECT_TRUE(t.lexicon == e.lexicon && t.relation == e.relation && t.alias == e.alias)
          << lang << " \"" << w << "\"";
      lexicon_facts += !(e.lexicon == detail::WordFacts{});
      relation_facts += !(e.relation == detail::RelationWordFacts{});
      alias_starts += e.alias != detail::WordTrie::kNone;
      ++probed;
    }
  }
  // the probes reached every kind of answer
  EXPECT_GT(probed, 50000u);
  EXPECT_GT(lexicon_facts, 1000u);
  EXPECT_GT(relation_facts, 1000u);
  EXPECT_GT(alias_starts, 1000u);
}

// A language the knowledge has no lexicon for gets English's, as Knowledge::lexicon() does.
TEST(Vocabulary, AnUnknownLanguageGetsTheEnglishOne) {
  const auto& kb = agtest::extractor().knowledge();
  for (const char* w : {"supplied", "minister", "the", "deliveries", "defence"}) {
    const detail::WordEntry fr = kb.vocabulary("fr").entry(w), en = kb.vocabulary("en").entry(w);
    EXPECT_TRUE(fr.lexicon == en.lexicon && fr.relation == en.relation && fr.alias == en.alias) << w;
  }
  // ... and the languages differ
  const detail::WordEntry nl = kb.vocabulary("nl").entry("geleverd"),
                          en = kb.vocabulary("en").entry("geleverd");
  EXPECT_NE(nl.relation.verbs, nullptr);
  EXPECT_EQ(en.relation.verbs, nullptr);
}

}  // namespace

namespace {

// A vocabulary of more languages than it indexes asks the tables themselves, with the same answers.
TEST(Vocabulary, MoreLanguagesThanItIndexesAreAskedOfTheTables) {
  const auto& kb = agtest::extractor().knowledge();
  const detail::Lexicon& nl = kb.lexicon("nl");
  const detail::RelationLexicon& rl = *kb.relation_lexicons.at("nl");
  const std::vector<detail::Vocabulary::Language> five(5, {&nl, &rl});
  const detail::Vocabulary many(five, kb.aliases);
  EXPECT_EQ(many.size(), 0u);  // nothing indexed
  const detail::LanguageVocabulary indexed = kb.vocabulary("nl");
  for (const char* w : {"geleverd", "minister", "de", "wapenleveranties", "rusland", "zzzz"}) {
    const detail::WordEntry a = many.entry(w, 4), b = indexed.entry(w);
    EXPECT_TRUE(a.lexicon == b.lexicon && a.relation == b.relation && a.alias == b.alias) << w;
  }
}

}  // namespace

// The relation rules look for a gapped cue ("weist … zurück") only in a sentence where a word
// begins one: the first word of each must carry the gapped_heads bit in its entry.
TEST(Vocabulary, TheFirstWordOfEachGappedCueIsMarked) {
  const auto& kb = agtest::extractor().knowledge();
  constexpr detail::WordSetBits kHead =
      detail::RelationLexicon::bit<&detail::RelationLexicon::gapped_heads>();
  std::size_t cues = 0;
  for (const char* lang : {"nl", "de", "en"}) {
    const detail::RelationLexicon& rl = *kb.relation_lexicons.at(lang);
    const detail::LanguageVocabulary vocabulary = kb.vocabulary(lang);
    for (const detail::Cues* list : {&rl.alleged, &rl.planned, &rl.denied, &rl.negated, &rl.noun_governors}) {
      for (const detail::GappedCue& cue : list->gapped) {
        EXPECT_NE(vocabulary.entry(cue.head.front()).relation.sets & kHead, 0U)
            << lang << " " << cue.head.front();
        ++cues;
      }
    }
    EXPECT_EQ(vocabulary.entry("the").relation.sets & kHead, 0U) << lang;
  }
  EXPECT_GE(cues, 10U);  // the Dutch and German refusals and denials
}

// The relation rules look for a phrase that names a claim's source ("volgens", "according to")
// only before a word that ends one: those words carry the attribution_ends bit.
TEST(Vocabulary, TheLastWordOfAnAttributionPhraseIsMarked) {
  const auto& kb = agtest::extractor().knowledge();
  constexpr detail::WordSetBits kEnd =
      detail::RelationLexicon::bit<&detail::RelationLexicon::attribution_ends>();
  for (const auto& [lang, word] : {std::pair{"nl", "volgens"}, {"de", "laut"}, {"en", "to"}}) {
    const detail::RelationLexicon& rl = *kb.relation_lexicons.at(lang);
    EXPECT_TRUE(rl.attribution_ends.contains(word)) << lang << " " << word;
    EXPECT_NE(kb.vocabulary(lang).entry(word).relation.sets & kEnd, 0U) << lang << " " << word;
    EXPECT_EQ(kb.vocabulary(lang).entry("drones").relation.sets & kEnd, 0U) << lang;
  }
}
