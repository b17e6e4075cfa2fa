// Fuzz target: article text through the whole pipeline. The bytes become a Document as a
// text file with that content would (make_document); the Extractor, loaded once from
// find_data_root(), extracts it; the extraction goes through an in-memory SQLite store into
// a graph, which is written in every export format.
//
// Beyond not crashing it checks what the records promise: mentions and sentences lie inside
// the text and a mention's surface is the text between its offsets; evidence names a
// sentence; the JSON export parses as valid UTF-8; the XML exports are free of characters
// XML forbids and of unescaped markup; every CSV record has the header's width.
#include <rapidjson/document.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "actorgraph/export.h"
#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/ingest.h"
#include "actorgraph/store.h"
#include "common/unicode.h"
#include "fuzz_check.h"
#include "fuzz_output_checks.h"

namespace {

using namespace actorgraph;

const Extractor& extractor() {
  static const Extractor* ex = [] {
    auto r = Extractor::load(find_data_root());
    if (!r) {
      std::fprintf(stderr, "fuzz_text: cannot load the data folder: %s\n", r.message().c_str());
      std::abort();
    }
    return new Extractor(std::move(r).value());
  }();
  return *ex;
}

void check_records(const Extraction& x) {
  const std::string& text = x.document.text;
  AG_FUZZ_CHECK(agfuzz::valid_utf8(text), "a document's text is valid UTF-8");
  const std::uint32_t n = detail::count_code_points(text);
  for (const Sentence& s : x.sentences) {
    AG_FUZZ_CHECK(s.start <= s.end && s.end <= n, "a sentence lies inside the text");
  }
  for (const Mention& m : x.mentions) {
    AG_FUZZ_CHECK(m.start <= m.end && m.end <= n, "a mention lies inside the text");
    AG_FUZZ_CHECK(m.sentence < x.sentences.size(), "a mention names a sentence");
    const std::size_t b = detail::byte_offset_of(text, m.start);
    const std::size_t e = detail::byte_offset_of(text, m.end);
    AG_FUZZ_CHECK(std::string_view(text).substr(b, e - b) == m.surface,
                  "a mention's surface is the text between its offsets");
    bool known = false;
    for (const EntityRecord& r : x.entities) known = known || r.id == m.entity;
    AG_FUZZ_CHECK(known, "a mention's entity is among the extraction's entities");
  }
  for (const Relation& r : x.relations) {
    AG_FUZZ_CHECK(r.evidence.sentence < x.sentences.size(), "evidence names a sentence");
    AG_FUZZ_CHECK(!r.source.empty() && !r.target.empty() && !r.type.empty(), "a relation is complete");
  }
}

ActorGraph through_store(const Extraction& x) {
  auto store = open_sqlite_store(":memory:");
  AG_FUZZ_CHECK(store.is_ok(), store.message().c_str());
  Status s = (*store)->begin_build();
  AG_FUZZ_CHECK(s.is_ok(), s.message().c_str());
  s = (*store)->add(x);
  AG_FUZZ_CHECK(s.is_ok(), s.message().c_str());
  s = (*store)->finish_build();
  AG_FUZZ_CHECK(s.is_ok(), s.message().c_str());
  auto contents = (*store)->load();
  AG_FUZZ_CHECK(contents.is_ok(), contents.message().c_str());
  return build_graph(std::move(*contents));
}

void check_exports(const ActorGraph& g) {
  std::ostringstream json, graphml, gexf, nodes, edges;
  AG_FUZZ_CHECK(write_json(g, json).is_ok(), "write_json");
  AG_FUZZ_CHECK(write_graphml(g, graphml).is_ok(), "write_graphml");
  AG_FUZZ_CHECK(write_gexf(g, gexf).is_ok(), "write_gexf");
  AG_FUZZ_CHECK(write_csv(g, nodes, edges).is_ok(), "write_csv");

  const std::string j = json.str();
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseValidateEncodingFlag>(j.data(), j.size());
  AG_FUZZ_CHECK(!doc.HasParseError() && doc.IsObject(), "the JSON export is valid UTF-8 JSON");
  AG_FUZZ_CHECK(doc["nodes"].Size() == boost::num_vertices(g.g), "the JSON export has every node");

  const std::string gm = graphml.str(), gx = gexf.str();
  const char* problem = agfuzz::xml_problem(gm);
  AG_FUZZ_CHECK(problem == nullptr, problem);
  problem = agfuzz::xml_problem(gx);
  AG_FUZZ_CHECK(problem == nullptr, problem);

  const auto nw = agfuzz::csv_record_widths(nodes.str());
  AG_FUZZ_CHECK(nw.size() == boost::num_vertices(g.g) + 1, "nodes.csv has a record per node");
  for (std::size_t w : nw) AG_FUZZ_CHECK(w == nw[0], "every nodes.csv record has the header's width");
  const auto ew = agfuzz::csv_record_widths(edges.str());
  AG_FUZZ_CHECK(ew.size() == boost::num_edges(g.g) + 1, "edges.csv has a record per edge");
  for (std::size_t w : ew) AG_FUZZ_CHECK(w == ew[0], "every edges.csv record has the header's width");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)extractor();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Document doc = make_document(bytes, "fuzz.txt");
  const Extraction x = extractor().extract(doc);
  check_records(x);
  check_exports(through_store(x));
  return 0;
}
