// Sentence boundaries: the ones ICU's sentence BreakIterator gives (the root rules, which nl,
// de and en use unchanged: abbreviations are handled by split_sentences()).
//
// fast_sentence_breaks() applies Unicode's sentence rules (UAX #29, SB1-SB998, as ICU states
// them) directly to UTF-8 for text without the characters it leaves to ICU (combining marks
// and format characters, which the rules skip over, and scripts outside Latin, Greek and
// Cyrillic) and returns false on those. tests/test_sentence_break.cc holds the two to the
// same boundaries on the corpus and on random strings.
#ifndef ACTORGRAPH_TEXT_SENTENCE_BREAK_H_
#define ACTORGRAPH_TEXT_SENTENCE_BREAK_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace actorgraph::detail {

// The end of each sentence of `text` (byte offsets, increasing, the last one text.size()),
// appended to `ends`; false (with `ends` unchanged) when the fast rules do not cover `text`.
bool fast_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends);

// The same with ICU's sentence BreakIterator (one per thread); false if ICU fails.
bool icu_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends);

// fast_sentence_breaks(), else icu_sentence_breaks().
void sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_SENTENCE_BREAK_H_
