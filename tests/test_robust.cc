// Robustness: the bad inputs of README "Bad input" that take more than one stage to show —
// NUL bytes, symbolic link loops, locked, damaged and read-only stores, hostile article text
// in every export, a query while a build runs, a 10 MB line without spaces, 100,000 names in
// one sentence and a 200 MB document. Most run the command line (AG_CLI) as a user would.
// Suite Robust is quick (label unit); suite RobustSlow runs as separate CTests (label robust)
// with generous time-outs, and writes its big inputs into the build folder.
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include "actorgraph/ingest.h"
#include "common/json_file.h"
#include "fuzz_output_checks.h"
#include "test_helper.h"

namespace fs = std::filesystem;
using namespace actorgraph;

namespace {

struct CliRun {
  int status = -1;  // exit status, or -1 when killed by a signal
  std::string out, err;
  double seconds = 0;
};

// Runs `actorgraph ARGS` (behind `prefix`, e.g. a command that drops privileges) with
// stdout and stderr captured in `dir`.
CliRun cli(const agtest::TempDir& dir, const std::string& args, const std::string& prefix = "") {
  static int n = 0;
  const std::string out = dir.path("cli-" + std::to_string(n) + ".out");
  const std::string err = dir.path("cli-" + std::to_string(n++) + ".err");
  const auto t0 = std::chrono::steady_clock::now();
  CliRun r;
  r.status = agtest::run(prefix + std::string(AG_CLI) + " " + args + " > " + out + " 2> " + err);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  r.out = agtest::slurp(out);
  r.err = agtest::slurp(err);
  return r;
}

std::string sample_dir() { return agtest::source_dir() + "/data/sample"; }

// Every export of the store at `db` is well-formed: JSON parses and matches its schema,
// GraphML and GEXF carry no raw markup or forbidden character (and pass xmllint where it is
// installed), every CSV record has the header's width. Returns the JSON export.
std::string check_every_export(const agtest::TempDir& dir, const std::string& db) {
  for (const char* f : {"json", "graphml", "gexf"}) {
    const CliRun r = cli(
        dir, std::string("export --db ") + db + " --format " + f + " -o " + dir.path("g." + std::string(f)));
    EXPECT_EQ(r.status, 0) << f << ": " << r.err;
  }
  const CliRun csv = cli(dir, "export --db " + db + " --format csv -o " + dir.path("csv"));
  EXPECT_EQ(csv.status, 0) << csv.err;

  std::string json = agtest::slurp(dir.path("g.json"));
  auto doc = detail::parse_json(json, "g.json");
  EXPECT_TRUE(doc.is_ok()) << doc.message();
  EXPECT_TRUE(agfuzz::valid_utf8(json));
  if (doc) {
    Status s = detail::validate_json(*doc, "g.json", agtest::source_dir() + "/schema/graph.schema.json");
    EXPECT_TRUE(s.is_ok()) << s.message();
  }
  for (const char* f : {"g.graphml", "g.gexf"}) {
    const std::string xml = agtest::slurp(dir.path(f));
    const char* problem = agfuzz::xml_problem(xml);
    EXPECT_EQ(problem, nullptr) << f << ": " << problem;
    if (!std::string(AG_XMLLINT).empty()) {
      EXPECT_EQ(agtest::run(std::string(AG_XMLLINT) + " --noout --huge " + dir.path(f) + " 2> " +
                            dir.path("xmllint.err")),
                0)
          << f << ": " << agtest::slurp(dir.path("xmllint.err"));
    }
  }
  for (const char* f : {"csv/nodes.csv", "csv/edges.csv"}) {
    const auto widths = agfuzz::csv_record_widths(agtest::slurp(dir.path(f)));
    EXPECT_FALSE(widths.empty()) << f << ": broken quoting";
    for (std::size_t w : widths) EXPECT_EQ(w, widths[0]) << f;
  }
  return json;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

bool has_diag(const std::vector<Diagnostic>& ds, const std::string& where_part, const std::string& msg_part) {
  for (const auto& d : ds) {
    if (d.where.find(where_part) != std::string::npos && d.message.find(msg_part) != std::string::npos)
      return true;
  }
  return false;
}

// A store built from the sample articles, at dir/name.
std::string sample_store(const agtest::TempDir& dir, const std::string& name) {
  const CliRun r = cli(dir, "build " + sample_dir() + " --db " + dir.path(name));
  EXPECT_EQ(r.status, 0) << r.err;
  return dir.path(name);
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Robust: quick

TEST(Robust, NulBytesReachNoExport) {
  agtest::TempDir dir;
  // an escaped NUL in a JSON Lines record, and raw NUL bytes after the first 8 KiB of a text
  // file (beyond where binary data is sniffed)
  dir.write("in/a.jsonl",
            "{\"title\":\"x\\u0000y\",\"lang\":\"nl\",\"text\":\"Rusland\\u0000 levert drones aan "
            "Iran.\\u0000\"}\n");
  using namespace std::string_literals;
  dir.write("in/b.txt", std::string(9000, ' ') + "China levert\0\0 granaten aan Rusland.\n\0"s);
  const CliRun b = cli(dir, "build " + dir.path("in") + " --lang nl --db " + dir.path("s.db"));
  ASSERT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.out.find("documents: 2 new"), std::string::npos) << b.out;
  const std::string json = check_every_export(dir, dir.path("s.db"));
  for (const char* f : {"g.json", "g.graphml", "g.gexf", "csv/nodes.csv", "csv/edges.csv"}) {
    EXPECT_EQ(agtest::slurp(dir.path(f)).find('\0'), std::string::npos) << f;
  }
  EXPECT_NE(json.find("Rusland\\u0000 levert drones aan Iran."), std::string::npos) << "NUL escaped in JSON";
  EXPECT_NE(agtest::slurp(dir.path("g.graphml")).find("Rusland levert drones aan Iran."), std::string::npos)
      << "NUL dropped in GraphML";
}

TEST(Robust, SymlinkLoopsInAnInputFolderAreReportedAndTheRestIsRead) {
  agtest::TempDir dir;
  dir.write("in/a.txt", "Rusland levert drones aan Iran.");
  dir.write("in/sub/b.txt", "China levert granaten aan Rusland.");
  fs::create_directory_symlink("..", dir.path("in/sub/up"));  // a loop through a folder link
  fs::create_symlink("self", dir.path("in/self"));            // a link to itself
  fs::create_symlink("y", dir.path("in/x"));                  // two links to each other
  fs::create_symlink("x", dir.path("in/y"));
  fs::create_symlink("missing.txt", dir.path("in/dangling.txt"));

  std::vector<Document> docs;
  auto diags =
      read_documents(std::vector<std::string>{dir.path("in")}, {}, [&](Document&& d) { docs.push_back(d); });
  ASSERT_TRUE(diags.is_ok()) << diags.message();
  ASSERT_EQ(docs.size(), 2u) << "each real file once";
  EXPECT_NE(docs[0].source.find("a.txt"), std::string::npos);
  EXPECT_NE(docs[1].source.find("sub/b.txt"), std::string::npos);
  EXPECT_TRUE(has_diag(*diags, "in/self", "symbolic links"));
  EXPECT_TRUE(has_diag(*diags, "in/x", "symbolic links"));
  EXPECT_TRUE(has_diag(*diags, "in/dangling.txt", "skipped"));
  EXPECT_TRUE(has_diag(*diags, "in/sub/up", "link to a folder is not followed"));

  // a loop named on the command line is an error naming it, not "no such file"
  const CliRun r = cli(dir, "build " + dir.path("in/self") + " --db " + dir.path("s.db"));
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.err.find("in/self: error: cannot read: Too many levels of symbolic links"), std::string::npos)
      << r.err;
  const CliRun ok = cli(dir, "build " + dir.path("in") + " --db " + dir.path("s.db"));
  EXPECT_EQ(ok.status, 0) << ok.err;
  EXPECT_NE(ok.out.find("documents: 2 new"), std::string::npos) << ok.out;
}

TEST(Robust, DamagedStoresAreRefusedByName) {
  agtest::TempDir dir;
  const std::string good = sample_store(dir, "good.db");
  const std::string bytes = agtest::slurp(good);
  ASSERT_GT(bytes.size(), 16384u);

  std::mt19937 rng(7);
  std::string noise(65536, '\0');
  for (char& c : noise) c = static_cast<char>(rng());
  dir.write("random.db", noise);
  dir.write("truncated.db", bytes.substr(0, bytes.size() / 2));
  // one page of the relations table overwritten: the file still opens, but must not pass
  // for a smaller graph
  std::string page = bytes;
  {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(good.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* q = nullptr;
    long pageno = 0, page_size = 4096;
    if (sqlite3_prepare_v2(db, "SELECT pageno FROM dbstat WHERE name='relations' AND pagetype='leaf' LIMIT 1",
                           -1, &q, nullptr) == SQLITE_OK &&
        sqlite3_step(q) == SQLITE_ROW) {
      pageno = sqlite3_column_int64(q, 0);
    }
    sqlite3_finalize(q);
    sqlite3_prepare_v2(db, "PRAGMA page_size", -1, &q, nullptr);
    if (sqlite3_step(q) == SQLITE_ROW) page_size = sqlite3_column_int64(q, 0);
    sqlite3_finalize(q);
    sqlite3_close(db);
    if (pageno == 0) pageno = static_cast<long>(bytes.size()) / page_size;  // no dbstat: the last page
    const auto at = static_cast<std::size_t>((pageno - 1) * page_size);
    for (std::size_t i = at + 8; i < at + static_cast<std::size_t>(page_size); ++i) page[i] = 'A';
  }
  dir.write("page.db", page);

  auto refused = [&](const std::string& args, const std::string& db) {
    const CliRun r = cli(dir, args);
    EXPECT_EQ(r.status, 1) << args << "\n" << r.out << r.err;
    EXPECT_NE(r.err.find(db + ": "), std::string::npos) << args << ": " << r.err;
    EXPECT_NE(r.err.find("damaged"), std::string::npos) << args << ": " << r.err;
  };
  for (const char* name : {"random.db", "truncated.db", "page.db"}) {
    const std::string db = dir.path(name);
    refused("export --format json --db " + db, db);
    // every supply, so every relation is read (a query about a few actors reads only their
    // relations, and fails only when those sit on a damaged page)
    refused("query supplies --db " + db, db);
  }
  for (const char* name : {"random.db", "truncated.db"}) {
    refused("build " + sample_dir() + " --db " + dir.path(name), dir.path(name));
  }
  // a build that reads no damaged page may go through; what it cannot do is crash, and the
  // store is still refused for reading afterwards
  dir.write("new.txt", "Duitsland levert tanks aan Polen.");
  const CliRun b = cli(dir, "build " + dir.path("new.txt") + " --db " + dir.path("page.db"));
  EXPECT_TRUE(b.status == 0 || (b.status == 1 && b.err.find("damaged") != std::string::npos)) << b.err;
  refused("export --format json --db " + dir.path("page.db"), dir.path("page.db"));
}

TEST(Robust, ReadOnlyStoreAndReadOnlyFolder) {
  agtest::TempDir dir;
  std::string as;  // how the command line is run: as nobody when we are root
  if (::geteuid() == 0) {
    if (agtest::run("command -v setpriv > /dev/null") != 0) {
      GTEST_SKIP() << "running as root, which file modes do not stop, and setpriv (util-linux) is missing "
                      "to run the command line as nobody";
    }
    as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  const std::string ro = dir.path("ro"), ro_dir = dir.path("ro-dir");
  fs::create_directories(ro);
  fs::create_directories(ro_dir);
  ASSERT_EQ(cli(dir, "build " + sample_dir() + " --db " + ro + "/s.db").status, 0);
  fs::copy_file(ro + "/s.db", ro_dir + "/s.db");
  dir.write("new.txt", "Duitsland levert tanks aan Polen.");
  const std::string out = dir.path("out");  // where the command line may write
  fs::create_directories(out);
  if (!as.empty()) {
    ASSERT_EQ(agtest::run("chown -R 65534:65534 " + ro + " " + ro_dir + " " + out), 0);
    ::chmod(dir.path().c_str(), 0755);
  }
  ASSERT_EQ(::chmod((ro + "/s.db").c_str(), 0444), 0);
  ASSERT_EQ(::chmod(ro_dir.c_str(), 0555), 0);

  // a read-only store file: reading works, a build is refused and changes nothing
  const CliRun before = cli(dir, "export --format json --db " + ro + "/s.db -o " + out + "/before.json", as);
  EXPECT_EQ(before.status, 0) << before.err;
  const CliRun b = cli(dir, "build " + dir.path("new.txt") + " --db " + ro + "/s.db", as);
  EXPECT_EQ(b.status, 1) << b.out;
  EXPECT_NE(b.err.find(ro + "/s.db: "), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("read-only"), std::string::npos) << b.err;
  EXPECT_EQ(cli(dir, "export --format json --db " + ro + "/s.db -o " + out + "/after.json", as).status, 0);
  EXPECT_EQ(agtest::slurp(out + "/before.json"), agtest::slurp(out + "/after.json"));

  // a store in a read-only folder: SQLite cannot create its -wal and -shm files there
  for (const std::string& args : {"export --format json --db " + ro_dir + "/s.db",
                                  "build " + dir.path("new.txt") + " --db " + ro_dir + "/s.db"}) {
    const CliRun r = cli(dir, args, as);
    EXPECT_EQ(r.status, 1) << args;
    EXPECT_NE(r.err.find(ro_dir + "/s.db: "), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("read-only"), std::string::npos) << r.err;
  }
  // a new store in a read-only folder
  const CliRun n = cli(dir, "build " + dir.path("new.txt") + " --db " + ro_dir + "/new.db", as);
  EXPECT_EQ(n.status, 1);
  EXPECT_NE(n.err.find(ro_dir + "/new.db: cannot open database"), std::string::npos) << n.err;
  ::chmod(ro_dir.c_str(), 0755);  // so that the folder can be removed
}

TEST(Robust, UnreadableFilesAndFoldersAreReportedAndTheRestIsRead) {
  agtest::TempDir dir;
  std::string as;  // as nobody when we are root, whom file modes do not stop
  if (::geteuid() == 0) {
    if (agtest::run("command -v setpriv > /dev/null") != 0) {
      GTEST_SKIP() << "running as root, which file modes do not stop, and setpriv (util-linux) is missing "
                      "to run the command line as nobody";
    }
    as = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  const std::string in = dir.path("in");
  fs::create_directories(in + "/closed");
  fs::create_directories(in + "/open");
  dir.write("in/open/a.txt", "Duitsland levert tanks aan Polen.");
  dir.write("in/secret.txt", "Frankrijk levert raketten aan India.");
  dir.write("in/closed/b.txt", "Iran levert drones aan Rusland.");
  const std::string out = dir.path("out");
  fs::create_directories(out);
  if (!as.empty()) {
    ASSERT_EQ(agtest::run("chown -R 65534:65534 " + in + " " + out), 0);
    ::chmod(dir.path().c_str(), 0755);
  }
  ASSERT_EQ(::chmod((in + "/secret.txt").c_str(), 0000), 0);
  ASSERT_EQ(::chmod((in + "/closed").c_str(), 0000), 0);

  const CliRun b = cli(dir, "build " + in + " --db " + out + "/s.db", as);
  EXPECT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.err.find(in + "/secret.txt: error: cannot read file"), std::string::npos) << b.err;
  EXPECT_NE(b.err.find(in + "/closed: warning: skipped folder: cannot read it: Permission denied"),
            std::string::npos)
      << b.err;
  EXPECT_NE(b.out.find("documents: 1 new"), std::string::npos) << b.out;

  // the unreadable folder named on the command line: nothing could be read, exit status 1
  const CliRun c = cli(dir, "build " + in + "/closed --db " + out + "/t.db", as);
  EXPECT_EQ(c.status, 1);
  EXPECT_NE(c.err.find(in + "/closed: error: cannot read folder: Permission denied"), std::string::npos)
      << c.err;
  ::chmod((in + "/closed").c_str(), 0755);  // so that the folder can be removed
}

TEST(Robust, HostileArticleTextInEveryExport) {
  agtest::TempDir dir;
  // markup, a CDATA end, ampersands, control characters and bidi overrides (U+202E, U+2066)
  // inside sentences that carry relations
  dir.write("hostile.txt",
            " date 2024-05\n"
            "Rusland levert <script>alert('x')</script> drones aan Iran & Syrië ]]> \xE2\x80\xAE"
            "ecnarf\xE2\x80\xAC.\n"
            "China levert \x01granaten\x0b en \x1b[31mraketten aan Rusland \xE2\x81\xA6"
            "(zegt men)\xE2\x81\xA9.\n");
  const CliRun b = cli(dir, "build " + dir.path("hostile.txt") + " --lang nl --db " + dir.path("s.db"));
  ASSERT_EQ(b.status, 0) << b.err;
  const std::string json = check_every_export(dir, dir.path("s.db"));
  const std::string graphml = agtest::slurp(dir.path("g.graphml"));
  const std::string gexf = agtest::slurp(dir.path("g.gexf"));
  const std::string edges = agtest::slurp(dir.path("csv/edges.csv"));

  // JSON: escaped, and read back exactly (control characters as \u00XX)
  auto doc = detail::parse_json(json, "g.json");
  ASSERT_TRUE(doc.is_ok());
  std::string quotes;
  for (const auto& e : (*doc)["edges"].GetArray()) {
    for (const auto& ev : e["evidence"].GetArray()) quotes += std::string(ev["quote"].GetString()) + "\n";
  }
  EXPECT_NE(quotes.find("<script>alert('x')</script> drones aan Iran & Syri\xC3\xAB ]]> \xE2\x80\xAE"),
            std::string::npos)
      << quotes;
  EXPECT_NE(quotes.find("\x01granaten\x0b"), std::string::npos) << quotes;
  EXPECT_NE(json.find("\\u0001granaten\\u000B"), std::string::npos);

  // GraphML and GEXF: markup escaped, control characters dropped, bidi controls kept as text
  for (const std::string* xml : {&graphml, &gexf}) {
    EXPECT_NE(
        xml->find(
            "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; drones aan Iran &amp; Syri\xC3\xAB ]]&gt;"),
        std::string::npos);
    EXPECT_NE(xml->find("granaten en [31mraketten"), std::string::npos);
    EXPECT_NE(xml->find("\xE2\x80\xAE"
                        "ecnarf"),
              std::string::npos);
  }
  // CSV: quoted where needed, control characters dropped
  EXPECT_NE(edges.find("<script>alert('x')</script> drones aan Iran & Syri\xC3\xAB ]]>"), std::string::npos);
  EXPECT_EQ(edges.find('\x01'), std::string::npos);
  EXPECT_EQ(edges.find('\x1b'), std::string::npos);
}

// ---------------------------------------------------------------------------------------
// RobustSlow: separate CTests, label robust

TEST(RobustSlow, LockedStoreWaitsThenFailsClearlyWhileReadersGoOn) {
  agtest::TempDir dir;
  const std::string db = sample_store(dir, "s.db");
  dir.write("new.txt", "Duitsland levert tanks aan Polen.");
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &other), SQLITE_OK);
  // another program holds the write lock (as a running build does)
  ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE; INSERT INTO meta VALUES('lock', 'held')", nullptr, nullptr,
                         nullptr),
            SQLITE_OK);
  const CliRun e = cli(dir, "export --format json --db " + db);
  EXPECT_EQ(e.status, 0) << "WAL lets readers in: " << e.err;
  EXPECT_LT(e.seconds, 8.0) << "a reader must not wait for the writer";
  const CliRun q = cli(dir, "query top --db " + db);
  EXPECT_EQ(q.status, 0) << q.err;
  const CliRun b = cli(dir, "build " + dir.path("new.txt") + " --db " + db);
  EXPECT_EQ(b.status, 1);
  EXPECT_GE(b.seconds, 9.0) << "a writer waits for the lock first";
  EXPECT_NE(b.err.find(db + ": "), std::string::npos) << b.err;
  EXPECT_NE(b.err.find("another process"), std::string::npos) << b.err;
  ASSERT_EQ(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);

  // an exclusive lock keeps readers out too: they wait, then fail naming the store
  ASSERT_EQ(
      sqlite3_exec(other,
                   "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; INSERT INTO meta VALUES('lock', 'held')",
                   nullptr, nullptr, nullptr),
      SQLITE_OK);
  const CliRun x = cli(dir, "export --format json --db " + db);
  EXPECT_EQ(x.status, 1);
  EXPECT_NE(x.err.find(db + ": "), std::string::npos) << x.err;
  EXPECT_NE(x.err.find("another process"), std::string::npos) << x.err;
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);

  // once the lock is gone the build goes through
  const CliRun again = cli(dir, "build " + dir.path("new.txt") + " --db " + db);
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("documents: 1 new"), std::string::npos) << again.out;
}

TEST(RobustSlow, QueryAndExportWhileABuildRuns) {
  agtest::TempDir dir;
  const std::string db = sample_store(dir, "s.db");
  // a build that reads the sample 20 times, each copy distinct, and then a named pipe: it
  // stays inside its transaction, rows written and not committed, until the pipe is written
  // and closed, however fast it is
  int copies = 0;
  for (int i = 1; i <= 20; ++i) {
    for (const auto& f : fs::directory_iterator(sample_dir())) {
      if (f.path().extension() != ".txt") continue;
      dir.write("big/" + f.path().stem().string() + "-" + std::to_string(i) + ".txt",
                agtest::slurp(f.path().string()) + "\nKopie " + std::to_string(i) + ".\n");
      ++copies;
    }
  }
  const std::string pipe = dir.path("last.txt");
  ASSERT_EQ(::mkfifo(pipe.c_str(), 0600), 0);
  const CliRun before = cli(dir, "export --format json --db " + db + " -o " + dir.path("before.json"));
  ASSERT_EQ(before.status, 0) << before.err;

  const pid_t build = ::fork();
  ASSERT_GE(build, 0);
  if (build == 0) {
    const std::string log = dir.path("build.log");
    std::freopen(log.c_str(), "w", stdout);
    std::freopen(log.c_str(), "a", stderr);
    ::execl(AG_CLI, AG_CLI, "build", dir.path("big").c_str(), pipe.c_str(), "--db", db.c_str(),
            static_cast<char*>(nullptr));
    std::_Exit(127);
  }
  // the build has begun once it holds the store's write lock
  sqlite3* probe = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &probe), SQLITE_OK);
  bool locked = false;
  for (int tries = 0; tries < 6000 && !locked; ++tries) {
    const int rc = sqlite3_exec(probe, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) sqlite3_exec(probe, "ROLLBACK", nullptr, nullptr, nullptr);
    locked = rc == SQLITE_BUSY;
    if (!locked) std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  sqlite3_close(probe);
  ASSERT_TRUE(locked) << "the build never took the write lock: " << agtest::slurp(dir.path("build.log"));
  constexpr int kRounds = 3;
  for (int round = 0; round < kRounds; ++round) {
    const CliRun e = cli(dir, "export --format json --db " + db + " -o " + dir.path("during.json"));
    const CliRun q = cli(dir, "query top --db " + db);
    EXPECT_EQ(e.status, 0) << e.err;
    EXPECT_EQ(q.status, 0) << q.err;
    // one build is one transaction: readers see the store as it was before it
    EXPECT_EQ(agtest::slurp(dir.path("during.json")), agtest::slurp(dir.path("before.json")));
  }
  {
    std::ofstream(pipe, std::ios::binary) << "Duitsland levert tanks aan Polen.\n";  // (open, write, close)
  }
  int status = 0;
  ASSERT_EQ(::waitpid(build, &status, 0), build);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << agtest::slurp(dir.path("build.log"));
  EXPECT_NE(agtest::slurp(dir.path("build.log")).find("documents: " + std::to_string(copies + 1) + " new"),
            std::string::npos)
      << agtest::slurp(dir.path("build.log"));
  const CliRun after = cli(dir, "export --format json --db " + db + " -o " + dir.path("after.json"));
  EXPECT_EQ(after.status, 0) << after.err;
  EXPECT_GT(count(agtest::slurp(dir.path("after.json")), "\"quote\""),
            count(agtest::slurp(dir.path("before.json")), "\"quote\""));
}

TEST(RobustSlow, TenMegabyteLineWithoutSpaces) {
  agtest::TempDir dir;
  const std::size_t size = 10u << 20;
  std::string letters, hyphens;
  while (letters.size() < size) letters += "Rusland";
  // names joined by hyphens: every piece is a name, all in one sentence
  while (hyphens.size() < size) hyphens += "Rusland-China-Iran-Kalibr-Iskander-";
  dir.write("letters.txt", letters);
  dir.write("hyphens.txt", hyphens);
  for (const char* f : {"letters", "hyphens"}) {
    const std::string db = dir.path(std::string(f) + ".db");
    const CliRun b = cli(dir, "build " + dir.path(std::string(f) + ".txt") + " --lang nl --db " + db);
    ASSERT_EQ(b.status, 0) << f << ": " << b.err;
    EXPECT_NE(b.out.find("documents: 1 new"), std::string::npos) << b.out;
    std::printf("[ timing   ] %s: build %.1f s\n", f, b.seconds);
    check_every_export(dir, db);
  }
}

TEST(RobustSlow, HundredThousandNamesInOneSentence) {
  agtest::TempDir dir;
  const char* names[] = {"Rusland",   "China",           "Iran",         "Noord-Korea",    "Wit-Rusland",
                         "Duitsland", "Frankrijk",       "Nederland",    "Belgi\xC3\xAB",  "Polen",
                         "Turkije",   "Isra\xC3\xABl",   "Syri\xC3\xAB", "India",          "Pakistan",
                         "Japan",     "Brazili\xC3\xAB", "Egypte",       "Georgi\xC3\xAB", "Spanje"};
  std::string text = " date 2024-01\n";
  for (int i = 0; i < 99999; ++i) {
    text += names[i % 20];
    text += i + 1 < 99999 ? ", " : " ";
  }
  text += "en Zweden leveren wapens aan Oekra\xC3\xAFne.\n";
  dir.write("names.txt", text);
  const CliRun b = cli(dir, "build " + dir.path("names.txt") + " --lang nl --db " + dir.path("s.db"));
  ASSERT_EQ(b.status, 0) << b.err;
  std::printf("[ timing   ] build %.1f s\n", b.seconds);
  EXPECT_NE(b.out.find("mentions:  100001 new"), std::string::npos) << b.out;
  // the list that "en Zweden" closes before the verb is its subject: its 20 states and Sweden
  // supply Ukraine (each party asks for the same clause and cues: linear, not quadratic time)
  EXPECT_NE(b.out.find("relations: supplies=21\n"), std::string::npos) << b.out;
  const auto t0 = std::chrono::steady_clock::now();
  const std::string json = check_every_export(dir, dir.path("s.db"));
  std::printf("[ timing   ] every export %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  EXPECT_NE(json.find("\"label\": \"Sweden\""), std::string::npos);
  // and the reports, with the picture
  const auto t1 = std::chrono::steady_clock::now();
  const CliRun html = cli(dir, "report --format html --db " + dir.path("s.db") + " -o " + dir.path("r.html"));
  EXPECT_EQ(html.status, 0) << html.err;
  const CliRun md = cli(dir, "report --format md --db " + dir.path("s.db") + " -o " + dir.path("r.md"));
  EXPECT_EQ(md.status, 0) << md.err;
  std::printf("[ timing   ] both reports %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count());
  const std::string page = agtest::slurp(dir.path("r.html"));
  EXPECT_NE(page.find("<svg"), std::string::npos);
  EXPECT_NE(page.find("Sweden"), std::string::npos);
  EXPECT_EQ(page.find("<script"), std::string::npos);
  EXPECT_NE(agtest::slurp(dir.path("r.md")).find("Sweden"), std::string::npos);
}

TEST(RobustSlow, TwoHundredMegabyteDocument) {
  // written into the build folder (not /tmp, which may be small), and removed afterwards
  const fs::path work = fs::path(AG_BUILD_DIR) / "robust-200mb";
  fs::remove_all(work);
  fs::create_directories(work);
  const std::string file = (work / "huge.txt").string();
  {
    // plain prose with a relation every few sentences, numbered so that no two are alike
    const char* filler[] = {
        "De commissie besprak de begroting van het komende jaar en stelde vragen over de cijfers. ",
        "Volgens de notulen duurde de vergadering langer dan gepland omdat er veel sprekers waren. ",
        "Het rapport beschrijft de haven, de wegen en de spoorlijnen van de regio in detail. ",
        "Daarna volgde een lange discussie over de planning van de werkzaamheden in de winter. "};
    const char* states[] = {"Rusland", "China", "Iran", "Noord-Korea", "Wit-Rusland", "Duitsland"};
    std::ofstream out(file, std::ios::binary);
    std::string para;
    std::uint64_t written = 0;
    for (std::uint64_t i = 0; written < 200ull << 20; ++i) {
      para.clear();
      for (int k = 0; k < 8; ++k) para += filler[(i + k) % 4];
      para += std::string("In ") + std::to_string(1990 + i % 35) + " leverde " + states[i % 6] + " " +
              std::to_string(100 + i) + " drones aan " + states[(i + 1) % 6] + ".\n\n";
      out << para;
      written += para.size();
    }
  }
  ASSERT_GE(fs::file_size(file), 200ull << 20);
  agtest::TempDir dir;
  const std::string db = (work / "huge.db").string();
  const CliRun b = cli(dir, "build " + file + " --lang nl --db " + db);
  std::printf("[ timing   ] build of %llu bytes: %.1f s\n",
              static_cast<unsigned long long>(fs::file_size(file)), b.seconds);
  EXPECT_EQ(b.status, 0) << b.err;
  EXPECT_NE(b.out.find("documents: 1 new"), std::string::npos) << b.out;
  EXPECT_NE(b.out.find("supplies="), std::string::npos) << b.out;
  const CliRun e = cli(dir, "export --format json --db " + db + " -o " + dir.path("g.json"));
  EXPECT_EQ(e.status, 0) << e.err;
  std::printf("[ timing   ] json export: %.1f s\n", e.seconds);
  auto doc = detail::parse_json(agtest::slurp(dir.path("g.json")), "g.json");
  EXPECT_TRUE(doc.is_ok()) << doc.message();
  fs::remove_all(work);
}
