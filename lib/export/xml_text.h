// Text made safe for XML 1.0: markup characters escaped, and characters XML forbids
// (C0 controls other than tab, newline and return; U+FFFE, U+FFFF) dropped.
#ifndef ACTORGRAPH_EXPORT_XML_TEXT_H_
#define ACTORGRAPH_EXPORT_XML_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph::detail {

void append_xml_escaped(std::string& out, std::string_view text);
// A number in decimal, as std::to_string writes it, without a string of its own.
void append_number(std::string& out, std::uint64_t n);
std::string xml_escaped(std::string_view text);

// The strings `get(x)` of each x in `list`, joined by `separator` and escaped: the same as
// escaping the joined string, without making it. A separator goes before a string only when
// one before it was not empty (as the exports have always joined their lists).
template <typename List, typename Get>
void append_xml_escaped_join(std::string& out, const List& list, std::string_view separator, Get&& get) {
  bool any = false;
  for (const auto& x : list) {
    const std::string_view text = get(x);
    if (any) append_xml_escaped(out, separator);
    append_xml_escaped(out, text);
    any = any || !text.empty();
  }
}

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_XML_TEXT_H_
