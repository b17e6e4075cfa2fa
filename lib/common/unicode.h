// Unicode helpers over ICU: repairing invalid UTF-8, spotting binary data, NFC, and
// turning byte offsets into code point offsets.
#ifndef ACTORGRAPH_COMMON_UNICODE_H_
#define ACTORGRAPH_COMMON_UNICODE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph::detail {

struct Utf8Check {
  std::size_t invalid = 0;         // ill-formed sequences
  std::size_t first_invalid = 0;   // byte offset of the first one
  std::size_t multibyte = 0;       // well-formed sequences of two or more bytes
  std::int32_t max_multibyte = 0;  // the largest code point among those (0 when there are none)
};

Utf8Check check_utf8(std::string_view bytes);
// Replaces each ill-formed sequence with U+FFFD.
std::string repair_utf8(std::string_view bytes);

// True for data that is not text: NUL bytes or many control characters near the start.
bool looks_binary(std::string_view bytes);

std::string to_nfc(std::string_view utf8);

std::uint32_t count_code_points(std::string_view utf8);

// Converts increasing byte offsets of one text to code point offsets in one pass.
class CodePointCursor {
 public:
  explicit CodePointCursor(std::string_view text) : text_(text) {}
  std::uint32_t at(std::size_t byte_offset);

 private:
  std::string_view text_;
  std::size_t byte_ = 0;
  std::uint32_t cp_ = 0;
};

// Byte offset of code point `cp` in `text`.
std::size_t byte_offset_of(std::string_view text, std::uint32_t cp);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_COMMON_UNICODE_H_
