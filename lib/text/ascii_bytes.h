// ASCII byte classes, sixteen bytes at a time. Describing a word token (segment.cc) asks of
// each of its bytes only whether it is an ASCII capital, small letter, digit or apostrophe;
// the sentence rules (sentence_break.cc) pass over every byte that is none of a handful. With
// SSE2 (every x86-64) one comparison answers for sixteen bytes; elsewhere a loop over the
// bytes gives the same answers. Only ASCII is classed here: a byte of 0x80 or above is "not
// ASCII", and UTF-8 is left to ICU and to the callers.
//
// Contract: ascii_masks() reads no byte at or past `limit`, which a caller sets to the end of
// the memory it owns (a document's text); that may lie beyond the bytes it asks about.
// find_ascii_stop() reads no byte at or past `n`.
#ifndef ACTORGRAPH_TEXT_ASCII_BYTES_H_
#define ACTORGRAPH_TEXT_ASCII_BYTES_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace actorgraph::detail {

// The bytes of p[0, n) (n <= 16) each class holds, one bit per byte (bit i: p[i]).
struct AsciiMasks {
  std::uint32_t upper = 0;       // A-Z
  std::uint32_t lower = 0;       // a-z
  std::uint32_t digit = 0;       // 0-9
  std::uint32_t apostrophe = 0;  // '
  std::uint32_t backtick = 0;    // `
  std::uint32_t not_ascii = 0;   // 0x80 and above
  std::uint32_t all = 0;         // the n bits of the bytes asked about
};

namespace ascii_detail {

constexpr bool in(std::uint8_t c, std::uint8_t lo, std::uint8_t hi) { return c >= lo && c <= hi; }

#if defined(__SSE2__)
// The lanes of v within [lo, hi], as a bit mask: shifted so that lo is the smallest signed byte,
// one signed comparison tells the range.
inline unsigned range_mask(__m128i v, std::uint8_t lo, std::uint8_t hi) {
  const __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(0x80 - lo)));
  const __m128i below = _mm_set1_epi8(static_cast<char>(0x80 + (hi - lo) + 1));  // as signed
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(shifted, below)));
}
inline unsigned equal_mask(__m128i v, char c) {
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c))));
}
#endif

}  // namespace ascii_detail

// The classes of p[0, n), n <= 16, reading no byte at or past `limit`: sixteen bytes at once
// where they lie before it, else one by one.
inline AsciiMasks ascii_masks(const std::uint8_t* p, std::size_t n, const std::uint8_t* limit) {
  AsciiMasks m;
  m.all = (1u << n) - 1;
#if defined(__SSE2__)
  if (n <= 16 && limit - p >= 16) {  // (a difference: p + 16 may lie past the text)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    m.upper = ascii_detail::range_mask(v, 'A', 'Z') & m.all;
    m.lower = ascii_detail::range_mask(v, 'a', 'z') & m.all;
    m.digit = ascii_detail::range_mask(v, '0', '9') & m.all;
    m.apostrophe = ascii_detail::equal_mask(v, '\'') & m.all;
    m.backtick = ascii_detail::equal_mask(v, '`') & m.all;
    m.not_ascii = static_cast<unsigned>(_mm_movemask_epi8(v)) & m.all;
    return m;
  }
#else
  (void)limit;
#endif
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t c = p[i];
    const std::uint32_t bit = 1u << i;
    if (ascii_detail::in(c, 'A', 'Z')) m.upper |= bit;
    if (ascii_detail::in(c, 'a', 'z')) m.lower |= bit;
    if (ascii_detail::in(c, '0', '9')) m.digit |= bit;
    if (c == '\'') m.apostrophe |= bit;
    if (c == '`') m.backtick |= bit;
    if (c >= 0x80) m.not_ascii |= bit;
  }
  return m;
}

// The first i in [k, n) where p[i] is 0x80 or above or one of `stops`, else n.
template <std::size_t N>
std::size_t find_ascii_stop(const std::uint8_t* p, std::size_t k, std::size_t n,
                            const std::array<char, N>& stops) {
#if defined(__SSE2__)
  while (k + 16 <= n) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    auto stop = static_cast<unsigned>(_mm_movemask_epi8(v));
    for (const char c : stops) stop |= ascii_detail::equal_mask(v, c);
    if (stop != 0) return k + static_cast<std::size_t>(std::countr_zero(stop));
    k += 16;
  }
#endif
  for (; k < n; ++k) {
    if (p[k] >= 0x80) return k;
    for (const char c : stops) {
      if (p[k] == static_cast<std::uint8_t>(c)) return k;
    }
  }
  return n;
}

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_ASCII_BYTES_H_
