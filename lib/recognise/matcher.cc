#include "recognise/matcher.h"

#include <algorithm>

namespace actorgraph::detail {

std::uint32_t WordTrie::insert(const std::vector<std::string>& words) {
  std::uint32_t n = kRoot;
  for (const std::string& w : words) {
    const std::uint32_t c = child(n, w);
    if (c == kNone) {
      const auto fresh = static_cast<std::uint32_t>(nodes_.size());
      nodes_.push_back({n, w, kNone});
      edges_.add(edge_hash(n, w), fresh - 1, [this](std::uint32_t e) {
        const Node& to = nodes_[e + 1];
        return edge_hash(to.parent, to.word);
      });
      n = fresh;
    } else {
      n = c;
    }
  }
  if (nodes_[n].value == kNone) nodes_[n].value = values_++;
  return nodes_[n].value;
}

std::uint32_t SuffixIndex::child(std::uint32_t node, char c) const {
  if (node == 0) return last_char_[static_cast<unsigned char>(c)];
  for (const auto& [ch, to] : nodes_[node].next) {
    if (ch == c) return to;
  }
  return kNone;
}

void TailFilter::add(std::string_view ending) {
  if (ending.empty()) return;  // (an empty ending is no ending: SuffixIndex never reports it)
  const std::size_t length = std::min(ending.size(), kTail);
  const std::size_t bit = tail_bit(ending, length);
  bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
  lengths_ |= 1u << (length - 1);
}

void TailFilter::unite(const TailFilter& other) {
  for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  lengths_ |= other.lengths_;
}

void SuffixIndex::add(std::string_view suffix, std::uint32_t value) {
  tails_.add(suffix);
  std::uint32_t n = 0;
  for (auto it = suffix.rbegin(); it != suffix.rend(); ++it) {
    std::uint32_t c = child(n, *it);
    if (c == kNone) {
      c = static_cast<std::uint32_t>(nodes_.size());
      nodes_.emplace_back();
      nodes_[n].next.emplace_back(*it, c);
      if (n == 0) last_char_[static_cast<unsigned char>(*it)] = c;
    }
    n = c;
  }
  if (nodes_[n].rank == kNone) {
    nodes_[n].rank = added_;
    nodes_[n].value = value;
  }
  ++added_;
}

std::uint32_t SuffixIndex::first_match(std::string_view word, std::size_t min_rest) const {
  // the last byte first: a kilobyte that stays in cache turns most words away before the filter
  if (word.empty() || last_char_[static_cast<unsigned char>(word.back())] == kNone) return kNone;
  if (!tails_.may_end(word)) return kNone;
  std::uint32_t n = 0, best_rank = kNone, best = kNone;
  for (std::size_t k = 1; k <= word.size(); ++k) {
    n = child(n, word[word.size() - k]);
    if (n == kNone) break;
    const Node& node = nodes_[n];
    if (node.rank != kNone && word.size() >= k + min_rest && node.rank < best_rank) {
      best_rank = node.rank;
      best = node.value;
    }
  }
  return best;
}

}  // namespace actorgraph::detail
