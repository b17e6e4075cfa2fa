#include "export/xml_text.h"

#include <unicode/utf8.h>

namespace actorgraph::detail {

namespace {

// ASCII that XML text takes as it is.
bool plain(std::uint8_t b) {
  return (b >= 0x20 && b < 0x80 && b != '&' && b != '<' && b != '>' && b != '"' && b != '\'') || b == '\t' ||
         b == '\n' || b == '\r';
}

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

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  append_xml_escaped(out, text);
  return out;
}

}  // namespace actorgraph::detail
