#include "report/text.h"

#include <unicode/utf8.h>

#include <cstdint>

#include "export/xml_text.h"

namespace actorgraph::detail {
namespace {

bool is_bidi_control(UChar32 c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

}  // namespace

std::string clean_text(std::string_view text, std::size_t max_code_points) {
  std::string out;
  out.reserve(text.size());
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  std::size_t count = 0;
  while (i < n) {
    if (max_code_points != 0 && count == max_code_points) {
      out += "\u2026";
      break;
    }
    const std::int32_t at = i;
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0) {
      out += "\uFFFD";
    } else if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF || is_bidi_control(c)) {
      continue;
    } else {
      out.append(text.data() + at, static_cast<std::size_t>(i - at));
    }
    ++count;
  }
  return out;
}

std::string html_text(std::string_view text, std::size_t max_code_points) {
  return xml_escaped(clean_text(text, max_code_points));
}

std::string markdown_text(std::string_view text, std::size_t max_code_points) {
  const std::string escaped = html_text(text, max_code_points);
  std::string out;
  out.reserve(escaped.size() + 8);
  for (char c : escaped) {
    switch (c) {
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '|':
      case '!':
      case '~':
      case '{':
      case '}':
        out += '\\';
        break;
      default:
        break;
    }
    out += c;
  }
  return out;
}

std::string safe_url(std::string_view url) {
  auto starts = [&](std::string_view prefix) {
    if (url.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
      const char c = url[i];
      const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      if (lower != prefix[i]) return false;
    }
    return true;
  };
  if (!starts("http://") && !starts("https://")) return {};
  return html_text(url);
}

}  // namespace actorgraph::detail
