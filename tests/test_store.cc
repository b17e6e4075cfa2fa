// Store: round trip, one transaction per build, reruns add nothing, bad files are refused.
#include <rapidjson/document.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>
#include <tuple>

#include "actorgraph/build.h"
#include "actorgraph/store.h"
#include "store/write_back.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {
Extraction sample_extraction(const std::string& text) { return agtest::extract(text, "nl", "2024-01-02"); }

// Runs SQL on a store's file behind the Store's back: "" when it worked, else SQLite's message.
std::string run_sql(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::string error;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK || sqlite3_busy_timeout(db, 10000) != SQLITE_OK ||
      sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
    error = db ? sqlite3_errmsg(db) : "out of memory";
  sqlite3_close(db);
  return error;
}

// Each row of `sql` on the store at `path`, its columns joined by '|'.
std::vector<std::string> rows(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  std::vector<std::string> out;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    // as every connection of actorgraph's does: the store may be busy for a moment (a build's
    // index being made beside its caller)
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(
        db, sql,
        [](void* sink, int n, char** v, char**) {
          std::string row;
          for (int i = 0; i < n; ++i) row += std::string(i ? "|" : "") + (v[i] ? v[i] : "NULL");
          static_cast<std::vector<std::string>*>(sink)->push_back(row);
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}
}  // namespace

TEST(Store, RoundTripKeepsEntitiesMentionsAliasesAndRelations) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  Extraction x =
      sample_extraction("De Finse minister van Defensie Aarne Virtanen sprak in Moskou met Poetin.");
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  auto c = (*store)->load();
  ASSERT_TRUE(c.is_ok()) << c.message();
  EXPECT_EQ(c->documents.size(), 1u);
  EXPECT_EQ(c->nodes.size(), x.entities.size());
  EXPECT_EQ(c->relations.size(), x.relations.size());
  bool russia = false;
  for (const auto& n : c->nodes) {
    if (n.id == "state:RU") {
      russia = true;
      EXPECT_EQ(n.mentions, 1u);
      ASSERT_FALSE(n.aliases.empty());
      EXPECT_EQ(n.aliases[0].text, "Moskou");
      EXPECT_EQ(n.aliases[0].lang, "nl");
    }
  }
  EXPECT_TRUE(russia);
  auto has = (*store)->has_document(x.document.id);
  ASSERT_TRUE(has.is_ok());
  EXPECT_TRUE(*has);
  // the document's text, and its mentions in one row: each [entity, sentence, start, end,
  // surface, how, role]
  ASSERT_EQ(rows(dir.path("s.db"), "SELECT text FROM document_texts"),
            std::vector<std::string>{x.document.text});
  const auto kept = rows(dir.path("s.db"), "SELECT doc, mentions FROM document_mentions");
  ASSERT_EQ(kept.size(), 1u);
  const std::string expected_doc = x.document.id + "|";
  ASSERT_EQ(kept[0].substr(0, expected_doc.size()), expected_doc);
  rapidjson::Document list;
  const std::string mentions = kept[0].substr(expected_doc.size());
  list.Parse(mentions.data(), mentions.size());
  ASSERT_TRUE(list.IsArray());
  ASSERT_EQ(list.Size(), x.mentions.size());
  ASSERT_FALSE(x.mentions.empty());
  for (rapidjson::SizeType i = 0; i < list.Size(); ++i) {
    const Mention& m = x.mentions[i];
    const auto& v = list[i];
    ASSERT_TRUE(v.IsArray() && v.Size() == 7) << i;
    EXPECT_EQ(v[0].GetString(), m.entity);
    EXPECT_EQ(v[1].GetUint(), m.sentence);
    EXPECT_EQ(v[2].GetUint(), m.start);
    EXPECT_EQ(v[3].GetUint(), m.end);
    EXPECT_EQ(v[4].GetString(), m.surface);
    EXPECT_EQ(v[5].GetString(), m.how);
    EXPECT_EQ(v[6].GetString(), m.role);
  }
}

// A relation's items as stored and read back: each string whole, whatever it holds (quotes,
// backslashes, commas, brackets, controls, non-ASCII, nothing), up to a NUL as before; stored
// lists that are not arrays of strings, or malformed, read as none.
TEST(Store, ARelationsItemsComeBackAsTheyWereGiven) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  Extraction x = agtest::hand_made("d");
  x.entities = {EntityRecord{"state:CN", EntityType::state, "China", true},
                EntityRecord{"state:BY", EntityType::state, "Belarus", true}};
  const std::vector<std::vector<std::string>> given{
      {"drones"},
      {"", "a"},
      {"a\"b", "c\\d", "x,y", "[z]", "\"", "\",\""},
      {"\xc3\xa9t\xc3\xa9", "tab\there", std::string("\x01\x1f", 2), "\x7f"},
      {std::string("nul\0after", 9), "last"},
      {},
  };
  for (const auto& items : given) {
    Relation r;
    r.source = "state:CN";
    r.target = "state:BY";
    r.type = "supplies";
    r.evidence.doc = "d";
    r.items = items;
    x.relations.push_back(r);
  }
  ASSERT_TRUE((*store)->add(x).is_ok());
  {
    const char* odd =
        "INSERT INTO relations(source, target, type, doc, sentence, start, end, modality, items) VALUES"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','[ \"spaced\" , \"out\" ]'),"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','[\"a\",1,\"b\"]'),"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','[\"open'),"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','[\"a\",]'),"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','{\"a\":\"b\"}'),"
        "('state:CN','state:BY','supplies','d',0,0,0,'asserted','[\"raw\ttab\"]')";
    EXPECT_EQ(run_sql(dir.path("s.db"), odd), "");
  }
  auto ev = (*store)->evidence("state:CN", "state:BY", "supplies");
  ASSERT_TRUE(ev.is_ok()) << ev.message();
  ASSERT_EQ(ev->size(), given.size() + 6);
  for (std::size_t i = 0; i < given.size(); ++i) {
    std::vector<std::string> expected = given[i];
    if (i == 4) expected[0] = "nul";  // read up to the NUL
    EXPECT_EQ((*ev)[i].items, expected) << "relation " << i;
  }
  EXPECT_EQ((*ev)[given.size()].items, (std::vector<std::string>{"spaced", "out"}));
  EXPECT_EQ((*ev)[given.size() + 1].items, (std::vector<std::string>{"a", "b"}));  // strings only
  EXPECT_TRUE((*ev)[given.size() + 2].items.empty());                              // malformed
  EXPECT_TRUE((*ev)[given.size() + 3].items.empty());                              // malformed
  EXPECT_TRUE((*ev)[given.size() + 4].items.empty());                              // no array
  EXPECT_TRUE((*ev)[given.size() + 5].items.empty());  // a raw control character: not JSON
}

TEST(Store, AbortedBuildLeavesThePreviousStateIntact) {
  agtest::TempDir dir;
  {
    auto store = open_sqlite_store(dir.path("s.db"));
    ASSERT_TRUE(store.is_ok());
    ASSERT_TRUE((*store)->begin_build().is_ok());
    ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
    ASSERT_TRUE((*store)->finish_build().is_ok());
    ASSERT_TRUE((*store)->begin_build().is_ok());
    ASSERT_TRUE((*store)->add(sample_extraction("China levert chips aan Wit-Rusland.")).is_ok());
    // destroyed without finish_build: an interrupted build
  }
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok());
  auto c = (*store)->load();
  ASSERT_TRUE(c.is_ok());
  EXPECT_EQ(c->documents.size(), 1u);
  for (const auto& n : c->nodes) EXPECT_NE(n.id, "state:BY");
}

namespace {
std::vector<std::string> index_names(const std::string& path) {
  return rows(path,
              "SELECT name FROM sqlite_master WHERE type='index' AND name NOT LIKE 'sqlite_%' ORDER BY name");
}
}  // namespace

TEST(Store, ABuildIntoAnEmptyStoreIndexesAtTheEndAndAnAbortKeepsTheIndexes) {
  agtest::TempDir dir;
  const std::vector<std::string> all{"relations_ends"};
  {
    auto store = open_sqlite_store(dir.path("s.db"));
    ASSERT_TRUE(store.is_ok());
    EXPECT_EQ(index_names(dir.path("s.db")), all);
    ASSERT_TRUE((*store)->begin_build().is_ok());  // empty: the indexes are dropped until the end
    ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
    (*store)->abort_build();
  }
  EXPECT_EQ(index_names(dir.path("s.db")), all);  // the rollback brought them back
  {
    auto store = open_sqlite_store(dir.path("s.db"));
    ASSERT_TRUE(store.is_ok());
    ASSERT_TRUE((*store)->begin_build().is_ok());
    ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
    ASSERT_TRUE((*store)->finish_build().is_ok());
    // the index is made beside the caller, who reads meanwhile, with it or without
    auto ev = (*store)->evidence("state:IR", "state:RU", "supplies");
    ASSERT_TRUE(ev.is_ok()) << ev.message();
    EXPECT_EQ(ev->size(), 1u);
  }
  EXPECT_EQ(index_names(dir.path("s.db")), all);  // made by the time the store is closed
  // The index is made after the build's rows are committed: a process stopped in between leaves
  // the rows without it, and the next open makes it.
  ASSERT_EQ(run_sql(dir.path("s.db"), "DROP INDEX relations_ends"), "");
  EXPECT_TRUE(index_names(dir.path("s.db")).empty());
  {
    auto store = open_sqlite_store(dir.path("s.db"));
    ASSERT_TRUE(store.is_ok()) << store.message();
    EXPECT_EQ(index_names(dir.path("s.db")), all);
    auto ev = (*store)->evidence("state:IR", "state:RU", "supplies");
    ASSERT_TRUE(ev.is_ok()) << ev.message();
    EXPECT_EQ(ev->size(), 1u);
  }
}

// A first build's index is made beside the caller; a cache written right after the build
// waits for it (a cache write waits for no lock, and would otherwise not be written).
TEST(Store, ACacheWrittenRightAfterAFirstBuildIsWritten) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok());
  ASSERT_TRUE((*store)->begin_build().is_ok());
  // enough relations for their index to take a while
  Extraction x = sample_extraction(
      "Iran levert drones aan Rusland. China levert chips aan Wit-Rusland. Duitsland levert tanks aan "
      "Oekra\u00efne.");
  ASSERT_GE(x.relations.size(), 3u);
  for (int i = 0; i < 20000; ++i) {
    x.document.id = "doc-" + std::to_string(i);
    for (Relation& r : x.relations) r.evidence.doc = x.document.id;
    ASSERT_TRUE((*store)->add(x).is_ok());
  }
  ASSERT_TRUE((*store)->finish_build().is_ok());
  auto generation = (*store)->generation();
  ASSERT_TRUE(generation.is_ok());
  ASSERT_TRUE((*store)->write_cache("test", *generation, "bytes").is_ok());
  auto cached = (*store)->read_cache("test", *generation);
  ASSERT_TRUE(cached.is_ok()) << cached.message();
  ASSERT_TRUE(cached->has_value());
  EXPECT_EQ(**cached, "bytes");
}

namespace {
std::string journal_mode(const std::string& path) {
  auto r = rows(path, "PRAGMA journal_mode");
  return r.size() == 1 ? r[0] : "(no answer)";
}
}  // namespace

// A first build writes its rows once, into the file, under a rollback journal (which keeps
// nothing for pages the file did not have); WAL mode comes back at its end, or at its abort.
// A build into a store with documents runs in WAL mode, readers reading beside it.
TEST(Store, AFirstBuildRunsUnderARollbackJournalAndWalModeComesBack) {
  agtest::TempDir dir;
  const std::string path = dir.path("s.db");
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store.is_ok()) << store.message();
  EXPECT_EQ(journal_mode(path), "wal");
  ASSERT_TRUE((*store)->begin_build().is_ok());
  EXPECT_EQ(journal_mode(path), "delete");
  ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  (*store)->abort_build();
  EXPECT_EQ(journal_mode(path), "wal");
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"0"});

  ASSERT_TRUE((*store)->begin_build().is_ok());
  EXPECT_EQ(journal_mode(path), "delete");
  ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  EXPECT_EQ(journal_mode(path), "wal");
  EXPECT_FALSE(std::filesystem::exists(path + "-journal"));
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"1"});
  EXPECT_EQ(rows(path, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});

  ASSERT_TRUE((*store)->begin_build().is_ok());  // the store has a document now
  EXPECT_EQ(journal_mode(path), "wal");
  ASSERT_TRUE((*store)->add(sample_extraction("China levert chips aan Wit-Rusland.")).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  EXPECT_EQ(journal_mode(path), "wal");
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"2"});
}

// A new store is made with 64 KiB pages (fewer write calls); a file that already has its pages
// (a store made by an earlier version, in SQLite's default 4 KiB) keeps them, and builds as well.
TEST(Store, ANewStoreHasLargePagesAndAnOlderFileKeepsItsOwn) {
  agtest::TempDir dir;
  const std::string fresh = dir.path("new.db");
  const std::string older = dir.path("old.db");
  ASSERT_EQ(
      run_sql(older, "PRAGMA page_size=4096; PRAGMA journal_mode=WAL; CREATE TABLE t(x); DROP TABLE t;"), "");
  for (const std::string& path : {fresh, older}) {
    auto store = open_sqlite_store(path);
    ASSERT_TRUE(store.is_ok()) << store.message();
    for (const char* text : {"Iran levert drones aan Rusland.", "China levert chips aan Wit-Rusland."}) {
      ASSERT_TRUE((*store)->begin_build().is_ok());
      ASSERT_TRUE((*store)->add(sample_extraction(text)).is_ok());
      ASSERT_TRUE((*store)->finish_build().is_ok());
    }
    store->reset();
    EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"2"}) << path;
    EXPECT_EQ(rows(path, "PRAGMA integrity_check"), std::vector<std::string>{"ok"}) << path;
    EXPECT_EQ(journal_mode(path), "wal") << path;
  }
  EXPECT_EQ(rows(fresh, "PRAGMA page_size"), std::vector<std::string>{"65536"});
  EXPECT_EQ(rows(older, "PRAGMA page_size"), std::vector<std::string>{"4096"});
}

// Another connection reading the empty store keeps SQLite from leaving WAL mode: the first
// build then runs in WAL mode, as any other, and is stored and indexed all the same.
TEST(Store, AFirstBuildBesideAReaderStaysInWalMode) {
  agtest::TempDir dir;
  const std::string path = dir.path("s.db");
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store.is_ok()) << store.message();
  sqlite3* reader = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &reader), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(reader, "BEGIN; SELECT count(*) FROM documents;", nullptr, nullptr, nullptr),
            SQLITE_OK);
  ASSERT_TRUE((*store)->begin_build().is_ok());
  EXPECT_EQ(journal_mode(path), "wal");
  ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  ASSERT_EQ(sqlite3_exec(reader, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(reader);
  store->reset();  // (the index is made by the time the store is closed)
  EXPECT_EQ(journal_mode(path), "wal");
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"1"});
  EXPECT_EQ(index_names(path), std::vector<std::string>{"relations_ends"});
  EXPECT_EQ(rows(path, "PRAGMA integrity_check"), std::vector<std::string>{"ok"});
}

// Another process opening the store during its first build waits for the build (SQLite
// refuses it the store's WAL mode at once, and the open asks again), as a second build into a
// store with documents waits for the first; then it reads what the build stored.
TEST(Store, OpeningAStoreDuringItsFirstBuildWaitsForTheBuild) {
  agtest::TempDir dir;
  const std::string path = dir.path("s.db");
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store.is_ok()) << store.message();
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  std::thread finisher([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    EXPECT_TRUE((*store)->finish_build().is_ok());
  });
  const auto start = std::chrono::steady_clock::now();
  auto other = open_sqlite_store(path);
  const auto waited = std::chrono::steady_clock::now() - start;
  finisher.join();
  ASSERT_TRUE(other.is_ok()) << other.message();
  EXPECT_GE(waited, std::chrono::milliseconds(300));
  auto c = (*other)->load();
  ASSERT_TRUE(c.is_ok()) << c.message();
  EXPECT_EQ(c->documents.size(), 1u);
}

// A first build stopped by the process's end (here: the store destroyed mid-build, its
// connection closed) leaves an empty store that the next build fills.
TEST(Store, AFirstBuildCutShortLeavesAnEmptyStore) {
  agtest::TempDir dir;
  const std::string path = dir.path("s.db");
  {
    auto store = open_sqlite_store(path);
    ASSERT_TRUE(store.is_ok());
    ASSERT_TRUE((*store)->begin_build().is_ok());
    ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  }
  auto store = open_sqlite_store(path);
  ASSERT_TRUE(store.is_ok()) << store.message();
  EXPECT_EQ(journal_mode(path), "wal");
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"0"});
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(sample_extraction("Iran levert drones aan Rusland.")).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  EXPECT_EQ(rows(path, "SELECT count(*) FROM documents"), std::vector<std::string>{"1"});
}

namespace {
// A hand-made extraction: entities listed, entities mentioned (listed or not) and relations.
Extraction made(const std::string& id, const std::vector<std::string>& listed,
                const std::vector<std::string>& mentioned,
                const std::vector<std::pair<std::string, Modality>>& supplies_to_ru) {
  Extraction x;
  x.document.id = id;
  x.document.source = id;
  x.document.lang = id.back() == 'd' ? "de" : "nl";
  x.document.text = "text of " + id;
  for (const auto& e : listed) x.entities.push_back(EntityRecord{e, EntityType::state, e + " label", true});
  for (const auto& e : mentioned)
    x.mentions.push_back(Mention{e, 0, 0, 4, e + (id.size() % 2 ? "-a" : "-b"), "gazetteer", ""});
  for (const auto& [supplier, modality] : supplies_to_ru) {
    Relation r;
    r.source = supplier;
    r.target = "state:RU";
    r.type = "supplies";
    r.evidence.doc = id;
    r.evidence.modality = modality;
    x.relations.push_back(r);
  }
  return x;
}
}  // namespace

// A build sums entity, alias and edge totals in memory and writes them once: the rows must be
// those one write per document leaves (add() outside a build), whichever way the documents
// are split into builds, with entities keyed in the order first listed.
// A build sums its totals in memory; told that the inputs are read, the store writes them at
// once (the build's own transaction sees them), and goes on summing after.
TEST(Store, WritesItsTotalsWhenToldTheInputsAreRead) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)
                  ->add(made("d1", {"state:IR", "state:RU"}, {"state:IR", "state:RU"},
                             {{"state:IR", Modality::asserted}}))
                  .is_ok());
  auto before = (*store)->tally();
  ASSERT_TRUE(before.is_ok()) << before.message();
  EXPECT_TRUE(before->entities_by_type.empty());  // summed, not yet written
  ASSERT_TRUE((*store)->inputs_read().is_ok());
  auto after = (*store)->tally();
  ASSERT_TRUE(after.is_ok()) << after.message();
  EXPECT_EQ(after->entities_by_type["state"], 2U);
  EXPECT_EQ(after->relations_by_type["supplies"], 1U);
  ASSERT_TRUE(
      (*store)->add(made("d2", {"state:CN"}, {"state:CN"}, {{"state:CN", Modality::asserted}})).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  auto end = (*store)->tally();
  ASSERT_TRUE(end.is_ok()) << end.message();
  EXPECT_EQ(end->entities_by_type["state"], 3U);
  EXPECT_EQ(end->relations_by_type["supplies"], 2U);
}

TEST(Store, ABuildsTotalsEqualThoseWrittenDocumentByDocument) {
  const std::vector<Extraction> docs{
      made("d1", {"state:IR", "state:RU"}, {"state:IR", "state:RU", "state:IR"},
           {{"state:IR", Modality::alleged}}),
      // state:BY mentioned before any document lists it; state:IR mentioned, not listed
      made("d2", {"state:CN"}, {"state:CN", "state:IR", "state:BY"}, {{"state:IR", Modality::asserted}}),
      made(
          "d3d", {"state:BY", "state:KP"}, {"state:BY", "state:KP"},
          {{"state:KP", Modality::denied}, {"state:IR", Modality::planned}, {"state:BY", Modality::alleged}}),
      // state:XX is never stored: its relation makes no edge
      made("d4", {"state:RU"}, {"state:RU", "state:BY", "state:IR"},
           {{"state:BY", Modality::asserted},
            {"state:IR", Modality::alleged},
            {"state:XX", Modality::asserted}}),
  };
  agtest::TempDir dir;
  constexpr std::size_t kInputsRead = 99;  // in a build: the store is told that the inputs are read
  auto write = [&](const std::string& name, const std::vector<std::vector<std::size_t>>& builds) {
    auto store = open_sqlite_store(dir.path(name));
    ASSERT_TRUE(store.is_ok()) << store.message();
    for (const auto& b : builds) {
      const bool in_build = b.size() > 1;
      if (in_build) {
        ASSERT_TRUE((*store)->begin_build().is_ok());
      }
      for (std::size_t i : b) {
        if (i == kInputsRead) {
          ASSERT_TRUE((*store)->inputs_read().is_ok());
        } else {
          ASSERT_TRUE((*store)->add(docs[i]).is_ok());
        }
      }
      if (in_build) {
        ASSERT_TRUE((*store)->finish_build().is_ok());
      }
    }
  };
  write("one-by-one.db", {{0}, {1}, {2}, {3}});  // no build: each add() writes its totals
  write("one-build.db", {{0, 1, 2, 3}});
  write("two-builds.db", {{0, 1}, {2, 3}});
  write("rerun.db", {{0, 1, 2, 3}, {3, 2, 1, 0}});  // the same documents again add nothing
  // the totals written when the inputs are read, and then those of the documents after
  write("inputs-read.db", {{0, 1, kInputsRead, 2, 3}});
  const char* queries[] = {
      "SELECT key, id, type, label, known, mentions, documents FROM entities ORDER BY key",
      // (a build writes its aliases in the order of their key, so their rowids may differ)
      "SELECT entity, alias, lang, count FROM aliases ORDER BY entity, alias, lang",
      "SELECT source, target, type, modality, weight FROM edges ORDER BY source, target, type",
  };
  for (const char* q : queries) {
    const auto expected = rows(dir.path("one-by-one.db"), q);
    ASSERT_FALSE(expected.empty()) << q;
    EXPECT_EQ(rows(dir.path("one-build.db"), q), expected) << q;
    EXPECT_EQ(rows(dir.path("two-builds.db"), q), expected) << q;
    EXPECT_EQ(rows(dir.path("rerun.db"), q), expected) << q;
    EXPECT_EQ(rows(dir.path("inputs-read.db"), q), expected) << q;
  }
  // what the documents say, counted by hand: IR mentioned 2+1+1 times in 3 documents; BY
  // mentioned in d2 before it was listed (no row yet: those counts have nowhere to go, as
  // before), then in d3d and d4; the edge IR -> RU has the strongest of alleged, asserted,
  // planned and alleged, and four pieces of evidence (two in each of two-builds.db's builds).
  const auto entities = rows(dir.path("one-build.db"), queries[0]);
  EXPECT_EQ(entities[0], "1|state:IR|state|state:IR label|1|4|3");
  EXPECT_EQ(entities[1], "2|state:RU|state|state:RU label|1|2|2");
  EXPECT_EQ(entities[3], "4|state:BY|state|state:BY label|1|2|2");
  // the edges join the entities' keys (IR 1, RU 2, KP 5, BY 4), stored by this build or an
  // earlier one, whichever build and window writes the edge; XX's relation makes none
  const std::vector<std::string> by_hand{"1|2|supplies|0|4", "4|2|supplies|0|2", "5|2|supplies|3|1"};
  for (const char* db : {"one-by-one.db", "one-build.db", "two-builds.db", "rerun.db", "inputs-read.db"}) {
    EXPECT_EQ(rows(dir.path(db), queries[2]), by_hand) << db;
  }
}

TEST(Store, RebuildingTheSameInputAddsNothing) {
  agtest::TempDir dir;
  dir.write("in/a.txt", "Iran levert drones aan Rusland.");
  dir.write("in/b.txt", "China levert chips aan Wit-Rusland.");
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok());
  const std::vector<std::string> paths{dir.path("in")};
  auto first = build(paths, agtest::extractor(), **store, {});
  ASSERT_TRUE(first.is_ok()) << first.message();
  EXPECT_EQ(first->documents_new, 2u);
  auto second = build(paths, agtest::extractor(), **store, {});
  ASSERT_TRUE(second.is_ok());
  EXPECT_EQ(second->documents_new, 0u);
  EXPECT_EQ(second->documents_skipped, 2u);
  auto c = (*store)->load();
  ASSERT_TRUE(c.is_ok());
  EXPECT_EQ(c->documents.size(), 2u);
}

// A build's pages are copied from the WAL into the database file beside the caller's next
// steps. Builds in a row on one Store, with reads between them, all reach the file itself: a
// connection that ignores the WAL (immutable) sees every document once the Store is closed.
TEST(Store, BuildsInARowAllReachTheDatabaseFile) {
  agtest::TempDir dir;
  const std::string db = dir.path("s.db");
  constexpr int kBuilds = 4;
  const std::string big(std::size_t{3} << 20, 'x');  // thousands of pages per build to copy
  {
    auto store = open_sqlite_store(db);
    ASSERT_TRUE(store.is_ok()) << store.message();
    for (int i = 0; i < kBuilds; ++i) {
      ASSERT_TRUE((*store)->begin_build().is_ok());
      Extraction x = agtest::hand_made("d" + std::to_string(i), "en");
      x.document.text = big;
      ASSERT_TRUE((*store)->add(x).is_ok());
      ASSERT_TRUE((*store)->finish_build().is_ok());
      auto have = (*store)->has_document(x.document.id);
      ASSERT_TRUE(have.is_ok()) << have.message();
      EXPECT_TRUE(*have);
    }
  }
  sqlite3* conn = nullptr;
  ASSERT_EQ(sqlite3_open_v2(("file:" + db + "?immutable=1").c_str(), &conn,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr),
            SQLITE_OK);
  sqlite3_stmt* q = nullptr;
  ASSERT_EQ(
      sqlite3_prepare_v2(conn, "SELECT count(*), sum(length(text)) FROM document_texts", -1, &q, nullptr),
      SQLITE_OK);
  ASSERT_EQ(sqlite3_step(q), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int64(q, 0), kBuilds);
  EXPECT_EQ(sqlite3_column_int64(q, 1), static_cast<std::int64_t>(kBuilds * big.size()));
  sqlite3_finalize(q);
  sqlite3_close(conn);
}

// A load lists the actors by id, bytewise, whatever order they were stored in, and each
// actor's aliases most seen first, then by text and language (bytewise too).
TEST(Store, ALoadOrdersActorsByIdAndAliasesMostSeenFirst) {
  agtest::TempDir dir;
  const std::string db = dir.path("s.db");
  {
    auto store = open_sqlite_store(db);
    ASSERT_TRUE(store.is_ok()) << store.message();
  }
  ASSERT_EQ(
      run_sql(db,
              "INSERT INTO entities(id, type, label, known) VALUES ('state:ZZ', 'state', 'Z', 1), "
              "('state:AA', 'state', 'A', 1), ('state:\xC3\x84X', 'state', 'AX', 0), ('state:Ab', 'state', "
              "'Ab', 0);"
              "INSERT INTO aliases(entity, alias, lang, count) VALUES ('state:ZZ', 'b', 'nl', 2), "
              "('state:ZZ', 'a', 'nl', 2), ('state:ZZ', 'a', 'de', 2), ('state:ZZ', 'z', 'en', 7), "
              "('state:ZZ', '\xC3\xA9', 'en', 2), ('state:AA', 'x', 'en', 1), ('state:gone', 'y', 'en', 9);"),
      "");
  auto store = open_sqlite_store(db);
  ASSERT_TRUE(store.is_ok()) << store.message();
  auto c = (*store)->load();
  ASSERT_TRUE(c.is_ok()) << c.message();
  std::vector<std::string> ids;
  for (const NodeRow& n : c->nodes) ids.push_back(n.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"state:AA", "state:Ab", "state:ZZ", "state:\xC3\x84X"}));
  std::vector<std::string> zz;
  for (const AliasSeen& a : c->nodes[2].aliases)
    zz.push_back(a.text + "/" + a.lang + "/" + std::to_string(a.count));
  EXPECT_EQ(zz, (std::vector<std::string>{"z/en/7", "a/de/2", "a/nl/2", "b/nl/2", "\xC3\xA9/en/2"}));
  ASSERT_EQ(c->nodes[0].aliases.size(), 1u);
  EXPECT_TRUE(c->nodes[1].aliases.empty());
}

// A second handle reads what the first one does, from another thread, and writes nothing.
TEST(Store, ASecondHandleReadsTheSameStoreAndOnlyReads) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  ASSERT_TRUE((*store)->begin_build().is_ok());
  ASSERT_TRUE((*store)->add(sample_extraction("China levert drones aan Wit-Rusland.")).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  std::vector<std::string> quotes, through_reader;
  ASSERT_TRUE((*store)
                  ->scan_relations(RelationColumns::summary,
                                   [&](const RelationView& v) { quotes.emplace_back(v.quote); })
                  .is_ok());
  ASSERT_EQ(quotes, std::vector<std::string>{"China levert drones aan Wit-Rusland."});
  auto reader = (*store)->reader();
  ASSERT_TRUE(reader.is_ok()) << reader.message();
  std::thread([&] {
    ASSERT_TRUE((*reader)
                    ->scan_relations(RelationColumns::summary,
                                     [&](const RelationView& v) { through_reader.emplace_back(v.quote); })
                    .is_ok());
  }).join();
  EXPECT_EQ(through_reader, quotes);
  auto generation = (*reader)->generation(), first = (*store)->generation();
  ASSERT_TRUE(generation.is_ok() && first.is_ok());
  EXPECT_EQ(*generation, *first);
  Extraction more = agtest::hand_made("more", "en");
  Status wrote = (*reader)->begin_build();
  if (wrote) wrote = (*reader)->add(more);
  if (wrote) wrote = (*reader)->finish_build();
  EXPECT_FALSE(wrote.is_ok());
  EXPECT_NE(wrote.message().find(dir.path("s.db")), std::string::npos) << wrote.message();
  auto has = (*store)->has_document("more");
  ASSERT_TRUE(has.is_ok());
  EXPECT_FALSE(*has);
}

TEST(Store, RefusesFilesThatAreNotActorgraphStores) {
  agtest::TempDir dir;
  dir.write("text.db",
            "this is not a database at all, just some text that is long enough to look like a file");
  auto r = open_sqlite_store(dir.path("text.db"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("text.db"), std::string::npos) << r.message();

  ASSERT_EQ(run_sql(dir.path("other.db"), "CREATE TABLE t(x)"), "");
  auto o = open_sqlite_store(dir.path("other.db"));
  ASSERT_FALSE(o.is_ok());
  EXPECT_NE(o.message().find("not an actorgraph store"), std::string::npos) << o.message();
}

TEST(Store, RefusesAStoreFromANewerVersion) {
  agtest::TempDir dir;
  {
    auto s = open_sqlite_store(dir.path("s.db"));
    ASSERT_TRUE(s.is_ok());
  }
  ASSERT_EQ(run_sql(dir.path("s.db"), "UPDATE meta SET value='99' WHERE key='schema_version'"), "");
  auto r = open_sqlite_store(dir.path("s.db"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("newer"), std::string::npos) << r.message();
}

TEST(Store, MigratesAVersionOneStore) {
  agtest::TempDir dir;
  // the version-1 layout: relations without the mode column
  const char* v1 =
      "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
      "INSERT INTO meta VALUES('schema_version','1');"
      "CREATE TABLE relations(id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT "
      "NOT NULL,"
      " doc TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, date "
      "TEXT,"
      " modality TEXT NOT NULL, quote TEXT, attribution TEXT, items TEXT, quantity REAL, unit TEXT, role "
      "TEXT);"
      "CREATE TABLE entities(id TEXT PRIMARY KEY, type TEXT NOT NULL, label TEXT NOT NULL, known INTEGER "
      "NOT NULL);"
      "INSERT INTO entities VALUES('a','state','A',1),('b','state','B',1);"
      "INSERT INTO relations(source,target,type,doc,sentence,start,end,modality) "
      "VALUES('a','b','supplies','d',0,0,1,'alleged'),('a','b','supplies','e',0,0,1,'asserted');"
      "CREATE TABLE mentions(doc TEXT NOT NULL, entity TEXT NOT NULL, sentence INTEGER NOT NULL, start "
      "INTEGER "
      "NOT NULL, end INTEGER NOT NULL, surface TEXT NOT NULL, how TEXT, role TEXT);"
      "CREATE INDEX mentions_doc ON mentions(doc);"
      "INSERT INTO mentions VALUES('d','a',0,0,1,'A',NULL,NULL),('d','a',1,0,1,'A',NULL,NULL),"
      "('e','a',0,0,1,'A',NULL,NULL),('e','b',0,5,6,'B',NULL,NULL);"
      "CREATE TABLE documents(id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, date TEXT, lang TEXT, "
      "url TEXT, text TEXT NOT NULL, body_start INTEGER NOT NULL DEFAULT 0);"
      "INSERT INTO documents(id, source, title, text) VALUES('d','d.txt','D','text of d'),"
      "('e','e.txt','E','text of e'),('f','f.txt','F','text of f');";
  ASSERT_EQ(run_sql(dir.path("old.db"), v1), "");
  auto store = open_sqlite_store(dir.path("old.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  auto c = (*store)->load();
  ASSERT_TRUE(c.is_ok()) << c.message();
  ASSERT_EQ(c->relations.size(), 2u);
  EXPECT_EQ(c->relations[0].evidence.modality, Modality::alleged);
  EXPECT_EQ(c->relations[0].mode, "");
  // version 3: the aggregated edge over the entities' keys
  std::vector<std::tuple<std::int64_t, std::int64_t, std::string, Modality, std::uint32_t>> edges;
  ASSERT_TRUE((*store)
                  ->scan_edges([&](const EdgeRow& e) {
                    edges.emplace_back(e.source, e.target, std::string(e.type), e.modality, e.weight);
                  })
                  .is_ok());
  std::map<std::int64_t, std::string> ids;
  ASSERT_TRUE((*store)->scan_actors([&](const ActorRow& a) { ids[a.key] = a.id; }).is_ok());
  ASSERT_EQ(edges.size(), 1u);
  EXPECT_EQ(ids[std::get<0>(edges[0])], "a");
  EXPECT_EQ(ids[std::get<1>(edges[0])], "b");
  EXPECT_EQ(std::get<3>(edges[0]), Modality::asserted);
  EXPECT_EQ(std::get<4>(edges[0]), 2u);
  // version 5: each entity's mentions and documents counted
  ASSERT_EQ(c->nodes.size(), 2u);
  EXPECT_EQ(c->nodes[0].id, "a");
  EXPECT_EQ(c->nodes[0].mentions, 3u);
  EXPECT_EQ(c->nodes[0].documents, 2u);
  EXPECT_EQ(c->nodes[1].mentions, 1u);
  EXPECT_EQ(c->nodes[1].documents, 1u);
  // version 4: a cache table, empty, and no generation yet
  auto gen = (*store)->generation();
  ASSERT_TRUE(gen.is_ok()) << gen.message();
  EXPECT_EQ(*gen, 0u);
  ASSERT_TRUE((*store)->write_cache("test", 0, "bytes").is_ok());
  auto cached = (*store)->read_cache("test", 0);
  ASSERT_TRUE(cached.is_ok());
  EXPECT_EQ(cached->value_or(""), "bytes");
  auto stale = (*store)->read_cache("test", 1);
  ASSERT_TRUE(stale.is_ok());
  EXPECT_FALSE(stale->has_value());
  // version 6: each document's mentions in one row, in their order, and no table of mentions
  EXPECT_EQ(rows(dir.path("old.db"), "SELECT doc, mentions FROM document_mentions ORDER BY doc"),
            (std::vector<std::string>{R"(d|[["a",0,0,1,"A","",""],["a",1,0,1,"A","",""]])",
                                      R"(e|[["a",0,0,1,"A","",""],["b",0,5,6,"B","",""]])"}));
  // version 7: the documents' texts in a table of their own
  EXPECT_EQ(rows(dir.path("old.db"), "SELECT doc, text FROM document_texts ORDER BY doc"),
            (std::vector<std::string>{"d|text of d", "e|text of e", "f|text of f"}));
  EXPECT_TRUE(rows(dir.path("old.db"), "SELECT name FROM sqlite_master WHERE name = 'mentions'").empty());
  EXPECT_TRUE(rows(dir.path("old.db"), "SELECT name FROM pragma_table_info('documents') WHERE name = 'text'")
                  .empty());
  // version 8: how a quantity is bounded, none for the rows before
  EXPECT_EQ(c->relations[0].quantity_bound, "");
  EXPECT_EQ(rows(dir.path("old.db"),
                 "SELECT name FROM pragma_table_info('relations') WHERE name = 'quantity_bound'"),
            std::vector<std::string>{"quantity_bound"});
}

// A build's files are handed to the kernel to write each time another step of them has been
// written (so that the commit's sync has little left): not before, not twice for one step; a
// file that is not there (a WAL not made yet) is passed over; the files are left as they were.
TEST(WriteBack, StartsEachTimeAnotherStepHasBeenWritten) {
  agtest::TempDir dir;
  const std::string file = dir.path("written.db");
  const std::string text(3 << 20, 'x');
  {
    std::ofstream out(file, std::ios::binary);
    out << text;
  }
  constexpr std::uint64_t kStep = 1 << 20;
  detail::WriteBack wb({dir.path("absent-wal"), file}, kStep);
  EXPECT_FALSE(wb.written(0));
  EXPECT_FALSE(wb.written(kStep - 1));
  EXPECT_TRUE(wb.written(kStep));
  EXPECT_FALSE(wb.written(kStep));
  EXPECT_FALSE(wb.written(2 * kStep - 1));
  EXPECT_TRUE(wb.written(2 * kStep + kStep / 2));  // a step counts from where the last one started
  EXPECT_FALSE(wb.written(3 * kStep));
  EXPECT_TRUE(wb.written(3 * kStep + kStep / 2));
  EXPECT_EQ(agtest::slurp(file), text);
  EXPECT_FALSE(std::filesystem::exists(dir.path("absent-wal")));
}
