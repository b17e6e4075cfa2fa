// Whole-store GraphML and GEXF written from a StoreSummary, and whole-store JSON written by
// write_store_json (the relations read once, no graph built), are the same bytes as the same
// formats written from the store's whole graph: on the bundled sample and the seeds, and on
// hand-made rows with what could tell them apart (odd items, partial and malformed dates,
// every modality, quantities, attributions, relations to actors not stored).
#include <filesystem>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "actorgraph/build.h"
#include "actorgraph/export.h"
#include "actorgraph/graph.h"
#include "actorgraph/store.h"
#include "export/relation_scan.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

std::string from_graph(Store& store, ExportFormat format) {
  auto contents = store.load();
  EXPECT_TRUE(contents.is_ok()) << contents.message();
  if (!contents) return "";
  const ActorGraph graph = build_graph(std::move(*contents));
  std::ostringstream out;
  EXPECT_TRUE(write_export(graph, format, out).is_ok());
  return out.str();
}

std::string from_summary(Store& store, ExportFormat format) {
  auto summary = StoreSummary::read(store);
  EXPECT_TRUE(summary.is_ok()) << summary.message();
  if (!summary) return "";
  std::ostringstream out;
  Status s = summary->write(format, out);
  EXPECT_TRUE(s.is_ok()) << s.message();
  return out.str();
}

std::string from_store_json(Store& store) {
  std::ostringstream out;
  Status s = write_store_json(store, out);
  EXPECT_TRUE(s.is_ok()) << s.message();
  return out.str();
}

void expect_same_exports(Store& store) {
  for (ExportFormat f : {ExportFormat::graphml, ExportFormat::gexf}) {
    const std::string graph = from_graph(store, f), summary = from_summary(store, f);
    EXPECT_GT(graph.size(), 1000u);
    EXPECT_EQ(summary, graph) << (f == ExportFormat::graphml ? "GraphML" : "GEXF");
  }
  const std::string graph = from_graph(store, ExportFormat::json);
  EXPECT_GT(graph.size(), 1000u);
  EXPECT_TRUE(from_store_json(store) == graph) << "JSON";  // (not EXPECT_EQ: megabytes of diff)
}

Relation supply(const std::string& from, const std::string& to, Modality m, const std::string& date,
                std::vector<std::string> items, const std::string& quote) {
  Relation r;
  r.source = from;
  r.target = to;
  r.type = "supplies";
  r.evidence.doc = "hand";
  r.evidence.modality = m;
  r.evidence.date = date;
  r.evidence.quote = quote;
  r.items = std::move(items);
  return r;
}

}  // namespace

TEST(StoreSummary, GivesTheGraphsGraphMLAndGexfForTheSampleCorpus) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
  auto built = build(paths, agtest::extractor(), **store, {});
  ASSERT_TRUE(built.is_ok()) << built.message();
  expect_same_exports(**store);
}

TEST(StoreSummary, GivesTheGraphsGraphMLAndGexfForTheSeeds) {
  const std::string seeds = agtest::shared_dir() + "/corpus/seeds";
  if (!std::filesystem::is_directory(seeds)) GTEST_SKIP() << "no seed corpus at " << seeds;
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  auto built = build(std::vector<std::string>{seeds}, agtest::extractor(), **store, {});
  ASSERT_TRUE(built.is_ok()) << built.message();
  expect_same_exports(**store);
}

TEST(StoreSummary, GivesTheGraphsGraphMLAndGexfForOddRows) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  Extraction x = agtest::hand_made("hand", "en");
  for (const char* id : {"state:CN", "state:BY", "state:RU", "firm:acme"}) {
    x.entities.push_back(EntityRecord{id, EntityType::state, std::string(id) + " <&\"'>", true});
    x.mentions.push_back(Mention{id, 0, 0, 4, std::string("name of ") + id, "gazetteer", ""});
  }
  x.relations = {
      supply("state:CN", "state:BY", Modality::alleged, "2023-02", {"drones", "chips"},
             "first <quote> & more"),
      supply("state:CN", "state:BY", Modality::asserted, "2023", {"chips", "", "drones", "shells"}, "second"),
      supply("state:CN", "state:BY", Modality::denied, "", {}, "third"),
      supply("state:CN", "state:BY", Modality::negated, "2024-02-30", {"a\"b", "c\\d"}, "fourth"),
      supply("state:BY", "state:RU", Modality::planned, "abcd", {"x"}, ""),
      supply("state:BY", "state:RU", Modality::planned, "2023-13", {}, "\x01 control"),
      supply("state:BY", "state:RU", Modality::planned, "2023-xy", {}, "a month that is no number"),
      supply("firm:acme", "state:RU", Modality::asserted, "2022-06-01", {"\xc3\xa9t\xc3\xa9"}, "q"),
      supply("state:RU", "state:XX", Modality::asserted, "2022", {"lost"}, "to an actor never stored"),
      supply("state:XX", "state:CN", Modality::asserted, "2022", {"lost"}, "from an actor never stored"),
  };
  Relation member = supply("firm:acme", "state:CN", Modality::asserted, "2021", {}, "member");
  member.type = "member_of";
  x.relations.push_back(member);
  x.relations.push_back(
      supply("state:CN", "state:BY", Modality::asserted, "2023-02-01", {"drones"}, "fifth"));
  Relation counted = supply("state:RU", "state:BY", Modality::alleged, "2022-03", {"tanks"}, "sixth");
  counted.evidence.sentence = 7;
  counted.evidence.start = 120;
  counted.evidence.end = 181;
  counted.evidence.source = "firm:acme";
  counted.quantity = 12.5;
  counted.unit = "units \"old\"";
  counted.role = "broker";
  counted.mode = "sale";
  counted.quantity_bound = "at least";
  x.relations.push_back(counted);
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  expect_same_exports(**store);
  // what the summary says of CN -> BY, by hand: five pieces of evidence, the strongest
  // modality, items in order of first evidence, the first quote, the dated range
  const std::string graphml = from_summary(**store, ExportFormat::graphml);
  EXPECT_NE(graphml.find("<data key=\"k11\">asserted,alleged,denied,negated</data>"), std::string::npos);
  EXPECT_NE(graphml.find("<data key=\"k12\">drones; chips; ; shells; a&quot;b; c\\d</data>"),
            std::string::npos);
  EXPECT_NE(graphml.find("<data key=\"k15\">first &lt;quote&gt; &amp; more</data>"), std::string::npos);
  EXPECT_NE(graphml.find("<data key=\"k13\">2023</data>"), std::string::npos);
  EXPECT_NE(graphml.find("<data key=\"k14\">2024-02-30</data>"), std::string::npos);
  EXPECT_EQ(graphml.find("never stored"), std::string::npos);
  // a bounded quantity keeps its bound, from the store's rows and from the graph alike
  EXPECT_NE(graphml.find("<data key=\"k18\">at least 12.5 units &quot;old&quot;</data>"), std::string::npos)
      << graphml;
  const std::string json = from_store_json(**store);
  EXPECT_NE(json.find("\"quantity\": 12.5,\n     \"quantity_bound\": \"at least\""), std::string::npos)
      << json;
}

// A store with no relation (and none of its documents citing one) is still a whole document.
TEST(StoreJson, WritesAStoreWithoutRelationsAsTheGraphDoes) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  const std::string empty = from_store_json(**store);
  EXPECT_EQ(empty, from_graph(**store, ExportFormat::json));
  EXPECT_NE(empty.find("\"edges\": []"), std::string::npos);
  Extraction x = agtest::hand_made("alone", "en");
  x.entities.push_back(EntityRecord{"state:CN", EntityType::state, "China", true});
  x.mentions.push_back(Mention{"state:CN", 0, 0, 5, "China", "gazetteer", ""});
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  const std::string one = from_store_json(**store);
  EXPECT_EQ(one, from_graph(**store, ExportFormat::json));
  EXPECT_NE(one.find("\"id\": \"alone\""), std::string::npos);
}

TEST(StoreSummary, RefusesFormatsThatShowEveryPieceOfEvidence) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok());
  auto summary = StoreSummary::read(**store);
  ASSERT_TRUE(summary.is_ok()) << summary.message();
  std::ostringstream out;
  EXPECT_FALSE(summary->write(ExportFormat::json, out).is_ok());
  EXPECT_FALSE(summary->write(ExportFormat::csv, out).is_ok());
  EXPECT_TRUE(out.str().empty());
}

// The store read on another thread, a batch of rows at a time: every row is visited once, in
// the store's order, with the same fields as Store::scan_relations gives, over several
// batches; a visit that throws stops the scan and the exception reaches the caller; what is
// read after the rows runs once they are all read, and its failure is the scan's.
TEST(RelationScan, BesideTheStoreVisitsWhatTheStoreGivesInItsOrder) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  Extraction x = agtest::hand_made("many", "en");
  x.relations.reserve(5000);
  for (int i = 0; i < 5000; ++i) {
    std::vector<std::string> items;
    items.reserve(static_cast<std::size_t>(i % 4));
    for (int k = 0; k < i % 4; ++k) items.push_back("item " + std::to_string(k) + (k == 2 ? " \"q\"" : ""));
    Relation& r = x.relations.emplace_back(
        supply("state:S" + std::to_string(i % 37), "state:T" + std::to_string(i % 11),
               static_cast<Modality>(i % 5), i % 3 ? "2024-0" + std::to_string(1 + i % 9) : "", items,
               std::string(static_cast<std::size_t>(i % 300), 'q') + std::to_string(i)));
    r.evidence.sentence = static_cast<std::uint32_t>(i % 13);
    r.evidence.start = static_cast<std::uint32_t>(i);
    r.evidence.end = static_cast<std::uint32_t>(i + i % 200);
    if (i % 7 == 0) r.evidence.source = "org:press" + std::to_string(i % 3);
    if (i % 5 == 0) r.quantity = i / 4.0;
    if (i % 15 == 0) r.quantity_bound = "about";
    if (i % 6 == 0) r.unit = "units";
    if (i % 10 == 0) r.role = "broker";
    if (i % 4 == 0) r.mode = "sale";
  }
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  auto row_text = [](const RelationView& r) {
    std::string s = std::to_string(r.id) + "|" + std::string(r.source) + "|" + std::string(r.target) + "|" +
                    std::string(r.type) + "|" + std::string(to_string(r.modality)) + "|" +
                    std::string(r.date) + "|" + std::string(r.quote) + "|" + std::string(r.doc) + "|" +
                    std::to_string(r.sentence) + "|" + std::to_string(r.start) + "|" + std::to_string(r.end) +
                    "|" + std::string(r.attribution) + "|" +
                    (r.quantity ? std::to_string(*r.quantity) : "-") + "|" + std::string(r.unit) + "|" +
                    std::string(r.role) + "|" + std::string(r.mode);
    for (const std::string& i : r.items) s += "|" + i;
    return s;
  };
  std::vector<std::string> direct, beside;
  ASSERT_TRUE((*store)
                  ->scan_relations(RelationColumns::all,
                                   [&](const RelationView& r) { direct.push_back(row_text(r)); })
                  .is_ok());
  ASSERT_TRUE(detail::scan_relations_beside(**store, RelationColumns::all, [&](const RelationView& r) {
                beside.push_back(row_text(r));
              }).is_ok());
  ASSERT_EQ(direct.size(), 5000u);
  EXPECT_TRUE(direct == beside);
  // a summary's scan: the same rows with the columns a summary shows, the others left empty
  auto summary_text = [](const RelationView& r) {
    std::string s = std::to_string(r.id) + "|" + std::string(r.source) + "|" + std::string(r.target) + "|" +
                    std::string(r.type) + "|" + std::string(to_string(r.modality)) + "|" +
                    std::string(r.date) + "|" + std::string(r.quote) + "|" +
                    (r.quantity ? std::to_string(*r.quantity) : "-") + "|" + std::string(r.unit) + "|" +
                    std::string(r.quantity_bound);
    for (const std::string& i : r.items) s += "|" + i;
    return s;
  };
  auto rest_empty = [](const RelationView& r) {
    return r.doc.empty() && r.sentence == 0 && r.start == 0 && r.end == 0 && r.attribution.empty() &&
           r.role.empty() && r.mode.empty();
  };
  std::vector<std::string> summary_of_all, summary;
  ASSERT_TRUE((*store)
                  ->scan_relations(RelationColumns::all,
                                   [&](const RelationView& r) { summary_of_all.push_back(summary_text(r)); })
                  .is_ok());
  std::size_t with_rest = 0;
  ASSERT_TRUE(detail::scan_relations_beside(**store, RelationColumns::summary, [&](const RelationView& r) {
                summary.push_back(summary_text(r));
                with_rest += rest_empty(r) ? 0 : 1;
              }).is_ok());
  EXPECT_TRUE(summary == summary_of_all);
  EXPECT_EQ(with_rest, 0u);
  std::size_t seen = 0;
  EXPECT_THROW((void)detail::scan_relations_beside(**store, RelationColumns::summary,
                                                   [&](const RelationView&) {
                                                     if (++seen == 3000) throw std::runtime_error("stop");
                                                   }),
               std::runtime_error);
  EXPECT_EQ(seen, 3000u);
  beside.clear();  // and the store is still usable afterwards
  std::vector<std::string> documents;
  ASSERT_TRUE(detail::scan_relations_beside(
                  **store, RelationColumns::all,
                  [&](const RelationView& r) { beside.push_back(row_text(r)); },
                  [&](Store& s) {
                    return s.scan_documents([&](const DocumentRow& d) { documents.push_back(d.id); });
                  })
                  .is_ok());
  EXPECT_TRUE(direct == beside);
  EXPECT_EQ(documents, std::vector<std::string>{"many"});
  Status failed = detail::scan_relations_beside(
      **store, RelationColumns::summary, [](const RelationView&) {},
      [](Store&) -> Status { return Error{"then failed"}; });
  EXPECT_EQ(failed.message(), "then failed");
}

// What runs before the visits runs on the calling thread while the rows are already read (over
// a handle of their own), before the first visit; the rows are the same, over more batches than
// are read ahead (so that spent batches are read into again), quotes of every length; its
// failure is the scan's, with no row visited.
TEST(RelationScan, ReadsTheRowsWhileTheCallerPreparesItsVisits) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  Extraction x = agtest::hand_made("many", "en");
  constexpr int kRows = 60000;
  for (int i = 0; i < kRows; ++i) {
    x.relations.push_back(
        supply("state:S" + std::to_string(i % 37), "state:T" + std::to_string(i % 11), Modality::asserted, "",
               {}, "q" + std::to_string(i) + std::string(static_cast<std::size_t>(i % 97), 'x')));
  }
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  std::vector<std::string> direct;
  ASSERT_TRUE((*store)
                  ->scan_relations(RelationColumns::summary,
                                   [&](const RelationView& r) { direct.emplace_back(r.quote); })
                  .is_ok());
  ASSERT_EQ(direct.size(), static_cast<std::size_t>(kRows));
  std::vector<std::string> rows;
  std::thread::id before_thread;
  bool visited_before = false;
  std::size_t documents = 0;
  Status s = detail::scan_relations_beside(
      **store, RelationColumns::summary, [&](const RelationView& r) { rows.emplace_back(r.quote); }, nullptr,
      [&]() -> Status {
        before_thread = std::this_thread::get_id();
        visited_before = !rows.empty();
        // the caller's own store is free meanwhile
        auto has = (*store)->has_document("many");
        if (!has) return Error{has.message()};
        documents += *has ? 1 : 0;
        return Status::ok();
      });
  ASSERT_TRUE(s.is_ok()) << s.message();
  EXPECT_EQ(before_thread, std::this_thread::get_id());
  EXPECT_FALSE(visited_before);
  EXPECT_EQ(documents, 1u);
  EXPECT_TRUE(rows == direct);
  rows.clear();
  Status failed = detail::scan_relations_beside(
      **store, RelationColumns::summary, [&](const RelationView& r) { rows.emplace_back(r.quote); }, nullptr,
      []() -> Status { return Error{"before failed"}; });
  EXPECT_EQ(failed.message(), "before failed");
  EXPECT_TRUE(rows.empty());
}
