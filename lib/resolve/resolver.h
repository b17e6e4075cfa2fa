// Resolver: gives every recognised mention of one document a stable entity id.
//
//  - gazetteer entities keep their id ("state:RU");
//  - a person's name is looked up by its spelling-invariant key, so "Kyrylo Boedanov" is
//    the gazetteer's Kyrylo Budanov; unknown persons get "person:~<key>", the same key in
//    every document and language;
//  - organisations, firms and weapons found by rules get "org:~", "firm:~", "weapon:~" ids
//    from their folded names (or designation);
//  - short forms within the document: a surname alone (Slijper, Blinken, Xi) is the person
//    named in full elsewhere in it, or the person the gazetteer lists under it alone
//    ("President Putin"); an acronym or a one-word name found once (Politico, FSMTC) is found
//    again wherever it recurs;
//  - anaphors: "the company" / "dit bedrijf" is the firm named last within two sentences; a
//    state noun after a possessive ("his country", "sein Land", "zijn regering") is the one
//    state its sentence has named before it.
#ifndef ACTORGRAPH_RESOLVE_RESOLVER_H_
#define ACTORGRAPH_RESOLVE_RESOLVER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/records.h"
#include "recognise/recogniser.h"

namespace actorgraph::detail {

struct ResolvedDoc {
  std::vector<EntityRecord> entities;
  std::vector<Found> found;            // all mentions, short forms included, in text order
  std::vector<std::string> entity_of;  // entity id of each found mention

  // The mentions of sentence `sentence`: found[first, last) (empty where it has none).
  [[nodiscard]] std::pair<std::size_t, std::size_t> mentions_in(std::uint32_t sentence) const;
};

ResolvedDoc resolve(const Knowledge& kb, const Recogniser& rec, std::string_view text,
                    const std::string& lang, std::span<const SentenceWords> sentences,
                    std::vector<Found> found);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RESOLVE_RESOLVER_H_
