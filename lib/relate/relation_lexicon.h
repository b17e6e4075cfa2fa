// RelationLexicon: the trigger words and cue phrases of one language for relation
// extraction, loaded from data/lexicon/relations.<lang>.json (schema/relations.schema.json).
#ifndef ACTORGRAPH_RELATE_RELATION_LEXICON_H_
#define ACTORGRAPH_RELATE_RELATION_LEXICON_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/result.h"
#include "recognise/knowledge.h"

namespace actorgraph::detail {

enum class VerbKind : std::uint8_t { supply, receive, use, produce, fund, sanction, negotiate };

struct VerbInfo {
  VerbKind kind = VerbKind::supply;
  std::string lemma;
  std::vector<std::string> particle;  // folded words
  std::string mode;
};

// Cue phrases of one modality; a phrase with a gap ("weist … zurück") matches its two
// parts apart.
struct Cues {
  WordTrie trie;
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> gapped;
};

class RelationLexicon {
 public:
  static Result<RelationLexicon> load(const std::string& path, const std::string& schema);

  std::string lang;
  FlatStringMap<std::vector<VerbInfo>> verbs;                    // folded form -> verbs
  CueTable supply_nouns, purchase_nouns, sanction_nouns, items;  // items: Cue::kind = English phrase
  FlatStringSet recipient_preps, source_preps, agent_preps, with_preps, passive_aux, origin_adjectives,
      articles, prepositions, clause_breaks, attribution_verbs, coordinators, complementizers,
      relative_pronouns, definite_determiners, conditionals, partner_preps, variant_nouns, genitive_preps;
  Cues alleged, planned, denied, negated;
  WordTrie attribution_before, noun_governors, comitatives;
  FlatStringMap<double> numbers;
  FlatStringMap<int> months;

  // The verb a folded word is a form of (German and Dutch adjective endings on participles
  // are tried too: gelieferten, geleverde).
  [[nodiscard]] const std::vector<VerbInfo>* verb(std::string_view folded) const;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RELATE_RELATION_LEXICON_H_
