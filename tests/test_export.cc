// Exports: JSON valid against schema/graph.schema.json; GraphML valid against the published
// XSD (xmllint) and read back by networkx; hostile text cannot break either.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <sstream>

#include "actorgraph/export.h"
#include "common/json_file.h"
#include "export/chunked.h"
#include "export/json_writing.h"
#include "graph_fixture.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {
std::string export_to_string(ExportFormat f) {
  ActorGraph g = build_graph(agtest::small_contents());
  std::ostringstream out;
  Status s = write_export(g, f, out);
  EXPECT_TRUE(s.is_ok()) << s.message();
  return out.str();
}
std::string xsd() { return agtest::shared_dir() + "/schemas/graphml/graphml.xsd"; }
}  // namespace

TEST(ExportJson, ValidAgainstTheSchemaWithEvidence) {
  const std::string json = export_to_string(ExportFormat::json);
  auto doc = detail::parse_json(json, "export.json");
  ASSERT_TRUE(doc.is_ok()) << doc.message();
  Status s = detail::validate_json(*doc, "export.json", agtest::source_dir() + "/schema/graph.schema.json");
  EXPECT_TRUE(s.is_ok()) << s.message();
  const auto& edges = (*doc)["edges"];
  ASSERT_EQ(edges.Size(), 5u);
  bool two = false;
  for (const auto& e : edges.GetArray()) {
    if (std::string(e["source"].GetString()) == "state:BY") {
      two = e["evidence"].Size() == 2 && std::string(e["modality"].GetString()) == "asserted";
    }
  }
  EXPECT_TRUE(two);
}

TEST(ExportJson, HostileTextRoundTrips) {
  const std::string json = export_to_string(ExportFormat::json);
  auto doc = detail::parse_json(json, "export.json");
  ASSERT_TRUE(doc.is_ok());
  bool found = false;
  for (const auto& n : (*doc)["nodes"].GetArray()) {
    if (std::string(n["id"].GetString()) == "org:~evil") {
      found = std::string(n["label"].GetString()).find("<script>") != std::string::npos;
    }
  }
  EXPECT_TRUE(found);
}

// The edges are formatted on two threads, each by a writer of its own: the file must still be
// exactly what one PrettyWriter writes for the same document, at sizes around the chunks'
// bounds (detail::kItemsPerChunk edges) and with no edge at all.
TEST(ExportJson, IsWhatOnePrettyWriterWritesAtEverySize) {
  constexpr std::size_t k = detail::kItemsPerChunk;
  for (std::size_t edges : {std::size_t{0}, std::size_t{1}, k, 2 * k + 1, 8 * k + 809}) {
    StoreContents c = agtest::small_contents();
    if (edges == 0) c.relations.clear();
    const std::size_t nodes = 700;
    for (std::size_t v = 0; v < nodes; ++v) {
      c.nodes.push_back({"firm:f" + std::to_string(v),
                         EntityType::firm,
                         "Firm \"" + std::to_string(v) + "\"\n",
                         v % 3 == 0,
                         {{"F" + std::to_string(v), "de", 1}},
                         2,
                         1});
    }
    for (std::size_t e = 0; c.relations.size() < (edges == 0 ? 0 : edges + 6); ++e) {
      RelationRow r = agtest::relation(
          "firm:f" + std::to_string(e % nodes), "firm:f" + std::to_string(e / nodes),
          e % 2 ? "supplies" : "produces", e % 5 ? Modality::asserted : Modality::alleged,
          "Line one\nline \u00E9 two \"" + std::to_string(e) + "\"", "2024-0" + std::to_string(1 + e % 9));
      if (e % 4 == 0) r.items = {"drones", "shells " + std::to_string(e)};
      if (e % 6 == 0) r.quantity = static_cast<double>(e) + 0.5;
      if (e % 8 == 0) r.unit = "units";
      c.relations.push_back(r);
    }
    const ActorGraph g = build_graph(std::move(c));
    ASSERT_EQ(boost::num_edges(g.g) == 0, edges == 0);
    std::ostringstream out;
    ASSERT_TRUE(write_json(g, out).is_ok());
    auto doc = detail::parse_json(out.str(), "export.json");
    ASSERT_TRUE(doc.is_ok()) << doc.message();
    rapidjson::StringBuffer again;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(again);
    w.SetIndent(' ', 1);
    doc->Accept(w);
    EXPECT_TRUE(out.str() == std::string(again.GetString(), again.GetSize()) + "\n") << edges << " edges";
    EXPECT_EQ((*doc)["edges"].Size(), boost::num_edges(g.g));
  }
}

// The JSON writers' stream, with its fast path for runs that need no escaping and its room made
// in the target itself for strings longer than its buffer: what it writes, nested, is what
// RapidJSON's own writer writes into a StringBuffer, for strings of every length around the
// eight-byte steps and the buffer, with escapes, control characters and UTF-8 anywhere in them.
TEST(ExportJson, TheNestedStreamWritesWhatRapidJsonWrites) {
  std::vector<std::string> strings{
      "", "a", "\"", "\\", "\n", std::string(1, '\0'), "\x1f", "caf\xc3\xa9", "\xe2\x80\xae bidi"};
  for (std::size_t n : {7u, 8u, 9u, 15u, 16u, 17u, 2730u, 2731u, 16383u, 16384u, 16385u, 40000u}) {
    std::string plain(n, 'x');
    strings.push_back(plain);
    for (std::size_t at : {std::size_t{0}, n / 3, n - 1}) {
      for (const char* odd : {"\"", "\\", "\n", "\x01", "\xc3\xa9"}) {
        std::string s = plain;
        s.replace(at, 1, odd);
        strings.push_back(s);
      }
    }
  }
  auto write = [&](auto& w) {
    w.StartObject();
    w.Key("strings");
    w.StartArray();
    for (const std::string& s : strings) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    w.EndArray();
    w.Key("number");
    w.Uint(42);
    w.EndObject();
  };
  rapidjson::StringBuffer expected;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> reference(expected);
  reference.SetIndent(' ', 1);
  write(reference);
  for (std::size_t indent : {0u, 2u, 4u}) {
    std::string text = "prefix";
    {
      detail::NestedString nested(text, indent);
      detail::NestedWriter w(nested);
      w.SetIndent(' ', 1);
      write(w);
    }
    std::string want = "prefix";
    for (const char* c = expected.GetString(); *c != '\0'; ++c) {
      want += *c;
      if (*c == '\n') want.append(indent, ' ');
    }
    EXPECT_TRUE(text == want) << "indent " << indent;
  }
}

TEST(ExportGraphml, EscapesMarkupAndDropsForbiddenCharacters) {
  const std::string xml = export_to_string(ExportFormat::graphml);
  EXPECT_EQ(xml.find("<script>"), std::string::npos);
  EXPECT_NE(xml.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(xml.find('\x01'), std::string::npos);
  EXPECT_EQ(xml.find('\x0b'), std::string::npos);
  EXPECT_NE(xml.find("edgedefault=\"directed\""), std::string::npos);
  EXPECT_NE(xml.find("attr.name=\"label\""), std::string::npos);
  EXPECT_EQ(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0), 0u);
}

TEST(ExportGraphml, ValidAgainstThePublishedXsd) {
  if (std::string(AG_XMLLINT).empty()) GTEST_SKIP() << "xmllint not installed (Debian libxml2-utils)";
  if (!std::filesystem::exists(xsd())) GTEST_SKIP() << "GraphML XSD not found at " << xsd();
  agtest::TempDir dir;
  dir.write("g.graphml", export_to_string(ExportFormat::graphml));
  const int rc = agtest::run(std::string(AG_XMLLINT) + " --noout --schema " + xsd() + " " +
                             dir.path("g.graphml") + " 2>" + dir.path("err.txt"));
  EXPECT_EQ(rc, 0) << agtest::slurp(dir.path("err.txt"));
}

// An edge lists the quantities its evidence states, each once and as stated (never summed: two
// articles may count one delivery), as a declared string key; an edge without any has none.
TEST(ExportGraphml, AnEdgeListsTheDistinctQuantitiesItsEvidenceStates) {
  const ActorGraph g = build_graph(agtest::counted_contents());
  std::ostringstream out;
  ASSERT_TRUE(write_graphml(g, out).is_ok());
  const std::string xml = out.str();
  EXPECT_NE(xml.find("<key id=\"k18\" for=\"edge\" attr.name=\"quantities\" attr.type=\"string\"/>"),
            std::string::npos)
      << xml;
  EXPECT_NE(
      xml.find("<data key=\"k18\">at least 1,000,000 artillery shells; 240,000 artillery shells</data>"),
      std::string::npos)
      << xml;
  EXPECT_EQ(xml.find("<data key=\"k18\">"), xml.rfind("<data key=\"k18\">"))
      << "only North Korea -> Russia states a quantity";
}

TEST(ExportGraphml, NetworkxReadsLabelsAndTypesBack) {
  if (std::string(AG_PYTHON).empty()) GTEST_SKIP() << "no python3 at /usr/bin";
  agtest::TempDir dir;
  dir.write("g.graphml", export_to_string(ExportFormat::graphml));
  dir.write("check.py",
            "import sys, networkx as nx\n"
            "g = nx.read_graphml(sys.argv[1])\n"
            "labels = {d['label']: d['type'] for _, d in g.nodes(data=True)}\n"
            "assert labels['China'] == 'state', labels\n"
            "assert labels['ZT-180'] == 'weapon_system', labels\n"
            "types = sorted(d['type'] for _, _, d in g.edges(data=True))\n"
            "assert types.count('supplies') == 4 and types.count('funds') == 1, types\n"
            "assert all(isinstance(d['weight'], float) for _, _, d in g.edges(data=True))\n"
            "print('ok')\n");
  const int rc = agtest::run(std::string(AG_PYTHON) + " " + dir.path("check.py") + " " +
                             dir.path("g.graphml") + " > " + dir.path("out.txt") + " 2>&1");
  EXPECT_EQ(rc, 0) << agtest::slurp(dir.path("out.txt"));
}

TEST(Export, UnknownFormatIsRefused) {
  EXPECT_FALSE(parse_export_format("pdf").has_value());
  EXPECT_EQ(parse_export_format("graphml"), ExportFormat::graphml);
}

// The writers format a graph's edges a chunk at a time on two threads while the caller writes
// the chunk before: the bytes are those of one thread, at every size around the chunks'
// bounds, and an exception thrown while formatting any chunk reaches the caller.
TEST(ExportChunks, TwoThreadsWriteWhatOneWould) {
  auto item = [](std::size_t i, std::string& out) {
    out += "<i n=\"" + std::to_string(i) + "\">" + std::string(i % 7, 'x') + "</i>\n";
  };
  constexpr std::size_t k = detail::kItemsPerChunk;
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, k - 1, k, k + 1, 2 * k - 1, 2 * k, 2 * k + 1,
                        3 * k + 1, 5 * k + 7, std::size_t{20000}}) {
    std::string expected;
    for (std::size_t i = 0; i < n; ++i) item(i, expected);
    std::ostringstream out;
    detail::write_in_chunks(n, item, out);
    EXPECT_EQ(out.str(), expected) << n;
  }
  for (std::size_t bad :
       {std::size_t{10}, k + 3, 4 * k, 9 * k - 1}) {  // first, second, a middle, the last chunk
    std::ostringstream out;
    EXPECT_THROW(detail::write_in_chunks(
                     9 * k,
                     [&](std::size_t i, std::string& text) {
                       if (i == bad) throw std::runtime_error("item " + std::to_string(i));
                       text += 'x';
                     },
                     out),
                 std::runtime_error)
        << bad;
  }
}
