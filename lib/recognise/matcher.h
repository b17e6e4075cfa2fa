// WordTrie: a trie over folded words, for multi-word names and cue phrases. Each complete
// phrase carries one value (an index the owner assigns). Lookup walks the words of a
// sentence and reports the longest phrase that ends at a word boundary.
#ifndef ACTORGRAPH_RECOGNISE_MATCHER_H_
#define ACTORGRAPH_RECOGNISE_MATCHER_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace actorgraph::detail {

class WordTrie {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  WordTrie() : nodes_(1) {}

  // Inserts a phrase; returns its value slot (existing or new, numbered from 0).
  std::uint32_t insert(const std::vector<std::string>& words);

  struct Match {
    std::size_t length = 0;  // words matched
    std::uint32_t value = kNone;
  };
  // Longest phrase starting at words[i]. `can_continue(j)` tells whether the phrase may go
  // on from words[j-1] to words[j] (same name: joined by a space or a hyphen).
  // `last_word_forms(j)`, if given, lists other forms to try for the final word
  // (inflection suffixes stripped).
  [[nodiscard]] std::optional<Match> longest(
      const std::vector<std::string>& words, std::size_t i,
      const std::function<bool(std::size_t)>& can_continue,
      const std::function<std::vector<std::string>(std::size_t)>& last_word_forms = {}) const;

  // Exact lookup of a whole phrase.
  [[nodiscard]] std::uint32_t find(const std::vector<std::string>& words) const;
  [[nodiscard]] std::uint32_t size() const { return values_; }

 private:
  struct Node {
    std::unordered_map<std::string, std::uint32_t> next;
    std::uint32_t value = kNone;
  };
  std::vector<Node> nodes_;
  std::uint32_t values_ = 0;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_MATCHER_H_
