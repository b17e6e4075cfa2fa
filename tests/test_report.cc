// Reports: the HTML page, the Markdown note and the picture. What a reader must find in them
// (summary, supply matrix with modality, each piece of evidence with its badge and the quantity
// it states, a picture with one circle per actor and a legend), the limits, and that no article
// text can break or script them.
#include <optional>
#include <regex>
#include <sstream>
#include <vector>

#include "actorgraph/report.h"
#include "graph_fixture.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

StoreContents contents() {
  StoreContents c = agtest::small_contents();
  // A document with a hostile title and a script URL, cited by one more relation.
  c.documents.push_back({"d2", "evil.txt", "<img src=x onerror=alert(1)> | *bold* [link](javascript:x)",
                         "2025-12", "nl", "javascript:alert(1)"});
  c.documents.push_back(
      {"d3", "good.txt", "A good source", "2025-12", "de", "https://example.org/a?b=1&c=2"});
  RelationRow r = agtest::relation("state:RU", "weapon:~zt180", "uses", Modality::asserted,
                                   "Russia uses ZT-180 | **loud** [x](javascript:y) `code`", "2025-12");
  r.evidence.doc = "d2";
  c.relations.push_back(r);
  RelationRow planned = agtest::relation("state:BY", "state:RU", "supplies", Modality::planned,
                                         "Belarus will ship more shells.", "2026-01");
  planned.evidence.doc = "d3";
  planned.evidence.source = "state:CN";
  c.relations.push_back(planned);
  c.nodes.push_back({"person:~lonely", EntityType::person, "Ann Lonely", false, {}, 1, 1});
  return c;
}

ActorGraph graph() { return build_graph(contents()); }

std::string html(const ActorGraph& g, const ReportOptions& o = {}) {
  std::ostringstream out;
  EXPECT_TRUE(write_html_report(g, o, out).is_ok());
  return out.str();
}

std::string markdown(const ActorGraph& g, const ReportOptions& o = {}) {
  std::ostringstream out;
  EXPECT_TRUE(write_markdown_report(g, o, out).is_ok());
  return out.str();
}

std::string svg(const ActorGraph& g, const ReportOptions& o = {}) {
  std::ostringstream out;
  EXPECT_TRUE(write_graph_svg(g, o, out).is_ok());
  return out.str();
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + what.size())) ++n;
  return n;
}

// The text of the element with this id (up to its closing tag), or "".
std::string section(const std::string& page, const std::string& id, const std::string& tag = "section") {
  const auto start = page.find("id=\"" + id + "\"");
  if (start == std::string::npos) return "";
  const auto end = page.find("</" + tag + ">", start);
  return page.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// One piece of supply evidence and the quantity it states, if any.
struct Stated {
  std::string quote;
  std::optional<double> quantity;
  std::string unit, bound;
};

// North Korea supplies Russia, with one piece of evidence per `stated`.
ActorGraph supplies_stating(const std::vector<Stated>& stated) {
  StoreContents c;
  c.nodes.push_back({"state:KP", EntityType::state, "North Korea", true, {}, 1, 1});
  c.nodes.push_back({"state:RU", EntityType::state, "Russia", true, {}, 1, 1});
  c.documents.push_back({"d1", "test.txt", "Title", "2024-11", "en", ""});
  for (const Stated& s : stated) {
    RelationRow r =
        agtest::relation("state:KP", "state:RU", "supplies", Modality::asserted, s.quote, "2024-11");
    if (s.quantity) r = agtest::counted(r, *s.quantity, s.unit, s.bound);
    c.relations.push_back(r);
  }
  return build_graph(std::move(c));
}

// The first list item of an HTML page that quotes `quote`, or "".
std::string html_evidence(const std::string& page, const std::string& quote) {
  const auto at = page.find("<q><bdi>" + quote + "</bdi></q>");
  if (at == std::string::npos) return "";
  const auto start = page.rfind("<li>", at), end = page.find("</li>", at);
  return page.substr(start, end - start);
}

// The first line of a Markdown note that quotes `quote`, or "".
std::string markdown_evidence(const std::string& md, const std::string& quote) {
  const auto at = md.find("\"" + quote + "\"");
  if (at == std::string::npos) return "";
  const auto start = md.rfind('\n', at) + 1, end = md.find('\n', at);
  return md.substr(start, end - start);
}

}  // namespace

TEST(ReportHtml, SummaryCountsDocumentsActorsAndEvidenceByModality) {
  const std::string page = html(graph());
  const std::string s = section(page, "summary");
  ASSERT_FALSE(s.empty());
  EXPECT_NE(s.find("3 documents (de 1, en 1, nl 1)"), std::string::npos) << s;
  EXPECT_NE(s.find("dated 2025-11 to 2025-12"), std::string::npos) << s;
  // supplies: CN->BY, BY->RU, CN->RU, evil->RU; evidence asserted 2, alleged 2, planned 1, denied 1
  EXPECT_TRUE(std::regex_search(
      s, std::regex("<td>supplies</td><td class=\"num\">4</td><td class=\"num\">2</td>"
                    "<td class=\"num\">2</td><td class=\"num\">1</td><td class=\"num\">1</td>"
                    "<td class=\"num\">0</td>")))
      << s;
}

TEST(ReportHtml, SupplyMatrixShowsItemsAndTheStrongestModality) {
  const ActorGraph g = graph();
  const std::string m = section(html(g), "supply-matrix");
  ASSERT_FALSE(m.empty());
  // Belarus -> Russia: asserted beats alleged and planned; China -> Russia is only denied.
  EXPECT_NE(m.find("<span class=\"badge asserted\">asserted</span><br><bdi>artillery shells</bdi>"),
            std::string::npos)
      << m;
  EXPECT_NE(m.find("<span class=\"badge denied\">denied</span></td>"), std::string::npos) << m;
  EXPECT_NE(m.find("assembly lines"), std::string::npos);
}

TEST(ReportHtml, EveryPieceOfEvidenceHasItsBadgeDocumentDateAndAttribution) {
  const ActorGraph g = graph();
  const std::string page = html(g);
  const std::string by = section(page, "actor-" + std::to_string(*g.find("state:BY")), "article");
  ASSERT_FALSE(by.empty());
  EXPECT_NE(
      by.find(
          "<span class=\"badge alleged\">alleged</span> <q><bdi>Belarus reportedly ships shells.</bdi></q>"),
      std::string::npos)
      << by;
  EXPECT_NE(by.find("<span class=\"badge planned\">planned</span>"), std::string::npos);
  EXPECT_NE(by.find("according to <bdi>China</bdi>"), std::string::npos) << by;
  EXPECT_NE(by.find("<a href=\"https://example.org/a?b=1&amp;c=2\"><bdi>A good source</bdi></a>"),
            std::string::npos)
      << by;
  EXPECT_NE(by.find(", 2026-01"), std::string::npos);
  // The denied delivery is shown as denied, never as fact.
  const std::string cn = section(page, "actor-" + std::to_string(*g.find("state:CN")), "article");
  EXPECT_NE(cn.find("<span class=\"badge denied\">denied</span> <q><bdi>China denies it.</bdi></q>"),
            std::string::npos)
      << cn;
}

// Each piece of supply evidence shows the quantity its article states, bound included.
TEST(ReportHtml, EvidenceShowsTheQuantityItStatesWithItsBound) {
  const std::string page = html(supplies_stating({
      {"more than a million shells", 1e6, "artillery shells", "at least"},
      {"about 50 missiles", 50, "missiles", "about"},
      {"up to 30 missiles", 30, "missiles", "at most"},
  }));
  EXPECT_NE(html_evidence(page, "more than a million shells")
                .find("</q> <span class=\"quantity\">(quantity: <bdi>at least 1,000,000 artillery "
                      "shells</bdi>)</span> <span class=\"src\">"),
            std::string::npos)
      << page;
  EXPECT_NE(html_evidence(page, "about 50 missiles").find("(quantity: <bdi>about 50 missiles</bdi>)"),
            std::string::npos)
      << page;
  EXPECT_NE(html_evidence(page, "up to 30 missiles").find("(quantity: <bdi>at most 30 missiles</bdi>)"),
            std::string::npos)
      << page;
}

TEST(ReportHtml, AnExactQuantityShowsNoBound) {
  const std::string page = html(supplies_stating({{"18 Leopard 2 tanks", 18, "Leopard 2 tanks", ""}}));
  EXPECT_NE(html_evidence(page, "18 Leopard 2 tanks").find("(quantity: <bdi>18 Leopard 2 tanks</bdi>)"),
            std::string::npos)
      << page;
}

// Evidence without a quantity reads as before: the quote, then its source.
TEST(ReportHtml, OnlyEvidenceThatStatesAQuantityShowsOne) {
  const ActorGraph g =
      supplies_stating({{"dozens of drones", 24, "drones", "at least"}, {"some drones", {}, "", ""}});
  const std::string page = html(g);
  // one in North Korea's section and one in Russia's
  EXPECT_EQ(count(page, "<span class=\"quantity\">"), 2U) << page;
  const std::string none = html_evidence(page, "some drones");
  ASSERT_FALSE(none.empty()) << page;
  EXPECT_EQ(none.find("quantity"), std::string::npos) << none;
  EXPECT_NE(none.find("<q><bdi>some drones</bdi></q> <span class=\"src\">— "), std::string::npos) << none;
}

// Numbers as a reader writes them: thousands grouped, no exponent, no zeros the text did not give.
TEST(ReportHtml, QuantitiesAreWrittenAsAReaderWritesNumbers) {
  const std::string page = html(supplies_stating({
      {"1.5 million shells", 1.5e6, "artillery shells", ""},
      {"2.5 tonnes", 2.5, "tonnes", ""},
      {"an odd count", 1234567.25, "rounds", "about"},
      {"a thousand", 1000, "drones", ""},
      {"ten", 10, "tanks", ""},
  }));
  EXPECT_NE(page.find("<bdi>1,500,000 artillery shells</bdi>"), std::string::npos) << page;
  EXPECT_NE(page.find("<bdi>2.5 tonnes</bdi>"), std::string::npos) << page;
  EXPECT_NE(page.find("<bdi>about 1,234,567.25 rounds</bdi>"), std::string::npos) << page;
  EXPECT_NE(page.find("<bdi>1,000 drones</bdi>"), std::string::npos) << page;
  EXPECT_NE(page.find("<bdi>10 tanks</bdi>"), std::string::npos) << page;
  EXPECT_EQ(page.find("e+0"), std::string::npos);
  EXPECT_EQ(page.find(".000000"), std::string::npos);
}

// The unit comes from the store: it is escaped like any article text.
TEST(ReportHtml, AQuantitysUnitIsEscaped) {
  const ActorGraph g =
      supplies_stating({{"odd unit", 3, "<img src=x onerror=alert(1)> & \u202E*shells*", ""}});
  const std::string page = html(g);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_EQ(page.find("\u202E"), std::string::npos);
  EXPECT_NE(page.find("(quantity: <bdi>3 &lt;img src=x onerror=alert(1)&gt; &amp; *shells*</bdi>)"),
            std::string::npos)
      << page;
  const std::string md = markdown(g);
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_NE(md.find("(quantity: 3 &lt;img src=x onerror=alert(1)&gt; &amp; \\*shells\\*)"), std::string::npos)
      << md;
}

TEST(ReportHtml, SelfContainedWithoutScripts) {
  const std::string page = html(graph());
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0U);
  EXPECT_NE(page.find("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\""),
            std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_EQ(page.find("<link"), std::string::npos);
  EXPECT_FALSE(std::regex_search(page, std::regex("<[a-z]+[^>]*\\ssrc\\s*=")))
      << "nothing is loaded from anywhere";
  EXPECT_EQ(page.find("url(http"), std::string::npos);
  EXPECT_NE(page.find("@media print"), std::string::npos);
}

TEST(ReportHtml, HostileTextCannotBreakOrScriptThePage) {
  const std::string page = html(graph());
  EXPECT_EQ(page.find("<script>"), std::string::npos);
  EXPECT_NE(page.find("&lt;script&gt;alert("), std::string::npos);
  EXPECT_EQ(page.find("<img"), std::string::npos);
  EXPECT_NE(page.find("&lt;img src=x onerror=alert(1)&gt;"), std::string::npos);
  EXPECT_EQ(page.find("javascript:alert(1)"), std::string::npos) << "a script URL is never an href";
  EXPECT_EQ(page.find("href=\"javascript"), std::string::npos);
  EXPECT_EQ(page.find("\u202E"), std::string::npos) << "bidi overrides are dropped";
  EXPECT_EQ(page.find('\x01'), std::string::npos);
  EXPECT_EQ(page.find('\x0b'), std::string::npos);
  EXPECT_NE(page.find("]]&gt;"), std::string::npos);
}

TEST(ReportHtml, FocusComesFirstAndIsHighlighted) {
  const ActorGraph g = graph();
  ReportOptions o;
  o.focus = g.find("state:RU");
  const std::string page = html(g, o);
  const auto first_article = page.find("<article");
  ASSERT_NE(first_article, std::string::npos);
  const std::string russia = "<article class=\"actor\" id=\"actor-" + std::to_string(*o.focus) + "\"";
  EXPECT_EQ(page.substr(first_article, russia.size()), russia);
  EXPECT_NE(page.find("About <a href=\"#actor-" + std::to_string(*o.focus)), std::string::npos);
  EXPECT_NE(page.find("stroke=\"#000\" stroke-width=\"3\""), std::string::npos) << "the focus is outlined";
}

TEST(ReportHtml, EvidenceLimitCountsTheRest) {
  const ActorGraph g = graph();
  ReportOptions o;
  o.evidence_limit = 1;
  const std::string page = html(g, o);
  EXPECT_NE(page.find("<li class=\"src\">and 2 more</li>"), std::string::npos);  // Belarus -> Russia has 3
}

TEST(ReportPicture, OneCirclePerActorWithLegendAndStyledEdges) {
  const ActorGraph g = graph();
  const std::string s = svg(g);
  EXPECT_EQ(s.rfind("<?xml", 0), 0U);
  EXPECT_EQ(count(s, "<g class=\"node "), boost::num_vertices(g.g));
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    EXPECT_NE(s.find("data-entity=\"" + g.g[v].id + "\""), std::string::npos) << g.g[v].id;
  EXPECT_EQ(count(s, "<path class=\"edge "), boost::num_edges(g.g));
  EXPECT_NE(s.find("<g id=\"legend\""), std::string::npos);
  for (Modality m : kModalities)
    EXPECT_NE(s.find(">" + std::string(to_string(m)) + "</text>"), std::string::npos);
  EXPECT_NE(s.find("class=\"edge supplies alleged\""), std::string::npos);
  EXPECT_NE(s.find("stroke-dasharray=\"7 4\""), std::string::npos) << "alleged relations are dashed";
  EXPECT_NE(s.find("Without relations in this picture"), std::string::npos) << "Ann Lonely has none";
  EXPECT_NE(s.find("marker-end=\"url(#arrow-supplies)\""), std::string::npos);
}

TEST(ReportPicture, WellFormedXml) {
  if (std::string(AG_XMLLINT).empty()) GTEST_SKIP() << "xmllint not installed (Debian libxml2-utils)";
  agtest::TempDir dir;
  dir.write("g.svg", svg(graph()));
  EXPECT_EQ(agtest::run(std::string(AG_XMLLINT) + " --noout " + dir.path("g.svg") + " 2>" + dir.path("err")),
            0)
      << agtest::slurp(dir.path("err"));
}

TEST(ReportPicture, DeterministicAndWithinItsBox) {
  const ActorGraph g = graph();
  const std::string a = svg(g), b = svg(g);
  EXPECT_EQ(a, b);
  std::smatch m;
  ASSERT_TRUE(std::regex_search(a, m, std::regex("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"")));
  const double w = std::stod(m[1]), h = std::stod(m[2]);
  const std::regex translate("translate\\(([-0-9.]+),([-0-9.]+)\\)");
  for (auto it = std::sregex_iterator(a.begin(), a.end(), translate); it != std::sregex_iterator(); ++it) {
    const double x = std::stod((*it)[1]), y = std::stod((*it)[2]);
    EXPECT_GE(x, 0);
    EXPECT_LE(x, w);
    EXPECT_GE(y, 0);
    EXPECT_LE(y, h);
  }
}

TEST(ReportPicture, LimitKeepsTheMostConnectedAndSaysSo) {
  const ActorGraph g = graph();
  ReportOptions o;
  o.picture_limit = 2;
  const std::string s = svg(g, o);
  EXPECT_EQ(count(s, "<g class=\"node "), 2U);
  EXPECT_NE(s.find("data-entity=\"state:RU\""), std::string::npos) << "Russia has the most relations";
  EXPECT_NE(html(g, o).find("The picture shows the 2 most connected of 6 actors."), std::string::npos);
}

TEST(ReportMarkdown, SameContentEscapedForMarkdown) {
  const ActorGraph g = graph();
  ReportOptions o;
  o.picture_file = "my report.svg";
  const std::string md = markdown(g, o);
  EXPECT_NE(md.find("![The graph of actors and relations](my%20report.svg)"), std::string::npos);
  EXPECT_NE(md.find("## Supply matrix"), std::string::npos);
  EXPECT_NE(md.find("`alleged` \"Belarus reportedly ships shells.\""), std::string::npos) << md;
  // Article text cannot make a link, a table cell, emphasis, code or raw HTML.
  EXPECT_NE(md.find("ZT-180 \\| \\*\\*loud\\*\\* \\[x\\](javascript:y) \\`code\\`"), std::string::npos) << md;
  EXPECT_EQ(md.find("<script"), std::string::npos);
  EXPECT_EQ(md.find("<img"), std::string::npos);
  EXPECT_FALSE(std::regex_search(md, std::regex("[^\\\\]\\]\\(javascript"))) << "no link to a script";
  EXPECT_EQ(md.find("\u202E"), std::string::npos);
  // Every table row has as many cells as its header.
  std::istringstream lines(md);
  std::string line;
  std::size_t columns = 0;
  while (std::getline(lines, line)) {
    if (line.rfind("|", 0) != 0) {
      columns = 0;
      continue;
    }
    std::size_t cells = 0;
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++cells;
    }
    if (columns == 0) columns = cells;
    EXPECT_EQ(cells, columns) << line;
  }
}

// The Markdown note shows the same quantities: bounded, exact, or none at all.
TEST(ReportMarkdown, EvidenceShowsTheQuantityItStatesBoundedExactOrNone) {
  const std::string md = markdown(supplies_stating({
      {"more than a million shells", 1e6, "artillery shells", "at least"},
      {"18 Leopard 2 tanks", 18, "Leopard 2 tanks", ""},
      {"some drones", {}, "", ""},
  }));
  EXPECT_NE(
      markdown_evidence(md, "more than a million shells")
          .find("\"more than a million shells\" (quantity: at least 1,000,000 artillery shells) — *Title*"),
      std::string::npos)
      << md;
  EXPECT_NE(markdown_evidence(md, "18 Leopard 2 tanks").find("\" (quantity: 18 Leopard 2 tanks) — "),
            std::string::npos)
      << md;
  const std::string none = markdown_evidence(md, "some drones");
  ASSERT_FALSE(none.empty()) << md;
  EXPECT_EQ(none.find("quantity"), std::string::npos) << none;
  EXPECT_EQ(count(md, "(quantity: "), 4U) << "two quantities, in North Korea's section and Russia's";
}

TEST(ReportFormat, Parse) {
  EXPECT_EQ(parse_report_format("html"), ReportFormat::html);
  EXPECT_EQ(parse_report_format("md"), ReportFormat::markdown);
  EXPECT_EQ(parse_report_format("markdown"), ReportFormat::markdown);
  EXPECT_FALSE(parse_report_format("pdf").has_value());
}
