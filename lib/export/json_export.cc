// JSON export, described by schema/graph.schema.json. RapidJSON escapes every string, so
// no article text can break the file. The edges are formatted on two threads
// (detail::write_in_chunks), into the same bytes as one PrettyWriter would write.
#include <rapidjson/prettywriter.h>

#include <array>
#include <ostream>
#include <string_view>
#include <vector>

#include "actorgraph/export.h"
#include "export/chunked.h"

namespace actorgraph {
namespace {

using namespace std::string_view_literals;

// A RapidJSON output stream that hands the ostream 64 KiB at a time (RapidJSON's own
// OStreamWrapper calls ostream::put for every character).
class BufferedOStream {
 public:
  using Ch = char;
  explicit BufferedOStream(std::ostream& out) : out_(out) {}
  BufferedOStream(const BufferedOStream&) = delete;
  BufferedOStream& operator=(const BufferedOStream&) = delete;
  ~BufferedOStream() { Flush(); }
  void Put(char c) {
    if (used_ == buf_.size()) Flush();
    buf_[used_++] = c;
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(used_));
    used_ = 0;
  }

 private:
  std::ostream& out_;
  std::array<char, std::size_t{64} * 1024> buf_{};
  std::size_t used_ = 0;
};

// A RapidJSON output stream appending to a string, a buffer at a time, and indenting every
// line it starts by two spaces: a value written on its own comes out as it stands two levels
// down in the document (an edge in "edges").
class NestedString {
 public:
  using Ch = char;
  explicit NestedString(std::string& out) : out_(out) {}
  NestedString(const NestedString&) = delete;
  NestedString& operator=(const NestedString&) = delete;
  ~NestedString() { Flush(); }
  void Put(char c) {
    if (used_ + 3 > buf_.size()) Flush();
    buf_[used_++] = c;
    if (c == '\n') {  // strings escape their newlines: this one is layout
      buf_[used_++] = ' ';
      buf_[used_++] = ' ';
    }
  }
  void Flush() {
    out_.append(buf_.data(), used_);
    used_ = 0;
  }

 private:
  std::string& out_;
  std::array<char, 4096> buf_{};
  std::size_t used_ = 0;
};

using Writer = rapidjson::PrettyWriter<BufferedOStream>;
using EdgeWriter = rapidjson::PrettyWriter<NestedString>;

template <typename W>
void str(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}
template <typename W>
void key(W& w, const char* k) {
  w.Key(k);
}

template <typename W>
void evidence(W& w, const EdgeEvidence& ee) {
  const Evidence& e = ee.evidence;
  w.StartObject();
  key(w, "doc");
  str(w, e.doc);
  key(w, "sentence");
  w.Uint(e.sentence);
  key(w, "start");
  w.Uint(e.start);
  key(w, "end");
  w.Uint(e.end);
  key(w, "date");
  str(w, e.date);
  key(w, "modality");
  str(w, to_string(e.modality));
  key(w, "quote");
  str(w, e.quote);
  if (!e.source.empty()) {
    key(w, "source");
    str(w, e.source);
  }
  if (!ee.items.empty()) {
    key(w, "items");
    w.StartArray();
    for (const auto& i : ee.items) str(w, i);
    w.EndArray();
  }
  if (ee.quantity) {
    key(w, "quantity");
    w.Double(*ee.quantity);
  }
  if (!ee.unit.empty()) {
    key(w, "unit");
    str(w, ee.unit);
  }
  if (!ee.role.empty()) {
    key(w, "role");
    str(w, ee.role);
  }
  if (!ee.mode.empty()) {
    key(w, "mode");
    str(w, ee.mode);
  }
  w.EndObject();
}

template <typename W>
void edge(W& w, const ActorGraph& ag, Edge e) {
  const EdgeProps& p = ag.g[e];
  w.StartObject();
  key(w, "id");
  str(w, p.id);
  key(w, "source");
  str(w, ag.g[boost::source(e, ag.g)].id);
  key(w, "target");
  str(w, ag.g[boost::target(e, ag.g)].id);
  key(w, "type");
  str(w, p.type);
  key(w, "modality");
  str(w, to_string(p.modality));
  key(w, "modalities");
  w.StartArray();
  for (Modality m : p.modalities()) str(w, to_string(m));
  w.EndArray();
  key(w, "weight");
  w.Uint(p.weight());
  key(w, "items");
  w.StartArray();
  for (const auto& i : p.items()) str(w, i);
  w.EndArray();
  key(w, "evidence");
  w.StartArray();
  for (const auto& ev : p.evidence) evidence(w, ev);
  w.EndArray();
  w.EndObject();
}

}  // namespace

std::optional<ExportFormat> parse_export_format(std::string_view s) {
  if (s == "json") return ExportFormat::json;
  if (s == "graphml") return ExportFormat::graphml;
  if (s == "gexf") return ExportFormat::gexf;
  if (s == "csv") return ExportFormat::csv;
  return std::nullopt;
}

Status write_json(const ActorGraph& ag, std::ostream& out) {
  BufferedOStream os(out);
  Writer w(os);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "generator");
  str(w, "actorgraph");
  key(w, "directed");
  w.Bool(true);
  key(w, "nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(ag.g))) {
    const NodeProps& n = ag.g[v];
    w.StartObject();
    key(w, "id");
    str(w, n.id);
    key(w, "type");
    str(w, to_string(n.type));
    key(w, "label");
    str(w, n.label);
    key(w, "known");
    w.Bool(n.known);
    key(w, "aliases");
    w.StartArray();
    for (const auto& a : n.aliases) str(w, a.text);
    w.EndArray();
    key(w, "mentions");
    w.Uint(n.mentions);
    key(w, "documents");
    w.Uint(n.documents);
    w.EndObject();
  }
  w.EndArray();
  // The edges, most of the text, are formatted on two threads a chunk at a time, each edge by
  // a writer of its own, and written in order: the bytes PrettyWriter would write, nested.
  key(w, "edges");
  w.RawValue("", 0, rapidjson::kArrayType);  // the ": " after the key; the array follows
  os.Flush();
  std::vector<Edge> edges;
  edges.reserve(boost::num_edges(ag.g));
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) edges.push_back(e);
  if (edges.empty()) {
    out << "[]";
  } else {
    out << '[';
    detail::write_in_chunks(
        edges.size(),
        [&](std::size_t i, std::string& text) {
          text += i == 0 ? "\n  "sv : ",\n  "sv;  // an element of an array two levels down
          NestedString nested(text);
          EdgeWriter ew(nested);
          ew.SetIndent(' ', 1);
          edge(ew, ag, edges[i]);
        },
        out);
    out << "\n ]";
  }
  key(w, "documents");
  w.StartArray();
  for (const auto& d : ag.documents) {
    w.StartObject();
    key(w, "id");
    str(w, d.id);
    key(w, "source");
    str(w, d.source);
    key(w, "title");
    str(w, d.title);
    key(w, "date");
    str(w, d.date);
    key(w, "lang");
    str(w, d.lang);
    key(w, "url");
    str(w, d.url);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  os.Flush();
  out << '\n';
  if (!out) return Error{"write failed"};
  return Status::ok();
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
