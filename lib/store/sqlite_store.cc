// The SQLite store: one file, WAL journal, a schema version in `meta`, one transaction per
// build. Relations are kept one row per piece of evidence; the graph aggregates them. The
// `edges` table keeps that aggregate too (per source, target and type: the strongest
// modality and the number of pieces of evidence), over the entities' integer keys, updated in
// the same transaction as the evidence: what a query graph of millions of relations loads.
#include <rapidjson/document.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "actorgraph/store.h"
#include "build_totals.h"
#include "write_back.h"

namespace actorgraph {
namespace {

constexpr int kSchemaVersion = 8;
constexpr int kBusyTimeoutMs = 10000;  // how long a second writer waits for a build
constexpr int kBusyRetryMs = 50;       // how often the open of a busy store tries again
// A build writes the aggregates it sums in memory every kTotalsDocuments documents, or sooner
// when they hold kMaxTotals rows (about 150 bytes each). Each write upserts every row its
// documents touched, and the same actors recur in every stretch of a corpus: the fewer the
// writes, the fewer rows in all (a 20 MB corpus: 11 writes of 16,000 rows, 0.3 s, against one
// of 73,000, 0.07-0.09 s). Writing in stretches keeps a big corpus's last write, which runs
// alone at the build's end, to what one stretch touched.
constexpr std::size_t kMaxTotals = 1'000'000;
constexpr std::size_t kTotalsDocuments = 65'536;
constexpr int kWalAutocheckpointPages = 1000;  // SQLite's default, outside builds
// The page cache (SQLite's cache_size, in KiB when negative). A build is one transaction: with
// SQLite's page cache, by what the connection does. A build into a store that has documents
// upserts all over its B-trees: in SQLite's default 2 MB cache the pages it changes are spilled
// to the WAL and read back over and over (a 15 MB corpus wrote 3 GB); up to 256 MB, filled only
// as pages are used, keeps a big store's pages in memory. A first build into an empty store
// revisits only the B-trees it is making (their inner pages, the keys its upserts search): 16 MB
// (256 of its 64 KiB pages) hold those, and the pages it has filled go to the file as it goes
// instead of all at its commit, while nothing else waits. (32 MB, with 4 KiB pages, left more
// to write at the commit and took 30 MB more memory, which a virtual machine is slow to hand
// out, for no faster build of 20, 100 or 300 MB; 8 MB re-read and re-wrote pages on a 300 MB
// corpus: 3.5 s of system time against 1 s.)
// Everything else (queries, exports, the caches written after a build) reads or writes each
// page about once: 16 MB, so that reading a big store's query caches does not also fill 256 MB
// of pages nobody reads again (a query on the 1M-actor store: 1.12 GB at its peak, 0.80 GB
// with 16 MB).
constexpr const char* kCacheSize = "PRAGMA cache_size=-262144";
constexpr const char* kFirstBuildCacheSize = "PRAGMA cache_size=-16384";
constexpr const char* kOtherCacheSize = "PRAGMA cache_size=-16384";
// A new store's page size (PRAGMA page_size; it is fixed once the file has its first page, so
// stores made before keep theirs). SQLite writes a page with one write call, and on this
// project's virtual machines a call costs more than copying the page: with SQLite's default
// 4 KiB, the 20 MB corpus's first build made about 17,000 of them, and its commit (the pages
// still in the page cache, while no core extracts) took 0.12-0.15 s; with 64 KiB pages,
// 0.06-0.07 s, and the file is 6 % smaller. Builds into a store that has documents, exports,
// queries and reports took as long or less, but for reading a few rows here and there: one
// recipient's evidence on the 1M-actor store 0.13 -> 0.2-0.3 ms (README, "Late-night runs").
constexpr const char* kNewStorePageSize = "PRAGMA page_size=65536; ";
// A reader() handle scans tables from end to end, each page once: SQLite's default 2 MB, reused
// as it goes, rather than up to 16 MB of pages read into memory never used before.
constexpr const char* kScanCacheSize = "PRAGMA cache_size=-2000";
// The database file is read with read calls into the page cache, not through a memory map
// (PRAGMA mmap_size; Debian's SQLite maps nothing by default). A map once made a GraphML export
// faster (0.28 -> 0.24 s, one thread reading everything). Since commands run on a thread of
// their own in 2 MiB pages and exports read the relations on another thread, the map's 4 KiB
// page faults cost more than the read calls they spare: on the 20 MB corpus's store a GraphML
// export 0.16 -> 0.12-0.15 s; `query supplies` on the 1M-actor store, which reads its query
// caches, 1.25 -> 0.75 s (medians of interleaved runs; the README has more).

// Migrations from each older store schema to the next; index i upgrades version i+1.
constexpr const char* kMigrations[] = {
    "ALTER TABLE relations ADD COLUMN mode TEXT;",  // 1 -> 2: supply mode (sale, donation, ...)
    // 2 -> 3: entities get a stable integer key (VACUUM keeps it), and the aggregated edges.
    "CREATE TABLE entities_v3(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, "
    "label TEXT NOT NULL, known INTEGER NOT NULL);"
    "INSERT INTO entities_v3(id, type, label, known) SELECT id, type, label, known FROM entities ORDER BY "
    "rowid;"
    "DROP TABLE entities; ALTER TABLE entities_v3 RENAME TO entities;"
    "CREATE TABLE edges(source INTEGER NOT NULL, target INTEGER NOT NULL, type TEXT NOT NULL, "
    "modality INTEGER NOT NULL, weight INTEGER NOT NULL, PRIMARY KEY(source, target, type)) WITHOUT ROWID;"
    "INSERT INTO edges SELECT s.key, t.key, r.type, min(CASE r.modality WHEN 'asserted' THEN 0 "
    "WHEN 'alleged' THEN 1 WHEN 'planned' THEN 2 WHEN 'denied' THEN 3 WHEN 'negated' THEN 4 ELSE 1 END), "
    "count(*) FROM relations r JOIN entities s ON s.id = r.source JOIN entities t ON t.id = r.target "
    "GROUP BY s.key, t.key, r.type;",
    // 3 -> 4: derived data kept with the store (a CompactGraph), valid for one generation.
    // The mentions' entity index also holds the document: counting an actor's documents needs
    // no visit to the table (mentions_entity_doc is created with the other indexes).
    ("CREATE TABLE caches(name TEXT NOT NULL, generation INTEGER NOT NULL, chunk INTEGER NOT NULL, "
     "data BLOB NOT NULL, PRIMARY KEY(name, chunk)); DROP INDEX IF EXISTS mentions_entity;"),
    // 4 -> 5: each entity counts its mentions and documents as they are added, so no index over
    // the mentions is needed (it took a build 0.5 s for 20 MB to create) and a load joins nothing.
    ("ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;"
     "ALTER TABLE entities ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;"
     "CREATE TABLE IF NOT EXISTS mentions(doc TEXT NOT NULL, entity TEXT NOT NULL, sentence INTEGER NOT "
     "NULL, "
     "start INTEGER NOT NULL, end INTEGER NOT NULL, surface TEXT NOT NULL, how TEXT, role TEXT);"
     "CREATE INDEX IF NOT EXISTS mentions_entity_doc ON mentions(entity, doc);"
     "UPDATE entities SET mentions = (SELECT count(*) FROM mentions m WHERE m.entity = entities.id), "
     "documents = (SELECT count(DISTINCT m.doc) FROM mentions m WHERE m.entity = entities.id);"
     "DROP INDEX IF EXISTS mentions_entity_doc; DROP INDEX IF EXISTS mentions_doc;"),
    // 5 -> 6: a document's mentions in one row, a JSON array of [entity, sentence, start, end,
    // surface, how, role], instead of a row each (a third of a store, and of a build's writing).
    ("CREATE TABLE IF NOT EXISTS document_mentions(doc TEXT NOT NULL, mentions TEXT NOT NULL);"
     "INSERT INTO document_mentions(doc, mentions) SELECT doc, json_group_array(json_array(entity, sentence, "
     "start, end, surface, ifnull(how, ''), ifnull(role, ''))) FROM (SELECT * FROM mentions ORDER BY doc, "
     "rowid) GROUP BY doc;"
     "DROP TABLE mentions;"),
    // 6 -> 7: a document's text (no command reads it back) in a table of its own, out of the
    // documents table, which every export and load reads whole: a tenth of a JSON export went to
    // reading the texts' pages to get at the titles.
    ("CREATE TABLE IF NOT EXISTS document_texts(doc TEXT NOT NULL, text TEXT NOT NULL);"
     "INSERT INTO document_texts(doc, text) SELECT id, text FROM documents ORDER BY rowid;"
     "ALTER TABLE documents DROP COLUMN text;"),
    // 7 -> 8: how the text bounds a supply's quantity ("at least", "at most", "about")
    "ALTER TABLE relations ADD COLUMN quantity_bound TEXT;",
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, date TEXT, lang TEXT, url TEXT,
  body_start INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS entities(
  key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, label TEXT NOT NULL,
  known INTEGER NOT NULL, mentions INTEGER NOT NULL DEFAULT 0, documents INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS aliases(
  entity TEXT NOT NULL, alias TEXT NOT NULL, lang TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(entity, alias, lang));
CREATE TABLE IF NOT EXISTS document_texts(doc TEXT NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS document_mentions(doc TEXT NOT NULL, mentions TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS relations(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
  doc TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  date TEXT, modality TEXT NOT NULL, quote TEXT, attribution TEXT, items TEXT,
  quantity REAL, unit TEXT, role TEXT, mode TEXT, quantity_bound TEXT);
CREATE TABLE IF NOT EXISTS edges(
  source INTEGER NOT NULL, target INTEGER NOT NULL, type TEXT NOT NULL, modality INTEGER NOT NULL,
  weight INTEGER NOT NULL, PRIMARY KEY(source, target, type)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS caches(
  name TEXT NOT NULL, generation INTEGER NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY(name, chunk));
)sql";

// The secondary indexes. A build into an empty store drops them and creates them once at the
// end, right after its commit: sorting all keys once is cheaper than a B-tree insert per row.
// Every open creates those missing (a build stopped between its commit and its index).
// (The mentions need none: each entity counts its own mentions and documents.)
constexpr const char* kIndexes = R"sql(
CREATE INDEX IF NOT EXISTS relations_ends ON relations(source, target, type);
)sql";
constexpr const char* kDropIndexes =
    "DROP INDEX IF EXISTS mentions_entity_doc; DROP INDEX IF EXISTS mentions_doc; "
    "DROP INDEX IF EXISTS relations_ends;";

// What a SQLite error means for someone running actorgraph, added to SQLite's own message.
std::string what_it_means(int code) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return " (another process, perhaps a build, is writing to the store; waited 10 s)";
    case SQLITE_READONLY:
      return " (the store or its folder is read-only: SQLite writes the store and creates its -wal and "
             "-shm files beside it)";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return " (the file is damaged or is no SQLite database: build a new store from the articles)";
    case SQLITE_FULL:
      return " (the disk is full)";
    case SQLITE_CANTOPEN:
      return " (does its folder exist, and may it be written?)";
    default:
      return "";
  }
}

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, const char* sql, std::string& err) {
    if (sqlite3_prepare_v2(db, sql, -1, &s_, nullptr) != SQLITE_OK) err = sqlite3_errmsg(db);
  }
  Stmt(Stmt&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  Stmt& operator=(Stmt&& o) noexcept {
    std::swap(s_, o.s_);
    return *this;
  }
  ~Stmt() { sqlite3_finalize(s_); }
  // The text is not copied: it must stay alive until the statement has been stepped.
  Stmt& text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
    return *this;
  }
  Stmt& num(int i, std::int64_t v) {
    sqlite3_bind_int64(s_, i, v);
    return *this;
  }
  Stmt& real(int i, std::optional<double> v) {
    if (v) {
      sqlite3_bind_double(s_, i, *v);
    } else {
      sqlite3_bind_null(s_, i);
    }
    return *this;
  }
  Stmt& blob(int i, std::string_view v) {
    sqlite3_bind_blob64(s_, i, v.data(), v.size(), SQLITE_STATIC);
    return *this;
  }
  int step() { return sqlite3_step(s_); }
  // Every statement binds all its parameters before each step, so none is cleared here.
  void reset() { sqlite3_reset(s_); }
  std::string col_text(int i) {
    const auto* p = sqlite3_column_text(s_, i);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }
  // Valid until the next step or reset.
  std::string_view col_view(int i) {
    const auto* p = sqlite3_column_text(s_, i);
    return p ? std::string_view(reinterpret_cast<const char*>(p),
                                static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string_view();
  }
  std::int64_t col_int(int i) { return sqlite3_column_int64(s_, i); }
  const void* col_blob(int i) { return sqlite3_column_blob(s_, i); }
  int col_bytes(int i) { return sqlite3_column_bytes(s_, i); }
  std::optional<double> col_real(int i) {
    if (sqlite3_column_type(s_, i) == SQLITE_NULL) return std::nullopt;
    return sqlite3_column_double(s_, i);
  }
  explicit operator bool() const { return s_ != nullptr; }

 private:
  sqlite3_stmt* s_ = nullptr;
};

std::string items_json(const std::vector<std::string>& items) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartArray();
  for (const auto& i : items) w.String(i.data(), static_cast<rapidjson::SizeType>(i.size()));
  w.EndArray();
  return sb.GetString();
}

// A document's mentions as the store keeps them: a JSON array of [entity, sentence, start,
// end, surface, how, role], written into `buffer` (reused); the view is valid until its next use.
std::string_view mentions_json(const std::vector<Mention>& mentions, rapidjson::StringBuffer& buffer) {
  buffer.Clear();
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&](std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartArray();
  for (const Mention& m : mentions) {
    w.StartArray();
    str(m.entity);
    w.Uint(m.sentence);
    w.Uint(m.start);
    w.Uint(m.end);
    str(m.surface);
    str(m.how);
    str(m.role);
    w.EndArray();
  }
  w.EndArray();
  return {buffer.GetString(), buffer.GetSize()};
}

// The strings of an array as items_json() writes it — ["a","b"], without escapes or control
// characters — read without a parser, into `out`; false (and `out` cleared) for anything else.
bool read_plain_items(std::string_view s, std::vector<std::string>& out) {
  out.clear();
  if (s.size() < 4 || s.front() != '[' || s.back() != ']') return false;
  for (std::size_t at = 1; s[at] == '"';) {  // `at`: an item's opening quote
    const std::size_t end = s.find('"', at + 1);
    if (end == std::string_view::npos) break;
    const std::string_view item = s.substr(at + 1, end - at - 1);
    if (std::any_of(item.begin(), item.end(),
                    [](char c) { return c == '\\' || static_cast<unsigned char>(c) < 0x20; })) {
      break;  // an escape, or a control character JSON does not allow unescaped
    }
    out.emplace_back(item);
    if (end + 1 == s.size() - 1) return true;  // the closing bracket
    if (s[end + 1] != ',') break;
    at = end + 2;
  }
  out.clear();
  return false;
}

// The strings of a stored items array, into `out` (cleared first). The common case is read by
// read_plain_items(); anything else (escapes, spaces, other values, malformed text) by
// RapidJSON's SAX reader, as before: a document per row allocated more than the strings.
void parse_items(std::string_view s, std::vector<std::string>& out) {
  out.clear();
  if (s.empty() || s == "[]") return;  // most relations name no item
  if (read_plain_items(s, out)) return;
  struct Strings : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Strings> {
    std::vector<std::string>* out = nullptr;
    int depth = 0;
    bool array = false;  // the root is an array
    bool String(const char* str, rapidjson::SizeType, bool) {
      // the array's own strings, up to a NUL as a C string reads them (as the DOM was read)
      if (depth == 1) out->emplace_back(str);
      return true;
    }
    bool StartArray() {
      if (depth++ == 0) array = true;
      return true;
    }
    bool EndArray(rapidjson::SizeType) { return --depth, true; }
    bool StartObject() { return ++depth, true; }
    bool EndObject(rapidjson::SizeType) { return --depth, true; }
    bool Default() { return true; }
  } strings;
  strings.out = &out;
  rapidjson::MemoryStream in(s.data(), s.size());
  rapidjson::Reader reader;
  if (reader.Parse<rapidjson::kParseIterativeFlag>(in, strings).IsError() || !strings.array) out.clear();
}

// The names a document's mentions use, each (entity, surface) once in order of its first
// mention, with how often it occurs. Generic groups and anaphors ("Chinese bedrijven", "dit
// bedrijf") are no names.
std::vector<std::pair<const Mention*, std::uint32_t>> aliases_seen(const std::vector<Mention>& mentions) {
  std::vector<std::pair<const Mention*, std::uint32_t>> out;
  std::unordered_map<std::string_view, std::vector<std::size_t>> by_surface;  // surface -> indices in out
  for (const Mention& m : mentions) {
    if (m.how == "group" || m.how == "anaphor") continue;
    auto& same = by_surface[m.surface];
    auto it = std::find_if(same.begin(), same.end(),
                           [&](std::size_t k) { return out[k].first->entity == m.entity; });
    if (it != same.end()) {
      ++out[*it].second;
    } else {
      same.push_back(out.size());
      out.emplace_back(&m, 1);
    }
  }
  return out;
}

// The columns of a relation row, in the order relation_row() reads them.
constexpr const char* kRelationColumns =
    "SELECT source, target, type, doc, sentence, start, end, date, modality, quote, attribution, items, "
    "quantity, unit, role, mode, quantity_bound";
constexpr int kRelationColumnCount = 17;  // (a column selected after them is this one)

RelationRow relation_row(Stmt& q) {
  RelationRow r;
  r.source = q.col_text(0);
  r.target = q.col_text(1);
  r.type = q.col_text(2);
  r.evidence.doc = q.col_text(3);
  r.evidence.sentence = static_cast<std::uint32_t>(q.col_int(4));
  r.evidence.start = static_cast<std::uint32_t>(q.col_int(5));
  r.evidence.end = static_cast<std::uint32_t>(q.col_int(6));
  r.evidence.date = q.col_text(7);
  r.evidence.modality = parse_modality(q.col_text(8)).value_or(Modality::alleged);
  r.evidence.quote = q.col_text(9);
  r.evidence.source = q.col_text(10);
  parse_items(q.col_view(11), r.items);
  r.quantity = q.col_real(12);
  r.unit = q.col_text(13);
  r.role = q.col_text(14);
  r.mode = q.col_text(15);
  r.quantity_bound = q.col_text(16);
  return r;
}

// The columns of a document row, in the order document_row() reads them.
constexpr const char* kDocumentColumns = "SELECT id, source, title, date, lang, url FROM documents";

DocumentRow document_row(Stmt& q) {
  return {q.col_text(0), q.col_text(1), q.col_text(2), q.col_text(3), q.col_text(4), q.col_text(5)};
}

class SqliteStore final : public Store {
 public:
  ~SqliteStore() override {
    if (in_build_) abort_build();
    join_background();
    stmts_.clear();
    sqlite3_close(db_);
  }

  static Result<std::unique_ptr<Store>> open(const std::string& path) {
    // SQLite counts every allocation under a global mutex for sqlite3_memory_used(), which
    // actorgraph never asks: 1.5% of a build's instructions. (Possible only before SQLite's first
    // use in the process; later, SQLite refuses it and keeps counting.)
    static std::once_flag configured;
    std::call_once(configured, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    auto s = std::unique_ptr<SqliteStore>(new SqliteStore());
    s->path_ = path;
    // A Store, like its cache of prepared statements, is used by one thread at a time: the
    // connection needs no mutex of its own (SQLite's serialized mode takes one per call).
    if (sqlite3_open_v2(path.c_str(), &s->db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        nullptr) != SQLITE_OK) {
      return Error{
          path + ": cannot open database: " +
          (s->db_ ? sqlite3_errmsg(s->db_) + what_it_means(sqlite3_errcode(s->db_)) : "out of memory")};
    }
    sqlite3_busy_timeout(s->db_, kBusyTimeoutMs);
    // Debian's SQLite zeroes the space of every row it deletes or rewrites (secure_delete).
    // A store deletes no document; what it rewrites are counts (upserts) and its caches.
    // (the page size first: in WAL mode it can no longer be set)
    const std::string setup = std::string(kNewStorePageSize) +
                              "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                              "PRAGMA foreign_keys=ON; PRAGMA secure_delete=OFF; " +
                              kOtherCacheSize;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
    Status set = s->exec(setup);
    // A first build holds its store under a rollback journal (begin_build()). SQLite refuses
    // the change to WAL mode at once while it runs, where other statements wait for a busy
    // store: the change is asked for again until as long has passed.
    while (!set && (sqlite3_errcode(s->db_) & 0xff) == SQLITE_BUSY &&
           std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(kBusyRetryMs));
      set = s->exec(setup);
    }
    if (!set) {
      return Error{path + ": cannot open the store: " + set.message()};
    }
    // An existing file must be an actorgraph store of a version we read.
    std::string err;
    Stmt q(s->db_, "SELECT value FROM meta WHERE key='schema_version'", err);
    int version = 0;
    if (q) {
      if (q.step() == SQLITE_ROW) {
        const std::string text = q.col_text(0);
        version = std::atoi(text.c_str());
        if (version <= 0) return Error{path + ": unreadable store schema version \"" + text + "\""};
        if (version > kSchemaVersion) {
          return Error{path + ": written by a newer actorgraph (store schema " + std::to_string(version) +
                       ", this version reads " + std::to_string(kSchemaVersion) + ")"};
        }
      }
    } else {
      Stmt any(s->db_, "SELECT count(*) FROM sqlite_master", err);
      if (!any) return Error{path + ": not a SQLite database: " + err};
      if (any.step() == SQLITE_ROW && any.col_int(0) > 0) {
        return Error{path + ": a SQLite database, but not an actorgraph store (no meta table)"};
      }
      err.clear();
    }
    q = Stmt();
    if (version > 0 && version < kSchemaVersion) {
      // an older store: migrate it in one transaction, or leave it untouched
      std::string sql = "BEGIN IMMEDIATE;";
      for (int v = version; v < kSchemaVersion; ++v) sql += kMigrations[v - 1];
      sql += "UPDATE meta SET value='" + std::to_string(kSchemaVersion) +
             "' WHERE key='schema_version'; COMMIT;";
      if (Status st = s->exec(sql); !st) {
        (void)s->exec("ROLLBACK");
        return Error{path + ": cannot migrate the store from schema " + std::to_string(version) + ": " +
                     st.message()};
      }
    }
    if (Status st = s->exec(kSchema); !st) return Error{path + ": cannot create tables: " + st.message()};
    if (Status st = s->exec(kIndexes); !st) return Error{path + ": cannot create indexes: " + st.message()};
    // Only a new store is written to here: opening an existing one must neither wait for the
    // write lock a running build holds (WAL lets readers in) nor fail on a read-only file.
    if (version == 0) {
      if (Status st = s->exec("INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '" +
                              std::to_string(kSchemaVersion) + "')");
          !st) {
        return Error{path + ": " + st.message()};
      }
    }
    return std::unique_ptr<Store>(std::move(s));
  }

  Result<bool> has_document(std::string_view id) override {
    // A build into an empty store knows every document it holds: those it added (by the hash
    // of their ids; a hash it has seen is asked of the table, so a collision costs one query).
    if (in_build_ && added_ids_ && !added_ids_->contains(detail::hash_bytes(id))) return false;
    Stmt& q = stmt("SELECT 1 FROM documents WHERE id=?1");
    q.text(1, id);
    const int rc = q.step();
    q.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return rc == SQLITE_ROW;
  }

  Status begin_build() override {
    // Each INSERT of the build's one transaction keeps a statement journal, to undo just that
    // statement; on disk (the default) they went through a temporary file, page by page.
    join_background();
    // The commit would copy the build's pages from the WAL into the database right away, while
    // the caller waits; finish_build() has that done beside whatever the caller does next.
    if (Status s = exec("PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=0"); !s)
      return Error{path_ + ": " + s.message()};
    if (auto empty = no_documents(); !empty) {
      return Error{empty.message()};
    } else if (*empty) {
      if (auto mode = journal_mode("DELETE"); !mode) return Error{mode.message()};
      if (rollback_journal_) {
        if (Status s = exec("PRAGMA synchronous=FULL"); !s) return Error{path_ + ": " + s.message()};
      }
    }
    if (Status s = exec("BEGIN IMMEDIATE"); !s) {
      if (rollback_journal_) (void)journal_mode("WAL");
      return Error{path_ + ": cannot start a build (" + s.message() + ")"};
    }
    in_build_ = true;
    entity_keys_.clear();
    // asked again inside the transaction, which no other writer can change now
    auto empty = no_documents();
    if (!empty) return Error{empty.message()};
    deferred_indexes_ = *empty;
    added_ids_.reset();
    if (*empty) added_ids_.emplace();
    if (deferred_indexes_) {
      if (Status s = exec(kDropIndexes); !s) return Error{path_ + ": " + s.message()};
    }
    if (Status s = exec(deferred_indexes_ ? kFirstBuildCacheSize : kCacheSize); !s)
      return Error{path_ + ": " + s.message()};
    // the build's pages go to the database file (rollback journal) or to the WAL
    write_back_.emplace(std::vector<std::string>{path_, path_ + "-wal"});
    write_back_base_ = pages_written();
    return Status::ok();
  }

  Status add(const Extraction& x) override {
    const Document& d = x.document;
    Stmt& doc = stmt(
        "INSERT OR IGNORE INTO documents(id, source, title, date, lang, url, body_start) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7)");
    doc.text(1, d.id).text(2, d.source).text(3, d.title).text(4, d.date).text(5, d.lang).text(6, d.url);
    doc.num(7, d.body_start);
    if (Status s = done(doc); !s) return s;
    if (sqlite3_changes(db_) == 0) return Status::ok();  // already stored
    if (in_build_ && added_ids_) added_ids_->insert(detail::hash_bytes(d.id));
    // Its text, and its mentions, each in a table of its own, apart from the documents table that
    // loads read whole. OR FAIL: an error fails the whole build (one transaction), so no statement
    // needs to be undone on its own, and SQLite keeps no statement journal for them.
    Stmt& text = stmt("INSERT OR FAIL INTO document_texts(doc, text) VALUES(?1, ?2)");
    text.text(1, d.id).text(2, d.text);
    if (Status s = done(text); !s) return s;
    if (!x.mentions.empty()) {
      Stmt& men = stmt("INSERT OR FAIL INTO document_mentions(doc, mentions) VALUES(?1, ?2)");
      men.text(1, d.id).text(2, mentions_json(x.mentions, json_));
      if (Status s = done(men); !s) return s;
    }
    // A build sums the aggregates in memory (BuildTotals) and writes them every
    // kTotalsDocuments documents and at its end; an add() outside a build writes them at once.
    totals_.add_document(x, aliases_seen(x.mentions));
    Stmt& rel = stmt(
        "INSERT INTO relations(source, target, type, doc, sentence, start, end, date, modality, quote, "
        "attribution, items, quantity, unit, role, mode, quantity_bound) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17)");
    for (const Relation& r : x.relations) {
      const Evidence& ev = r.evidence;
      const std::string items = items_json(r.items);
      rel.text(1, r.source)
          .text(2, r.target)
          .text(3, r.type)
          .text(4, d.id)
          .num(5, ev.sentence)
          .num(6, ev.start)
          .num(7, ev.end)
          .text(8, ev.date)
          .text(9, to_string(ev.modality))
          .text(10, ev.quote)
          .text(11, ev.source)
          .text(12, items)
          .real(13, r.quantity)
          .text(14, r.unit)
          .text(15, r.role)
          .text(16, r.mode)
          .text(17, r.quantity_bound);
      if (Status s = done(rel); !s) return s;
    }
    if (in_build_ && write_back_)
      (void)write_back_->written((pages_written() - write_back_base_) * page_size());
    if (!in_build_ || ++documents_summed_ % kTotalsDocuments == 0 || totals_.size() >= kMaxTotals) {
      return write_totals();
    }
    return Status::ok();
  }

  Status inputs_read() override { return in_build_ ? write_totals() : Status::ok(); }

  Status finish_build() override {
    if (Status s = write_totals(); !s) {
      abort_build();
      return s;
    }
    // every build that commits starts a new generation: caches of the last one are stale
    Status s = exec(
        "INSERT INTO meta(key, value) VALUES('generation', '1') ON CONFLICT(key) DO UPDATE SET value = "
        "CAST(value AS INTEGER) + 1; COMMIT");
    if (!s) {
      abort_build();
      return Error{path_ + ": cannot commit the build: " + s.message()};
    }
    in_build_ = false;
    added_ids_.reset();
    write_back_.reset();
    restore_after_build();
    // A build into an empty store indexes its relations once its rows are committed, beside
    // whatever the caller does next (its tally, the query caches): the index is derived data,
    // and a store that lacks it (the indexing failed, or the process stopped first) gets it
    // when next opened.
    in_background(std::exchange(deferred_indexes_, false));
    return Status::ok();
  }

  void abort_build() override {
    write_back_.reset();
    added_ids_.reset();
    totals_.clear();
    entity_keys_.clear();  // (keys of entities the rollback removes)
    if (!in_build_) return;
    (void)exec("ROLLBACK");
    restore_after_build();
    in_build_ = false;
    deferred_indexes_ = false;
  }

  Result<StoreContents> load() override { return load_scope(LoadScope{}); }

  Result<StoreContents> load_scope(const LoadScope& scope) override {
    StoreContents c;
    std::string err;
    const bool all = !scope.actors;
    if (!all) {  // the actors, in a temporary table the queries join
      if (Status s =
              exec("CREATE TEMP TABLE IF NOT EXISTS scope_ids(id TEXT PRIMARY KEY); DELETE FROM scope_ids");
          !s) {
        return Error{path_ + ": " + s.message()};
      }
      Stmt ins(db_, "INSERT OR IGNORE INTO scope_ids(id) VALUES(?1)", err);
      if (!ins) return Error{path_ + ": " + err};
      for (const std::string& id : *scope.actors) {
        ins.reset();
        ins.text(1, id);
        if (ins.step() != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
      }
    }
    const std::string in_scope = all ? "" : " IN (SELECT id FROM temp.scope_ids)";
    {
      // In the table's own order, sorted by id below: ORDER BY id would walk the id index and
      // look every row up in the table.
      const std::string sql = std::string("SELECT id, type, label, known, ") +
                              (scope.counts ? "mentions, documents" : "0, 0") + " FROM entities" +
                              (all ? "" : " WHERE id" + in_scope);
      Stmt q(db_, sql.c_str(), err);
      if (!q) return Error{path_ + ": " + err};
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) {
        NodeRow n;
        n.id = q.col_text(0);
        n.type = parse_entity_type(q.col_text(1)).value_or(EntityType::organization);
        n.label = q.col_text(2);
        n.known = q.col_int(3) != 0;
        n.mentions = static_cast<std::uint32_t>(q.col_int(4));
        n.documents = static_cast<std::uint32_t>(q.col_int(5));
        c.nodes.push_back(std::move(n));
      }
      if (rc != SQLITE_DONE) return read_error(rc);
      // bytewise, as SQLite's BINARY collation compares (std::string compares as unsigned
      // char); their places sorted, then the rows moved once each (sorting the rows themselves
      // moved each about log n times)
      std::vector<std::uint32_t> order(c.nodes.size());
      for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(),
                [&](std::uint32_t a, std::uint32_t b) { return c.nodes[a].id < c.nodes[b].id; });
      std::vector<NodeRow> sorted;
      sorted.reserve(c.nodes.size());
      for (std::uint32_t i : order) sorted.push_back(std::move(c.nodes[i]));
      c.nodes = std::move(sorted);
    }
    {
      // In the table's own order too (ordering them in SQL took a sort of every row): each
      // alias joins its actor, found by binary search, and each actor's aliases are then
      // ordered most seen first, then by text and language.
      const std::string sql =
          "SELECT entity, alias, lang, count FROM aliases" + (all ? "" : " WHERE entity" + in_scope);
      Stmt q(db_, sql.c_str(), err);
      if (!q) return Error{path_ + ": " + err};
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) {
        const std::string_view entity = q.col_view(0);
        const auto at = std::lower_bound(c.nodes.begin(), c.nodes.end(), entity,
                                         [](const NodeRow& n, std::string_view id) { return n.id < id; });
        if (at == c.nodes.end() || at->id != entity) continue;  // an alias of no actor listed
        at->aliases.push_back({q.col_text(1), q.col_text(2), static_cast<std::uint32_t>(q.col_int(3))});
      }
      if (rc != SQLITE_DONE) return read_error(rc);
      for (NodeRow& n : c.nodes) {
        std::sort(n.aliases.begin(), n.aliases.end(), [](const AliasSeen& a, const AliasSeen& b) {
          return std::tie(b.count, a.text, a.lang) < std::tie(a.count, b.text, b.lang);
        });
      }
    }
    if (!scope.relations) return c;
    if (scope.only) {
      if (Status s = load_relations(*scope.only, c); !s) return Error{s.message()};
      return c;
    }
    const std::string among = all ? "" : " WHERE source" + in_scope + " AND target" + in_scope;
    {
      if (all) {  // room for every row at once: growing the vector moved 60,000 rows a few times over
        Stmt last(db_, "SELECT max(id) FROM relations", err);
        if (!last) return Error{path_ + ": " + err};
        if (last.step() == SQLITE_ROW) c.relations.reserve(static_cast<std::size_t>(last.col_int(0)));
      }
      Stmt q(db_, (std::string(kRelationColumns) + " FROM relations" + among + " ORDER BY id").c_str(), err);
      if (!q) return Error{path_ + ": " + err};
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) c.relations.push_back(relation_row(q));
      if (rc != SQLITE_DONE) return read_error(rc);
    }
    {
      // every document, or those the loaded relations cite
      const std::string sql = kDocumentColumns +
                              (all ? "" : " WHERE id IN (SELECT doc FROM relations" + among + ")") +
                              " ORDER BY source, id";
      Stmt q(db_, sql.c_str(), err);
      if (!q) return Error{path_ + ": " + err};
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) c.documents.push_back(document_row(q));
      if (rc != SQLITE_DONE) return read_error(rc);
    }
    return c;
  }

  // The relations listed, each piece of evidence in the order it was stored (the order of the
  // whole store's load), and the documents they cite.
  Status load_relations(const std::vector<RelationKey>& keys, StoreContents& c) {
    std::string err;
    Stmt q(db_,
           (std::string(kRelationColumns) + ", id FROM relations WHERE source=?1 AND target=?2 AND type=?3")
               .c_str(),
           err);
    if (!q) return Error{path_ + ": " + err};
    std::vector<std::pair<std::int64_t, RelationRow>> rows;
    for (const RelationKey& k : keys) {
      q.reset();
      q.text(1, k.source).text(2, k.target).text(3, k.type);
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) {
        RelationRow r = relation_row(q);
        rows.emplace_back(q.col_int(kRelationColumnCount), std::move(r));
      }
      if (rc != SQLITE_DONE) return read_error(rc);
    }
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    rows.erase(std::unique(rows.begin(), rows.end(),
                           [](const auto& a, const auto& b) { return a.first == b.first; }),
               rows.end());
    std::set<std::string> docs;
    c.relations.reserve(rows.size());
    for (auto& [id, r] : rows) {
      docs.insert(r.evidence.doc);
      c.relations.push_back(std::move(r));
    }
    Stmt d(db_, (std::string(kDocumentColumns) + " WHERE id=?1").c_str(), err);
    if (!d) return Error{path_ + ": " + err};
    for (const std::string& id : docs) {
      d.reset();
      d.text(1, id);
      int rc = SQLITE_ROW;
      while ((rc = d.step()) == SQLITE_ROW) c.documents.push_back(document_row(d));
      if (rc != SQLITE_DONE) return read_error(rc);
    }
    std::sort(c.documents.begin(), c.documents.end(), [](const DocumentRow& a, const DocumentRow& b) {
      return std::tie(a.source, a.id) < std::tie(b.source, b.id);
    });
    return Status::ok();
  }

  Result<StoreTally> tally() override {
    StoreTally t;
    std::string err;
    // Counted here rather than by GROUP BY, which sorts every row in a temporary B-tree for
    // the handful of types there are.
    auto count = [&](const char* sql, std::map<std::string, std::uint32_t>& into) -> Status {
      Stmt q(db_, sql, err);
      if (!q) return Error{path_ + ": " + err};
      std::vector<std::pair<std::string, std::uint32_t>> seen;
      int rc = SQLITE_ROW;
      while ((rc = q.step()) == SQLITE_ROW) {
        const std::string_view type = q.col_view(0);
        auto it = std::find_if(seen.begin(), seen.end(), [&](const auto& s) { return s.first == type; });
        if (it == seen.end()) it = seen.insert(seen.end(), {std::string(type), 0});
        ++it->second;
      }
      if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
      for (auto& [type, n] : seen) into[std::move(type)] += n;
      return Status::ok();
    };
    if (Status s = count("SELECT type FROM entities", t.entities_by_type); !s) return Error{s.message()};
    // as build_graph() aggregates: per (source, target, type), both ends stored entities. That
    // is the edges table, kept in the transaction that adds the relations.
    if (Status s = count("SELECT type FROM edges", t.relations_by_type); !s) return Error{s.message()};
    return t;
  }

  Status scan_actors(const std::function<void(const ActorRow&)>& visit) override {
    std::string err;
    Stmt q(db_, "SELECT key, id, type, label FROM entities ORDER BY key", err);
    if (!q) return Error{path_ + ": " + err};
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
      visit({q.col_int(0), q.col_view(1), parse_entity_type(q.col_view(2)).value_or(EntityType::organization),
             q.col_view(3)});
    }
    if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return Status::ok();
  }

  Status scan_edges(const std::function<void(const EdgeRow&)>& visit) override {
    std::string err;
    Stmt q(db_, "SELECT source, target, type, modality, weight FROM edges", err);
    if (!q) return Error{path_ + ": " + err};
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
      const auto modality = q.col_int(3);
      visit({q.col_int(0), q.col_int(1), q.col_view(2),
             modality >= 0 && modality < static_cast<std::int64_t>(std::size(kModalities))
                 ? kModalities[modality]
                 : Modality::alleged,
             static_cast<std::uint32_t>(q.col_int(4))});
    }
    if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return Status::ok();
  }

  Status scan_aliases(const std::function<void(const AliasRow&)>& visit) override {
    std::string err;
    Stmt q(db_, "SELECT e.key, a.alias FROM aliases a JOIN entities e ON e.id = a.entity", err);
    if (!q) return Error{path_ + ": " + err};
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) visit({q.col_int(0), q.col_view(1)});
    if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return Status::ok();
  }

  Status scan_relations(RelationColumns columns,
                        const std::function<void(const RelationView&)>& visit) override {
    const bool all = columns == RelationColumns::all;
    std::string err;
    constexpr const char* kAll =
        "SELECT id, source, target, type, modality, date, items, quote, doc, sentence, start, end, "
        "attribution, quantity, unit, role, mode, quantity_bound FROM relations ORDER BY id";
    constexpr const char* kSummary =
        "SELECT id, source, target, type, modality, date, items, quote, quantity, unit, quantity_bound "
        "FROM relations ORDER BY id";
    Stmt q(db_, all ? kAll : kSummary, err);
    if (!q) return Error{path_ + ": " + err};
    std::vector<std::string> items;  // one row's, reused
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
      RelationView r;
      r.id = q.col_int(0);
      r.source = q.col_view(1);
      r.target = q.col_view(2);
      r.type = q.col_view(3);
      r.modality = parse_modality(q.col_view(4)).value_or(Modality::alleged);
      r.date = q.col_view(5);
      parse_items(q.col_view(6), items);
      r.items = items;
      r.quote = q.col_view(7);
      if (!all) {
        r.quantity = q.col_real(8);
        r.unit = q.col_view(9);
        r.quantity_bound = q.col_view(10);
        visit(r);
        continue;
      }
      r.doc = q.col_view(8);
      r.sentence = static_cast<std::uint32_t>(q.col_int(9));
      r.start = static_cast<std::uint32_t>(q.col_int(10));
      r.end = static_cast<std::uint32_t>(q.col_int(11));
      r.attribution = q.col_view(12);
      r.quantity = q.col_real(13);
      r.unit = q.col_view(14);
      r.role = q.col_view(15);
      r.mode = q.col_view(16);
      r.quantity_bound = q.col_view(17);
      visit(r);
    }
    if (rc != SQLITE_DONE) return read_error(rc);
    return Status::ok();
  }

  Result<std::unique_ptr<Store>> reader() override {
    auto s = std::unique_ptr<SqliteStore>(new SqliteStore());
    s->path_ = path_;
    if (sqlite3_open_v2(path_.c_str(), &s->db_, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
      return Error{
          path_ + ": cannot open the store a second time: " +
          (s->db_ ? sqlite3_errmsg(s->db_) + what_it_means(sqlite3_errcode(s->db_)) : "out of memory")};
    }
    sqlite3_busy_timeout(s->db_, kBusyTimeoutMs);
    if (Status set = s->exec(kScanCacheSize); !set) {
      return Error{path_ + ": " + set.message()};
    }
    return std::unique_ptr<Store>(std::move(s));
  }

  Status scan_documents(const std::function<void(const DocumentRow&)>& visit) override {
    std::string err;
    Stmt q(db_, (std::string(kDocumentColumns) + " ORDER BY source, id").c_str(), err);
    if (!q) return Error{path_ + ": " + err};
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) visit(document_row(q));
    if (rc != SQLITE_DONE) return read_error(rc);
    return Status::ok();
  }

  Result<std::uint64_t> generation() override {
    std::string err;
    Stmt q(db_, "SELECT CAST(value AS INTEGER) FROM meta WHERE key='generation'", err);
    if (!q) return Error{path_ + ": " + err};
    const int rc = q.step();
    if (rc == SQLITE_ROW) return static_cast<std::uint64_t>(q.col_int(0));
    if (rc == SQLITE_DONE) return std::uint64_t{0};
    return Error{path_ + ": " + sqlite3_errmsg(db_)};
  }

  Result<std::optional<std::string>> read_cache(std::string_view name, std::uint64_t generation) override {
    std::string err;
    Stmt q(db_, "SELECT generation, data FROM caches WHERE name = ?1 ORDER BY chunk", err);
    if (!q) return Error{path_ + ": " + err};
    q.text(1, name);
    std::string bytes;
    {  // one allocation for all chunks: caches run to hundreds of megabytes
      Stmt size(db_, "SELECT sum(length(data)) FROM caches WHERE name = ?1", err);
      if (!size) return Error{path_ + ": " + err};
      size.text(1, name);
      if (size.step() == SQLITE_ROW)
        bytes.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, size.col_int(0))));
    }
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
      if (static_cast<std::uint64_t>(q.col_int(0)) != generation) return std::optional<std::string>{};
      const auto* p = static_cast<const char*>(q.col_blob(1));
      bytes.append(p ? p : "", static_cast<std::size_t>(q.col_bytes(1)));
    }
    if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    if (bytes.empty()) return std::optional<std::string>{};
    return std::optional<std::string>{std::move(bytes)};
  }

  Status write_cache(std::string_view name, std::uint64_t generation, std::string_view bytes) override {
    join_background();  // (its write lock would keep the cache from being written)
    // A cache is worth no wait: a build holding the write lock, or a read-only file, means
    // the cache is simply not written this time.
    sqlite3_busy_timeout(db_, 0);
    Status s = exec("BEGIN IMMEDIATE");
    if (s) {
      std::string err;
      Stmt del(db_, "DELETE FROM caches WHERE name = ?1", err);
      Stmt ins(db_, "INSERT INTO caches(name, generation, chunk, data) VALUES(?1, ?2, ?3, ?4)", err);
      if (!err.empty()) {
        s = Error{err};
      } else {
        del.text(1, name);
        if (del.step() != SQLITE_DONE) s = Error{sqlite3_errmsg(db_)};
        // SQLite refuses values over a billion bytes: the cache goes in chunks of 64 MiB
        constexpr std::size_t kChunk = 64U << 20;
        for (std::size_t at = 0, chunk = 0; s && at < bytes.size(); at += kChunk, ++chunk) {
          ins.reset();
          ins.text(1, name)
              .num(2, static_cast<std::int64_t>(generation))
              .num(3, static_cast<std::int64_t>(chunk));
          ins.blob(4, bytes.substr(at, std::min(kChunk, bytes.size() - at)));
          if (ins.step() != SQLITE_DONE) s = Error{sqlite3_errmsg(db_)};
        }
      }
      if (s) s = exec("COMMIT");
      if (!s) (void)exec("ROLLBACK");
    }
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    if (!s) return Error{path_ + ": cache \"" + std::string(name) + "\" not written: " + s.message()};
    return Status::ok();
  }

  Result<std::vector<RelationRow>> evidence(std::string_view source, std::string_view target,
                                            std::string_view type) override {
    std::string err;
    Stmt q(db_,
           (std::string(kRelationColumns) +
            " FROM relations WHERE source=?1 AND target=?2 AND type=?3 ORDER BY id")
               .c_str(),
           err);
    if (!q) return Error{path_ + ": " + err};
    q.text(1, source).text(2, target).text(3, type);
    std::vector<RelationRow> rows;
    int rc = SQLITE_ROW;
    while ((rc = q.step()) == SQLITE_ROW) {
      RelationRow r = relation_row(q);
      rows.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return rows;
  }

 private:
  SqliteStore() = default;

  // A query that stopped before its last row: a damaged file must not pass for a smaller graph.
  Error read_error(int rc) {
    return Error{path_ + ": cannot read the store: " + sqlite3_errmsg(db_) + what_it_means(rc)};
  }

  Status exec(const std::string& sql) {
    char* msg = nullptr;
    if (const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg); rc != SQLITE_OK) {
      std::string m = msg ? msg : sqlite3_errmsg(db_);
      sqlite3_free(msg);
      return Error{m + what_it_means(rc)};
    }
    return Status::ok();
  }

  Stmt& stmt(std::string_view sql) {
    auto it = stmts_.find(sql);
    if (it != stmts_.end()) return it->second;
    std::string err;
    std::string text(sql);
    Stmt st(db_, text.c_str(), err);
    return stmts_.emplace(std::move(text), std::move(st)).first->second;
  }

  // `head` (…VALUES) `rows` times a row of `columns` parameters, then `tail`.
  static std::string batch_sql(std::string_view head, int columns, std::string_view tail, std::size_t rows) {
    std::string row = "(";
    for (int c = 0; c < columns; ++c) row += c == 0 ? "?" : ",?";
    row += ")";
    std::string sql(head);
    for (std::size_t r = 0; r < rows; ++r) {
      if (r > 0) sql += ',';
      sql += row;
    }
    sql += tail;
    return sql;
  }

  // Inserts `count` rows with statements of up to kBatchRows rows each; bind(stmt, first
  // parameter, i) binds row i. A statement of many rows does what as many one-row
  // statements would do, in the same order, for a fraction of the cost.
  template <typename Bind>
  Status insert_rows(std::string_view head, int columns, std::string_view tail, std::size_t count,
                     Bind&& bind, const std::function<void(Stmt&)>& returned = nullptr) {
    constexpr std::size_t kBatchRows = 32;
    for (std::size_t from = 0; from < count; from += kBatchRows) {
      const std::size_t rows = std::min(kBatchRows, count - from);
      Stmt& st = stmt(batch_sql(head, columns, tail, rows));
      for (std::size_t r = 0; r < rows; ++r) bind(st, static_cast<int>(r) * columns + 1, from + r);
      if (Status s = returned ? done(st, returned) : done(st); !s) return s;
    }
    return Status::ok();
  }

  // The key of the stored entity `id`, or nothing if none is stored: from entity_keys_, else
  // read from the table once and kept.
  Result<std::optional<std::int64_t>> entity_key(std::string_view id) {
    if (auto it = entity_keys_.find(id); it != entity_keys_.end())
      return std::optional<std::int64_t>{it->second};
    Stmt& q = stmt("SELECT key FROM entities WHERE id = ?1");
    q.text(1, id);
    std::optional<std::int64_t> key;
    if (Status s = done(q, [&](Stmt& row) { key = row.col_int(0); }); !s) return Error{s.message()};
    if (key) entity_keys_.emplace(id, *key);
    return key;
  }

  // Writes the aggregates summed since the last call, as the per-document upserts would have
  // left them: counts for entities stored by an earlier build first, then the new entities in
  // the order first listed (their keys), aliases, and the edges over the entities' keys.
  Status write_totals() {
    for (const auto& u : totals_.updates()) {
      Stmt& up =
          stmt("UPDATE entities SET mentions = mentions + ?1, documents = documents + ?2 WHERE id = ?3");
      up.num(1, static_cast<std::int64_t>(u.mentions))
          .num(2, static_cast<std::int64_t>(u.documents))
          .text(3, u.id);
      if (Status st = done(up); !st) return st;
    }
    // Entities stored already (by an earlier build, or earlier in this one) have their counts
    // added by key. New ones are inserted with the keys SQLite would give them — one more than
    // the largest, in the order first listed — so that no row needs an upsert's conflict
    // handling or a RETURNING clause to learn its key.
    const auto& entities = totals_.entities();
    std::vector<std::size_t> added;  // the new entities, by index into `entities`
    for (std::size_t i = 0; i < entities.size(); ++i) {
      const auto& e = entities[i];
      auto key = entity_key(e.id);
      if (!key) return Error{key.message()};
      if (!*key) {
        added.push_back(i);
        continue;
      }
      Stmt& up =
          stmt("UPDATE entities SET mentions = mentions + ?1, documents = documents + ?2 WHERE key = ?3");
      up.num(1, static_cast<std::int64_t>(e.mentions))
          .num(2, static_cast<std::int64_t>(e.documents))
          .num(3, **key);
      if (Status st = done(up); !st) return st;
    }
    std::int64_t first_key = 1;
    if (!added.empty()) {
      Stmt& last = stmt("SELECT max(key) FROM entities");
      if (Status st = done(last, [&](Stmt& row) { first_key = row.col_int(0) + 1; }); !st) return st;
    }
    Status written =
        insert_rows("INSERT OR FAIL INTO entities(key, id, type, label, known, mentions, documents) VALUES",
                    7, "", added.size(), [&](Stmt& st, int p, std::size_t j) {
                      const auto& e = entities[added[j]];
                      st.num(p, first_key + static_cast<std::int64_t>(j));
                      st.text(p + 1, e.id).text(p + 2, to_string(e.type)).text(p + 3, e.label);
                      st.num(p + 4, e.known ? 1 : 0)
                          .num(p + 5, static_cast<std::int64_t>(e.mentions))
                          .num(p + 6, static_cast<std::int64_t>(e.documents));
                    });
    if (!written) return written;
    for (std::size_t j = 0; j < added.size(); ++j) {
      entity_keys_.emplace(entities[added[j]].id, first_key + static_cast<std::int64_t>(j));
    }
    // The aliases in the order of their key (entity, alias, lang): each then goes to the
    // right-hand end of the key's index, where SQLite places it without a search. (In the order
    // first seen, each took a search and an insert in the middle of a page.)
    const auto& aliases = totals_.aliases();
    std::vector<std::uint32_t> by_key(aliases.size());
    for (std::size_t i = 0; i < by_key.size(); ++i) by_key[i] = static_cast<std::uint32_t>(i);
    std::sort(by_key.begin(), by_key.end(), [&](std::uint32_t x, std::uint32_t y) {
      const auto &a = aliases[x], &b = aliases[y];
      return std::tie(a.entity, a.alias, a.lang) < std::tie(b.entity, b.alias, b.lang);
    });
    written = insert_rows("INSERT OR FAIL INTO aliases(entity, alias, lang, count) VALUES", 4,
                          " ON CONFLICT(entity, alias, lang) DO UPDATE SET count=count+excluded.count",
                          aliases.size(), [&](Stmt& st, int p, std::size_t i) {
                            const auto& a = aliases[by_key[i]];
                            st.text(p, a.entity).text(p + 1, a.alias).text(p + 2, a.lang);
                            st.num(p + 3, static_cast<std::int64_t>(a.count));
                          });
    if (!written) return written;
    // The edges over their ends' keys, those whose ends are both stored entities.
    struct KeyedEdge {
      std::int64_t source = 0, target = 0;
      const detail::BuildTotals::Edge* edge = nullptr;
    };
    std::vector<KeyedEdge> edges;
    edges.reserve(totals_.edges().size());
    for (const auto& e : totals_.edges()) {
      auto source = entity_key(e.source);
      if (!source) return Error{source.message()};
      auto target = entity_key(e.target);
      if (!target) return Error{target.message()};
      if (*source && *target) edges.push_back({**source, **target, &e});
    }
    std::sort(edges.begin(), edges.end(), [](const KeyedEdge& a, const KeyedEdge& b) {
      return std::tie(a.source, a.target, a.edge->type) < std::tie(b.source, b.target, b.edge->type);
    });
    written = insert_rows(
        "INSERT OR FAIL INTO edges(source, target, type, modality, weight) VALUES", 5,
        " ON CONFLICT(source, target, type) "
        "DO UPDATE SET modality=min(modality, excluded.modality), weight=weight+excluded.weight",
        edges.size(), [&](Stmt& st, int p, std::size_t i) {
          const KeyedEdge& k = edges[i];
          st.num(p, k.source).num(p + 1, k.target).text(p + 2, k.edge->type).num(p + 3, k.edge->modality);
          st.num(p + 4, static_cast<std::int64_t>(k.edge->weight));
        });
    if (!written) return written;
    totals_.clear();
    return Status::ok();
  }

  // Whether the store holds no document.
  Result<bool> no_documents() {
    std::string err;
    Stmt any(db_, "SELECT 1 FROM documents LIMIT 1", err);
    if (!any) return Error{path_ + ": " + err};
    const int rc = any.step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return rc == SQLITE_DONE;
  }

  // Asks SQLite for the journal mode `mode` (outside any transaction) and notes whether the
  // store is now in rollback-journal mode. SQLite keeps the mode it has when another
  // connection prevents the change: that is no error, the build is only slower.
  //
  // Why: a first build into an empty store writes pages the file does not yet have. A
  // rollback journal keeps nothing for those (it saves only what a page held before), so the
  // build's rows are written once, into the database file, and an interrupted build is undone
  // by truncating the file back. Through the WAL they were written twice (WAL, then
  // checkpoint) and the WAL's pages dropped from the page cache after: a tenth of a 2-thread
  // build's time. WAL mode, which lets readers read while another build writes, comes back
  // at the build's end. Meanwhile a reader of the (empty) store may have to wait for the
  // build's end, or be told after kBusyTimeoutMs that the store is busy.
  //
  // A change of mode needs the store to itself: with another connection reading it, SQLite
  // refuses at once (it is asked without waiting) and the store keeps the mode it has.
  Result<std::string> journal_mode(const char* mode) {
    auto ask = [&](const std::string& sql) -> Result<std::string> {
      std::string err;
      Stmt q(db_, sql.c_str(), err);
      if (!q) return Error{path_ + ": " + err};
      if (q.step() != SQLITE_ROW) return Error{path_ + ": " + sqlite3_errmsg(db_)};
      return q.col_text(0);
    };
    sqlite3_busy_timeout(db_, 0);
    auto now = ask(std::string("PRAGMA journal_mode=") + mode);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    const int code = sqlite3_errcode(db_);
    if (!now && (code == SQLITE_BUSY || code == SQLITE_LOCKED)) now = ask("PRAGMA journal_mode");
    if (!now) return now;
    rollback_journal_ = *now != "wal";
    return now;
  }

  // SQLite's automatic checkpoint, off during a build (and until its checkpoint has started),
  // and the page cache of other work (a build sets its own).
  void restore_after_build() {
    if (rollback_journal_) {
      // (should another connection keep WAL mode from coming back now, the next open sets it)
      (void)journal_mode("WAL");
      (void)exec("PRAGMA synchronous=NORMAL");
    }
    (void)exec("PRAGMA wal_autocheckpoint=" + std::to_string(kWalAutocheckpointPages) + "; " +
               kOtherCacheSize);
  }

  // The end of a build, on a thread of its own over a second connection, while this one reads
  // and writes (in WAL mode): the secondary indexes made when `index` (in a transaction of
  // their own), then the build copied from the WAL into the database file by a passive
  // checkpoint, which waits for no one. Should either not finish (or fail), the next open
  // makes the indexes, and the WAL stays valid until the next checkpoint, at the latest when
  // the last connection closes.
  void in_background(bool index) {
    join_background();
    auto finish = [path = path_, index] {
      sqlite3* db = nullptr;
      if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) ==
          SQLITE_OK) {
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
        if (index) (void)sqlite3_exec(db, kIndexes, nullptr, nullptr, nullptr);
        // a connection learns that the file is in WAL mode on its first read
        if (sqlite3_exec(db, "SELECT 1 FROM sqlite_master LIMIT 1", nullptr, nullptr, nullptr) == SQLITE_OK) {
          (void)sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
      }
      sqlite3_close(db);
    };
    try {
      background_ = std::thread(finish);
    } catch (const std::system_error&) {  // no thread to be had: done here
      finish();
    }
  }

  // Pages this connection has written to the database file or the WAL since it was opened
  // (SQLite's count of cache pages written).
  std::uint64_t pages_written() {
    int current = 0, highest = 0;
    if (sqlite3_db_status(db_, SQLITE_DBSTATUS_CACHE_WRITE, &current, &highest, 0) != SQLITE_OK) return 0;
    return static_cast<std::uint64_t>(current);
  }

  std::uint64_t page_size() {
    if (page_size_ == 0) {
      std::string err;
      Stmt q(db_, "PRAGMA page_size", err);
      page_size_ = q && q.step() == SQLITE_ROW ? static_cast<std::uint64_t>(q.col_int(0)) : 4096;
    }
    return page_size_;
  }

  void join_background() {
    if (background_.joinable()) background_.join();
  }

  // Steps a statement that returns rows (a SELECT, or a write with RETURNING) to its end,
  // visiting each row.
  Status done(Stmt& s, const std::function<void(Stmt&)>& row) {
    if (!s) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) row(s);
    s.reset();
    if (rc != SQLITE_DONE) return Error{path_ + ": write failed: " + sqlite3_errmsg(db_) + what_it_means(rc)};
    return Status::ok();
  }

  Status done(Stmt& s) {
    if (!s) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    const int rc = s.step();
    s.reset();
    if (rc != SQLITE_DONE) return Error{path_ + ": write failed: " + sqlite3_errmsg(db_) + what_it_means(rc)};
    return Status::ok();
  }

  sqlite3* db_ = nullptr;
  std::string path_;
  bool in_build_ = false;
  bool deferred_indexes_ = false;  // this build dropped the secondary indexes (an empty store)
  // A build into an empty store: the hashes of the ids of the documents it has added
  std::optional<std::unordered_set<std::uint64_t>> added_ids_;
  bool rollback_journal_ = false;  // the store is in rollback-journal mode for this build
  // The key of each entity this build has written or looked up, by id: edges are written over
  // the keys. Keys never change (no entity is ever removed); a rollback clears it.
  detail::FlatStringMap<std::int64_t> entity_keys_;
  rapidjson::StringBuffer json_;      // a document's mentions, as add() writes them
  detail::BuildTotals totals_;        // what the build's documents add to the aggregates, not yet written
  std::size_t documents_summed_ = 0;  // by this store's builds: when to write the totals
  std::map<std::string, Stmt, std::less<>> stmts_;
  std::thread background_;  // indexing the last build, copying it into the database file (or done)
  std::optional<detail::WriteBack> write_back_;  // during a build
  std::uint64_t write_back_base_ = 0;            // pages_written() when it began
  std::uint64_t page_size_ = 0;                  // (0: not asked yet)
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path) { return SqliteStore::open(path); }

}  // namespace actorgraph
