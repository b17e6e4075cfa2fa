// GEXF 1.3 export (Gephi's own format): typed attributes, the relation type as the edge
// kind so parallel relations stay apart, viz colour by entity type and size by degree, and
// spells from the evidence dates so Gephi's timeline plays the network over time. Valid
// against the GEXF 1.3 RELAX NG grammar; no xsi:schemaLocation.
#include <cmath>
#include <set>

#include "actorgraph/export.h"
#include "export/edge_summary.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace actorgraph {
namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// A partial ISO date as a spell: 2023 -> [2023-01-01, 2023-12-31], 2023-02 -> [.., 2023-02-28].
std::optional<std::pair<std::string, std::string>> spell(const std::string& d) {
  if (d.size() < 4) return std::nullopt;
  for (std::size_t i = 0; i < 4; ++i) {
    if (d[i] < '0' || d[i] > '9') return std::nullopt;
  }
  const int y = std::stoi(d.substr(0, 4));
  char a[16], b[16];
  if (d.size() == 4) {
    std::snprintf(a, sizeof a, "%04d-01-01", y);
    std::snprintf(b, sizeof b, "%04d-12-31", y);
  } else if (d.size() == 7) {
    const int m = std::stoi(d.substr(5, 2));
    if (m < 1 || m > 12) return std::nullopt;
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int last = m == 2 && leap(y) ? 29 : days[m - 1];
    std::snprintf(a, sizeof a, "%04d-%02d-01", y, m);
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, last);
  } else if (d.size() == 10) {
    return std::make_pair(d, d);
  } else {
    return std::nullopt;
  }
  return std::make_pair(std::string(a), std::string(b));
}

void attvalue(std::string& out, int key, std::string_view value) {
  out += "          <attvalue for=\"" + std::to_string(key) + "\" value=\"";
  detail::append_xml_escaped(out, value);
  out += "\"/>\n";
}

std::string join(const std::vector<std::string>& v, std::string_view sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : std::string(sep)) + x;
  return s;
}

}  // namespace

Status detail::write_gexf(const SummaryGraph& sg, std::ostream& os) {
  std::vector<std::size_t> degree(sg.nodes.size(), 0);  // in and out
  for (const detail::EdgeSummary& e : sg.edges) {
    ++degree[e.source];
    ++degree[e.target];
  }
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n";
  out +=
      "  <meta>\n    <creator>actorgraph</creator>\n    <description>actors and their relations, from news "
      "articles</description>\n  </meta>\n";
  out += "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
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
      "    </attributes>\n";
  out += "    <nodes count=\"" + std::to_string(sg.nodes.size()) + "\">\n";
  for (std::size_t v = 0; v < sg.nodes.size(); ++v) {
    const NodeProps& n = *sg.nodes[v];
    out += "      <node id=\"n" + std::to_string(v) + "\" label=\"";
    detail::append_xml_escaped(out, n.label);
    out += "\">\n        <attvalues>\n";
    attvalue(out, 0, to_string(n.type));
    attvalue(out, 1, n.id);
    std::vector<std::string> aliases;
    for (const auto& a : n.aliases) aliases.push_back(a.text);
    attvalue(out, 2, join(aliases, " | "));
    attvalue(out, 3, std::to_string(n.mentions));
    attvalue(out, 4, std::to_string(n.documents));
    out += "        </attvalues>\n";
    const detail::Rgb c = detail::entity_colour(n.type);
    out += "        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) + "\" b=\"" +
           std::to_string(c.b) + "\"/>\n";
    char size[32];
    std::snprintf(size, sizeof size, "%.1f", 5.0 + 4.0 * std::sqrt(static_cast<double>(degree[v])));
    out += std::string("        <viz:size value=\"") + size + "\"/>\n";
    out += "      </node>\n";
  }
  out += "    </nodes>\n";
  out += "    <edges count=\"" + std::to_string(sg.edges.size()) + "\">\n";
  for (const detail::EdgeSummary& p : sg.edges) {
    out += "      <edge ";
    detail::append_edge_ends(out, p);
    out += " kind=\"";
    detail::append_xml_escaped(out, p.type);
    out += "\" label=\"";
    detail::append_xml_escaped(out, p.type);
    out += "\" weight=\"" + std::to_string(p.weight) + "\">\n        <attvalues>\n";
    attvalue(out, 0, p.type);
    attvalue(out, 1, to_string(p.modality));
    std::vector<std::string> mods;
    for (Modality m : p.modalities) mods.emplace_back(to_string(m));
    attvalue(out, 2, join(mods, ","));
    attvalue(out, 3, join(p.items, "; "));
    attvalue(out, 4, p.quote);
    out += "        </attvalues>\n";
    std::set<std::pair<std::string, std::string>> spells;
    for (const std::string& date : p.dates) {
      if (auto s = spell(date)) spells.insert(*s);
    }
    if (!spells.empty()) {
      out += "        <spells>\n";
      for (const auto& [a, b] : spells) {
        out += "          <spell start=\"";
        out += a;
        out += "\" end=\"";
        out += b;
        out += "\"/>\n";
      }
      out += "        </spells>\n";
    }
    out += "      </edge>\n";
    if (out.size() > (1u << 20)) {
      os << out;
      out.clear();
    }
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

Status write_gexf(const ActorGraph& ag, std::ostream& os) {
  return detail::write_gexf(detail::summarise(ag), os);
}

}  // namespace actorgraph
