#include "recognise/matcher.h"

namespace actorgraph::detail {

std::uint32_t WordTrie::insert(const std::vector<std::string>& words) {
  std::uint32_t n = 0;
  for (const std::string& w : words) {
    auto it = nodes_[n].next.find(w);
    if (it == nodes_[n].next.end()) {
      nodes_.emplace_back();
      const auto child = static_cast<std::uint32_t>(nodes_.size() - 1);
      nodes_[n].next.emplace(w, child);
      n = child;
    } else {
      n = it->second;
    }
  }
  if (nodes_[n].value == kNone) nodes_[n].value = values_++;
  return nodes_[n].value;
}

std::uint32_t WordTrie::find(const std::vector<std::string>& words) const {
  std::uint32_t n = 0;
  for (const std::string& w : words) {
    auto it = nodes_[n].next.find(w);
    if (it == nodes_[n].next.end()) return kNone;
    n = it->second;
  }
  return nodes_[n].value;
}

std::optional<WordTrie::Match> WordTrie::longest(
    const std::vector<std::string>& words, std::size_t i,
    const std::function<bool(std::size_t)>& can_continue,
    const std::function<std::vector<std::string>(std::size_t)>& last_word_forms) const {
  std::optional<Match> best;
  std::uint32_t n = 0;
  for (std::size_t j = i; j < words.size(); ++j) {
    if (j > i && !can_continue(j)) break;
    if (last_word_forms) {
      for (const std::string& form : last_word_forms(j)) {
        auto alt = nodes_[n].next.find(form);
        if (alt != nodes_[n].next.end() && nodes_[alt->second].value != kNone) {
          if (!best || best->length < j - i + 1) best = Match{j - i + 1, nodes_[alt->second].value};
        }
      }
    }
    auto it = nodes_[n].next.find(words[j]);
    if (it == nodes_[n].next.end()) break;
    n = it->second;
    if (nodes_[n].value != kNone) best = Match{j - i + 1, nodes_[n].value};
  }
  return best;
}

}  // namespace actorgraph::detail
