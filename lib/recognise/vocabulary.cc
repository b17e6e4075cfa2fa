#include "recognise/vocabulary.h"

namespace actorgraph::detail {

Vocabulary::Vocabulary(std::vector<Language> languages, const WordTrie& aliases, bool indexed)
    : languages_(std::move(languages)),
      aliases_(aliases),
      indexed_(indexed && languages_.size() <= kMaxLanguages),
      heads_(languages_.size()) {
  if (!indexed_) return;
  // Every word a table indexes, and every word a gazetteer name begins with.
  for (std::size_t l = 0; l < languages_.size(); ++l) {
    auto add = [&](std::string_view w) { words_[w].in_tables |= static_cast<std::uint8_t>(1u << l); };
    languages_[l].lexicon->for_each_word(add, heads_[l]);
    if (languages_[l].relation) languages_[l].relation->for_each_word(add, heads_[l]);
  }
  aliases_.for_each_first_word([&](std::string_view w) { words_[w]; });
  // What each is to each language's tables: an entry for each language whose tables say
  // something of the word (most words are some language's only), the others the empty facts_[0].
  facts_.emplace_back();
  for (auto& [word, slot] : words_) {
    slot.alias = aliases_.child(WordTrie::kRoot, word);
    for (std::size_t l = 0; l < languages_.size(); ++l) {
      const WordEntry e = (slot.in_tables >> l) & 1u ? unindexed(word, l) : other_word(word, l);
      if (e.lexicon == WordFacts{} && e.relation == RelationWordFacts{}) continue;
      slot.facts[l] = static_cast<std::uint32_t>(facts_.size());
      facts_.push_back(e);
    }
  }
  facts_.shrink_to_fit();
}

WordEntry Vocabulary::unindexed(std::string_view folded, std::size_t language) const {
  const Language& lang = languages_[language];
  WordEntry e;
  e.lexicon = lang.lexicon->facts(folded);
  if (lang.relation) e.relation = lang.relation->facts(folded);
  e.alias = aliases_.child(WordTrie::kRoot, folded);
  return e;
}

WordEntry Vocabulary::other_word(std::string_view folded, std::size_t language) const {
  WordEntry e;
  if (heads_[language].may_end(folded)) {
    const Language& lang = languages_[language];
    e.lexicon = lang.lexicon->other_word_facts(folded);
    if (lang.relation) e.relation = lang.relation->other_word_facts(folded);
  }
  return e;
}

WordEntry Vocabulary::entry(std::string_view folded, std::uint64_t hash, std::size_t language) const {
  if (!indexed_) return unindexed(folded, language);
  const auto it = words_.find(folded, hash);
  if (it == words_.end()) return other_word(folded, language);  // in no table, and begins no name
  WordEntry e = facts_[it->second.facts[language]];
  e.alias = it->second.alias;
  return e;
}

}  // namespace actorgraph::detail
