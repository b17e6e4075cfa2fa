// JSON export, described by schema/graph.schema.json. RapidJSON escapes every string, so
// no article text can break the file. The edges are formatted on two threads
// (detail::write_in_chunks), into the same bytes as one PrettyWriter would write.
#include <ostream>
#include <string_view>
#include <vector>

#include "actorgraph/export.h"
#include "export/chunked.h"
#include "export/json_writing.h"

namespace actorgraph {
namespace detail {

using namespace std::string_view_literals;

Status write_json_document(std::ostream& out, std::span<const NodeProps* const> nodes, std::size_t edges,
                           const std::function<void(std::size_t, std::string&)>& format_edge,
                           std::span<const DocumentRow> documents) {
  // The document's own writer writes into `text`, handed to `out` a megabyte at a time.
  std::string text;
  auto hand_over = [&](std::size_t at_least) {
    if (text.size() < at_least) return;
    out << text;
    text.clear();
  };
  NestedString os(text, 0);
  NestedWriter w(os);
  w.SetIndent(' ', 1);
  w.StartObject();
  string_member(w, "generator", "actorgraph");
  w.Key("directed");
  w.Bool(true);
  w.Key("nodes");
  w.StartArray();
  for (const NodeProps* node : nodes) {
    const NodeProps& n = *node;
    w.StartObject();
    string_member(w, "id", n.id);
    string_member(w, "type", to_string(n.type));
    string_member(w, "label", n.label);
    w.Key("known");
    w.Bool(n.known);
    w.Key("aliases");
    w.StartArray();
    for (const auto& a : n.aliases) json_string(w, a.text);
    w.EndArray();
    w.Key("mentions");
    w.Uint(n.mentions);
    w.Key("documents");
    w.Uint(n.documents);
    w.EndObject();
    hand_over(std::size_t{1} << 20);
  }
  w.EndArray();
  // The edges, most of the text, are formatted on two threads a chunk at a time, each edge by
  // a writer of its own, and written in order: the bytes PrettyWriter would write, nested.
  w.Key("edges");
  w.RawValue("", 0, rapidjson::kArrayType);  // the ": " after the key; the array follows
  os.Flush();
  hand_over(0);
  if (edges == 0) {
    out << "[]";
  } else {
    out << '[';
    write_in_chunks(
        edges,
        [&](std::size_t i, std::string& chunk) {
          chunk += i == 0 ? "\n  "sv : ",\n  "sv;  // an element of an array two levels down
          format_edge(i, chunk);
        },
        out);
    out << "\n ]";
  }
  w.Key("documents");
  w.StartArray();
  for (const DocumentRow& d : documents) {
    w.StartObject();
    string_member(w, "id", d.id);
    string_member(w, "source", d.source);
    string_member(w, "title", d.title);
    string_member(w, "date", d.date);
    string_member(w, "lang", d.lang);
    string_member(w, "url", d.url);
    w.EndObject();
    hand_over(std::size_t{1} << 20);
  }
  w.EndArray();
  w.EndObject();
  os.Flush();
  hand_over(0);
  out << '\n';
  if (!out) return Error{"write failed"};
  return Status::ok();
}

}  // namespace detail

std::optional<ExportFormat> parse_export_format(std::string_view s) {
  if (s == "json") return ExportFormat::json;
  if (s == "graphml") return ExportFormat::graphml;
  if (s == "gexf") return ExportFormat::gexf;
  if (s == "csv") return ExportFormat::csv;
  return std::nullopt;
}

Status write_json(const ActorGraph& ag, std::ostream& out) {
  std::vector<const NodeProps*> nodes;
  nodes.reserve(boost::num_vertices(ag.g));
  for (auto v : boost::make_iterator_range(boost::vertices(ag.g))) nodes.push_back(&ag.g[v]);
  std::vector<Edge> edges;
  edges.reserve(boost::num_edges(ag.g));
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) edges.push_back(e);
  return detail::write_json_document(
      out, nodes, edges.size(),
      [&](std::size_t i, std::string& text) {
        const Edge e = edges[i];
        const EdgeProps& p = ag.g[e];
        const std::vector<Modality> modalities = p.modalities();
        const std::vector<std::string> items = p.items();
        detail::NestedString nested(text, 2);
        detail::NestedWriter w(nested);
        w.SetIndent(' ', 1);
        detail::write_edge_head(w, {p.id, ag.g[boost::source(e, ag.g)].id, ag.g[boost::target(e, ag.g)].id,
                                    p.type, p.modality, modalities, p.weight(), items});
        for (const EdgeEvidence& ee : p.evidence) {
          const Evidence& v = ee.evidence;
          detail::write_evidence(w, {v.doc, v.sentence, v.start, v.end, v.date, v.modality, v.quote, v.source,
                                     ee.items, ee.quantity, ee.unit, ee.role, ee.mode, ee.quantity_bound});
        }
        w.EndArray();
        w.EndObject();
      },
      ag.documents);
}

Status write_export(const ActorGraph& graph, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::json:
      return write_json(graph, out);
    case ExportFormat::graphml:
      return write_graphml(graph, out);
    case ExportFormat::gexf:
      return write_gexf(graph, out);
    case ExportFormat::csv:
      return Error{"CSV is two files (nodes.csv, edges.csv): give a folder with -o"};
  }
  return Error{"unknown export format"};
}

}  // namespace actorgraph
