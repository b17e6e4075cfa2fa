// Vocabulary: what a folded word is to every word table of one language, found with one lookup
// per token. Recognition and the relation rules ask of each word of a text what it is to the
// lexicon (cue tables and word sets: WordFacts), to the relation lexicon (verbs, cue phrases,
// word sets: RelationWordFacts) and to the gazetteer (the trie node the word leads to from the
// root). Asked table by table, that is three hash lookups in three tables, each a likely cache
// miss; the vocabulary holds every word any of them indexes, with all three answers.
//
// Contract: entry(w) is {lexicon.facts(w), relation.facts(w), aliases.child(kRoot, w)} for every
// folded word w (relation facts empty without a relation lexicon). A vocabulary refers to the
// tables it was built from, which must outlive it and not change. A Vocabulary built with
// indexed = false looks each word up in the tables themselves (for a Knowledge filled by hand).
#ifndef ACTORGRAPH_RECOGNISE_VOCABULARY_H_
#define ACTORGRAPH_RECOGNISE_VOCABULARY_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "recognise/knowledge.h"
#include "recognise/matcher.h"
#include "relate/relation_lexicon.h"
#include "text/string_map.h"

namespace actorgraph::detail {

struct WordEntry {
  WordFacts lexicon;
  RelationWordFacts relation;
  std::uint32_t alias = WordTrie::kNone;  // the gazetteer trie's node the word leads to from the root
};

class Vocabulary {
 public:
  Vocabulary(const Lexicon& lexicon, const RelationLexicon* relation, const WordTrie& aliases,
             bool indexed = true);

  [[nodiscard]] WordEntry entry(std::string_view folded) const;
  // Words it holds (for tests and the benchmark's notes).
  [[nodiscard]] std::size_t size() const { return words_.size(); }

 private:
  struct Slot {
    std::uint32_t alias = WordTrie::kNone;
    std::uint32_t facts = kNoFacts;  // index into facts_, or none: the facts of no word
  };
  static constexpr std::uint32_t kNoFacts = 0xFFFFFFFFu;
  [[nodiscard]] WordEntry unindexed(std::string_view folded) const;

  const Lexicon& lexicon_;
  const RelationLexicon* relation_;
  const WordTrie& aliases_;
  bool indexed_;
  FlatStringMap<Slot> words_;
  std::vector<WordEntry> facts_;  // (their alias fields unused)
  TailFilter heads_;              // lets through every word that ends with a compound head of a table
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_VOCABULARY_H_
