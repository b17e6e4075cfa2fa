// End to end on the team's sample corpus (data/sample, nl/de/en): the command line builds
// the store, exports JSON and GraphML, and what it finds is checked against the sample's
// hand annotation (data/sample/expected.json).
#include <memory>
#include <set>

#include "common/json_file.h"
#include "test_helper.h"
#include "text/fold.h"

using namespace actorgraph;

namespace {

struct Built {
  agtest::TempDir dir;
  int build_rc = -1, rebuild_rc = -1, json_rc = -1, graphml_rc = -1, gexf_rc = -1, csv_rc = -1;
  std::string build_out, rebuild_out;
};

Built& built() {
  static const std::unique_ptr<Built> b = [] {
    auto x = std::make_unique<Built>();
    const std::string cli = AG_CLI;
    const std::string db = x->dir.path("sample.db");
    const std::string sample = agtest::source_dir() + "/data/sample";
    x->build_rc =
        agtest::run(cli + " build " + sample + " --db " + db + " > " + x->dir.path("build.txt") + " 2>&1");
    x->build_out = agtest::slurp(x->dir.path("build.txt"));
    x->rebuild_rc =
        agtest::run(cli + " build " + sample + " --db " + db + " > " + x->dir.path("rebuild.txt") + " 2>&1");
    x->rebuild_out = agtest::slurp(x->dir.path("rebuild.txt"));
    x->json_rc = agtest::run(cli + " export --db " + db + " --format json -o " + x->dir.path("g.json"));
    x->graphml_rc =
        agtest::run(cli + " export --db " + db + " --format graphml -o " + x->dir.path("g.graphml"));
    x->gexf_rc = agtest::run(cli + " export --db " + db + " --format gexf -o " + x->dir.path("g.gexf"));
    x->csv_rc = agtest::run(cli + " export --db " + db + " --format csv -o " + x->dir.path("csv"));
    return x;
  }();
  return *b;
}

std::string fold_name(const std::string& s) { return detail::fold_phrase(s); }

}  // namespace

TEST(EndToEnd, BuildReportsASummary) {
  Built& b = built();
  ASSERT_EQ(b.build_rc, 0) << b.build_out;
  EXPECT_NE(b.build_out.find("documents: 12 new"), std::string::npos) << b.build_out;
  EXPECT_NE(b.build_out.find("state="), std::string::npos) << b.build_out;
  EXPECT_NE(b.build_out.find("person="), std::string::npos) << b.build_out;
  EXPECT_NE(b.build_out.find("weapon_system="), std::string::npos) << b.build_out;
}

TEST(EndToEnd, RebuildAddsNothing) {
  Built& b = built();
  ASSERT_EQ(b.rebuild_rc, 0) << b.rebuild_out;
  EXPECT_NE(b.rebuild_out.find("documents: 0 new, 12 already in the store"), std::string::npos)
      << b.rebuild_out;
}

TEST(EndToEnd, JsonExportIsValidAndFindsTheAnnotatedActors) {
  Built& b = built();
  ASSERT_EQ(b.json_rc, 0);
  auto doc = detail::read_json_file(b.dir.path("g.json"));
  ASSERT_TRUE(doc.is_ok()) << doc.message();
  Status s = detail::validate_json(*doc, "g.json", agtest::source_dir() + "/schema/graph.schema.json");
  ASSERT_TRUE(s.is_ok()) << s.message();

  auto gold = detail::read_json_file(agtest::source_dir() + "/data/sample-expected.json");
  ASSERT_TRUE(gold.is_ok()) << gold.message();
  std::map<std::string, std::string> names;  // folded node name -> type
  for (const auto& n : (*doc)["nodes"].GetArray()) {
    names[fold_name(n["label"].GetString())] = n["type"].GetString();
    for (const auto& a : n["aliases"].GetArray()) names[fold_name(a.GetString())] = n["type"].GetString();
  }
  int total = 0, found = 0, typed = 0;
  std::string missed;
  for (const auto& e : (*gold)["entities"].GetArray()) {
    ++total;
    std::vector<std::string> forms{e["name"].GetString()};
    for (const auto& a : e["aliases"].GetArray()) forms.emplace_back(a.GetString());
    bool hit = false, type_ok = false;
    for (const auto& f : forms) {
      auto it = names.find(fold_name(f));
      if (it == names.end()) continue;
      hit = true;
      const std::string want = e["type"].GetString();
      type_ok = type_ok || it->second == want ||
                ((want == "firm" || want == "organization") &&
                 (it->second == "firm" || it->second == "organization"));
    }
    found += hit;
    typed += type_ok;
    if (!hit) missed += std::string(e["name"].GetString()) + "; ";
  }
  const double recall = static_cast<double>(found) / total;
  const double typed_recall = static_cast<double>(typed) / total;
  RecordProperty("entity_recall", std::to_string(recall));
  EXPECT_GE(recall, 0.85) << "missed: " << missed;
  EXPECT_GE(typed_recall, 0.80) << "missed: " << missed;
}

TEST(EndToEnd, AllThreeLanguagesAreDetected) {
  Built& b = built();
  auto doc = detail::read_json_file(b.dir.path("g.json"));
  ASSERT_TRUE(doc.is_ok());
  std::map<std::string, int> langs;
  for (const auto& d : (*doc)["documents"].GetArray()) {
    const std::string src = d["source"].GetString();
    const std::string lang = d["lang"].GetString();
    ++langs[lang];
    // the sample's files are named by their language
    for (const char* l : {"nl-", "de-", "en-"}) {
      if (src.find(std::string("/") + l) != std::string::npos) {
        EXPECT_EQ(lang, std::string(l, 2)) << src;
      }
    }
  }
  EXPECT_EQ(langs["nl"], 4);
  EXPECT_EQ(langs["de"], 4);
  EXPECT_EQ(langs["en"], 4);
}

TEST(EndToEnd, GraphmlExportIsSchemaValid) {
  Built& b = built();
  ASSERT_EQ(b.graphml_rc, 0);
  const std::string xsd = agtest::shared_dir() + "/schemas/graphml/graphml.xsd";
  if (std::string(AG_XMLLINT).empty()) GTEST_SKIP() << "xmllint not installed (Debian libxml2-utils)";
  if (!std::filesystem::exists(xsd)) GTEST_SKIP() << "GraphML XSD not found at " << xsd;
  const int rc = agtest::run(std::string(AG_XMLLINT) + " --noout --schema " + xsd + " " +
                             b.dir.path("g.graphml") + " 2>" + b.dir.path("err.txt"));
  EXPECT_EQ(rc, 0) << agtest::slurp(b.dir.path("err.txt"));
}

TEST(EndToEnd, EntitiesCommandFiltersByType) {
  Built& b = built();
  const std::string out = b.dir.path("states.txt");
  ASSERT_EQ(agtest::run(std::string(AG_CLI) + " entities --type state --db " + b.dir.path("sample.db") +
                        " > " + out),
            0);
  const std::string text = agtest::slurp(out);
  EXPECT_NE(text.find("Russia"), std::string::npos);
  EXPECT_EQ(text.find("weapon_system"), std::string::npos);
  EXPECT_NE(agtest::run(std::string(AG_CLI) + " entities --type planet --db " + b.dir.path("sample.db") +
                        " 2>/dev/null"),
            0);
}

TEST(EndToEnd, QueryCommandsAnswerInJsonAndFailOnUnknownNames) {
  Built& b = built();
  const std::string cli = AG_CLI;
  const std::string db = " --db " + b.dir.path("sample.db");
  const std::vector<std::pair<std::string, std::string>> queries{
      {"query supplies --recipient Oekraïne --json", "supplies"},
      {"query supplies --supplier iran --asserted-only --json", "supplies"},
      {"query chain rusland --upstream --depth 3 --json", "chain"},
      {"query path Iran Ukraine --json", "path"},
      {"query neighbors Russland --direction in --json", "neighbors"},
      {"query top --by pagerank --type state --limit 5 --json", "top"},
      {"show Poetin --json", "show"}};
  for (const auto& [q, name] : queries) {
    const std::string out = b.dir.path(name + ".json");
    std::string cmd = cli;
    cmd.append(" ").append(q).append(db).append(" > ").append(out);
    ASSERT_EQ(agtest::run(cmd), 0) << q;
    auto doc = detail::read_json_file(out);
    ASSERT_TRUE(doc.is_ok()) << q << ": " << doc.message();
    Status s = detail::validate_json(*doc, out, agtest::source_dir() + "/schema/query.schema.json");
    EXPECT_TRUE(s.is_ok()) << q << ": " << s.message();
    EXPECT_GT((*doc)["rows"].Size(), 0u) << q;
  }
  const std::string err = b.dir.path("narnia.txt");
  EXPECT_NE(agtest::run(cli + " query supplies --recipient Narnia" + db + " 2> " + err), 0);
  EXPECT_NE(agtest::slurp(err).find("no actor named \"Narnia\""), std::string::npos) << agtest::slurp(err);
}

TEST(EndToEnd, GexfExportIsValidWithTimeAndCsvHasEveryNode) {
  Built& b = built();
  ASSERT_EQ(b.gexf_rc, 0);
  ASSERT_EQ(b.csv_rc, 0);
  const std::string gexf = agtest::slurp(b.dir.path("g.gexf"));
  EXPECT_NE(gexf.find("<spell start="), std::string::npos);
  const std::string rng = agtest::shared_dir() + "/schemas/gexf/gexf.rng";
  if (std::string(AG_XMLLINT).empty()) GTEST_SKIP() << "xmllint not installed (Debian libxml2-utils)";
  if (!std::filesystem::exists(rng)) GTEST_SKIP() << "GEXF grammar not found at " << rng;
  const int rc = agtest::run(std::string(AG_XMLLINT) + " --noout --relaxng " + rng + " " +
                             b.dir.path("g.gexf") + " 2>" + b.dir.path("gexf-err.txt"));
  EXPECT_EQ(rc, 0) << agtest::slurp(b.dir.path("gexf-err.txt"));
  auto doc = detail::read_json_file(b.dir.path("g.json"));
  ASSERT_TRUE(doc.is_ok());
  const std::string nodes = agtest::slurp(b.dir.path("csv/nodes.csv"));
  const auto lines = static_cast<std::size_t>(std::count(nodes.begin(), nodes.end(), '\n'));
  EXPECT_GE(lines, (*doc)["nodes"].Size() + 1);  // a header and one line per node (quotes may hold more)
}

TEST(EndToEnd, ExportFiltersNarrowTheGraph) {
  Built& b = built();
  const std::string out = b.dir.path("ego.json");
  ASSERT_EQ(
      agtest::run(std::string(AG_CLI) + " export --db " + b.dir.path("sample.db") +
                  " --format json --types supplies --modality asserted --entity Oekraïne --hops 1 -o " + out),
      0);
  auto doc = detail::read_json_file(out);
  ASSERT_TRUE(doc.is_ok()) << doc.message();
  ASSERT_GT((*doc)["edges"].Size(), 0u);
  // every actor is Ukraine or one relation away from it (an ego network keeps the ties
  // among its neighbours too)
  std::set<std::string> near{"state:UA"};
  for (const auto& e : (*doc)["edges"].GetArray()) {
    EXPECT_STREQ(e["type"].GetString(), "supplies");
    EXPECT_STREQ(e["modality"].GetString(), "asserted");
    const std::string s = e["source"].GetString(), t = e["target"].GetString();
    if (s == "state:UA") near.insert(t);
    if (t == "state:UA") near.insert(s);
  }
  for (const auto& n : (*doc)["nodes"].GetArray())
    EXPECT_TRUE(near.count(n["id"].GetString())) << n["id"].GetString();
}

// An article written to attack whoever reads its report: markup, a CDATA end, ampersands,
// control characters and a bidi override in the text, around real actors and a delivery.
TEST(EndToEnd, HostileArticleCannotBreakTheReports) {
  agtest::TempDir dir;
  dir.write("in/hostile.txt",
            "<script>alert('x')</script> Russia & China ]]> \x01\x02 \u202Eevil\u202C.\n\n"
            "China supplied drones to Russia <img src=x onerror=alert(1)> | *bold* [a](javascript:b).\n");
  const std::string cli = AG_CLI;
  const std::string db = dir.path("h.db");
  ASSERT_EQ(agtest::run(cli + " build --db " + db + " --lang en " + dir.path("in") + " > /dev/null 2>&1"), 0);
  ASSERT_EQ(agtest::run(cli + " report --db " + db + " -o " + dir.path("r.html")), 0);
  ASSERT_EQ(agtest::run(cli + " report --db " + db + " --format md -o " + dir.path("r.md")), 0);
  const std::string html = agtest::slurp(dir.path("r.html"));
  const std::string md = agtest::slurp(dir.path("r.md"));
  const std::string svg = agtest::slurp(dir.path("r.svg"));
  ASSERT_NE(html.find("supplies"), std::string::npos) << "the delivery is in the report";
  for (const std::string* out : {&html, &md, &svg}) {
    EXPECT_EQ(out->find("<script"), std::string::npos);
    EXPECT_EQ(out->find("<img"), std::string::npos);
    EXPECT_EQ(out->find('\x01'), std::string::npos);
    EXPECT_EQ(out->find("\u202E"), std::string::npos);
  }
  EXPECT_NE(html.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_NE(md.find("\\[a\\](javascript:b)"), std::string::npos);
  if (!std::string(AG_XMLLINT).empty()) {
    EXPECT_EQ(agtest::run(std::string(AG_XMLLINT) + " --noout " + dir.path("r.svg")), 0);
  }
}

TEST(EndToEnd, ReportNeedsAFileForMarkdownAndKnowsItsFormats) {
  agtest::TempDir dir;
  const std::string cli = AG_CLI;
  const std::string db = built().dir.path("sample.db");
  EXPECT_EQ(agtest::run(cli + " report --db " + db + " --format md > /dev/null 2>&1"), 2);
  EXPECT_EQ(agtest::run(cli + " report --db " + db + " --format pdf > /dev/null 2>&1"), 2);
  EXPECT_EQ(agtest::run(cli + " report --db " + db + " --entity Narnia > /dev/null 2>&1"), 1);
  ASSERT_EQ(agtest::run(cli + " report --db " + db + " --entity Rusland --hops 1 -o " + dir.path("ru.html")),
            0);
  const std::string page = agtest::slurp(dir.path("ru.html"));
  EXPECT_NE(page.find("<h1>actorgraph report: Russia</h1>"), std::string::npos);
  EXPECT_NE(page.find("About <a href=\"#actor-"), std::string::npos);
}
