// Segmentation by ICU's rules (nl, de and en use the root rules unchanged): sentences, and
// tokens within a range. Plain text is segmented by the same rules applied directly to UTF-8
// (sentence_break.h, word_break.h), anything else by ICU's break iterators. Offsets are byte
// offsets into the UTF-8 text, so every token and mention maps back to the original exactly.
#ifndef ACTORGRAPH_TEXT_SEGMENT_H_
#define ACTORGRAPH_TEXT_SEGMENT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/string_map.h"

namespace actorgraph::detail {

enum class TokenKind : std::uint8_t { word, hyphen, apostrophe, punct };

struct Token {
  std::uint32_t b = 0, e = 0;  // bytes
  TokenKind kind = TokenKind::punct;
  bool space_before = true;  // white space (or start) before it
  bool upper = false;        // first letter upper case
  bool caps = false;         // all letters upper case (acronym)
  bool digit = false;        // starts with a digit
  bool alpha = false;        // letters only
  // The token folded (fold.h). A view: of the text itself when the token folds to itself (a
  // lower-case ASCII word, punctuation: most tokens), of a static string for hyphens and
  // apostrophes, else of the buffer of folds tokenize() was given.
  std::string_view fold;
};

struct ByteRange {
  std::uint32_t b = 0, e = 0;
};

// What a language's lexicon tells split_sentences() of the full stops that end no sentence.
struct SentenceStops {
  // as written: no sentence ends right after one ("z.", "bzw.", "Dr.")
  const FlatStringSet* abbreviations = nullptr;
  // as written, a firm's legal forms with a full stop ("Ltd.", "B.V.", "Co."): a sentence ends
  // after one ("… to Acme Ltd. The deal …", "… aan Acme N.V. Saudi-Arabië levert …") unless
  // one of `legal_suffixes` (folded) follows it inside the name ("GmbH & Co. KG")
  const FlatStringSet* legal_forms = nullptr;
  const FlatStringSet* legal_suffixes = nullptr;
  // folded month names: a day's number with a full stop before one ends no sentence ("am 15.
  // Januar", "Berlin, 3. März 2024 (dpa) -")
  const FlatStringMap<int>* months = nullptr;
};

// Sentences of text[from, end), trimmed of surrounding white space; never empty ranges.
std::vector<ByteRange> split_sentences(std::string_view text, std::uint32_t from, const std::string& lang);
std::vector<ByteRange> split_sentences(std::string_view text, std::uint32_t from, const std::string& lang,
                                       const SentenceStops& stops);

// Tokens with the buffer that holds the folds which are not views of the text. Their views stay
// valid when a Tokens is moved (a vector's buffer moves with it), not when it is copied.
struct Tokens {
  Tokens() = default;
  Tokens(Tokens&&) noexcept = default;
  Tokens& operator=(Tokens&&) noexcept = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;
  ~Tokens() = default;

  std::vector<Token> list;
  std::vector<char> folds;
};

// Word, hyphen, apostrophe and punctuation tokens of text[b, e); white space is dropped. The
// tokens' folds view `text`, which must outlive them.
Tokens tokenize(std::string_view text, std::uint32_t b, std::uint32_t e, const std::string& lang);
// The same into `out` and `folds`, which are cleared first (their memory is reused).
void tokenize(std::string_view text, std::uint32_t b, std::uint32_t e, const std::string& lang,
              std::vector<Token>& out, std::vector<char>& folds);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_SEGMENT_H_
