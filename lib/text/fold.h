// Folding for matching: one key for all the ways a word is written.
//
// fold() maps a token to lower case ASCII where it can: any script to Latin, diacritics
// dropped (Häkkänen → hakkanen, Selçuk → selcuk), ß → ss, typographic apostrophes and
// dashes to their ASCII forms, and apostrophes inside words removed (Xi’an → xian,
// d’Hooghe → dhooghe). All of it is ICU's (Any-Latin; Latin-ASCII; Lower); results are
// cached per thread.
#ifndef ACTORGRAPH_TEXT_FOLD_H_
#define ACTORGRAPH_TEXT_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph::detail {

std::string fold(std::string_view token);
// fold() of a token known to hold ASCII bytes only, without checking.
std::string fold_ascii(std::string_view token);
// What fold_ascii() does to each byte (what the transliterator does to ASCII): a letter to
// lower case; an apostrophe ' or ` is dropped from the fold.
constexpr char fold_ascii_byte(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
constexpr bool fold_drops(char c) { return c == '\'' || c == '`'; }

// Folds a whole phrase token by token and joins the folded words with single spaces
// (hyphens between words count as spaces): "Wit-Rusland" → "wit rusland".
std::string fold_phrase(std::string_view phrase);

// The words of a folded phrase: "wit rusland" -> {"wit", "rusland"}.
std::vector<std::string> split_words(std::string_view folded);

// True when the first letter of `token` is upper case (any script).
bool starts_upper(std::string_view token);
// True when every letter is upper case and there are at least two letters.
bool all_upper(std::string_view token);
bool has_upper(std::string_view token);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_FOLD_H_
