// Vocabulary: what a folded word is to every word table of each language, found with one lookup
// per token. Recognition and the relation rules ask of each word of a text what it is to the
// lexicon (cue tables and word sets: WordFacts), to the relation lexicon (verbs, cue phrases,
// word sets: RelationWordFacts) and to the gazetteer (the trie node the word leads to from the
// root). Asked table by table, that is three hash lookups in three tables, each a likely cache
// miss; the vocabulary holds every word any of them indexes, in any language, with all the
// answers. (One vocabulary for all languages: a gazetteer's names are the same in each, and
// 100,000 of them are kept once.)
//
// Contract: entry(w, l) is {lexicon.facts(w), relation.facts(w), aliases.child(kRoot, w)} of
// language l for every folded word w (relation facts empty for a language without a relation
// lexicon). A vocabulary refers to the tables it was built from, which must outlive it and not
// change. Built with indexed = false, it asks the tables themselves (a Knowledge filled by hand).
#ifndef ACTORGRAPH_RECOGNISE_VOCABULARY_H_
#define ACTORGRAPH_RECOGNISE_VOCABULARY_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <utility>
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
  struct Language {
    const Lexicon* lexicon = nullptr;
    const RelationLexicon* relation = nullptr;  // or none
  };
  Vocabulary(std::vector<Language> languages, const WordTrie& aliases, bool indexed = true);

  // What `folded` is to the tables of languages[language].
  [[nodiscard]] WordEntry entry(std::string_view folded, std::size_t language) const {
    return entry(folded, hash_bytes(folded), language);
  }
  // The same in two steps, for the words of a sentence: ask() hashes a word and has the memory
  // fetch where its lookup starts; entry() with that hash looks it up. Asking every word of a
  // sentence before looking any up lets their cache misses overlap instead of following one
  // another.
  [[nodiscard]] std::uint64_t ask(std::string_view folded) const {
    const std::uint64_t hash = hash_bytes(folded);
    words_.prefetch(hash);
    return hash;
  }
  [[nodiscard]] WordEntry entry(std::string_view folded, std::uint64_t hash, std::size_t language) const;
  // Words it holds.
  [[nodiscard]] std::size_t size() const { return words_.size(); }

 private:
  // The languages a vocabulary indexes; one with more asks the tables themselves.
  static constexpr std::size_t kMaxLanguages = 4;
  struct Slot {
    std::uint32_t alias = WordTrie::kNone;
    std::array<std::uint32_t, kMaxLanguages> facts{};  // per language, its entry in facts_ (0: none)
    std::uint8_t in_tables = 0;  // bit l: a table of language l holds it (else only other_word())
  };
  [[nodiscard]] WordEntry unindexed(std::string_view folded, std::size_t language) const;
  // The facts of a word no table of the language indexes: the compound heads it may end with.
  [[nodiscard]] WordEntry other_word(std::string_view folded, std::size_t language) const;

  std::vector<Language> languages_;
  const WordTrie& aliases_;
  bool indexed_;
  FlatStringMap<Slot> words_;
  std::vector<WordEntry> facts_;   // facts_[0] empty (their alias fields unused)
  std::vector<TailFilter> heads_;  // per language: every word that ends with a compound head of a table
};

// One language's view of a vocabulary: what words_of() looks words up in.
class LanguageVocabulary {
 public:
  LanguageVocabulary(std::shared_ptr<const Vocabulary> vocabulary, std::size_t language)
      : vocabulary_(std::move(vocabulary)), language_(language) {}
  [[nodiscard]] WordEntry entry(std::string_view folded) const {
    return vocabulary_->entry(folded, language_);
  }
  [[nodiscard]] std::uint64_t ask(std::string_view folded) const { return vocabulary_->ask(folded); }
  [[nodiscard]] WordEntry entry(std::string_view folded, std::uint64_t hash) const {
    return vocabulary_->entry(folded, hash, language_);
  }

 private:
  std::shared_ptr<const Vocabulary> vocabulary_;
  std::size_t language_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_VOCABULARY_H_
