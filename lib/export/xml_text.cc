#include "export/xml_text.h"

#include <unicode/utf8.h>

#include <array>
#include <charconv>
#include <cstdint>

namespace actorgraph::detail {

namespace {

// ASCII that XML text takes as it is, by byte: printable ASCII but markup, and tab, newline
// and return.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> t{};
  for (int b = 0x20; b < 0x80; ++b) t[static_cast<std::size_t>(b)] = true;
  for (char c : {'&', '<', '>', '"', '\''}) t[static_cast<std::uint8_t>(c)] = false;
  for (char c : {'\t', '\n', '\r'}) t[static_cast<std::uint8_t>(c)] = true;
  return t;
}();
bool plain(std::uint8_t b) { return kPlain[b]; }

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < n) {
    std::int32_t run = i;  // most text is plain ASCII: copy it in one go
    while (run < n && plain(p[run])) ++run;
    out.append(text.data() + i, static_cast<std::size_t>(run - i));
    i = run;
    if (i == n) break;
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    switch (c) {
      case '&':
        out += "&amp;";
        continue;
      case '<':
        out += "&lt;";
        continue;
      case '>':
        out += "&gt;";
        continue;
      case '"':
        out += "&quot;";
        continue;
      case '\'':
        out += "&apos;";
        continue;
      default:
        break;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) continue;
    out.append(text.data() + at, static_cast<std::size_t>(i - at));
  }
}

void append_number(std::string& out, std::uint64_t n) {
  std::array<char, 24> digits{};
  const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), n).ptr;
  out.append(digits.data(), end);
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_xml_escaped(out, text);
  return out;
}

}  // namespace actorgraph::detail
