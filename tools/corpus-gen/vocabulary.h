// OpenVocabulary: the words of a language beyond the templates' own, for filler prose with the
// vocabulary of real news. The templates' filler sentences use a few thousand words in all, so
// a corpus written from them alone repeats every word thousands of times, which flatters any
// cache a reader of it keeps per word. A text of a few million words in a real language uses
// tens of thousands.
//
// The words are the stems of the language's Hunspell dictionary (the one actorgraph reads, named
// by data/lexicon/<lang>.json), those of four letters or more that begin with a lower-case
// letter (no names), drawn by a Zipf law over a seeded shuffle of them: a few words are common,
// most are rare, as in text. respell() swaps words of a sentence for drawn ones; it keeps the
// sentence's punctuation, its capitalised words and its short ones.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_VOCABULARY_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_VOCABULARY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "actorgraph/result.h"
#include "rng.h"

namespace actorgraph::corpus_gen {

class OpenVocabulary {
 public:
  // The words of `lang`'s dictionary (data root `root`), ranked by a shuffle seeded with `seed`.
  static Result<OpenVocabulary> load(const std::string& root, const std::string& lang, std::uint64_t seed);

  // `sentence` with each lower-case word of four letters or more replaced, with probability
  // `share`, by a word drawn from the vocabulary.
  [[nodiscard]] std::string respell(std::string_view sentence, double share, Rng& rng) const;

  [[nodiscard]] std::size_t size() const { return words_.size(); }

 private:
  [[nodiscard]] const std::string& draw(Rng& rng) const;
  std::vector<std::string> words_;  // by rank
  std::vector<double> cumulative_;  // Zipf weights 1/(rank + kRankOffset), summed
};

// Counts the words of a text, and the distinct ones (runs of letters, in lower case).
class WordCounter {
 public:
  void add(std::string_view text);
  [[nodiscard]] std::uint64_t words() const { return words_; }
  [[nodiscard]] std::size_t distinct() const { return seen_.size(); }

 private:
  std::unordered_set<std::string> seen_;
  std::uint64_t words_ = 0;
  std::string word_;  // scratch
};

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_VOCABULARY_H_
