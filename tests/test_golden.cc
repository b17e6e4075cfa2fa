// Golden files: every writer's output on the hand-made fixture graph (tests/graph_fixture.h,
// hostile text included) is compared byte for byte with the file kept in tests/golden/.
// A change to a writer shows up here as a diff to review; when the change is meant, run
//   AG_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden
// and commit the rewritten files with it.
#include <cstdlib>
#include <sstream>

#include "actorgraph/export.h"
#include "actorgraph/report.h"
#include "graph_fixture.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

std::string golden_path(const std::string& name) { return agtest::source_dir() + "/tests/golden/" + name; }

// The first line where the two differ, for the failure message.
std::string first_difference(const std::string& want, const std::string& got) {
  std::istringstream a(want), b(got);
  std::string la, lb;
  for (int line = 1;; ++line) {
    const bool ha = static_cast<bool>(std::getline(a, la)), hb = static_cast<bool>(std::getline(b, lb));
    if (!ha && !hb) return "(same lines; different line endings?)";
    if (!ha || !hb || la != lb) {
      return "line " + std::to_string(line) + ":\n  golden: " + (ha ? la.substr(0, 300) : "<end>") +
             "\n  now:    " + (hb ? lb.substr(0, 300) : "<end>");
    }
  }
}

void expect_golden(const std::string& name, const std::string& got) {
  const std::string path = golden_path(name);
  if (const char* update = std::getenv("AG_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  ASSERT_TRUE(std::filesystem::exists(path)) << path << " is missing; AG_UPDATE_GOLDEN=1 writes it";
  const std::string want = agtest::slurp(path);
  EXPECT_TRUE(want == got) << name << " differs from its golden file " << path << " at "
                           << first_difference(want, got)
                           << "\nIf the change is meant: AG_UPDATE_GOLDEN=1 ctest --test-dir build -R Golden";
}

ActorGraph fixture() { return build_graph(agtest::small_contents()); }

template <typename Writer>
std::string written(Writer&& write) {
  std::ostringstream out;
  EXPECT_TRUE(write(out).is_ok());
  return out.str();
}

}  // namespace

TEST(Golden, Json) {
  const ActorGraph g = fixture();
  expect_golden("small.json", written([&](std::ostream& o) { return write_json(g, o); }));
}

TEST(Golden, GraphMl) {
  const ActorGraph g = fixture();
  expect_golden("small.graphml", written([&](std::ostream& o) { return write_graphml(g, o); }));
}

TEST(Golden, Gexf) {
  const ActorGraph g = fixture();
  expect_golden("small.gexf", written([&](std::ostream& o) { return write_gexf(g, o); }));
}

TEST(Golden, Csv) {
  const ActorGraph g = fixture();
  std::ostringstream nodes, edges;
  ASSERT_TRUE(write_csv(g, nodes, edges).is_ok());
  expect_golden("small.nodes.csv", nodes.str());
  expect_golden("small.edges.csv", edges.str());
}

TEST(Golden, HtmlReport) {
  const ActorGraph g = fixture();
  expect_golden("small.report.html", written([&](std::ostream& o) { return write_html_report(g, {}, o); }));
}

TEST(Golden, MarkdownReportAndPicture) {
  const ActorGraph g = fixture();
  ReportOptions o;
  o.picture_file = "small.report.svg";
  expect_golden("small.report.md",
                written([&](std::ostream& out) { return write_markdown_report(g, o, out); }));
  expect_golden("small.report.svg", written([&](std::ostream& out) { return write_graph_svg(g, o, out); }));
}

TEST(Golden, FocusedReport) {
  const ActorGraph g = fixture();
  ReportOptions o;
  o.focus = g.find("state:BY");
  ASSERT_TRUE(o.focus.has_value());
  o.title = "Belarus";
  expect_golden("small.focus.report.html",
                written([&](std::ostream& out) { return write_html_report(g, o, out); }));
}
