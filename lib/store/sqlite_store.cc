// The SQLite store: one file, WAL journal, a schema version in `meta`, one transaction per
// build. Relations are kept one row per piece of evidence; the graph aggregates them.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sqlite3.h>

#include <map>

#include "actorgraph/store.h"

namespace actorgraph {
namespace {

constexpr int kSchemaVersion = 2;

// Migrations from each older store schema to the next; index i upgrades version i+1.
constexpr const char* kMigrations[] = {
    "ALTER TABLE relations ADD COLUMN mode TEXT;",  // 1 -> 2: supply mode (sale, donation, ...)
};

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT, date TEXT, lang TEXT, url TEXT,
  text TEXT NOT NULL, body_start INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS entities(
  id TEXT PRIMARY KEY, type TEXT NOT NULL, label TEXT NOT NULL, known INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS aliases(
  entity TEXT NOT NULL, alias TEXT NOT NULL, lang TEXT NOT NULL, count INTEGER NOT NULL,
  PRIMARY KEY(entity, alias, lang));
CREATE TABLE IF NOT EXISTS mentions(
  doc TEXT NOT NULL, entity TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL,
  end INTEGER NOT NULL, surface TEXT NOT NULL, how TEXT, role TEXT);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions(doc);
CREATE TABLE IF NOT EXISTS relations(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, type TEXT NOT NULL,
  doc TEXT NOT NULL, sentence INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,
  date TEXT, modality TEXT NOT NULL, quote TEXT, attribution TEXT, items TEXT,
  quantity REAL, unit TEXT, role TEXT, mode TEXT);
CREATE INDEX IF NOT EXISTS relations_ends ON relations(source, target, type);
)sql";

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
  Stmt& text(int i, std::string_view v) {
    sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
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
  int step() { return sqlite3_step(s_); }
  void reset() {
    sqlite3_reset(s_);
    sqlite3_clear_bindings(s_);
  }
  std::string col_text(int i) {
    const auto* p = sqlite3_column_text(s_, i);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<std::size_t>(sqlite3_column_bytes(s_, i)))
             : std::string();
  }
  std::int64_t col_int(int i) { return sqlite3_column_int64(s_, i); }
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

std::vector<std::string> parse_items(const std::string& s) {
  std::vector<std::string> out;
  rapidjson::Document d;
  d.Parse(s.c_str());
  if (d.HasParseError() || !d.IsArray()) return out;
  for (const auto& v : d.GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString());
  }
  return out;
}

class SqliteStore final : public Store {
 public:
  ~SqliteStore() override {
    if (in_build_) abort_build();
    stmts_.clear();
    sqlite3_close(db_);
  }

  static Result<std::unique_ptr<Store>> open(const std::string& path) {
    auto s = std::unique_ptr<SqliteStore>(new SqliteStore());
    s->path_ = path;
    if (sqlite3_open_v2(path.c_str(), &s->db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
      return Error{path + ": cannot open database: " + (s->db_ ? sqlite3_errmsg(s->db_) : "out of memory")};
    }
    sqlite3_busy_timeout(s->db_, 10000);
    if (Status st = s->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
        !st) {
      return Error{path + ": not a usable SQLite database: " + st.message()};
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
    if (Status st = s->exec("INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', '" +
                            std::to_string(kSchemaVersion) + "')");
        !st) {
      return Error{path + ": " + st.message()};
    }
    return std::unique_ptr<Store>(std::move(s));
  }

  Result<bool> has_document(std::string_view id) override {
    Stmt& q = stmt("SELECT 1 FROM documents WHERE id=?1");
    q.text(1, id);
    const int rc = q.step();
    q.reset();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    return rc == SQLITE_ROW;
  }

  Status begin_build() override {
    if (Status s = exec("BEGIN IMMEDIATE"); !s)
      return Error{path_ + ": cannot start a build (" + s.message() + ")"};
    in_build_ = true;
    return Status::ok();
  }

  Status add(const Extraction& x) override {
    const Document& d = x.document;
    Stmt& doc = stmt(
        "INSERT OR IGNORE INTO documents(id, source, title, date, lang, url, text, body_start) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    doc.text(1, d.id)
        .text(2, d.source)
        .text(3, d.title)
        .text(4, d.date)
        .text(5, d.lang)
        .text(6, d.url)
        .text(7, d.text)
        .num(8, d.body_start);
    if (Status s = done(doc); !s) return s;
    if (sqlite3_changes(db_) == 0) return Status::ok();  // already stored
    Stmt& ent = stmt("INSERT OR IGNORE INTO entities(id, type, label, known) VALUES(?1,?2,?3,?4)");
    for (const EntityRecord& e : x.entities) {
      ent.text(1, e.id).text(2, to_string(e.type)).text(3, e.label).num(4, e.known ? 1 : 0);
      if (Status s = done(ent); !s) return s;
    }
    Stmt& men = stmt(
        "INSERT INTO mentions(doc, entity, sentence, start, end, surface, how, role) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8)");
    Stmt& ali = stmt(
        "INSERT INTO aliases(entity, alias, lang, count) VALUES(?1,?2,?3,1) ON CONFLICT(entity, alias, lang) "
        "DO UPDATE SET count=count+1");
    for (const Mention& m : x.mentions) {
      men.text(1, d.id)
          .text(2, m.entity)
          .num(3, m.sentence)
          .num(4, m.start)
          .num(5, m.end)
          .text(6, m.surface)
          .text(7, m.how)
          .text(8, m.role);
      if (Status s = done(men); !s) return s;
      if (m.how == "group" || m.how == "anaphor")
        continue;  // "Chinese bedrijven", "dit bedrijf" are no names
      ali.text(1, m.entity).text(2, m.surface).text(3, d.lang);
      if (Status s = done(ali); !s) return s;
    }
    Stmt& rel = stmt(
        "INSERT INTO relations(source, target, type, doc, sentence, start, end, date, modality, quote, "
        "attribution, items, quantity, unit, role, mode) "
        "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16)");
    for (const Relation& r : x.relations) {
      const Evidence& ev = r.evidence;
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
          .text(12, items_json(r.items))
          .real(13, r.quantity)
          .text(14, r.unit)
          .text(15, r.role)
          .text(16, r.mode);
      if (Status s = done(rel); !s) return s;
    }
    return Status::ok();
  }

  Status finish_build() override {
    Status s = exec("COMMIT");
    if (!s) {
      abort_build();
      return Error{path_ + ": cannot commit the build: " + s.message()};
    }
    in_build_ = false;
    return Status::ok();
  }

  void abort_build() override {
    if (!in_build_) return;
    (void)exec("ROLLBACK");
    in_build_ = false;
  }

  Result<StoreContents> load() override {
    StoreContents c;
    std::string err;
    std::map<std::string, std::size_t> index;
    {
      Stmt q(db_,
             "SELECT e.id, e.type, e.label, e.known, count(m.entity), count(DISTINCT m.doc) FROM entities e "
             "LEFT JOIN mentions m ON m.entity = e.id GROUP BY e.id ORDER BY e.id",
             err);
      if (!q) return Error{path_ + ": " + err};
      while (q.step() == SQLITE_ROW) {
        NodeRow n;
        n.id = q.col_text(0);
        n.type = parse_entity_type(q.col_text(1)).value_or(EntityType::organization);
        n.label = q.col_text(2);
        n.known = q.col_int(3) != 0;
        n.mentions = static_cast<std::uint32_t>(q.col_int(4));
        n.documents = static_cast<std::uint32_t>(q.col_int(5));
        index[n.id] = c.nodes.size();
        c.nodes.push_back(std::move(n));
      }
    }
    {
      Stmt q(db_, "SELECT entity, alias, lang, count FROM aliases ORDER BY entity, count DESC, alias", err);
      if (!q) return Error{path_ + ": " + err};
      while (q.step() == SQLITE_ROW) {
        auto it = index.find(q.col_text(0));
        if (it == index.end()) continue;
        c.nodes[it->second].aliases.push_back(
            {q.col_text(1), q.col_text(2), static_cast<std::uint32_t>(q.col_int(3))});
      }
    }
    {
      Stmt q(db_,
             "SELECT source, target, type, doc, sentence, start, end, date, modality, quote, attribution, "
             "items, quantity, unit, role, mode FROM relations ORDER BY id",
             err);
      if (!q) return Error{path_ + ": " + err};
      while (q.step() == SQLITE_ROW) {
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
        r.items = parse_items(q.col_text(11));
        r.quantity = q.col_real(12);
        r.unit = q.col_text(13);
        r.role = q.col_text(14);
        r.mode = q.col_text(15);
        c.relations.push_back(std::move(r));
      }
    }
    {
      Stmt q(db_, "SELECT id, source, title, date, lang, url FROM documents ORDER BY source, id", err);
      if (!q) return Error{path_ + ": " + err};
      while (q.step() == SQLITE_ROW) {
        c.documents.push_back(
            {q.col_text(0), q.col_text(1), q.col_text(2), q.col_text(3), q.col_text(4), q.col_text(5)});
      }
    }
    return c;
  }

 private:
  SqliteStore() = default;

  Status exec(const std::string& sql) {
    char* msg = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &msg) != SQLITE_OK) {
      std::string m = msg ? msg : sqlite3_errmsg(db_);
      sqlite3_free(msg);
      return Error{m};
    }
    return Status::ok();
  }

  Stmt& stmt(const char* sql) {
    auto it = stmts_.find(sql);
    if (it != stmts_.end()) return it->second;
    std::string err;
    return stmts_.emplace(sql, Stmt(db_, sql, err)).first->second;
  }

  Status done(Stmt& s) {
    if (!s) return Error{path_ + ": " + sqlite3_errmsg(db_)};
    const int rc = s.step();
    s.reset();
    if (rc != SQLITE_DONE) return Error{path_ + ": write failed: " + sqlite3_errmsg(db_)};
    return Status::ok();
  }

  sqlite3* db_ = nullptr;
  std::string path_;
  bool in_build_ = false;
  std::map<std::string, Stmt> stmts_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path) { return SqliteStore::open(path); }

}  // namespace actorgraph
