// A build on several threads gives the same store as a build on one: the same JSON export,
// byte for byte, and the same summary — documents are extracted in parallel but merged in
// input order, and a document read twice in one build is still stored once.
#include <boost/range/iterator_range.hpp>
#include <filesystem>
#include <map>
#include <sstream>

#include "actorgraph/build.h"
#include "actorgraph/export.h"
#include "actorgraph/graph.h"
#include "actorgraph/store.h"
#include "pipeline/ordered_extractor.h"
#include "recognise/knowledge.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

struct Built {
  std::string json;
  BuildSummary summary;
};

Built build_with(const std::vector<std::string>& paths, unsigned threads, const agtest::TempDir& dir,
                 std::size_t window_documents = BuildOptions{}.window_documents,
                 const Extractor& extractor = agtest::extractor()) {
  Built b;
  const std::string db = dir.path("t" + std::to_string(threads) + ".db");
  auto store = open_sqlite_store(db);
  EXPECT_TRUE(store.is_ok()) << store.message();
  if (!store) return b;
  BuildOptions opt;
  opt.threads = threads;
  opt.window_documents = window_documents;
  auto summary = build(paths, extractor, **store, opt);
  EXPECT_TRUE(summary.is_ok()) << summary.message();
  if (!summary) return b;
  b.summary = std::move(*summary);
  auto contents = (*store)->load();
  EXPECT_TRUE(contents.is_ok()) << contents.message();
  if (!contents) return b;
  const ActorGraph graph = build_graph(std::move(*contents));
  // the summary counts the whole store as the graph loaded from it does
  std::map<std::string, std::uint32_t> nodes, edges;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g)))
    ++nodes[std::string(to_string(graph.g[v].type))];
  for (auto e : boost::make_iterator_range(boost::edges(graph.g))) ++edges[graph.g[e].type];
  EXPECT_EQ(b.summary.entities_by_type, nodes);
  EXPECT_EQ(b.summary.relations_by_type, edges);
  std::ostringstream out;
  EXPECT_TRUE(write_json(graph, out).is_ok());
  b.json = out.str();
  return b;
}

void expect_same_summary(const BuildSummary& a, const BuildSummary& b) {
  EXPECT_EQ(a.documents_new, b.documents_new);
  EXPECT_EQ(a.documents_skipped, b.documents_skipped);
  EXPECT_EQ(a.bytes, b.bytes);
  EXPECT_EQ(a.mentions, b.mentions);
  EXPECT_EQ(a.entities_by_type, b.entities_by_type);
  EXPECT_EQ(a.relations_by_type, b.relations_by_type);
}

void expect_same_with_one_and_two_threads(const std::string& corpus) {
  agtest::TempDir dir;
  const std::vector<std::string> paths{corpus};
  const Built one = build_with(paths, 1, dir);
  const Built two = build_with(paths, 2, dir);
  ASSERT_GT(one.summary.documents_new, 0u);
  ASSERT_FALSE(one.json.empty());
  EXPECT_TRUE(one.json == two.json) << "the JSON exports of a 1-thread and a 2-thread build differ";
  expect_same_summary(one.summary, two.summary);
}

}  // namespace

TEST(BuildThreads, SampleGivesTheSameExportWithOneAndTwoThreads) {
  expect_same_with_one_and_two_threads(agtest::source_dir() + "/data/sample");
}

TEST(BuildThreads, SeedsGiveTheSameExportWithOneAndTwoThreads) {
  const std::string seeds = agtest::shared_dir() + "/corpus/seeds";
  if (!std::filesystem::is_directory(seeds))
    GTEST_SKIP() << seeds << " is absent: the seed articles are not here";
  expect_same_with_one_and_two_threads(seeds);
}

// More documents than the window of documents in flight, and copies of one article in two
// places: the copies are stored once however the threads interleave.
TEST(BuildThreads, ManyDocumentsAndRepeatsMergeInInputOrder) {
  agtest::TempDir dir;
  const std::string sample = agtest::source_dir() + "/data/sample";
  int files = 0;
  for (const auto& f : std::filesystem::directory_iterator(sample)) {
    if (f.path().extension() != ".txt") continue;
    const std::string text = agtest::slurp(f.path().string());
    for (int copy = 0; copy < 12; ++copy) {
      const std::string name = f.path().stem().string() + "-" + std::to_string(copy) + ".txt";
      dir.write("corpus/a/" + name, text + "\n\nKopie " + std::to_string(copy) + ".\n");
    }
    dir.write("corpus/b/" + f.path().filename().string(), text);  // the same article ...
    dir.write("corpus/c/" + f.path().filename().string(), text);  // ... read twice
    ++files;
  }
  ASSERT_GT(files, 0);
  const std::vector<std::string> paths{dir.path("corpus")};
  const Built one = build_with(paths, 1, dir);
  EXPECT_EQ(one.summary.documents_new, static_cast<std::uint32_t>(files * 13));
  EXPECT_EQ(one.summary.documents_skipped, static_cast<std::uint32_t>(files));
  for (unsigned threads : {2u, 3u}) {
    const Built many = build_with(paths, threads, dir, /*window_documents=*/5);
    EXPECT_TRUE(one.json == many.json) << "1 and " << threads << " threads give different exports";
    expect_same_summary(one.summary, many.summary);
  }
}

namespace {

// What tells two extractions apart: the entities of their mentions and their relations.
std::string summary_of(const Extraction& x) {
  std::string s = x.document.id + " " + x.document.lang + ":";
  for (const Mention& m : x.mentions) s += " " + m.entity + "@" + std::to_string(m.start);
  for (const Relation& r : x.relations) s += " " + r.source + "-" + r.type + "->" + r.target;
  return s;
}

Extractor extractor_reading_dictionaries_on_first_use() {
  Extractor::LoadOptions options;
  options.dictionaries_on_first_use = true;
  auto lazy = Extractor::load(agtest::source_dir(), options);
  EXPECT_TRUE(lazy.is_ok()) << lazy.message();
  if (!lazy) std::abort();
  return std::move(lazy).value();
}

}  // namespace

// While the Hunspell dictionaries are being read at start-up, a document whose language's
// dictionary is not read yet is passed over for later ones that can be extracted now; the
// extractions still come back in the order the documents were submitted, the same as ever.
TEST(BuildThreads, ADocumentWaitingForItsDictionaryIsPassedOverButComesBackInOrder) {
  const Extractor lazy = extractor_reading_dictionaries_on_first_use();
  lazy.knowledge().lexicon("en").dictionary->load();
  EXPECT_TRUE(lazy.would_wait("nl"));
  EXPECT_FALSE(lazy.would_wait("en"));
  auto document = [](std::string id, std::string text) {
    Document d;
    d.id = std::move(id);
    d.text = std::move(text);
    return d;
  };
  const Document nl = document(
      "nl-1",
      "De Verenigde Staten leveren Patriot-systemen aan Oekraïne. Dat meldt het ministerie van Defensie.");
  const Document en = document(
      "en-1", "The United States supplies Patriot systems to Ukraine. The Ministry of Defence said so.");
  const Document de = document(
      "de-1",
      "Die Vereinigten Staaten liefern Patriot-Systeme an die Ukraine. Das teilte das Ministerium mit.");
  EXPECT_EQ(lazy.language_of(nl), "nl");
  EXPECT_EQ(lazy.language_of(en), "en");
  EXPECT_EQ(lazy.language_of(de), "de");

  detail::OrderedExtractor pool(lazy, /*threads=*/0, detail::OrderedExtractor::Limits{});
  pool.submit(nl);
  pool.submit(en);
  pool.submit(de);
  EXPECT_TRUE(pool.help_ready());   // the English one: the Dutch and German ones would wait
  EXPECT_FALSE(pool.take_ready());  // the Dutch one comes first, and is not extracted yet
  EXPECT_FALSE(pool.help_ready());  // nothing else can be extracted without waiting
  lazy.knowledge().lexicon("nl").dictionary->load();
  EXPECT_TRUE(pool.help_ready());   // the Dutch one, now that its dictionary is read
  EXPECT_FALSE(pool.help_ready());  // the German one still would wait
  EXPECT_TRUE(lazy.would_wait("de"));
  EXPECT_TRUE(pool.help());  // the German one after all (reading its dictionary if it asks)
  EXPECT_FALSE(pool.help());
  std::vector<std::string> got;
  while (auto x = pool.take_ready()) got.push_back(summary_of(*x));
  EXPECT_TRUE(pool.empty());
  const std::vector<std::string> want{summary_of(agtest::extractor().extract(nl)),
                                      summary_of(agtest::extractor().extract(en)),
                                      summary_of(agtest::extractor().extract(de))};
  EXPECT_EQ(got, want);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_NE(got[0].find("nl-1 nl: "), std::string::npos) << got[0];
  EXPECT_NE(got[0].find("state:US"), std::string::npos) << got[0];
}

// A build on one thread whose dictionaries are not read yet holds back what would wait until
// nothing else is left, and stores what a build with them read stores.
TEST(BuildThreads, OneThreadGivesTheSameExportWhileDictionariesAreRead) {
  agtest::TempDir dir;
  const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
  const Extractor lazy = extractor_reading_dictionaries_on_first_use();
  const Built read = build_with(paths, 1, dir);
  agtest::TempDir dir2;
  const Built unread = build_with(paths, 1, dir2, BuildOptions{}.window_documents, lazy);
  ASSERT_GT(read.summary.documents_new, 0u);
  EXPECT_TRUE(read.json == unread.json) << "reading the dictionaries later changed the export";
  expect_same_summary(read.summary, unread.summary);
}

TEST(BuildThreads, RebuildOnTwoThreadsAddsNothing) {
  agtest::TempDir dir;
  const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  BuildOptions opt;
  opt.threads = 2;
  auto first = build(paths, agtest::extractor(), **store, opt);
  ASSERT_TRUE(first.is_ok()) << first.message();
  auto second = build(paths, agtest::extractor(), **store, opt);
  ASSERT_TRUE(second.is_ok()) << second.message();
  EXPECT_EQ(second->documents_new, 0u);
  EXPECT_EQ(second->documents_skipped, first->documents_new);
}

TEST(BuildThreads, ZeroMeansOnePerHardwareThread) {
  EXPECT_GE(extraction_threads(0), 1u);
  EXPECT_EQ(extraction_threads(1), 1u);
  EXPECT_EQ(extraction_threads(3), 3u);
}

// The command line: `build --threads 2` and `--threads 1` export the same bytes.
TEST(BuildThreads, CommandLineThreadsOptionGivesTheSameExport) {
  agtest::TempDir dir;
  const std::string cli = AG_CLI;
  const std::string sample = agtest::source_dir() + "/data/sample";
  for (const std::string n : {"1", "2"}) {
    const std::string db = dir.path("c" + n + ".db");
    std::string build = cli;
    build.append(" build ").append(sample).append(" --threads ").append(n).append(" --db ").append(db);
    ASSERT_EQ(agtest::run(build + " > /dev/null"), 0);
    std::string exp = cli;
    exp.append(" export --db ").append(db).append(" --format json -o ").append(dir.path("c" + n + ".json"));
    ASSERT_EQ(agtest::run(exp), 0);
  }
  const std::string one = agtest::slurp(dir.path("c1.json"));
  ASSERT_FALSE(one.empty());
  EXPECT_TRUE(one == agtest::slurp(dir.path("c2.json"))) << "--threads 1 and --threads 2 exports differ";
}
