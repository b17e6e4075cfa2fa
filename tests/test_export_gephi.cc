// GEXF and CSV exports: GEXF valid against the GEXF 1.3 RELAX NG grammar with spells from
// evidence dates and the relation as the edge kind; CSV read back with the right counts by
// a CSV reader; hostile text cannot break either.
#include <sstream>

#include "actorgraph/export.h"
#include "graph_fixture.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {
std::string gexf() {
  ActorGraph g = build_graph(agtest::small_contents());
  std::ostringstream out;
  EXPECT_TRUE(write_gexf(g, out).is_ok());
  return out.str();
}
std::string rng() { return agtest::shared_dir() + "/schemas/gexf/gexf.rng"; }
}  // namespace

TEST(ExportGexf, ValidAgainstTheRelaxNgGrammar) {
  if (std::string(AG_XMLLINT).empty()) GTEST_SKIP() << "xmllint not installed (Debian libxml2-utils)";
  if (!std::filesystem::exists(rng())) GTEST_SKIP() << "GEXF grammar not found at " << rng();
  agtest::TempDir dir;
  dir.write("g.gexf", gexf());
  const int rc = agtest::run(std::string(AG_XMLLINT) + " --noout --relaxng " + rng() + " " +
                             dir.path("g.gexf") + " 2>" + dir.path("err.txt"));
  EXPECT_EQ(rc, 0) << agtest::slurp(dir.path("err.txt"));
}

TEST(ExportGexf, SpellsKindsColoursAndNoSchemaLocation) {
  const std::string x = gexf();
  EXPECT_EQ(x.find("schemaLocation"), std::string::npos);
  EXPECT_NE(x.find("mode=\"dynamic\" timeformat=\"date\""), std::string::npos);
  // "2025-11" becomes the whole month, "2024" the whole year
  EXPECT_NE(x.find("<spell start=\"2025-11-01\" end=\"2025-11-30\"/>"), std::string::npos) << x;
  EXPECT_NE(x.find("<spell start=\"2024-01-01\" end=\"2024-12-31\"/>"), std::string::npos);
  EXPECT_NE(x.find("kind=\"funds\""), std::string::npos);
  EXPECT_NE(x.find("kind=\"supplies\""), std::string::npos);
  EXPECT_NE(x.find("<viz:color r=\"31\" g=\"119\" b=\"180\"/>"), std::string::npos);  // states
  EXPECT_NE(x.find("weight=\"2\""), std::string::npos);                               // BY->RU, two pieces
}

TEST(ExportGexf, HostileTextIsEscaped) {
  const std::string x = gexf();
  EXPECT_EQ(x.find("<script>"), std::string::npos);
  EXPECT_NE(x.find("&lt;script&gt;"), std::string::npos);
  EXPECT_EQ(x.find('\x01'), std::string::npos);
  EXPECT_EQ(x.find('\x0b'), std::string::npos);
}

// An edge lists the quantities its evidence states, each once and as stated, as a declared
// string attribute; an edge without any has no value for it.
TEST(ExportGexf, AnEdgeListsTheDistinctQuantitiesItsEvidenceStates) {
  const ActorGraph g = build_graph(agtest::counted_contents());
  std::ostringstream out;
  ASSERT_TRUE(write_gexf(g, out).is_ok());
  const std::string x = out.str();
  EXPECT_NE(x.find("<attribute id=\"5\" title=\"quantities\" type=\"string\"/>"), std::string::npos) << x;
  EXPECT_NE(
      x.find("<attvalue for=\"5\" value=\"at least 1,000,000 artillery shells; 240,000 artillery shells\"/>"),
      std::string::npos)
      << x;
  EXPECT_EQ(x.find("<attvalue for=\"5\""), x.rfind("<attvalue for=\"5\""))
      << "only North Korea -> Russia states a quantity";
}

TEST(ExportCsv, ReadBackWithTheRightCountsAndHeaders) {
  if (std::string(AG_PYTHON).empty()) GTEST_SKIP() << "no python3 at /usr/bin";
  ActorGraph g = build_graph(agtest::small_contents());
  agtest::TempDir dir;
  {
    std::ofstream nodes(dir.path("nodes.csv"), std::ios::binary),
        edges(dir.path("edges.csv"), std::ios::binary);
    ASSERT_TRUE(write_csv(g, nodes, edges).is_ok());
  }
  dir.write("check.py",
            "import csv, sys\n"
            "n = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n"
            "e = list(csv.DictReader(open(sys.argv[2], newline='', encoding='utf-8')))\n"
            "assert len(n) == 5 and len(e) == 5, (len(n), len(e))\n"
            "ids = {r['id:ID'] for r in n}\n"
            "assert all(r[':START_ID'] in ids and r[':END_ID'] in ids for r in e)\n"
            "assert all(r['Source'] == r[':START_ID'] and r['Type'] == 'Directed' for r in e)\n"
            "assert {r[':TYPE'] for r in e} == {'SUPPLIES', 'FUNDS'}, {r[':TYPE'] for r in e}\n"
            "evil = [r for r in n if r['Id'] == 'org:~evil'][0]\n"
            "assert evil['Label'].startswith('<script>') and '\"Co\"' in evil['Label'], evil['Label']\n"
            "assert evil[':LABEL'] == 'Actor;Organization'\n"
            "print('ok')\n");
  const int rc =
      agtest::run(std::string(AG_PYTHON) + " " + dir.path("check.py") + " " + dir.path("nodes.csv") + " " +
                  dir.path("edges.csv") + " > " + dir.path("out.txt") + " 2>&1");
  EXPECT_EQ(rc, 0) << agtest::slurp(dir.path("out.txt"));
}
