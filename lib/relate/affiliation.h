// Affiliations from role cues: "De Finse minister van Defensie Antti Häkkänen" gives
// official_of(Antti Häkkänen, Finland) with the role "Minister of Defence"; "Frank Slijper,
// wapenhandelexpert bij vredesorganisatie PAX" gives member_of(Frank Slijper, PAX).
// The state or organisation is the one named next to the role: just before it (a state
// adjective or possessive) or in the phrase just after it ("van de Verenigde Staten",
// "bei Rheinmetall"). Experts and members prefer an organisation; ministers a state.
#ifndef ACTORGRAPH_RELATE_AFFILIATION_H_
#define ACTORGRAPH_RELATE_AFFILIATION_H_

#include <span>
#include <vector>

#include "actorgraph/records.h"
#include "recognise/recogniser.h"
#include "resolve/resolver.h"

namespace actorgraph::detail {

// `evidence[i]` is the evidence template of sentence i: its span and date. The caller adds
// the document and the quote to the relations returned.
std::vector<Relation> affiliations(const Knowledge& kb, const Lexicon& lx,
                                   std::span<const SentenceWords> sentences, const ResolvedDoc& doc,
                                   const std::vector<Evidence>& evidence);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RELATE_AFFILIATION_H_
