// Text made safe for XML 1.0: markup characters escaped, and characters XML forbids
// (C0 controls other than tab, newline and return; U+FFFE, U+FFFF) dropped.
#ifndef ACTORGRAPH_EXPORT_XML_TEXT_H_
#define ACTORGRAPH_EXPORT_XML_TEXT_H_

#include <string>
#include <string_view>

namespace actorgraph::detail {

void append_xml_escaped(std::string& out, std::string_view text);
std::string xml_escaped(std::string_view text);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_XML_TEXT_H_
