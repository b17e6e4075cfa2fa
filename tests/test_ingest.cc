// Ingest: files, folders and JSON Lines into documents, with diagnostics for bad input.
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include <fstream>
#include <thread>

#include "common/json_file.h"
#include "common/unicode.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {
std::vector<Document> read_all(const std::vector<std::string>& paths,
                               std::vector<Diagnostic>* diags = nullptr, const IngestOptions& opt = {}) {
  std::vector<Document> docs;
  auto r = read_documents(paths, opt, [&](Document&& d) { docs.push_back(std::move(d)); });
  EXPECT_TRUE(r.is_ok()) << r.message();
  if (diags && r) *diags = *r;
  return docs;
}
bool mentions(const std::vector<Diagnostic>& ds, const std::string& where_part, const std::string& msg_part) {
  for (const auto& d : ds) {
    if (d.where.find(where_part) != std::string::npos && d.message.find(msg_part) != std::string::npos)
      return true;
  }
  return false;
}
}  // namespace

TEST(Ingest, DateLineSetsTheDateAndTheBodyStartsAfterIt) {
  Document d = make_document(" date 2023-03 Rusland koopt drones van Iran.", "x.txt");
  EXPECT_EQ(d.date, "2023-03");
  EXPECT_EQ(d.body_start, 14u);  // " date 2023-03 " is 14 code points
  EXPECT_EQ(d.title, "Rusland koopt drones van Iran.");
}

TEST(Ingest, NoDateLineMeansNoDate) {
  Document d = make_document("Deze tekst heeft geen datumregel.", "x.txt");
  EXPECT_EQ(d.date, "");
  EXPECT_EQ(d.body_start, 0u);
}

TEST(Ingest, IdIsAHashOfTheNormalisedText) {
  EXPECT_EQ(document_id("Iran levert  drones.\n"), document_id("Iran levert drones."));
  EXPECT_NE(document_id("Iran levert drones."), document_id("Iran levert geen drones."));
  // every run of ASCII white space is one space, none at either end; other bytes count
  EXPECT_EQ(document_id(" \t\vIran\f\r\n levert\tdrones. \n"), document_id("Iran levert drones."));
  EXPECT_NE(document_id("Iran levert drones."), document_id("Iranlevert drones."));
  EXPECT_NE(document_id("Iran levert drones."), document_id("Iran\x1Flevert drones."));
  EXPECT_EQ(document_id(""), document_id(" \n\t "));
  // NFC: a decomposed ë is the same text
  EXPECT_EQ(document_id("Oekra\u00efne"), document_id("Oekrai\u0308ne"));
  EXPECT_EQ(document_id("x").size(), 32u);
}

// Ids are kept in stores: the same text has the same id from one version to the next.
TEST(Ingest, IdsStayWhatStoresHold) {
  EXPECT_EQ(document_id("Iran levert drones."), "a833e392d67a4c68b1ac8e76bf7723b7");
  // NFC as written (every code point below U+0300), and the same text decomposed
  EXPECT_EQ(document_id("Oekra\u00efne levert \u00e9\u00e9n Patriot."), "e6a115e9c01ba8fbe6905a1dff13b5fb");
  EXPECT_EQ(document_id("Oekrai\u0308ne levert \u00e9\u00e9n Patriot."), "e6a115e9c01ba8fbe6905a1dff13b5fb");
  // typographic quotes: past U+0300, so ICU is asked whether the text is NFC
  EXPECT_EQ(document_id("Oekra\u00efne levert \u00e9\u00e9n Patriot aan Wit-Rusland, \u201czegt\u201d men."),
            "0f105f209219cd672507334331fa4adb");
}

// Text whose code points all lie below U+0300 is taken to be NFC without asking ICU: that holds
// when each of them is NFC_Quick_Check=Yes and starts no reordering (combining class 0).
TEST(Ingest, CodePointsBelowTheCombiningMarksAreNfcAsTheyStand) {
  for (UChar32 c = 0; c < 0x300; ++c) {
    EXPECT_EQ(u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK), UNORM_YES) << std::hex << c;
    EXPECT_EQ(u_getCombiningClass(c), 0) << std::hex << c;
  }
  EXPECT_NE(u_getIntPropertyValue(0x300, UCHAR_NFC_QUICK_CHECK), UNORM_YES);  // the first mark
  EXPECT_EQ(detail::check_utf8("Oekra\u00efne").max_multibyte, 0xEF);
  EXPECT_EQ(detail::check_utf8("Iran").max_multibyte, 0);
  EXPECT_EQ(detail::check_utf8("a\u0308 \u00e9").max_multibyte, 0x308);
}

// White space is looked for eight bytes at a time: wherever a white or a control byte falls
// relative to those eight, white space is one space and a control byte is text.
TEST(Ingest, IdFindsWhiteSpaceAtEveryOffset) {
  const std::string tail = "levert drones aan Moskou";
  auto id = [](std::initializer_list<std::string_view> parts) {
    std::string text;
    for (std::string_view p : parts) text += p;
    return document_id(text);
  };
  for (std::size_t k = 1; k <= 20; ++k) {
    const std::string head(k, 'a');
    const std::string one = id({head, " ", tail});
    EXPECT_EQ(id({head, "\t\n \r", tail}), one) << k;
    EXPECT_EQ(id({head, "\f", tail, "\v"}), one) << k;
    for (const char* other : {"\x01", "\x1F", "!", "\xC3\xA9"}) {
      EXPECT_NE(id({head, other, tail}), one) << k << " " << other;
      EXPECT_EQ(id({head, other, " ", tail}), id({head, other, "\n\n", tail})) << k;
    }
  }
}

TEST(Ingest, FoldersAreReadRecursivelyInSortedOrder) {
  agtest::TempDir dir;
  dir.write("b.txt", "Tweede artikel over Iran.");
  dir.write("sub/a.txt", "Eerste artikel over Rusland.");
  dir.write("notes.pdf", "%PDF");
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path()}, &diags);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_NE(docs[0].source.find("b.txt"), std::string::npos);
  EXPECT_NE(docs[1].source.find("sub/a.txt"), std::string::npos);
  EXPECT_TRUE(mentions(diags, "notes.pdf", "skipped"));
}

TEST(Ingest, JsonLinesRecordsAndABadLineReportedWithItsLineNumber) {
  agtest::TempDir dir;
  dir.write("in.jsonl",
            "{\"id\":\"a\",\"title\":\"T1\",\"date\":\"2024-05-01\",\"lang\":\"en\",\"url\":\"https://"
            "example.org/a\",\"text\":\"Iran supplied drones to Russia.\"}\n"
            "{\"id\": broken\n"
            "\n"
            "{\"id\":\"c\",\"text\":\"Deutschland liefert Panzer an die Ukraine.\"}\n");
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("in.jsonl")}, &diags);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].title, "T1");
  EXPECT_EQ(docs[0].date, "2024-05-01");
  EXPECT_EQ(docs[0].lang, "en");
  EXPECT_EQ(docs[0].url, "https://example.org/a");
  EXPECT_TRUE(mentions(diags, "in.jsonl:2", "invalid JSON"));
  EXPECT_NE(docs[1].source.find("in.jsonl:4"), std::string::npos);
}

// A lone low surrogate escaped in JSON decodes to bytes that are no UTF-8, in a file that is: the
// text and the other fields are repaired, and the id is that of the repaired text.
TEST(Ingest, EscapedLoneSurrogatesInJsonLinesAreRepaired) {
  agtest::TempDir dir;
  dir.write("s.jsonl",
            "{\"title\":\"Kiew \\udc80 meldet\",\"text\":\"Iran \\udc00liefert Drohnen an Russland.\","
            "\"url\":\"https://example.org/\\udfff\"}\n");
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("s.jsonl")}, &diags);
  ASSERT_EQ(docs.size(), 1u);
  for (const std::string& field : {docs[0].text, docs[0].title, docs[0].url}) {
    EXPECT_EQ(detail::check_utf8(field).invalid, 0u) << field;
    EXPECT_NE(field.find("\xEF\xBF\xBD"), std::string::npos) << field;
  }
  EXPECT_EQ(docs[0].text, "Iran \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDliefert Drohnen an Russland.");
  EXPECT_EQ(docs[0].id, document_id(docs[0].text));
}

TEST(Ingest, InvalidUtf8IsRepairedAndReported) {
  agtest::TempDir dir;
  // a UTF-8 text (the ï) with one ill-formed sequence: repaired, not read as another charset
  dir.write("bad.txt", std::string("Oekra\xC3\xAFne: Iran levert dr\xC3\x28ones aan Rusland."));
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("bad.txt")}, &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_NE(docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(detail::check_utf8(docs[0].text).invalid, 0u);
  EXPECT_TRUE(mentions(diags, "bad.txt:byte 25", "invalid UTF-8"));
}

TEST(Ingest, BinaryAndEmptyFilesAreSkippedWithAMessage) {
  agtest::TempDir dir;
  dir.write("blob.txt", std::string("\x7f"
                                    "ELF\0\0\0\x01\x02",
                                    9));
  dir.write("empty.txt", "");
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path()}, &diags);
  EXPECT_TRUE(docs.empty());
  EXPECT_TRUE(mentions(diags, "blob.txt", "binary"));
  EXPECT_TRUE(mentions(diags, "empty.txt", "empty"));
}

TEST(Ingest, Utf16WithBomIsConverted) {
  agtest::TempDir dir;
  const std::string utf16le(
      "\xFF\xFE"
      "I\0r\0a\0n\0",
      10);
  dir.write("u16.txt", utf16le);
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("u16.txt")}, &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].text, "Iran");
}

TEST(Ingest, Utf16WithoutBomIsDetectedAndConverted) {
  agtest::TempDir dir;
  const std::string text = "Iran levert drones aan Rusland.";
  std::string le, be;
  for (char c : text) {
    le += c, le += '\0';
    be += '\0', be += c;
  }
  dir.write("le.txt", le);
  dir.write("be.txt", be);
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("be.txt"), dir.path("le.txt")}, &diags);
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].text, text);
  EXPECT_EQ(docs[1].text, text);
  EXPECT_TRUE(mentions(diags, "be.txt", "converted from UTF-16BE (no byte-order mark)"));
  EXPECT_TRUE(mentions(diags, "le.txt", "converted from UTF-16LE (no byte-order mark)"));
}

TEST(Ingest, LatinOneTextIsDetectedAndConverted) {
  agtest::TempDir dir;
  // German in ISO-8859-1 / Windows-1252: ü, ö, ß and typographic quotes as single bytes
  dir.write("latin1.txt", std::string("Die Bundesregierung hat der Ukraine weitere Panzer geliefert, "
                                      "wie ein Sprecher in M\xFCnchen sagte. Die Lieferung \x84\xFC"
                                      "ber "
                                      "Polen\x93 sei gro\xDF gewesen, so der Bericht. Sp\xE4ter folgten "
                                      "Munition und Ersatzteile aus K\xF6ln."));
  std::vector<Diagnostic> diags;
  auto docs = read_all({dir.path("latin1.txt")}, &diags);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(detail::check_utf8(docs[0].text).invalid, 0u);
  EXPECT_NE(docs[0].text.find("M\u00fcnchen"), std::string::npos) << docs[0].text;
  EXPECT_NE(docs[0].text.find("gro\u00df"), std::string::npos);
  EXPECT_NE(docs[0].text.find("K\u00f6ln"), std::string::npos);
  EXPECT_EQ(docs[0].text.find("\xEF\xBF\xBD"), std::string::npos);  // nothing replaced
  EXPECT_TRUE(mentions(diags, "latin1.txt:byte 83", "not UTF-8: read as"));
}

namespace {
// What reading a JSON Lines file gives, and what the same bytes give read whole in memory
// (read_jsonl: decoded as one text, then line by line): they must be the same.
struct Read {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
};
Read read_file_of(const std::string& path) {
  Read r;
  r.docs = read_all({path}, &r.diags);
  return r;
}
Read read_whole(const std::string& bytes, const std::string& source) {
  Read r;
  r.diags = read_jsonl(bytes, source, {}, [&](Document&& d) { r.docs.push_back(std::move(d)); });
  return r;
}
void expect_same(const Read& a, const Read& b) {
  ASSERT_EQ(a.docs.size(), b.docs.size());
  for (std::size_t i = 0; i < a.docs.size(); ++i) {
    EXPECT_EQ(a.docs[i].source, b.docs[i].source);
    EXPECT_EQ(a.docs[i].id, b.docs[i].id);
    EXPECT_TRUE(a.docs[i].text == b.docs[i].text) << a.docs[i].source;
    EXPECT_EQ(a.docs[i].title, b.docs[i].title);
    EXPECT_EQ(a.docs[i].date, b.docs[i].date);
  }
  ASSERT_EQ(a.diags.size(), b.diags.size());
  for (std::size_t i = 0; i < a.diags.size(); ++i) {
    EXPECT_EQ(a.diags[i].where, b.diags[i].where);
    EXPECT_EQ(a.diags[i].message, b.diags[i].message);
  }
}
// A record line of about `size` bytes, its text numbered.
std::string record(std::size_t n, std::size_t size = 200) {
  std::string text = "Bericht " + std::to_string(n) + ": Iran levert drones aan Rusland.";
  while (text.size() < size) text += " Het ministerie zweeg.";
  return "{\"title\":\"T" + std::to_string(n) + "\",\"date\":\"2024-05-01\",\"text\":\"" + text + "\"}";
}
}  // namespace

// A JSON Lines file is read a block (1 MiB) at a time: lines across a block's end, a line
// longer than a block, bad lines anywhere, blank lines and a last line without a newline read
// as the whole text read at once reads them, from a file and from a pipe.
TEST(Ingest, JsonLinesAreReadInBlocksAsTheWholeTextIsRead) {
  agtest::TempDir dir;
  std::string bytes;
  for (std::size_t n = 1; bytes.size() < 3'500'000; ++n) {
    if (n % 997 == 0) {
      bytes += "{\"text\": broken\n";
    } else if (n % 1201 == 0) {
      bytes += "\n";
    } else if (n == 5000) {
      bytes += record(n, 1'500'000) + "\n";  // longer than a block
    } else {
      bytes += record(n, 150 + n % 300) + "\n";
    }
  }
  bytes += record(0);  // no newline at the end
  const std::string path = dir.path("big.jsonl");
  dir.write("big.jsonl", bytes);
  const Read file = read_file_of(path);
  EXPECT_GT(file.docs.size(), 5000u);
  EXPECT_GE(file.diags.size(), 5u);
  expect_same(file, read_whole(bytes, path));

  const std::string fifo = dir.path("pipe.jsonl");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << bytes; });
  const Read piped = read_file_of(fifo);
  writer.join();
  expect_same(piped, read_whole(bytes, fifo));
}

// Ill-formed UTF-8 met after the first block: the file is decoded whole, as before any of it
// was read — as an 8-bit charset when no byte of it is UTF-8 beyond ASCII, else with U+FFFD —
// its report first among the file's, with the byte where it starts.
TEST(Ingest, IllFormedUtf8AfterTheFirstBlockIsJudgedOnTheWholeFile) {
  agtest::TempDir dir;
  std::string ascii = "{\"text\": broken\n";  // a bad line before the ill-formed bytes
  for (std::size_t n = 1; ascii.size() < 2'500'000; ++n) ascii += record(n) + "\n";
  const std::string latin =
      ascii + "{\"text\":\"Die Bundesregierung hat in M\xFCnchen gesagt, die Lieferung sei gro\xDF.\"}\n" +
      record(1) + "\n";
  dir.write("latin.jsonl", latin);
  const Read l = read_file_of(dir.path("latin.jsonl"));
  expect_same(l, read_whole(latin, dir.path("latin.jsonl")));
  ASSERT_GE(l.diags.size(), 2u);
  EXPECT_NE(l.diags[0].message.find("not UTF-8: read as"), std::string::npos) << l.diags[0].message;
  EXPECT_EQ(l.diags[0].where, dir.path("latin.jsonl") + ":byte " + std::to_string(latin.find('\xFC')));
  EXPECT_NE(l.diags[1].message.find("invalid JSON"), std::string::npos);
  ASSERT_GE(l.docs.size(), 2u);
  EXPECT_NE(l.docs[l.docs.size() - 2].text.find("M\u00fcnchen"), std::string::npos);

  // UTF-8 letters in the first block: the later ill-formed byte is replaced, not reread
  const std::string mixed = "{\"text\":\"Oekra\xC3\xAFne levert.\"}\n" + ascii +
                            "{\"text\":\"Iran levert dr\xC3\x28ones aan Rusland.\"}\n";
  dir.write("mixed.jsonl", mixed);
  const Read m = read_file_of(dir.path("mixed.jsonl"));
  expect_same(m, read_whole(mixed, dir.path("mixed.jsonl")));
  ASSERT_FALSE(m.diags.empty());
  EXPECT_EQ(m.diags[0].where, dir.path("mixed.jsonl") + ":byte " + std::to_string(mixed.find("\xC3\x28")));
  EXPECT_NE(m.diags[0].message.find("invalid UTF-8: 1 ill-formed"), std::string::npos) << m.diags[0].message;
  EXPECT_NE(m.docs.back().text.find("\xEF\xBF\xBD"), std::string::npos);
}

TEST(Ingest, MissingPathIsAFatalDiagnosticNotACrash) {
  std::vector<Diagnostic> diags;
  auto docs = read_all({"/no/such/place"}, &diags);
  EXPECT_TRUE(docs.empty());
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_TRUE(diags[0].fatal);
}

TEST(Ingest, ForcedLanguageIsKept) {
  IngestOptions opt;
  opt.force_lang = "de";
  Document d = make_document("Iran supplied drones.", "x", opt);
  EXPECT_EQ(d.lang, "de");
  IngestOptions bad;
  bad.force_lang = "fr";
  auto r = read_documents(std::vector<std::string>{}, bad, [](Document&&) {});
  EXPECT_FALSE(r.is_ok());
}

// A file is read whole, every byte as it is, whatever its size (here past any buffer) — and so
// is a pipe, whose size is not known ahead; a missing file is an error naming it.
TEST(Ingest, FilesAndPipesAreReadWholeByteForByte) {
  agtest::TempDir dir;
  std::string bytes;
  bytes.reserve(3'000'000);
  for (std::size_t i = 0; bytes.size() < 3'000'000; ++i)
    bytes += static_cast<char>((i * 131 + i / 977) % 256);
  const std::string file = dir.path("big.bin");
  std::ofstream(file, std::ios::binary) << bytes;
  auto read = detail::read_file(file);
  ASSERT_TRUE(read.is_ok()) << read.message();
  EXPECT_TRUE(*read == bytes);
  const std::string empty = dir.path("empty.txt");
  std::ofstream(empty, std::ios::binary).flush();
  auto none = detail::read_file(empty);
  ASSERT_TRUE(none.is_ok());
  EXPECT_TRUE(none->empty());
  const std::string fifo = dir.path("pipe.jsonl");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::thread writer([&] { std::ofstream(fifo, std::ios::binary) << bytes; });
  auto piped = detail::read_file(fifo);
  writer.join();
  ASSERT_TRUE(piped.is_ok()) << piped.message();
  EXPECT_TRUE(*piped == bytes);
  auto missing = detail::read_file(dir.path("missing.txt"));
  ASSERT_FALSE(missing.is_ok());
  EXPECT_NE(missing.message().find("missing.txt"), std::string::npos);
}
