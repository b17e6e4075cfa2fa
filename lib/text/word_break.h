// Word segmentation: the segments ICU's word BreakIterator gives (the root rules, which
// nl, de and en use unchanged), each with its rule status.
//
// ICU's iterator runs a state machine over UTF-16 through UText, at about 80 MB/s.
// fast_word_segments() applies the same rules (Unicode UAX #29 as ICU states them) directly
// to UTF-8 for text made of the characters those rules treat plainly — Latin, Greek and
// Cyrillic letters, digits, punctuation, white space — and gives up, returning false, on
// anything else (combining marks, format characters, Hebrew, Kana, Han, Thai, emoji, ...), for
// which icu_word_segments() is the answer. tests/test_word_break.cc holds the two to the same
// segments on the corpus and on millions of random strings.
#ifndef ACTORGRAPH_TEXT_WORD_BREAK_H_
#define ACTORGRAPH_TEXT_WORD_BREAK_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace actorgraph::detail {

struct WordSegment {
  std::uint32_t b = 0, e = 0;  // bytes into the text segmented
  std::int32_t status = 0;     // ICU's rule status: 0 none, 100 number, 200 letters
};

// Segments of `text`, appended to `out`; false (with `out` unchanged) when `text` holds a
// character the fast rules do not cover.
bool fast_word_segments(std::string_view text, std::vector<WordSegment>& out);

// The same with ICU's word BreakIterator (one per thread); false if ICU fails.
bool icu_word_segments(std::string_view text, std::vector<WordSegment>& out);

// fast_word_segments(), else icu_word_segments().
void word_segments(std::string_view text, std::vector<WordSegment>& out);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_WORD_BREAK_H_
