// ICU's word and sentence break iterators over UTF-8 text, for the scripts the fast rules in
// word_break.cc and sentence_break.cc leave to ICU. ICU iterators are not thread-safe: each
// thread gets its own, cloned from one made once per kind. The text is read in place
// (UText over UTF-8), never copied to UTF-16.
#ifndef ACTORGRAPH_TEXT_ICU_BREAKS_H_
#define ACTORGRAPH_TEXT_ICU_BREAKS_H_

#include <cstdint>
#include <functional>
#include <string_view>

namespace actorgraph::detail {

enum class BreakKind { word, sentence };

// Calls visit(start, end, rule_status) for each segment, in order, with byte offsets.
// False when ICU could not be set up (no segments were visited).
bool for_each_icu_segment(BreakKind kind, std::string_view text,
                          const std::function<void(std::uint32_t, std::uint32_t, std::int32_t)>& visit);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_ICU_BREAKS_H_
