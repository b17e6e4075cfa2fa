// WordTrie: a trie over folded words, for multi-word names and cue phrases. Each complete
// phrase carries one value (an index the owner assigns). Lookup walks the words of a
// sentence and reports the longest phrase that ends at a word boundary.
//
// All edges (parent node, folded word) -> child node live in one flat hash table, so a step
// costs one hash lookup — mostly one cache line — however many phrases the trie holds
// (100 000 gazetteer aliases walk as fast as 1 000). Lookups take string views: no key is
// copied to look it up.
#ifndef ACTORGRAPH_RECOGNISE_MATCHER_H_
#define ACTORGRAPH_RECOGNISE_MATCHER_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_map.h"

namespace actorgraph::detail {

class WordTrie {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  static constexpr std::uint32_t kRoot = 0;
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
  // (inflection suffixes stripped): any range of strings or string views.
  template <typename Words, typename CanContinue>
  [[nodiscard]] std::optional<Match> longest(const Words& words, std::size_t i,
                                             CanContinue&& can_continue) const {
    return longest(words, i, can_continue, [](std::size_t) { return std::vector<std::string_view>{}; });
  }
  template <typename Words, typename CanContinue, typename Forms>
  [[nodiscard]] std::optional<Match> longest(const Words& words, std::size_t i, CanContinue&& can_continue,
                                             Forms&& last_word_forms) const {
    return longest(words, i, child(kRoot, words[i]), can_continue, last_word_forms);
  }
  // The same, given the node `first` that words[i] leads to from the root (child(kRoot,
  // words[i]), found beforehand).
  template <typename Words, typename CanContinue, typename Forms>
  [[nodiscard]] std::optional<Match> longest(const Words& words, std::size_t i, std::uint32_t first,
                                             CanContinue&& can_continue, Forms&& last_word_forms) const;

  // The same from the node `first` that words[i] leads to from the root (child(kRoot, words[i]),
  // found once beforehand), with no continuation rule.
  template <typename Words>
  [[nodiscard]] std::optional<Match> longest_from(const Words& words, std::size_t i,
                                                  std::uint32_t first) const {
    std::optional<Match> best;
    std::uint32_t n = first;
    for (std::size_t j = i; n != kNone;) {
      if (nodes_[n].value != kNone) best = Match{j - i + 1, nodes_[n].value};
      if (++j >= words.size()) break;
      n = child(n, words[j]);
    }
    return best;
  }

  // Exact lookup of a whole phrase: any range of strings or string views.
  template <typename Words>
  [[nodiscard]] std::uint32_t find(const Words& words) const {
    std::uint32_t n = kRoot;
    for (const auto& w : words) {
      n = child(n, w);
      if (n == kNone) return kNone;
    }
    return nodes_[n].value;
  }
  // Exact lookup of a one-word phrase.
  [[nodiscard]] std::uint32_t find_word(std::string_view word) const { return value(child(kRoot, word)); }

  // Walking node by node: the child of `node` along `word` (kNone if there is none), and
  // the value of a node (kNone for kNone or a node that ends no phrase).
  [[nodiscard]] std::uint32_t child(std::uint32_t node, std::string_view word) const {
    if (node == kNone) return kNone;
    // edges are numbered by the node they lead to, less one (the root has no edge)
    const std::uint32_t edge = edges_.find(edge_hash(node, word), [&](std::uint32_t e) {
      return nodes_[e + 1].parent == node && nodes_[e + 1].word == word;
    });
    return edge == FlatIndex::kNone ? kNone : edge + 1;
  }
  [[nodiscard]] std::uint32_t value(std::uint32_t node) const {
    return node == kNone ? kNone : nodes_[node].value;
  }

  [[nodiscard]] std::uint32_t size() const { return values_; }

  // Calls f(word) for each word some phrase begins with.
  template <typename F>
  void for_each_first_word(F&& f) const {
    for (std::size_t n = 1; n < nodes_.size(); ++n) {
      if (nodes_[n].parent == kRoot) f(std::string_view(nodes_[n].word));
    }
  }

 private:
  struct Node {
    std::uint32_t parent = kNone;
    std::string word;  // on the edge from the parent
    std::uint32_t value = kNone;
  };
  static std::uint64_t edge_hash(std::uint32_t parent, std::string_view word) {
    return hash_bytes(word) ^ (static_cast<std::uint64_t>(parent) * 0x9E3779B97F4A7C15ull);
  }
  std::vector<Node> nodes_;
  FlatIndex edges_;  // edge e leads to node e + 1
  std::uint32_t values_ = 0;
};

template <typename Words, typename CanContinue, typename Forms>
std::optional<WordTrie::Match> WordTrie::longest(const Words& words, std::size_t i, std::uint32_t first,
                                                 CanContinue&& can_continue, Forms&& last_word_forms) const {
  std::optional<Match> best;
  std::uint32_t n = kRoot;
  for (std::size_t j = i; j < words.size(); ++j) {
    if (j > i && !can_continue(j)) break;
    for (const auto& form : last_word_forms(j)) {
      const std::uint32_t v = value(child(n, form));
      if (v != kNone && (!best || best->length < j - i + 1)) best = Match{j - i + 1, v};
    }
    n = j == i ? first : child(n, words[j]);
    if (n == kNone) break;
    if (nodes_[n].value != kNone) best = Match{j - i + 1, nodes_[n].value};
  }
  return best;
}

// TailFilter: which words may end with one of a set of endings, from one bit per (hashed)
// last four bytes of each ending (the whole ending when shorter). A word it turns away ends
// with none of them; a word it lets through may.
class TailFilter {
 public:
  TailFilter() { bits_.fill(0); }
  void add(std::string_view ending);
  // Lets through whatever either filter lets through.
  void unite(const TailFilter& other);
  [[nodiscard]] bool may_end(std::string_view word) const {
    for (std::size_t length = 1; length <= kTail && length <= word.size(); ++length) {
      if (!(lengths_ & (1u << (length - 1)))) continue;
      const std::size_t bit = tail_bit(word, length);
      if (bits_[bit / 64] & (std::uint64_t{1} << (bit % 64))) return true;
    }
    return false;
  }

 private:
  static constexpr std::size_t kTail = 4;
  // The bit of a word's last `length` bytes (1 to kTail): 16 bits of a multiplicative hash.
  static std::size_t tail_bit(std::string_view word, std::size_t length) {
    std::uint32_t v = 0;
    std::memcpy(&v, word.data() + word.size() - length, length);
    const std::uint64_t h =
        (static_cast<std::uint64_t>(v) | (static_cast<std::uint64_t>(length) << 32)) * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h >> 48);
  }
  std::array<std::uint64_t, 1024> bits_;  // 65 536 bits
  unsigned lengths_ = 0;                  // bit L-1: an ending whose tail has L bytes
};

// SuffixIndex: word endings ("systeem", "lieferung") for closed compounds. Finds, among the
// endings a word has, the one added first, walking the word backwards once. Most words have
// none, and its TailFilter turns them away before the walk.
class SuffixIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  SuffixIndex() { last_char_.fill(kNone); }
  // Adds an ending with its value; when an ending is added twice the first value stays.
  void add(std::string_view suffix, std::uint32_t value);
  // The value of the earliest-added ending of `word` that leaves at least `min_rest` bytes
  // before it, or kNone.
  [[nodiscard]] std::uint32_t first_match(std::string_view word, std::size_t min_rest) const;
  [[nodiscard]] bool empty() const { return added_ == 0; }
  // Lets through every word that has one of the endings.
  [[nodiscard]] const TailFilter& tails() const { return tails_; }

 private:
  struct Node {
    std::vector<std::pair<char, std::uint32_t>> next;  // few children: a linear scan
    std::uint32_t rank = kNone;                        // order of addition of the ending here
    std::uint32_t value = kNone;
  };
  [[nodiscard]] std::uint32_t child(std::uint32_t node, char c) const;
  std::vector<Node> nodes_{1};
  std::array<std::uint32_t, 256> last_char_;  // the root's children by byte: most words stop here
  TailFilter tails_;
  std::uint32_t added_ = 0;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_MATCHER_H_
