#include "recognise/vocabulary.h"

namespace actorgraph::detail {

Vocabulary::Vocabulary(const Lexicon& lexicon, const RelationLexicon* relation, const WordTrie& aliases,
                       bool indexed)
    : lexicon_(lexicon), relation_(relation), aliases_(aliases), indexed_(indexed) {
  if (!indexed_) return;
  // Every word a table indexes, and every word a gazetteer name begins with; each with what the
  // tables say of it, kept only when they say something.
  auto add = [&](std::string_view w) {
    if (words_.find(w) != words_.end()) return;
    const WordEntry e = unindexed(w);
    Slot slot{e.alias, kNoFacts};
    if (!(e.lexicon == WordFacts{}) || !(e.relation == RelationWordFacts{})) {
      slot.facts = static_cast<std::uint32_t>(facts_.size());
      facts_.push_back(e);
    }
    words_.emplace(w, slot);
  };
  lexicon_.for_each_indexed_word(add, heads_);
  if (relation_) relation_->for_each_indexed_word(add, heads_);
  aliases_.for_each_first_word(add);
}

WordEntry Vocabulary::unindexed(std::string_view folded) const {
  WordEntry e;
  e.lexicon = lexicon_.facts(folded);
  if (relation_) e.relation = relation_->facts(folded);
  e.alias = aliases_.child(WordTrie::kRoot, folded);
  return e;
}

WordEntry Vocabulary::entry(std::string_view folded) const {
  if (!indexed_) return unindexed(folded);
  if (auto it = words_.find(folded); it != words_.end()) {
    WordEntry e;
    if (it->second.facts != kNoFacts) e = facts_[it->second.facts];
    e.alias = it->second.alias;
    return e;
  }
  // In no set, begins no phrase and no name: only the compound heads it may end with.
  WordEntry e;
  if (heads_.may_end(folded)) {
    e.lexicon = lexicon_.other_word_facts(folded);
    if (relation_) e.relation = relation_->other_word_facts(folded);
  }
  return e;
}

}  // namespace actorgraph::detail
