// GEXF 1.3 export (Gephi's own format): typed attributes, the relation type as the edge
// kind so parallel relations stay apart, viz colour by entity type and size by degree, and
// spells from the evidence dates so Gephi's timeline plays the network over time. An edge's
// quantities, where its evidence states any, are one string listing them as stated. Valid
// against the GEXF 1.3 RELAX NG grammar; no xsi:schemaLocation.
#include <algorithm>
#include <cmath>
#include <cstdint>

#include "actorgraph/export.h"
#include "export/chunked.h"
#include "export/edge_summary.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace actorgraph {
namespace {

using namespace std::string_view_literals;

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Two ASCII digits as a number, or -1.
int two_digits(char a, char b) {
  if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
  return (a - '0') * 10 + (b - '0');
}

// "2023-02-28" (four digits of year, zero-padded month and day).
std::string iso_date(int year, int month, int day) {
  std::string out = "0000-00-00";
  for (std::size_t i = 4; i-- > 0; year /= 10) out[i] = static_cast<char>('0' + year % 10);
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

// A partial ISO date as a spell: 2023 -> [2023-01-01, 2023-12-31], 2023-02 -> [.., 2023-02-28].
// Anything else that is not a whole date (a month that is no number from 1 to 12) has none.
std::optional<std::pair<std::string, std::string>> spell(const std::string& d) {
  if (d.size() < 4) return std::nullopt;
  const int hi = two_digits(d[0], d[1]), lo = two_digits(d[2], d[3]);
  if (hi < 0 || lo < 0) return std::nullopt;
  const int y = hi * 100 + lo;
  if (d.size() == 4) return std::make_pair(iso_date(y, 1, 1), iso_date(y, 12, 31));
  if (d.size() == 7) {
    const int m = two_digits(d[5], d[6]);
    if (m < 1 || m > 12) return std::nullopt;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int last = m == 2 && leap(y) ? 29 : days[m - 1];
    return std::make_pair(iso_date(y, m, 1), iso_date(y, m, last));
  }
  if (d.size() == 10) return std::make_pair(d, d);
  return std::nullopt;
}

// The opening of an <attvalue> of each attribute number (nodes number theirs 0 to 4, edges
// 0 to 5), written whole.
constexpr std::string_view kAttvalueOpen[] = {
    "          <attvalue for=\"0\" value=\""sv, "          <attvalue for=\"1\" value=\""sv,
    "          <attvalue for=\"2\" value=\""sv, "          <attvalue for=\"3\" value=\""sv,
    "          <attvalue for=\"4\" value=\""sv, "          <attvalue for=\"5\" value=\""sv};

void attvalue_open(std::string& out, int key) { out += kAttvalueOpen[static_cast<std::size_t>(key)]; }

void attvalue(std::string& out, int key, std::string_view value) {
  attvalue_open(out, key);
  detail::append_xml_escaped(out, value);
  out += "\"/>\n"sv;
}

void attvalue(std::string& out, int key, std::uint64_t number) {
  attvalue_open(out, key);
  detail::append_number(out, number);
  out += "\"/>\n"sv;
}

// A list, joined by `separator`.
template <typename List, typename Get>
void attvalue_list(std::string& out, int key, const List& list, std::string_view separator, Get&& get) {
  attvalue_open(out, key);
  detail::append_xml_escaped_join(out, list, separator, get);
  out += "\"/>\n"sv;
}

// A node, with its size from its degree (edges in and out).
void node_xml(std::string& out, const NodeProps& n, std::size_t v, std::size_t degree) {
  out += "      <node id=\"n"sv;
  detail::append_number(out, v);
  out += "\" label=\""sv;
  detail::append_xml_escaped(out, n.label);
  out += "\">\n        <attvalues>\n"sv;
  attvalue(out, 0, to_string(n.type));
  attvalue(out, 1, n.id);
  attvalue_list(out, 2, n.aliases, " | ", [](const AliasSeen& a) -> std::string_view { return a.text; });
  attvalue(out, 3, std::uint64_t{n.mentions});
  attvalue(out, 4, std::uint64_t{n.documents});
  out += "        </attvalues>\n"sv;
  const detail::Rgb c = detail::entity_colour(n.type);
  out += "        <viz:color r=\""sv;
  detail::append_number(out, static_cast<std::uint64_t>(c.r));
  out += "\" g=\""sv;
  detail::append_number(out, static_cast<std::uint64_t>(c.g));
  out += "\" b=\""sv;
  detail::append_number(out, static_cast<std::uint64_t>(c.b));
  out += "\"/>\n"sv;
  char size[32];
  std::snprintf(size, sizeof size, "%.1f", 5.0 + 4.0 * std::sqrt(static_cast<double>(degree)));
  out += "        <viz:size value=\""sv;
  out += size;
  out += "\"/>\n"sv;
  out += "      </node>\n"sv;
}

// An edge, with a spell for each period its evidence is dated to.
void edge_xml(std::string& out, const detail::EdgeSummary& p) {
  thread_local std::vector<std::pair<std::string, std::string>> spells;  // sorted, each once
  spells.clear();
  out += "      <edge "sv;
  detail::append_edge_ends(out, p);
  out += " kind=\""sv;
  detail::append_xml_escaped(out, p.type);
  out += "\" label=\""sv;
  detail::append_xml_escaped(out, p.type);
  out += "\" weight=\""sv;
  detail::append_number(out, p.weight);
  out += "\">\n        <attvalues>\n"sv;
  attvalue(out, 0, p.type);
  attvalue(out, 1, to_string(p.modality));
  attvalue_list(out, 2, p.modalities, ",", [](Modality m) { return to_string(m); });
  attvalue_list(out, 3, p.items, "; ", [](const std::string& item) -> std::string_view { return item; });
  attvalue(out, 4, p.quote);
  if (!p.quantities.empty())
    attvalue_list(out, 5, p.quantities, "; ", [](const std::string& q) -> std::string_view { return q; });
  out += "        </attvalues>\n"sv;
  for (const std::string& date : p.dates) {
    if (auto s = spell(date)) spells.push_back(std::move(*s));
  }
  std::sort(spells.begin(), spells.end());
  spells.erase(std::unique(spells.begin(), spells.end()), spells.end());
  if (!spells.empty()) {
    out += "        <spells>\n"sv;
    for (const auto& [a, b] : spells) {
      out += "          <spell start=\""sv;
      out += a;
      out += "\" end=\""sv;
      out += b;
      out += "\"/>\n"sv;
    }
    out += "        </spells>\n"sv;
  }
  out += "      </edge>\n"sv;
}

}  // namespace

Status detail::write_gexf(const SummaryGraph& sg, std::ostream& os) {
  std::vector<std::size_t> degree(sg.nodes.size(), 0);  // in and out
  for (const detail::EdgeSummary& e : sg.edges) {
    ++degree[e.source];
    ++degree[e.target];
  }
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"sv;
  out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"sv;
  out +=
      "  <meta>\n    <creator>actorgraph</creator>\n    <description>actors and their relations, from news "
      "articles</description>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"sv;
  out +=
      "    <attributes class=\"node\" mode=\"static\">\n"
      "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"entity\" type=\"string\"/>\n"
      "      <attribute id=\"2\" title=\"aliases\" type=\"string\"/>\n"
      "      <attribute id=\"3\" title=\"mentions\" type=\"integer\"/>\n"
      "      <attribute id=\"4\" title=\"documents\" type=\"integer\"/>\n"
      "    </attributes>\n";
  out +=
      "    <attributes class=\"edge\" mode=\"static\">\n"
      "      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"modality\" type=\"string\"/>\n"
      "      <attribute id=\"2\" title=\"modalities\" type=\"string\"/>\n"
      "      <attribute id=\"3\" title=\"items\" type=\"string\"/>\n"
      "      <attribute id=\"4\" title=\"quote\" type=\"string\"/>\n"
      "      <attribute id=\"5\" title=\"quantities\" type=\"string\"/>\n"
      "    </attributes>\n";
  out += "    <nodes count=\"" + std::to_string(sg.nodes.size()) + "\">\n";
  os << out;
  out.clear();
  // nodes, then edges, each formatted on two threads
  write_in_chunks(
      sg.nodes.size(), [&](std::size_t v, std::string& text) { node_xml(text, *sg.nodes[v], v, degree[v]); },
      os);
  out += "    </nodes>\n"sv;
  out += "    <edges count=\"" + std::to_string(sg.edges.size()) + "\">\n";
  os << out;
  out.clear();
  write_in_chunks(
      sg.edges.size(), [&](std::size_t e, std::string& text) { edge_xml(text, sg.edges[e]); }, os);
  out += "    </edges>\n  </graph>\n</gexf>\n"sv;
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

Status write_gexf(const ActorGraph& ag, std::ostream& os) {
  return detail::write_gexf(detail::summarise(ag), os);
}

}  // namespace actorgraph
