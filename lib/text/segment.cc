#include "text/segment.h"

#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "text/ascii_bytes.h"
#include "text/fold.h"
#include "text/sentence_break.h"
#include "text/word_break.h"

namespace actorgraph::detail {
namespace {

// The last white-space separated chunk of text[b, e): "z." in "liefert z."
std::string_view last_chunk(std::string_view text, std::uint32_t b, std::uint32_t e) {
  std::uint32_t k = e;
  while (k > b && text[k - 1] != ' ' && text[k - 1] != '\n' && text[k - 1] != '\t') --k;
  return text.substr(k, e - k);
}

// The first word of text[b, e): its letters up to the first space or punctuation mark.
std::string_view first_word(std::string_view text, std::uint32_t b, std::uint32_t e) {
  std::uint32_t k = b;
  while (k < e &&
         (static_cast<unsigned char>(text[k]) >= 0x80 || std::isalnum(static_cast<unsigned char>(text[k]))))
    ++k;
  return text.substr(b, k - b);
}

bool is_space(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= '\t' && c <= '\r');  // ASCII's White_Space
  return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B;
}

// What describe_ascii_word() needs to know of a byte, and the byte folded.
// (kLetter: what letters_only() accepts, letters and the ASCII apostrophe.)
enum ByteClass : std::uint8_t {
  kUpper = 1,
  kLower = 2,
  kDigit = 4,
  kLetter = 8,
  kDropped = 16,
  kNotAscii = 32
};
constexpr std::array<std::uint8_t, 256> kByteClasses = [] {
  std::array<std::uint8_t, 256> c{};
  for (int b = 'A'; b <= 'Z'; ++b) c[b] = kUpper | kLetter;
  for (int b = 'a'; b <= 'z'; ++b) c[b] = kLower | kLetter;
  for (int b = '0'; b <= '9'; ++b) c[b] = kDigit;
  c['\''] = kLetter;
  for (int b = 0; b < 0x80; ++b) {
    if (fold_drops(static_cast<char>(b))) c[b] |= kDropped;
  }
  for (int b = 0x80; b < 0x100; ++b) c[b] = kNotAscii;
  return c;
}();
constexpr std::array<char, 256> kAsciiFolded = [] {  // fold_ascii_byte() of each byte
  std::array<char, 256> l{};
  for (int b = 0; b < 0x100; ++b) l[b] = fold_ascii_byte(static_cast<char>(b));
  return l;
}();

// What fold_ascii() drops, as ascii_masks() finds it: the apostrophe and the backtick.
constexpr bool drops_only_quotes = [] {
  for (int b = 0; b < 0x80; ++b) {
    if (fold_drops(static_cast<char>(b)) != (b == '\'' || b == '`')) return false;
  }
  return true;
}();
static_assert(drops_only_quotes, "describe_ascii_word() expects fold_drops() to drop ' and ` only");

// A word token of ASCII bytes only, its flags in one pass: what starts_upper, all_upper and
// letters_only give for it, without their loops, and whether it folds to itself (no capital,
// nothing fold_ascii() drops). A word of up to 16 bytes is classed in one step (ascii_bytes.h),
// reading no byte at or past `limit`; a longer one byte by byte, branching on none. False, with
// `t` as it was, for a word with a byte that is not ASCII.
bool describe_ascii_word(std::string_view s, const char* limit, Token& t, bool& folds_to_itself) {
  const std::size_t n = s.size();
  if (n <= 16) {
    const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
    const AsciiMasks m = ascii_masks(p, n, reinterpret_cast<const std::uint8_t*>(limit));
    if (m.not_ascii) return false;
    const auto first = static_cast<std::size_t>(std::countr_one(m.digit));  // the first non-digit
    t.digit = (m.digit & 1u) != 0;
    t.upper = first < n && ((m.upper >> first) & 1u) != 0;
    t.caps = m.lower == 0 && std::popcount(m.upper) >= 2;
    t.alpha = (m.upper | m.lower | m.apostrophe) == m.all;
    folds_to_itself = (m.upper | m.apostrophe | m.backtick) == 0;
    return true;
  }
  unsigned any = 0, every = ~0u, capitals = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned cls = kByteClasses[static_cast<unsigned char>(s[i])];
    any |= cls;
    every &= cls;
    capitals += cls & kUpper;
  }
  if (any & kNotAscii) return false;
  std::size_t first = 0;  // the first character that is not a digit
  while (first < n && (kByteClasses[static_cast<unsigned char>(s[first])] & kDigit)) ++first;
  t.digit = n > 0 && (kByteClasses[static_cast<unsigned char>(s[0])] & kDigit);
  t.upper = first < n && (kByteClasses[static_cast<unsigned char>(s[first])] & kUpper);
  t.caps = !(any & kLower) && capitals >= 2;
  t.alpha = (every & kLetter) != 0;
  folds_to_itself = (any & (kUpper | kDropped)) == 0;
  return true;
}

// fold_ascii() of an ASCII word, appended to `out`.
void append_ascii_fold(std::string_view s, std::vector<char>& out) {
  for (const char c : s) {
    if (!(kByteClasses[static_cast<unsigned char>(c)] & kDropped))
      out.push_back(kAsciiFolded[static_cast<unsigned char>(c)]);
  }
}

// Letters and apostrophes only (Xi’an, d'Hooghe).
bool letters_only(std::string_view s) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  std::int32_t j = 0;
  while (j < n) {
    if (p[j] < 0x80) {  // ASCII fast path
      const char c = static_cast<char>(p[j++]);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'')) return false;
      continue;
    }
    UChar32 d;
    U8_NEXT(p, j, n, d);
    if (d >= 0 && !u_isalpha(d) && d != 0x2019 && d != 0x02BC) return false;
  }
  return true;
}

// Whether the `count` code points right before p[at] (none before p[b]) are lower-case letters.
bool lower_letters_before(const std::uint8_t* p, std::int32_t b, std::int32_t at, int count) {
  std::int32_t k = at;
  for (int seen = 0; seen < count; ++seen) {
    if (k <= b) return false;
    UChar32 c;
    U8_PREV(p, b, k, c);
    const bool lower = c < 0x80 ? (c >= 'a' && c <= 'z') : u_islower(c) != 0;  // (c < 0: invalid)
    if (!lower) return false;
  }
  return true;
}

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text, std::uint32_t from, const std::string& lang) {
  return split_sentences(text, from, lang, SentenceStops{});
}

std::vector<ByteRange> split_sentences(std::string_view text, std::uint32_t from, const std::string& /*lang*/,
                                       const SentenceStops& stops) {
  // nl, de and en break sentences by ICU's root rules, unchanged (sentence_break.h)
  std::vector<ByteRange> out;
  if (from >= text.size()) return out;
  thread_local std::vector<std::uint32_t> ends;
  ends.clear();
  sentence_breaks(text.substr(from), ends);
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::uint32_t start = 0;
  for (const std::uint32_t end : ends) {
    std::int32_t b = static_cast<std::int32_t>(start + from);
    std::int32_t e = static_cast<std::int32_t>(end + from);
    start = end;
    // trim white space on both sides
    while (b < e) {
      std::int32_t i = b;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c >= 0 && !is_space(c)) break;
      b = i;
    }
    while (e > b) {
      std::int32_t i = e;
      UChar32 c;
      U8_PREV(p, 0, i, c);
      if (c >= 0 && !is_space(c)) break;
      e = i;
    }
    if (e <= b) continue;
    // Scraped text often loses the space after a full stop ("funktionstüchtig.Vadym"): a
    // word of two or more lower-case letters, ".", then a capital starts a new sentence.
    // Only a full stop can start one: memchr finds them, and the words around are read then.
    std::int32_t from_b = b;
    for (std::int32_t at = b; at < e; ++at) {
      const void* dot = std::memchr(p + at, '.', static_cast<std::size_t>(e - at));
      if (!dot) break;
      at = static_cast<std::int32_t>(static_cast<const std::uint8_t*>(dot) - p);
      std::int32_t i = at + 1;
      if (i >= e || !lower_letters_before(p, b, at, 2)) continue;
      std::int32_t k = i;
      UChar32 d;
      U8_NEXT(p, k, e, d);
      if (u_isupper(d)) {
        out.push_back({static_cast<std::uint32_t>(from_b), static_cast<std::uint32_t>(i)});
        from_b = i;
      }
    }
    out.push_back({static_cast<std::uint32_t>(from_b), static_cast<std::uint32_t>(e)});
  }
  // No sentence ends on a known abbreviation ("z. B.", "Dr.", "o.a."), nor on a legal form
  // that another goes on ("Co. KG"), nor on a day before its month ("15. Januar"): whole words
  // only.
  const bool abbreviations = stops.abbreviations && !stops.abbreviations->empty();
  const bool legal_forms = stops.legal_forms && stops.legal_suffixes && !stops.legal_forms->empty();
  const bool months = stops.months && !stops.months->empty();
  // a day of the month: one or two digits and a full stop
  auto day = [](std::string_view tail) {
    return (tail.size() == 2 || tail.size() == 3) && tail.back() == '.' &&
           std::all_of(tail.begin(), tail.end() - 1, [](char c) { return c >= '0' && c <= '9'; });
  };
  if ((abbreviations || legal_forms || months) && out.size() > 1) {
    std::vector<ByteRange> merged;
    for (const ByteRange& r : out) {
      if (!merged.empty()) {
        const std::string_view tail = last_chunk(text, merged.back().b, merged.back().e);
        if ((abbreviations && stops.abbreviations->contains(tail)) ||
            (legal_forms && stops.legal_forms->contains(tail) &&
             stops.legal_suffixes->contains(fold(first_word(text, r.b, r.e)))) ||
            (months && day(tail) &&
             stops.months->find(fold(first_word(text, r.b, r.e))) != stops.months->end())) {
          merged.back().e = r.e;
          continue;
        }
      }
      merged.push_back(r);
    }
    out = std::move(merged);
  }
  return out;
}

Tokens tokenize(std::string_view text, std::uint32_t b, std::uint32_t e, const std::string& lang) {
  Tokens out;
  tokenize(text, b, e, lang, out.list, out.folds);
  return out;
}

void tokenize(std::string_view text, std::uint32_t b, std::uint32_t e, const std::string& /*lang*/,
              std::vector<Token>& out, std::vector<char>& folds) {
  // nl, de and en break words by ICU's root rules, unchanged (word_break.h)
  out.clear();
  folds.clear();
  if (b >= e || e > text.size()) return;
  thread_local std::vector<WordSegment> segments;
  segments.clear();
  word_segments(text.substr(b, e - b), segments);
  out.reserve(segments.size());  // at most one token per segment
  // The tokens whose folds go to `folds`: their views are made once it has stopped growing.
  struct Pending {
    std::uint32_t token, at, size;
  };
  thread_local std::vector<Pending> pending;
  pending.clear();
  auto fold_into_buffer = [&](auto&& append) {  // (for the token about to be added)
    const auto at = static_cast<std::uint32_t>(folds.size());
    append();
    pending.push_back(
        {static_cast<std::uint32_t>(out.size()), at, static_cast<std::uint32_t>(folds.size() - at)});
  };
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const char* const text_end = text.data() + text.size();
  bool space = true;
  for (const WordSegment& seg : segments) {
    const auto sb = static_cast<std::int32_t>(b + seg.b);
    const auto se = static_cast<std::int32_t>(b + seg.e);
    if (p[sb] == ' ') {  // the white space between most words: one byte tells
      space = true;
      continue;
    }
    std::int32_t i = sb;
    UChar32 c;
    U8_NEXT(p, i, se, c);
    if (c < 0 || is_space(c)) {
      space = true;
      continue;
    }
    Token t;
    t.b = static_cast<std::uint32_t>(sb);
    t.e = static_cast<std::uint32_t>(se);
    t.space_before = space;
    space = false;
    const std::string_view s = text.substr(t.b, t.e - t.b);
    if (seg.status >= UBRK_WORD_NONE_LIMIT) {
      t.kind = TokenKind::word;
      bool itself = false;
      if (describe_ascii_word(s, text_end, t, itself)) {
        if (itself) {
          t.fold = s;
        } else {
          fold_into_buffer([&] { append_ascii_fold(s, folds); });
        }
        out.push_back(t);
        continue;
      }
      t.digit = u_isdigit(c);
      t.upper = starts_upper(s);
      t.caps = all_upper(s);
      t.alpha = letters_only(s);
      fold_into_buffer([&] {
        const std::string f = fold(s);
        folds.insert(folds.end(), f.begin(), f.end());
      });
    } else if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
               c == 0x2212) {
      t.kind = TokenKind::hyphen;
      t.fold = "-";
    } else if (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`') {
      t.kind = TokenKind::apostrophe;
      t.fold = "'";
    } else {
      t.kind = TokenKind::punct;
      t.fold = s;
    }
    out.push_back(t);
  }
  for (const Pending& q : pending) out[q.token].fold = std::string_view(folds.data() + q.at, q.size);
}

}  // namespace actorgraph::detail
