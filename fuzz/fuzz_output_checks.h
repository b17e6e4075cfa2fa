// Checks on exported text shared by the fuzz targets: valid UTF-8; XML with no character XML
// 1.0 forbids, every '&' opening an entity and every '<' opening markup; CSV whose records
// all have the header's number of fields (RFC 4180 quoting). Cheap tests of well-formedness
// that need no XML or CSV library.
#ifndef ACTORGRAPH_FUZZ_FUZZ_OUTPUT_CHECKS_H_
#define ACTORGRAPH_FUZZ_FUZZ_OUTPUT_CHECKS_H_

#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "common/unicode.h"

namespace agfuzz {

inline bool valid_utf8(std::string_view s) { return actorgraph::detail::check_utf8(s).invalid == 0; }

// Empty when `xml` passes; otherwise what is wrong.
inline const char* xml_problem(std::string_view xml) {
  if (!valid_utf8(xml)) return "not valid UTF-8";
  const auto* p = reinterpret_cast<const std::uint8_t*>(xml.data());
  const auto n = static_cast<std::int32_t>(xml.size());
  std::int32_t i = 0;
  while (i < n) {
    const std::int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
      return "a character XML forbids";
    const std::string_view rest = xml.substr(static_cast<std::size_t>(at));
    if (c == '&') {
      bool entity = false;
      for (std::string_view e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#"}) {
        entity = entity || rest.substr(0, e.size()) == e;
      }
      if (!entity) return "a bare '&'";
    }
    if (c == '<') {
      const char next = rest.size() > 1 ? rest[1] : '\0';
      const bool markup = next == '/' || next == '?' || next == '!' || (next >= 'a' && next <= 'z') ||
                          (next >= 'A' && next <= 'Z');
      if (!markup) return "a bare '<'";
      if (rest.substr(0, 7) == "<script") return "a <script> element";
    }
  }
  return nullptr;
}

// Number of fields of each record, or an empty vector when the quoting is broken.
inline std::vector<std::size_t> csv_record_widths(std::string_view csv) {
  std::vector<std::size_t> widths;
  std::size_t fields = 1;
  bool quoted = false, at_start = true;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        ++i;
      } else if (c == '"') {
        quoted = false;
        const char next = i + 1 < csv.size() ? csv[i + 1] : '\n';
        if (next != ',' && next != '\r' && next != '\n') return {};
      }
      continue;
    }
    if (c == '"') {
      if (!at_start) return {};
      quoted = true;
      at_start = false;
    } else if (c == ',') {
      ++fields;
      at_start = true;
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      widths.push_back(fields);
      fields = 1;
      at_start = true;
      ++i;
    } else {
      at_start = false;
    }
  }
  if (quoted) return {};
  if (!at_start || fields > 1) widths.push_back(fields);  // a last record without CRLF
  return widths;
}

}  // namespace agfuzz

#endif  // ACTORGRAPH_FUZZ_FUZZ_OUTPUT_CHECKS_H_
