// GraphML export: our own writer rather than boost::write_graphml, which passes control
// characters through and cannot name keys for Gephi. Keys have neutral ids (k0, k1, ...)
// and lowercase names Gephi maps to its columns (label, weight, color as #RRGGBB); edge ids
// are unique. An edge's quantities, where its evidence states any, are one string listing
// them as stated.
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>

#include "actorgraph/export.h"
#include "export/chunked.h"
#include "export/edge_summary.h"
#include "export/palette.h"
#include "export/xml_text.h"

namespace actorgraph {
namespace {

using namespace std::string_view_literals;

struct Key {
  const char* id;
  const char* for_;
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"k0", "node", "label", "string"},       {"k1", "node", "type", "string"},
    {"k2", "node", "entity", "string"},      {"k3", "node", "aliases", "string"},
    {"k4", "node", "mentions", "int"},       {"k5", "node", "documents", "int"},
    {"k6", "node", "known", "boolean"},      {"k7", "edge", "label", "string"},
    {"k8", "edge", "type", "string"},        {"k9", "edge", "modality", "string"},
    {"k10", "edge", "weight", "double"},     {"k11", "edge", "modalities", "string"},
    {"k12", "edge", "items", "string"},      {"k13", "edge", "first_date", "string"},
    {"k14", "edge", "last_date", "string"},  {"k15", "edge", "quote", "string"},
    {"k16", "node", "color", "string"},      {"k17", "edge", "color", "string"},
    {"k18", "edge", "quantities", "string"},
};

// The opening tag of a <data> element of each key, kKeys[k], written whole: the tags are most
// of what an export writes besides the values.
constexpr std::string_view kOpenData[] = {
    "      <data key=\"k0\">"sv,  "      <data key=\"k1\">"sv,  "      <data key=\"k2\">"sv,
    "      <data key=\"k3\">"sv,  "      <data key=\"k4\">"sv,  "      <data key=\"k5\">"sv,
    "      <data key=\"k6\">"sv,  "      <data key=\"k7\">"sv,  "      <data key=\"k8\">"sv,
    "      <data key=\"k9\">"sv,  "      <data key=\"k10\">"sv, "      <data key=\"k11\">"sv,
    "      <data key=\"k12\">"sv, "      <data key=\"k13\">"sv, "      <data key=\"k14\">"sv,
    "      <data key=\"k15\">"sv, "      <data key=\"k16\">"sv, "      <data key=\"k17\">"sv,
    "      <data key=\"k18\">"sv};
static_assert(std::size(kOpenData) == std::size(kKeys));

void data(std::string& out, std::size_t key, std::string_view value) {
  out += kOpenData[key];
  detail::append_xml_escaped(out, value);
  out += "</data>\n"sv;
}

void data(std::string& out, std::size_t key, std::uint64_t number) {
  out += kOpenData[key];
  detail::append_number(out, number);
  out += "</data>\n"sv;
}

// A list, joined by `separator`.
template <typename List, typename Get>
void data_list(std::string& out, std::size_t key, const List& list, std::string_view separator, Get&& get) {
  out += kOpenData[key];
  detail::append_xml_escaped_join(out, list, separator, get);
  out += "</data>\n"sv;
}

void node_xml(std::string& out, const NodeProps& n, std::size_t v) {
  out += "    <node id=\"n"sv;
  detail::append_number(out, v);
  out += "\">\n"sv;
  data(out, 0, n.label);
  data(out, 1, to_string(n.type));
  data(out, 2, n.id);
  data_list(out, 3, n.aliases, " | ", [](const AliasSeen& a) -> std::string_view { return a.text; });
  data(out, 4, std::uint64_t{n.mentions});
  data(out, 5, std::uint64_t{n.documents});
  data(out, 6, n.known ? "true" : "false");
  data(out, 16, detail::hex(detail::entity_colour(n.type)));
  out += "    </node>\n"sv;
}

void edge_xml(std::string& out, const detail::EdgeSummary& p) {
  out += "    <edge "sv;
  detail::append_edge_ends(out, p);
  out += ">\n"sv;
  data(out, 7, p.type);
  data(out, 8, p.type);
  data(out, 9, to_string(p.modality));
  data(out, 10, std::uint64_t{p.weight});
  data_list(out, 11, p.modalities, ",", [](Modality m) { return to_string(m); });
  data_list(out, 12, p.items, "; ", [](const std::string& item) -> std::string_view { return item; });
  data(out, 13, p.first_date());
  data(out, 14, p.last_date());
  if (p.weight > 0) data(out, 15, p.quote);
  data(out, 17, detail::hex(detail::relation_colour(p.type)));
  if (!p.quantities.empty())
    data_list(out, 18, p.quantities, "; ", [](const std::string& q) -> std::string_view { return q; });
  out += "    </edge>\n"sv;
}

}  // namespace

Status detail::write_graphml(const SummaryGraph& sg, std::ostream& os) {
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"sv;
  out +=
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out += "  <key id=\"" + std::string(k.id) + "\" for=\"" + k.for_ + "\" attr.name=\"" + k.name +
           "\" attr.type=\"" + k.type + "\"/>\n";
  }
  out += "  <graph id=\"actorgraph\" edgedefault=\"directed\">\n"sv;
  os << out;
  out.clear();
  // nodes, then edges, each formatted on two threads
  write_in_chunks(
      sg.nodes.size(), [&](std::size_t v, std::string& text) { node_xml(text, *sg.nodes[v], v); }, os);
  write_in_chunks(
      sg.edges.size(), [&](std::size_t e, std::string& text) { edge_xml(text, sg.edges[e]); }, os);
  out += "  </graph>\n</graphml>\n"sv;
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

Status write_graphml(const ActorGraph& ag, std::ostream& os) {
  return detail::write_graphml(detail::summarise(ag), os);
}

}  // namespace actorgraph
