// RelationLexicon: the trigger words and cue phrases of one language for relation
// extraction, loaded from data/lexicon/relations.<lang>.json (schema/relations.schema.json).
#ifndef ACTORGRAPH_RELATE_RELATION_LEXICON_H_
#define ACTORGRAPH_RELATE_RELATION_LEXICON_H_

#include <cstdint>
#include <functional>
#include <iterator>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/result.h"
#include "recognise/knowledge.h"

namespace actorgraph::detail {

// (unrelated: a verb that shares its forms with a relation verb and, with its particle, names
// no relation: "bekendmaken" beside "maken")
enum class VerbKind : std::uint8_t { supply, receive, use, produce, fund, sanction, negotiate, unrelated };

struct VerbInfo {
  VerbKind kind = VerbKind::supply;
  std::string lemma;
  std::vector<std::string> particle;  // folded words
  // the particle is a separable prefix, the lemma one word that begins with it ("abgeben",
  // "toezeggen"): apart from the verb it ends the clause's middle. (Not so the preposition of
  // "warten auf", nor the phrase of "auf die Sanktionsliste setzen".)
  bool separable = false;
  std::string mode;
  // A sanction verb whose lemma names a sanction noun ("impose sanctions on", "Sanktionen
  // verhängen", "op de sanctielijst plaatsen"): it names a sanction only with that noun, and the
  // noun's rule reads the clause.
  bool governs_sanction_noun = false;
  // a verb of buying whose "in" and a state name the seller ("bestellt … in Südkorea")
  bool market = false;
  // a verb that supplies only what its clause names ("offered tanks to Ukraine"; not "offered
  // to host talks", "bood zijn excuses aan")
  bool needs_items = false;
};

// A cue phrase with a gap ("weist … zurück"): its two parts, folded words. `particle`: the
// second part is one word that is also an article or a preposition ("stellte … ein", "sagte … zu",
// "stelde … voor") and no complementizer, nor the preposition of a verb the lexicon lists with
// it ("wartet … auf"): it is the verb's separable particle only where a particle stands.
struct GappedCue {
  std::vector<std::string> head, tail;
  bool particle = false;
};

// Cue phrases of one modality; a phrase with a gap matches its two parts apart.
struct Cues {
  WordTrie trie;
  std::vector<GappedCue> gapped;
};

// The word sets a word is in, a bit each (RelationLexicon::bit()).
using WordSetBits = std::uint64_t;

// What a folded word is to a relation lexicon: the verbs it is a form of, where it stands in
// the cue tables the rules ask about every word, and the word sets it is in (a bit each, in
// the order of RelationLexicon::kWordSets).
struct RelationWordFacts {
  const std::vector<VerbInfo>* verbs = nullptr;
  CueStart supply_nouns, purchase_nouns, order_nouns, sanction_nouns, items;
  // the trie nodes of the modality cue phrases that begin with the word (or WordTrie::kNone)
  std::uint32_t alleged = WordTrie::kNone, planned = WordTrie::kNone, denied = WordTrie::kNone,
                negated = WordTrie::kNone;
  WordSetBits sets = 0;
  bool operator==(const RelationWordFacts&) const = default;
};

class RelationLexicon {
 public:
  static Result<RelationLexicon> load(const std::string& path, const std::string& schema);

  std::string lang;
  FlatStringMap<std::vector<VerbInfo>> verbs;  // folded form -> verbs
  // (items: Cue::kind is the English phrase)
  CueTable supply_nouns, purchase_nouns, order_nouns, sanction_nouns, items;
  FlatStringSet recipient_preps, source_preps, agent_preps, with_preps, passive_aux, origin_adjectives,
      articles, prepositions, clause_breaks, attribution_verbs, coordinators, complementizers,
      relative_pronouns, definite_determiners, conditionals, partner_preps, variant_nouns, genitive_preps,
      arrival_verbs, origin_verbs, denial_objects, market_preps, vendor_preps, win_verbs,
      possessive_determiners, pronouns, auxiliaries, target_preps, member_lists, member_list_tails,
      member_nouns, contract_nouns, disjunctions, denial_pronouns, infinitive_markers, infinitive_openers,
      thank_verbs, thank_preps;
  Cues alleged, planned, denied, negated;
  // verbs that make a supply noun their object a relation ("unterzeichnete den Vertrag über die
  // Lieferung", "stellte … ein neues Waffenpaket vor")
  Cues noun_governors;
  FlatStringSet gapped_heads;  // the first word of each gapped cue above (made from them)
  WordTrie attribution_before, comitatives, future_times, own_account, hedge_exceptions, exchange_phrases;
  FlatStringSet future_heads;      // the first word of each future_times phrase (made from them)
  FlatStringSet exchange_heads;    // the first word of each exchange_phrases phrase (made from them)
  FlatStringSet attribution_ends;  // the last word of each attribution_before phrase (made from them)
  FlatStringMap<double> numbers;
  // folded phrase -> how it bounds a quantity: "at least", "at most" or "about"
  FlatStringMap<std::string> quantity_bounds;
  FlatStringMap<int> months;
  // asked only once a plan or a negation is found (no bit in RelationWordFacts::sets):
  // complementizers of a statement, the perfect's auxiliaries, contrasting conjunctions
  FlatStringSet declarative_complementizers, perfect_auxiliaries, contrast_markers, object_control_verbs,
      adversative_verbs, benefactive_preps, copulas, implicative_verbs, anaphoric_nouns, aspect_verbs,
      delay_verbs, restrictive_relatives, verb_first_conditionals, pending_negations, compound_heads,
      time_nouns, via_preps;
  // the English item phrases of items that name no kind of arms ("weapons", "military equipment")
  FlatStringSet generic_items;

  // The verb a folded word is a form of (German and Dutch adjective endings on participles
  // are tried too: gelieferten, geleverde).
  [[nodiscard]] const std::vector<VerbInfo>* verb(std::string_view folded) const;

  // The facts of a folded word, asked of each table and set (a lookup in each). Extraction
  // reads them from the Vocabulary (recognise/vocabulary.h), which asks this once per word.
  [[nodiscard]] RelationWordFacts facts(std::string_view folded) const;
  // The facts of a folded word that is no verb form, in no set, and begins no phrase: only the
  // compound heads it may end with.
  [[nodiscard]] RelationWordFacts other_word_facts(std::string_view folded) const;
  // Calls f(word) for each verb form (with the adjective endings verb() tries), set word and
  // first word of a cue phrase; `heads` is then let through every word that ends with a
  // compound head of a table.
  void for_each_word(const std::function<void(std::string_view)>& f, TailFilter& heads) const;
  // The bit of a word set (a member listed in kWordSets) in RelationWordFacts::sets.
  template <FlatStringSet RelationLexicon::*Set>
  static constexpr WordSetBits bit();

 private:
  // folded word -> its bits in RelationWordFacts::sets, made by load() from the word sets
  // above (which are not to change after it)
  FlatStringMap<WordSetBits> set_bits_;
};

// The word sets whose membership RelationWordFacts records, bit i for the i-th.
inline constexpr FlatStringSet RelationLexicon::*kRelationWordSets[] = {
    &RelationLexicon::recipient_preps,    &RelationLexicon::source_preps,
    &RelationLexicon::agent_preps,        &RelationLexicon::with_preps,
    &RelationLexicon::passive_aux,        &RelationLexicon::origin_adjectives,
    &RelationLexicon::articles,           &RelationLexicon::prepositions,
    &RelationLexicon::clause_breaks,      &RelationLexicon::attribution_verbs,
    &RelationLexicon::coordinators,       &RelationLexicon::complementizers,
    &RelationLexicon::relative_pronouns,  &RelationLexicon::definite_determiners,
    &RelationLexicon::conditionals,       &RelationLexicon::partner_preps,
    &RelationLexicon::variant_nouns,      &RelationLexicon::genitive_preps,
    &RelationLexicon::gapped_heads,       &RelationLexicon::attribution_ends,
    &RelationLexicon::arrival_verbs,      &RelationLexicon::origin_verbs,
    &RelationLexicon::denial_objects,     &RelationLexicon::vendor_preps,
    &RelationLexicon::win_verbs,          &RelationLexicon::possessive_determiners,
    &RelationLexicon::pronouns,           &RelationLexicon::auxiliaries,
    &RelationLexicon::future_heads,       &RelationLexicon::target_preps,
    &RelationLexicon::member_lists,       &RelationLexicon::member_list_tails,
    &RelationLexicon::member_nouns,       &RelationLexicon::disjunctions,
    &RelationLexicon::contract_nouns,     &RelationLexicon::exchange_heads,
    &RelationLexicon::denial_pronouns,    &RelationLexicon::infinitive_markers,
    &RelationLexicon::infinitive_openers, &RelationLexicon::thank_verbs,
    &RelationLexicon::thank_preps,        &RelationLexicon::time_nouns,
    &RelationLexicon::compound_heads};
static_assert(std::size(kRelationWordSets) <= 64, "RelationWordFacts::sets has a bit for each word set");

template <FlatStringSet RelationLexicon::*Set>
constexpr WordSetBits RelationLexicon::bit() {
  for (std::size_t i = 0; i < std::size(kRelationWordSets); ++i) {
    if (kRelationWordSets[i] == Set) return WordSetBits{1} << i;
  }
  throw "a word set not listed in kRelationWordSets";  // (a compile-time error where it is used)
}

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RELATE_RELATION_LEXICON_H_
