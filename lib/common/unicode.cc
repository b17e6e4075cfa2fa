#include "common/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstring>

namespace actorgraph::detail {

Utf8Check check_utf8(std::string_view bytes) {
  Utf8Check r;
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto n = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < n) {
    // ASCII fast path: eight bytes at a time while none has its high bit set
    while (n - i >= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, s + i, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) break;
      i += 8;
    }
    if (i == n) break;
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (r.invalid == 0) r.first_invalid = static_cast<std::size_t>(at);
      ++r.invalid;
    } else {
      ++r.multibyte;
      r.max_multibyte = std::max<std::int32_t>(r.max_multibyte, c);
    }
  }
  return r;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto n = static_cast<std::int32_t>(bytes.size());
  std::int32_t i = 0;
  while (i < n) {
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
    } else {
      out.append(bytes.data() + at, static_cast<std::size_t>(i - at));
    }
  }
  return out;
}

bool looks_binary(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) return true;
    if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') ++controls;
  }
  return n > 0 && controls * 10 > n;
}

std::string to_nfc(std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(utf8);
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  if (nfc->isNormalized(s, err) && U_SUCCESS(err)) return std::string(utf8);
  err = U_ZERO_ERROR;
  icu::UnicodeString out = nfc->normalize(s, err);
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::uint32_t count_code_points(std::string_view utf8) {
  std::uint32_t n = 0;
  for (char ch : utf8) {
    if (!U8_IS_TRAIL(static_cast<std::uint8_t>(ch))) ++n;
  }
  return n;
}

std::uint32_t CodePointCursor::at(std::size_t byte_offset) {
  if (byte_offset < byte_) {
    byte_ = 0;
    cp_ = 0;
  }
  byte_offset = std::min(byte_offset, text_.size());
  // eight bytes at a time: a byte starts a code point unless it is 10xxxxxx
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  for (; byte_ + 8 <= byte_offset; byte_ += 8) {
    std::uint64_t w;
    std::memcpy(&w, text_.data() + byte_, 8);
    if ((w & kHigh) == 0) {  // ASCII (and std::popcount is a library call without -mpopcnt)
      cp_ += 8;
      continue;
    }
    const std::uint64_t trail = w & ~(w << 1) & kHigh;  // bit 7 set and bit 6 clear
    cp_ += 8 - static_cast<std::uint32_t>(std::popcount(trail));
  }
  for (; byte_ < byte_offset; ++byte_) {
    if (!U8_IS_TRAIL(static_cast<std::uint8_t>(text_[byte_]))) ++cp_;
  }
  return cp_;
}

std::size_t byte_offset_of(std::string_view text, std::uint32_t cp) {
  std::uint32_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!U8_IS_TRAIL(static_cast<std::uint8_t>(text[i]))) {
      if (seen == cp) return i;
      ++seen;
    }
  }
  return text.size();
}

}  // namespace actorgraph::detail
