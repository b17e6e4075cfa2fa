#include "text/word_break.h"
#include "text/icu_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace actorgraph::detail {
namespace {

// The word-break classes the fast rules know; anything else sends the text to ICU.
enum class Wb : std::uint8_t {
  other,         // a segment of its own
  letter,        // ALetter (ICU adds "@")
  number,        // Numeric
  mid_letter,    // MidLetter, without ":" (ICU's root rules drop the colons)
  mid_num_let,   // MidNumLet: . ’ ‘
  mid_num,       // MidNum: , ;
  single_quote,  // '
  extend_num,    // ExtendNumLet: _ and the narrow no-break space
  space,         // WSegSpace: runs of them are one segment
  cr,
  lf,
  newline,
  unsupported,
};

constexpr std::array<Wb, 128> ascii_classes() {
  std::array<Wb, 128> t{};
  for (auto& c : t) c = Wb::other;
  for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] = Wb::letter;
  for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] = Wb::letter;
  for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] = Wb::number;
  t['@'] = Wb::letter;
  t['.'] = Wb::mid_num_let;
  t[','] = Wb::mid_num;
  t[';'] = Wb::mid_num;
  t['\''] = Wb::single_quote;
  t['_'] = Wb::extend_num;
  t[' '] = Wb::space;
  t['\r'] = Wb::cr;
  t['\n'] = Wb::lf;
  t['\v'] = Wb::newline;
  t['\f'] = Wb::newline;
  // '"' is Double_Quote, which only joins Hebrew letters (unsupported): plain here.
  return t;
}
constexpr std::array<Wb, 128> kAscii = ascii_classes();

// Scripts whose characters the rules treat by their Word_Break value alone: Latin, Greek,
// Cyrillic and general punctuation. (Han, Kana, Hangul, Thai, ... use ICU's dictionaries.)
bool plain_block(UChar32 c) {
  return (c >= 0x80 && c <= 0x2FF) || (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF);
}

Wb classify(UChar32 c) {
  if (c < 0) return Wb::unsupported;
  if (c < 0x80) return kAscii[static_cast<std::size_t>(c)];
  if (!plain_block(c)) return Wb::unsupported;
  switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
    case U_WB_OTHER:
      return Wb::other;
    case U_WB_ALETTER:
      return Wb::letter;
    case U_WB_NUMERIC:
      return Wb::number;
    case U_WB_MIDLETTER:
      return Wb::mid_letter;  // no colon variant is in the plain blocks
    case U_WB_MIDNUMLET:
      return Wb::mid_num_let;
    case U_WB_MIDNUM:
      return Wb::mid_num;
    case U_WB_EXTENDNUMLET:
      return Wb::extend_num;
    case U_WB_WSEGSPACE:
      return Wb::space;
    case U_WB_NEWLINE:
      return Wb::newline;
    default:
      return Wb::unsupported;  // Extend, Format, ZWJ, Hebrew, Katakana, quotes of Hebrew, ...
  }
}

bool word_like(Wb c) { return c == Wb::letter || c == Wb::number || c == Wb::extend_num; }

// Whether the rules keep `next` in the segment after `cur` (WB5, WB8-WB10, WB13a-b).
bool joins(Wb cur, Wb next) {
  if (next == Wb::extend_num) return word_like(cur);                           // WB13a
  if (cur == Wb::extend_num) return next == Wb::letter || next == Wb::number;  // WB13b
  return (cur == Wb::letter || cur == Wb::number) && (next == Wb::letter || next == Wb::number);
}

// Whether `mid` between `cur` and `after` stays inside the segment (WB6/7, WB11/12).
bool joins_across(Wb cur, Wb mid, Wb after) {
  if (cur == Wb::letter && after == Wb::letter)
    return mid == Wb::mid_letter || mid == Wb::mid_num_let || mid == Wb::single_quote;
  if (cur == Wb::number && after == Wb::number)
    return mid == Wb::mid_num || mid == Wb::mid_num_let || mid == Wb::single_quote;
  return false;
}

}  // namespace

bool fast_word_segments(std::string_view text, std::vector<WordSegment>& out) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  const std::size_t kept = out.size();
  // The class of the code point at byte i; `next` is set to where the one after it starts.
  auto at = [&](std::int32_t i, std::int32_t& next) {
    if (p[i] < 0x80) {
      next = i + 1;
      return kAscii[p[i]];
    }
    next = i;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    return classify(c);
  };
  // Each segment from its first code point, looking at most two ahead. A code point the rules
  // do not know cannot be inside a segment, so it starts one: the text then goes to ICU.
  for (std::int32_t b = 0; b < n;) {
    std::int32_t e = b;
    const Wb first = at(b, e);
    if (first == Wb::unsupported) {
      out.resize(kept);
      return false;
    }
    std::int32_t status = 0;
    std::int32_t e1 = e, e2 = e;
    if (first == Wb::cr) {
      if (e < n && at(e, e1) == Wb::lf) e = e1;  // WB3
    } else if (first == Wb::space) {
      while (e < n && at(e, e1) == Wb::space) e = e1;  // WB3d
    } else if (word_like(first)) {
      Wb cur = first, before = Wb::other;  // the segment's last code point, and the one before it
      bool single = true;
      while (e < n) {
        if (cur == Wb::letter || cur == Wb::number) {  // WB5, WB8: a run of ASCII of the same kind
          std::int32_t k = e;
          while (k < n && p[k] < 0x80 && kAscii[p[k]] == cur) ++k;
          if (k > e) {
            before = cur;
            single = false;
            e = k;
            continue;
          }
        }
        const Wb next = at(e, e1);
        if (joins(cur, next)) {
          before = cur;
          cur = next;
        } else {
          if (e1 >= n) break;
          const Wb after = at(e1, e2);
          if (!joins_across(cur, next, after)) break;
          before = next;
          cur = after;
          e1 = e2;
        }
        single = false;
        e = e1;
      }
      // ICU's status: that of the rules ending on the last code point ("_" alone is no word;
      // after a digit a number, else letters)
      if (cur == Wb::letter) {
        status = 200;
      } else if (cur == Wb::number) {
        status = 100;
      } else {
        status = single ? 0 : before == Wb::number ? 100 : 200;
      }
    }
    out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), status});
    b = e;
  }
  return true;
}

bool icu_word_segments(std::string_view text, std::vector<WordSegment>& out) {
  return for_each_icu_segment(BreakKind::word, text,
                              [&](std::uint32_t start, std::uint32_t end, std::int32_t status) {
                                out.push_back({start, end, status});
                              });
}

void word_segments(std::string_view text, std::vector<WordSegment>& out) {
  if (!fast_word_segments(text, out)) icu_word_segments(text, out);
}

}  // namespace actorgraph::detail
