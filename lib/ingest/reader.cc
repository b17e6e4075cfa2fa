// Reading inputs: files, folders and JSON Lines into Documents, with diagnostics.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <unicode/normalizer2.h>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "actorgraph/ingest.h"
#include "common/json_file.h"
#include "common/unicode.h"
#include "text/segment.h"

namespace fs = std::filesystem;

namespace actorgraph {
namespace {

Document document_of(std::string text, std::string_view source, const IngestOptions& options);

bool is_text_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext.empty() || ext == ".txt" || ext == ".text";
}

bool is_jsonl(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".jsonl" || ext == ".ndjson";
}

bool is_iso_date(std::string_view s) {
  // YYYY, YYYY-MM or YYYY-MM-DD
  auto digits = [&](std::size_t from, std::size_t n) {
    if (s.size() < from + n) return false;
    for (std::size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
    }
    return true;
  };
  if (s.size() == 4) return digits(0, 4);
  if (s.size() == 7) return digits(0, 4) && s[4] == '-' && digits(5, 2);
  if (s.size() == 10) return digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2);
  return false;
}

// What ICU's charset detector makes of bytes that are not UTF-8: the charset's name and its
// confidence (0-100), looking at the first 64 KiB.
struct CharsetGuess {
  std::string name;
  std::int32_t confidence = 0;
};

CharsetGuess guess_charset(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  icu::LocalUCharsetDetectorPointer det(ucsdet_open(&err));
  const auto n = static_cast<std::int32_t>(std::min<std::size_t>(bytes.size(), std::size_t{64} * 1024));
  ucsdet_setText(det.getAlias(), bytes.data(), n, &err);
  const UCharsetMatch* match = ucsdet_detect(det.getAlias(), &err);
  if (U_FAILURE(err) || match == nullptr) return {};
  CharsetGuess g;
  g.name = ucsdet_getName(match, &err);
  g.confidence = ucsdet_getConfidence(match, &err);
  return U_SUCCESS(err) ? g : CharsetGuess{};
}

// The 8-bit charsets of Western and Central European text that we convert when the detector
// names them; anything else that is not UTF-8 is repaired with U+FFFD instead.
bool is_latin_charset(std::string_view name) {
  return name == "ISO-8859-1" || name == "windows-1252" || name == "ISO-8859-2" || name == "windows-1250" ||
         name == "ISO-8859-9" || name == "windows-1254";
}

std::string convert_to_utf8(std::string_view bytes, const char* charset) {
  icu::UnicodeString u(bytes.data(), static_cast<std::int32_t>(bytes.size()), charset);
  std::string out;
  u.toUTF8String(out);
  return out;
}

// UTF-16 without a byte-order mark: NUL bytes in every other position of Latin-script text.
// Returns "UTF-16LE", "UTF-16BE" or nullptr.
const char* utf16_without_bom(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 8192) & ~std::size_t{1};
  if (n < 4) return nullptr;
  std::size_t even_nul = 0, odd_nul = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_nul += bytes[i] == '\0';
    odd_nul += bytes[i + 1] == '\0';
  }
  const std::size_t units = n / 2;
  if (odd_nul * 10 >= units * 7 && even_nul * 20 <= units) return "UTF-16LE";
  if (even_nul * 10 >= units * 7 && odd_nul * 20 <= units) return "UTF-16BE";
  return nullptr;
}

// Converts raw bytes to valid UTF-8 text; returns false (with a message) for binary data.
// UTF-16 (with or without a byte-order mark) and Latin-1-like 8-bit text are converted and
// reported; other ill-formed UTF-8 is repaired with U+FFFD and reported with its byte offset.
bool decode(std::string& bytes, const std::string& where, std::vector<Diagnostic>& diags) {
  auto is_bom = [&](std::string_view bom) { return bytes.compare(0, bom.size(), bom) == 0; };
  const char* utf16 = is_bom("\xFF\xFE") ? "UTF-16LE" : is_bom("\xFE\xFF") ? "UTF-16BE" : nullptr;
  const std::size_t skip = utf16 ? 2 : 0;
  std::string how = " to UTF-8";
  if (utf16 == nullptr && !is_bom("\xEF\xBB\xBF")) {
    utf16 = utf16_without_bom(bytes);
    how = " (no byte-order mark) to UTF-8";
  }
  if (utf16) {
    bytes = convert_to_utf8(std::string_view(bytes).substr(skip), utf16);
    diags.push_back({where, std::string("converted from ") + utf16 + how, false});
  } else if (is_bom("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
  }
  if (detail::looks_binary(bytes)) {
    diags.push_back({where, "skipped: binary data, not text", true});
    return false;
  }
  auto check = detail::check_utf8(bytes);
  if (check.invalid == 0) return true;
  if (check.multibyte == 0 && utf16 == nullptr) {  // not one UTF-8 letter: an 8-bit charset?
    const CharsetGuess g = guess_charset(bytes);
    if (is_latin_charset(g.name)) {
      bytes = convert_to_utf8(bytes, g.name.c_str());
      diags.push_back({where + ":byte " + std::to_string(check.first_invalid),
                       "not UTF-8: read as " + g.name + " (ICU charset detection, confidence " +
                           std::to_string(g.confidence) + "%) and converted to UTF-8",
                       false});
      return true;
    }
  }
  diags.push_back(
      {where + ":byte " + std::to_string(check.first_invalid),
       "invalid UTF-8: " + std::to_string(check.invalid) + " ill-formed sequence(s) replaced with U+FFFD",
       false});
  bytes = detail::repair_utf8(bytes);
  return true;
}

// Parses a leading metadata line " date 2023-03": returns the date and the byte where the
// article begins.
std::pair<std::string, std::size_t> leading_date(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r')) ++i;
  if (text.compare(i, 4, "date") != 0) return {"", 0};
  std::size_t j = i + 4;
  if (j >= text.size() || (text[j] != ' ' && text[j] != '\t' && text[j] != ':')) return {"", 0};
  while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == ':')) ++j;
  std::size_t k = j;
  while (k < text.size() && (std::isdigit(static_cast<unsigned char>(text[k])) || text[k] == '-')) ++k;
  std::string_view date = text.substr(j, k - j);
  if (!is_iso_date(date)) return {"", 0};
  if (k < text.size() && !std::isspace(static_cast<unsigned char>(text[k]))) return {"", 0};
  while (k < text.size() && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n' || text[k] == '\r')) ++k;
  return {std::string(date), k};
}

std::string first_line(std::string_view text, std::size_t from) {
  std::size_t b = from;
  while (b < text.size() && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
  std::size_t e = text.find('\n', b);
  if (e == std::string_view::npos) e = text.size();
  std::string_view line = text.substr(b, e - b);
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  if (line.size() > 200) return {};
  return std::string(line);
}

// The bytes of an input file, or nothing and a diagnostic naming it.
std::optional<std::string> read_input(const std::string& where, std::vector<Diagnostic>& diags) {
  auto bytes = detail::read_file(where);
  if (!bytes) {
    diags.push_back({where, "cannot read file", true});
    return std::nullopt;
  }
  return std::move(*bytes);
}

void read_text_file(const fs::path& path, const IngestOptions& options, std::vector<Diagnostic>& diags,
                    const std::function<void(Document&&)>& sink) {
  const std::string where = path.string();
  auto bytes = read_input(where, diags);
  if (!bytes) return;
  if (bytes->empty()) {
    diags.push_back({where, "skipped: empty file", false});
    return;
  }
  if (!decode(*bytes, where, diags)) return;
  sink(document_of(std::move(*bytes), where, options));
}

// Parses one line of a JSON Lines text, bytes[start, end), in place, and hands its document to
// sink. bytes[end] (its newline, or the string's own terminator) becomes a NUL.
void read_jsonl_line(std::string& bytes, std::size_t start, std::size_t end, const std::string& at,
                     const IngestOptions& options, std::vector<Diagnostic>& diags,
                     const std::function<void(Document&&)>& sink) {
  std::string_view line = std::string_view(bytes).substr(start, end - start);
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) return;
  // Parsed in place (the strings decoded into the line's own bytes, not copied out), the
  // line ending at its newline, now a NUL (the last one at the string's own), and without
  // recursion, so deep nesting cannot overflow the stack.
  bytes[end] = '\0';
  rapidjson::Document rec;
  rec.ParseInsitu<rapidjson::kParseIterativeFlag>(bytes.data() + start);
  if (rec.HasParseError()) {
    diags.push_back(
        {at + ":" + std::to_string(rec.GetErrorOffset() + 1),
         std::string("invalid JSON, line skipped: ") + rapidjson::GetParseError_En(rec.GetParseError()),
         false});
    return;
  }
  if (!rec.IsObject() || !rec.HasMember("text") || !rec["text"].IsString()) {
    diags.push_back({at, "skipped: a record needs a string field \"text\"", false});
    return;
  }
  const rapidjson::Document& fields = rec;  // (const iterators: no ambiguous reversed ==)
  auto raw = [&](const char* key) -> std::string {
    auto it = fields.FindMember(key);
    if (it == fields.MemberEnd() || !it->value.IsString()) return {};
    return {it->value.GetString(), it->value.GetStringLength()};
  };
  auto str = [&](const char* key) -> std::string {
    std::string v = raw(key);
    // a lone low surrogate escaped in JSON decodes to bytes that are no UTF-8: repair them
    return detail::check_utf8(v).invalid ? detail::repair_utf8(v) : v;
  };
  std::string text = raw("text");  // repaired, if need be, by document_of()
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.push_back({at, "skipped: empty text", false});
    return;
  }
  Document d = document_of(std::move(text), at, options);
  std::string title = str("title");
  if (!title.empty()) d.title = title;
  std::string date = str("date");
  if (!date.empty()) {
    const std::string day = date.substr(0, 10);  // "2024-05-01T12:00:00Z" -> 2024-05-01
    if (is_iso_date(day)) {
      d.date = day;
    } else {
      diags.push_back({at, "date \"" + date + "\" is not YYYY[-MM[-DD]]; ignored", false});
    }
  }
  d.url = str("url");
  std::string lang = str("lang");
  if (options.force_lang.empty() && (lang == "nl" || lang == "de" || lang == "en")) d.lang = lang;
  sink(std::move(d));
}

// The lines of bytes[from, to), each ending at a newline but the last, which may end at `to`.
// `line_no` counts them on from the lines before.
void read_jsonl_lines(std::string& bytes, std::size_t from, std::size_t to, const std::string& where,
                      std::size_t& line_no, const IngestOptions& options, std::vector<Diagnostic>& diags,
                      const std::function<void(Document&&)>& sink) {
  // RapidJSON's SSE2 scans (RAPIDJSON_SSE2, CMakeLists.txt) read aligned 16-byte blocks: the
  // block holding a line's closing NUL may reach 15 bytes past it. The string's own memory
  // covers them, so no read leaves it (nor trips AddressSanitizer).
  if (bytes.capacity() < bytes.size() + 16) bytes.reserve(bytes.size() + 16);
  const std::string_view all = std::string_view(bytes).substr(0, to);
  std::size_t pos = from;
  while (pos < to) {
    std::size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = to;
    ++line_no;
    read_jsonl_line(bytes, pos, end, where + ":" + std::to_string(line_no), options, diags, sink);
    pos = end + 1;
  }
}

// A whole JSON Lines text, decoded (decode()) first. The first `skip` lines are not read
// again; what decoding reports goes before the diagnostics from diags[first_diag] on.
void read_jsonl_bytes(std::string bytes, const std::string& where, const IngestOptions& options,
                      std::vector<Diagnostic>& diags, const std::function<void(Document&&)>& sink,
                      std::size_t skip = 0, std::size_t first_diag = std::string::npos) {
  const std::size_t before = diags.size();
  const bool text = decode(bytes, where, diags);
  if (first_diag < before) {
    std::rotate(diags.begin() + static_cast<std::ptrdiff_t>(first_diag),
                diags.begin() + static_cast<std::ptrdiff_t>(before), diags.end());
  }
  if (!text) return;
  std::size_t pos = 0, line_no = 0;
  for (; line_no < skip && pos < bytes.size(); ++line_no) {
    const std::size_t end = bytes.find('\n', pos);
    pos = end == std::string::npos ? bytes.size() : end + 1;
  }
  read_jsonl_lines(bytes, pos, bytes.size(), where, line_no, options, diags, sink);
}

// A JSON Lines file is read a block at a time, and the lines of each block are handed on as it
// is read: memory holds a block (or the longest line), whatever the file's size, and the first
// documents reach the extraction while the rest of the file is still being read. How a file is
// decoded is decided from its first 8 KB, as decode() decides (byte-order mark, UTF-16, binary);
// a UTF-16 file is read whole, to be converted. Should a block hold ill-formed UTF-8, the file
// is read again and decoded whole — as an 8-bit charset, or with U+FFFD, judged on all its
// bytes — and its lines read on from the first line not yet read.
constexpr std::size_t kJsonlBlock = std::size_t{1} << 20;

void read_jsonl_file(const fs::path& path, const IngestOptions& options, std::vector<Diagnostic>& diags,
                     const std::function<void(Document&&)>& sink) {
  const std::string where = path.string();
  const std::size_t first_diag = diags.size();
  std::ifstream in(path, std::ios::binary);
  std::string buf;
  bool eof = false;
  // appends the file's next block to buf; false on a read error
  auto read_block = [&]() -> bool {
    const std::size_t old = buf.size();
    buf.resize(old + kJsonlBlock);
    in.read(buf.data() + old, static_cast<std::streamsize>(kJsonlBlock));
    buf.resize(old + static_cast<std::size_t>(in.gcount()));
    eof = in.eof();
    return !in.bad();
  };
  if (!in || !read_block()) {
    diags.push_back({where, "cannot read file", true});
    return;
  }
  auto whole_file = [&](std::size_t skip) {
    auto bytes = read_input(where, diags);
    if (bytes) read_jsonl_bytes(std::move(*bytes), where, options, diags, sink, skip, first_diag);
  };
  auto starts = [&](std::string_view bom) { return std::string_view(buf).substr(0, bom.size()) == bom; };
  if (starts("\xFF\xFE") || starts("\xFE\xFF") || (!starts("\xEF\xBB\xBF") && utf16_without_bom(buf))) {
    whole_file(0);  // UTF-16
    return;
  }
  std::size_t pos = starts("\xEF\xBB\xBF") ? 3 : 0;
  if (detail::looks_binary(std::string_view(buf).substr(pos))) {
    diags.push_back({where, "skipped: binary data, not text", true});
    return;
  }
  std::size_t line_no = 0;
  std::size_t scanned = pos;  // buf[pos, scanned) holds no newline
  for (;;) {
    // the whole lines read: up to the last newline, or to the end at the end of the file
    std::size_t cut = buf.size();
    if (!eof) {
      const std::size_t last = std::string_view(buf).substr(scanned).rfind('\n');
      if (last == std::string_view::npos) {  // a line longer than a block: only the next is searched
        scanned = buf.size();
        if (!read_block()) break;
        continue;
      }
      cut = scanned + last + 1;
    }
    if (detail::check_utf8(std::string_view(buf).substr(pos, cut - pos)).invalid > 0) {
      whole_file(line_no);
      return;
    }
    read_jsonl_lines(buf, pos, cut, where, line_no, options, diags, sink);
    if (eof) return;
    buf.erase(0, cut);
    pos = scanned = 0;
    if (!read_block()) break;
  }
  diags.push_back({where + ":" + std::to_string(line_no + 1), "cannot read file (read error)", true});
}

// Nearly every text is NFC already: ICU checks that on the UTF-8 itself, without the two
// conversions to and from UTF-16 that normalising takes.
// ' ' and \t \n \v \f \r: one comparison rejects the rest.
bool white(char c) { return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || (c >= '\t' && c <= '\r')); }

// The offset of the first white() byte of s at or after i, or s.size(). Eight bytes at a
// time: those with no byte below 0x21 hold no white space.
std::size_t next_white(std::string_view s, std::size_t i) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  while (i + 8 <= s.size()) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, 8);
    // the lowest flagged byte is the first one below 0x21 (bytes above it may be flagged too)
    const std::uint64_t below = (w - kOnes * 0x21) & ~w & kHigh;
    if (below == 0) {
      i += 8;
      continue;
    }
    i += static_cast<std::size_t>(std::countr_zero(below)) / 8;
    if (white(s[i])) return i;
    ++i;
  }
  while (i < s.size() && !white(s[i])) ++i;
  return i;
}

// `utf8`: check_utf8() of the text, or of a text it is part of (what its largest code point
// allows holds for any part).
bool already_nfc(std::string_view text, const detail::Utf8Check& utf8) {
  if (utf8.invalid > 0) return false;
  // Below U+0300 (where the combining marks begin) every code point is NFC_Quick_Check=Yes
  // with combining class 0 (tests/test_ingest.cc asks ICU): such text is NFC as it stands.
  // Most news is, in Dutch, German and English alike.
  if (utf8.max_multibyte < 0x300) return true;
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return false;
  const bool yes =
      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<std::int32_t>(text.size())), err);
  return U_SUCCESS(err) && yes;
}

// Collects the .txt and .jsonl files under `folder` (hidden entries skipped, links to folders
// not followed). A subfolder or entry that cannot be read is reported and the walk goes on.
// Returns the error when `folder` itself cannot be listed.
std::error_code list_folder(const fs::path& folder, std::vector<fs::path>& files,
                            std::vector<Diagnostic>& diags) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) return ec;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const auto name = it->path().filename().string();
    if (!name.empty() && name[0] == '.') continue;
    std::error_code entry_ec;
    const bool link = it->is_symlink(entry_ec);
    const auto st = it->status(entry_ec);  // follows links
    if (entry_ec) {                        // a link in a loop or to nothing
      diags.push_back({it->path().string(), "skipped: " + entry_ec.message(), false});
      continue;
    }
    if (fs::is_directory(st)) {
      if (link) {
        diags.push_back({it->path().string(), "skipped: a link to a folder is not followed", false});
      } else if (auto sub = list_folder(it->path(), files, diags)) {
        diags.push_back({it->path().string(), "skipped folder: cannot read it: " + sub.message(), false});
      }
      continue;
    }
    if (!fs::is_regular_file(st)) continue;
    if (is_text_extension(it->path()) || is_jsonl(it->path())) {
      files.push_back(it->path());
    } else {
      diags.push_back({it->path().string(), "skipped: not a .txt or .jsonl file", false});
    }
  }
  if (ec) {  // a failed step ends the listing: name the folder, not an entry
    diags.push_back({folder.string(), "cannot read all of the folder: " + ec.message(), false});
  }
  return {};
}

// The id of `text` (document_id()), given check_utf8() of it or of a text it is part of.
std::string id_of(std::string_view text, const detail::Utf8Check& utf8) {
  std::string normalized;
  const std::string_view nfc = already_nfc(text, utf8) ? text : (normalized = detail::to_nfc(text));
  // Runs of white space become one space, none at either end. Text between the runs that are
  // not a single space already is copied a stretch at a time; text without such runs is not
  // copied at all.
  std::string norm;
  std::size_t i = 0;
  while (i < nfc.size() && white(nfc[i])) ++i;
  std::size_t stretch = i;  // the text from here on is as it will be hashed
  std::string_view hashed;
  while (true) {
    const std::size_t j = next_white(nfc, i);
    if (j < nfc.size() && nfc[j] == ' ' && j + 1 < nfc.size() && !white(nfc[j + 1])) {
      i = j + 1;  // a single space between words
      continue;
    }
    std::size_t k = j;
    while (k < nfc.size() && white(nfc[k])) ++k;
    if (k == nfc.size() && norm.empty()) {  // nothing to change before the end
      hashed = nfc.substr(stretch, j - stretch);
      break;
    }
    norm.append(nfc.data() + stretch, j - stretch);
    if (k == nfc.size()) {
      hashed = norm;
      break;
    }
    norm += ' ';
    stretch = i = k;
  }
  const XXH128_hash_t h = XXH3_128bits(hashed.data(), hashed.size());
  // 32 lower-case hex digits, the high half first (what "%016llx%016llx" writes)
  std::string id(32, '0');
  for (int k = 0; k < 16; ++k) {
    constexpr std::string_view kDigits = "0123456789abcdef";
    id[static_cast<std::size_t>(15 - k)] = kDigits[(h.high64 >> (4 * k)) & 0xF];
    id[static_cast<std::size_t>(31 - k)] = kDigits[(h.low64 >> (4 * k)) & 0xF];
  }
  return id;
}

Document document_of(std::string text, std::string_view source, const IngestOptions& options) {
  Document d;
  detail::Utf8Check utf8 = detail::check_utf8(text);  // read once: for repair and for the id
  if (utf8.invalid > 0) {
    d.text = detail::repair_utf8(text);
    utf8 = detail::check_utf8(d.text);
  } else {
    d.text = std::move(text);
  }
  d.source = std::string(source);
  auto [date, body] = leading_date(d.text);
  d.date = date;
  d.body_start = detail::count_code_points(std::string_view(d.text).substr(0, body));
  d.title = first_line(d.text, body);
  if (d.title.empty()) d.title = fs::path(std::string(source)).filename().string();
  d.id = id_of(std::string_view(d.text).substr(body), utf8);
  d.lang = options.force_lang;
  return d;
}

}  // namespace

std::vector<Diagnostic> read_jsonl(std::string_view bytes, std::string_view source,
                                   const IngestOptions& options,
                                   const std::function<void(Document&&)>& sink) {
  std::vector<Diagnostic> diags;
  read_jsonl_bytes(std::string(bytes), std::string(source), options, diags, sink);
  return diags;
}

std::string document_id(std::string_view text) { return id_of(text, detail::check_utf8(text)); }

Document make_document(std::string_view text, std::string_view source, const IngestOptions& options) {
  return document_of(std::string(text), source, options);
}

Result<std::vector<Diagnostic>> read_documents(std::span<const std::string> paths,
                                               const IngestOptions& options,
                                               const std::function<void(Document&&)>& sink) {
  std::vector<Diagnostic> diags;
  if (!options.force_lang.empty() && options.force_lang != "nl" && options.force_lang != "de" &&
      options.force_lang != "en") {
    return Error{"unknown language \"" + options.force_lang + "\" (use nl, de or en)"};
  }
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::path path(p);
    auto st = fs::status(path, ec);
    if (st.type() == fs::file_type::not_found) {
      diags.push_back({p, "no such file or folder", true});
      continue;
    }
    if (ec) {  // a symbolic link loop, a folder we may not enter
      diags.push_back({p, "cannot read: " + ec.message(), true});
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<fs::path> files;
      if (auto err = list_folder(path, files, diags)) {
        diags.push_back({p, "cannot read folder: " + err.message(), true});
        continue;
      }
      std::sort(files.begin(), files.end());
      for (const auto& f : files) {
        if (is_jsonl(f)) {
          read_jsonl_file(f, options, diags, sink);
        } else {
          read_text_file(f, options, diags, sink);
        }
      }
    } else if (is_jsonl(path)) {
      read_jsonl_file(path, options, diags, sink);
    } else {
      read_text_file(path, options, diags, sink);
    }
  }
  return diags;
}

}  // namespace actorgraph
