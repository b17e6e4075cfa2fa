#include "text/sentence_break.h"
#include "text/ascii_bytes.h"
#include "text/icu_breaks.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

namespace actorgraph::detail {
namespace {

// Sentence_Break classes; `unsupported` sends the text to ICU.
enum class Sb : std::uint8_t {
  other,
  aterm,
  close,
  lower,
  numeric,
  oletter,
  sep,
  sp,
  sterm,
  upper,
  cr,
  lf,
  scontinue,
  unsupported
};

Sb from_icu(std::int32_t v) {
  switch (v) {
    case U_SB_OTHER:
      return Sb::other;
    case U_SB_ATERM:
      return Sb::aterm;
    case U_SB_CLOSE:
      return Sb::close;
    case U_SB_LOWER:
      return Sb::lower;
    case U_SB_NUMERIC:
      return Sb::numeric;
    case U_SB_OLETTER:
      return Sb::oletter;
    case U_SB_SEP:
      return Sb::sep;
    case U_SB_SP:
      return Sb::sp;
    case U_SB_STERM:
      return Sb::sterm;
    case U_SB_UPPER:
      return Sb::upper;
    case U_SB_CR:
      return Sb::cr;
    case U_SB_LF:
      return Sb::lf;
    case U_SB_SCONTINUE:
      return Sb::scontinue;
    default:
      return Sb::unsupported;  // Extend and Format: the rules look through them
  }
}

std::array<Sb, 128> ascii_classes() {
  std::array<Sb, 128> t{};
  for (std::size_t c = 0; c < 128; ++c)
    t[c] = from_icu(u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_SENTENCE_BREAK));
  return t;
}
const std::array<Sb, 128> kAscii = ascii_classes();

// The scripts the word rules also take (word_break.cc): Latin, Greek, Cyrillic, punctuation.
bool plain_block(UChar32 c) {
  return (c >= 0x80 && c <= 0x2FF) || (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF);
}

Sb classify(UChar32 c) {
  if (c < 0) return Sb::unsupported;
  if (c < 0x80) return kAscii[static_cast<std::size_t>(c)];
  if (!plain_block(c)) return Sb::unsupported;
  return from_icu(u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK));
}

bool para_sep(Sb c) { return c == Sb::sep || c == Sb::cr || c == Sb::lf; }
bool sa_term(Sb c) { return c == Sb::aterm || c == Sb::sterm; }

// ASCII characters that neither end a sentence nor a paragraph: after such a character no
// rule breaks before another one, and they leave no terminator behind (see the fast-forward).
std::array<bool, 128> ascii_inert() {
  std::array<bool, 128> t{};
  for (std::size_t c = 0; c < 128; ++c) {
    const Sb k = kAscii[c];
    t[c] = !sa_term(k) && !para_sep(k) && k != Sb::unsupported;
  }
  return t;
}
const std::array<bool, 128> kInert = ascii_inert();

// The ASCII characters that are not inert, as Unicode 15 (ICU 72) has them: the terminators
// and the line ends. Where ICU says otherwise, the fast-forward goes byte by byte.
constexpr std::array<char, 5> kNotInert = {'.', '!', '?', '\n', '\r'};
const bool kNotInertIsAll = [] {
  for (std::size_t c = 0; c < 128; ++c) {
    const bool listed =
        std::find(kNotInert.begin(), kNotInert.end(), static_cast<char>(c)) != kNotInert.end();
    if (kInert[c] == listed) return false;
  }
  return true;
}();

// The first byte at or after k that is not an inert ASCII character, or n.
std::int32_t skip_inert(const std::uint8_t* p, std::int32_t k, std::int32_t n) {
  if (kNotInertIsAll)
    return static_cast<std::int32_t>(
        find_ascii_stop(p, static_cast<std::size_t>(k), static_cast<std::size_t>(n), kNotInert));
  while (k < n && p[k] < 0x80 && kInert[p[k]]) ++k;
  return k;
}

}  // namespace

bool fast_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  // the class of the character at byte i; i moves past it
  auto decode = [&](std::int32_t& i) {
    if (p[i] < 0x80) return kAscii[p[i++]];
    UChar32 c;
    U8_NEXT(p, i, n, c);
    return classify(c);
  };
  if (n == 0) return true;
  const std::size_t kept = ends.size();
  auto give_up = [&] {
    ends.resize(kept);
    return false;
  };
  // SB8 looks ahead for the first letter, paragraph separator or sentence terminator: the
  // next one at or after a position, found once for increasing positions
  std::int32_t sig_at = 0, sig_end = 0;  // [sig_at, sig_end): that character
  Sb sig = Sb::other;
  auto next_sig = [&](std::int32_t from) {
    if (sig_at >= from && sig_end > sig_at) return true;
    for (sig_at = std::max(from, sig_end); sig_at < n; sig_at = sig_end) {
      sig_end = sig_at;
      sig = decode(sig_end);
      if (sig == Sb::unsupported) return false;
      if (sig == Sb::oletter || sig == Sb::upper || sig == Sb::lower || para_sep(sig) || sa_term(sig))
        return true;
    }
    sig = Sb::other;  // none: the end of the text
    sig_end = n;
    return true;
  };
  // What the text before the current position ends with: "SATerm Close*", "SATerm Close*
  // Sp+" or neither, and which terminator that was.
  enum class After : std::uint8_t { none, term_close, term_close_sp };
  After after = After::none;
  Sb term = Sb::other;
  std::int32_t pos = 0;
  Sb before_prev = Sb::unsupported;  // none yet
  Sb prev = decode(pos);
  if (prev == Sb::unsupported) return give_up();
  for (;;) {
    if (sa_term(prev)) {
      after = After::term_close;
      term = prev;
    } else if (prev == Sb::close) {
      if (after != After::term_close) after = After::none;
    } else if (prev == Sb::sp) {
      if (after != After::none) after = After::term_close_sp;
    } else {
      after = After::none;
    }
    // With no terminator behind and no paragraph just ended, no rule breaks before the next
    // character, and an inert one leaves it so: most of a text goes by, sixteen bytes at a time.
    if (after == After::none && !para_sep(prev)) {
      const std::int32_t k = skip_inert(p, pos, n);
      if (k > pos) {
        before_prev = k - pos >= 2 ? kAscii[p[k - 2]] : prev;
        prev = kAscii[p[k - 1]];
        pos = k;
        continue;
      }
    }
    if (pos >= n) break;
    const std::int32_t at = pos;
    const Sb next = decode(pos);
    if (next == Sb::unsupported) return give_up();
    bool lower_ahead = false;  // SB8's look-ahead, after an ATerm
    if (after != After::none && term == Sb::aterm) {
      if (!next_sig(at)) return give_up();
      lower_ahead = sig == Sb::lower;
    }
    // Unicode's rules in their order: the first that applies decides.
    auto breaks = [&] {
      if (prev == Sb::cr && next == Sb::lf) return false;          // SB3
      if (para_sep(prev)) return true;                             // SB4
      if (prev == Sb::aterm && next == Sb::numeric) return false;  // SB6
      if (prev == Sb::aterm && next == Sb::upper && (before_prev == Sb::upper || before_prev == Sb::lower))
        return false;                                            // SB7
      if (lower_ahead) return false;                             // SB8
      if (after == After::none) return false;                    // SB998: no terminator before
      if (next == Sb::scontinue || sa_term(next)) return false;  // SB8a
      if (after == After::term_close && (next == Sb::close || next == Sb::sp || para_sep(next)))
        return false;                                      // SB9
      if (next == Sb::sp || para_sep(next)) return false;  // SB10
      return true;                                         // SB11
    };
    const bool brk = breaks();
    if (brk) ends.push_back(static_cast<std::uint32_t>(at));
    before_prev = prev;
    prev = next;
  }
  ends.push_back(static_cast<std::uint32_t>(n));
  return true;
}

bool icu_sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends) {
  return for_each_icu_segment(BreakKind::sentence, text,
                              [&](std::uint32_t, std::uint32_t end, std::int32_t) { ends.push_back(end); });
}

void sentence_breaks(std::string_view text, std::vector<std::uint32_t>& ends) {
  if (!fast_sentence_breaks(text, ends)) icu_sentence_breaks(text, ends);
}

}  // namespace actorgraph::detail
