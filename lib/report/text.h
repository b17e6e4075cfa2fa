// Article text made safe for a report. Names and quotes come from scraped web pages: they
// may hold markup, ampersands, control characters or bidi overrides meant to reorder what
// follows. Every string from an article goes through one of these before it is written.
#ifndef ACTORGRAPH_REPORT_TEXT_H_
#define ACTORGRAPH_REPORT_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace actorgraph::detail {

// Without bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), controls
// other than tab, and invalid UTF-8 (replaced by U+FFFD); newlines and tabs become spaces;
// at most `max_code_points` long (then ending in "…"), 0 for no limit.
std::string clean_text(std::string_view text, std::size_t max_code_points = 0);

// For HTML and SVG text and attribute values: cleaned, then &, <, >, " and ' escaped.
std::string html_text(std::string_view text, std::size_t max_code_points = 0);

// For Markdown: cleaned, HTML-escaped (Markdown passes raw HTML through), and the
// characters Markdown gives meaning to (\ ` * _ [ ] # | ! ~ { }) backslash-escaped, so a
// name can neither format nor link nor break a table.
std::string markdown_text(std::string_view text, std::size_t max_code_points = 0);

// An http(s) URL for an href, or empty: no javascript:, data: or other schemes.
std::string safe_url(std::string_view url);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_REPORT_TEXT_H_
