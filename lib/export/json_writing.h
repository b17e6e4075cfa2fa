// The pieces of the JSON export (schema/graph.schema.json) that both of its writers share:
// write_json, from a graph, and write_store_json, from a store without building its graph.
// Each gives the bytes one RapidJSON PrettyWriter (indent: one space) writes for the whole
// document, whichever writer formats a piece: an edge formatted on its own by a writer over
// a NestedString indented by two spaces is what the document's writer would have written.
#ifndef ACTORGRAPH_EXPORT_JSON_WRITING_H_
#define ACTORGRAPH_EXPORT_JSON_WRITING_H_

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"

namespace actorgraph::detail {

// A RapidJSON output stream appending to a string, a buffer at a time, and indenting every
// line it starts by `indent` spaces (at most 8): a value written on its own comes out as it
// stands that many levels down in the document (an edge in "edges": 2). Layout, the only
// place a raw newline is written (strings escape theirs), comes through Put; the contents
// of strings and numbers through PutUnsafe, after RapidJSON has reserved room for them.
class NestedString {
 public:
  using Ch = char;
  NestedString(std::string& out, std::size_t indent)
      : out_(out),
        indent_(std::min(indent, kMaxIndent)),
        end_(buf_.data()),
        limit_(buf_.data() + buf_.size()) {}
  NestedString(const NestedString&) = delete;
  NestedString& operator=(const NestedString&) = delete;
  ~NestedString() { Flush(); }
  void Put(char c) {
    Reserve(1 + kMaxIndent);
    *end_++ = c;
    if (c == '\n') {
      std::memcpy(end_, "        ", kMaxIndent);  // (room reserved) then only `indent_` kept
      end_ += indent_;
    }
  }
  void PutUnsafe(char c) { *end_++ = c; }
  void PutRun(const char* run, std::size_t n) {  // (room reserved)
    std::memcpy(end_, run, n);
    end_ += n;
  }
  void Reserve(std::size_t n) {
    if (static_cast<std::size_t>(limit_ - end_) < n) make_room(n);
  }
  void Flush() {
    if (direct_) {
      out_.resize(static_cast<std::size_t>(end_ - out_.data()));
      direct_ = false;
    } else {
      out_.append(buf_.data(), end_);
    }
    end_ = buf_.data();
    limit_ = buf_.data() + buf_.size();
  }

 private:
  static constexpr std::size_t kMaxIndent = 8;
  void make_room(std::size_t n) {
    Flush();
    if (n <= buf_.size()) return;
    // more than the buffer holds (a string of thousands of characters): written in place
    const std::size_t at = out_.size();
    out_.resize(at + n);
    end_ = out_.data() + at;
    limit_ = out_.data() + out_.size();
    direct_ = true;
  }
  std::string& out_;
  std::size_t indent_;
  std::array<char, 16384> buf_;  // NOLINT(cppcoreguidelines-pro-type-member-init): written before it is read
  char* end_;                    // the next character's place
  char* limit_;                  // the end of the room
  bool direct_ = false;          // writing in out_ itself (room made by resizing it)
};

// RapidJSON's hooks for a stream's fast path (found by argument-dependent lookup).
inline void PutReserve(NestedString& s, std::size_t n) { s.Reserve(n); }
inline void PutUnsafe(NestedString& s, char c) { s.PutUnsafe(c); }

// The length of the run of characters at the start of `s` that JSON writes as they are: up to
// the first control character, quote or backslash. Eight bytes at a time.
inline std::size_t unescaped_run(std::string_view s) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, s.data() + i, 8);
    const std::uint64_t quote = w ^ (kOnes * '"'), backslash = w ^ (kOnes * '\\');
    const std::uint64_t flagged =
        ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((backslash - kOnes) & ~backslash);
    if ((flagged & kHighs) != 0) break;  // one of these eight (the byte is found below)
  }
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x20 || c == '"' || c == '\\') break;
    ++i;
  }
  return i;
}

}  // namespace actorgraph::detail

namespace rapidjson {
// The writer's own hook for a run of characters that need no escaping, as RapidJSON gives one
// for its StringBuffer: the run is copied at once instead of a character at a time.
template <>
inline bool Writer<actorgraph::detail::NestedString>::ScanWriteUnescapedString(StringStream& is,
                                                                               size_t length) {
  const std::string_view rest(is.src_, length - is.Tell());
  const std::size_t run = actorgraph::detail::unescaped_run(rest);
  os_->PutRun(is.src_, run);
  is.src_ += run;
  return run < rest.size();
}
}  // namespace rapidjson

namespace actorgraph::detail {

using NestedWriter = rapidjson::PrettyWriter<NestedString>;

template <typename W>
void json_string(W& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename W>
void string_member(W& w, const char* key, std::string_view value) {
  w.Key(key);
  json_string(w, value);
}

// One piece of evidence as the export shows it, by view: from an EdgeEvidence of a graph or
// a RelationView of a store.
struct EvidenceFields {
  std::string_view doc;
  std::uint32_t sentence = 0, start = 0, end = 0;
  std::string_view date;
  Modality modality = Modality::asserted;
  std::string_view quote, attribution;
  std::span<const std::string> items;
  std::optional<double> quantity;
  std::string_view unit, role, mode, quantity_bound;
};

template <typename W>
void write_evidence(W& w, const EvidenceFields& e) {
  w.StartObject();
  string_member(w, "doc", e.doc);
  w.Key("sentence");
  w.Uint(e.sentence);
  w.Key("start");
  w.Uint(e.start);
  w.Key("end");
  w.Uint(e.end);
  string_member(w, "date", e.date);
  string_member(w, "modality", to_string(e.modality));
  string_member(w, "quote", e.quote);
  if (!e.attribution.empty()) {
    string_member(w, "source", e.attribution);
  }
  if (!e.items.empty()) {
    w.Key("items");
    w.StartArray();
    for (const std::string& i : e.items) json_string(w, i);
    w.EndArray();
  }
  if (e.quantity) {
    w.Key("quantity");
    w.Double(*e.quantity);
  }
  for (auto [name, value] : {std::pair{"quantity_bound", e.quantity_bound}, std::pair{"unit", e.unit},
                             std::pair{"role", e.role}, std::pair{"mode", e.mode}}) {
    if (!value.empty()) string_member(w, name, value);
  }
  w.EndObject();
}

// An edge up to its evidence: its object opened, every member but the evidence written, and
// the evidence array opened.
struct EdgeHead {
  std::string_view id, source, target, type;  // source and target: actor ids
  Modality modality = Modality::asserted;     // the strongest
  std::span<const Modality> modalities;       // distinct, strongest first
  std::uint32_t weight = 0;
  std::span<const std::string> items;  // distinct, in order of first evidence
};

template <typename W>
void write_edge_head(W& w, const EdgeHead& e) {
  w.StartObject();
  string_member(w, "id", e.id);
  string_member(w, "source", e.source);
  string_member(w, "target", e.target);
  string_member(w, "type", e.type);
  string_member(w, "modality", to_string(e.modality));
  w.Key("modalities");
  w.StartArray();
  for (Modality m : e.modalities) json_string(w, to_string(m));
  w.EndArray();
  w.Key("weight");
  w.Uint(e.weight);
  w.Key("items");
  w.StartArray();
  for (const std::string& i : e.items) json_string(w, i);
  w.EndArray();
  w.Key("evidence");
  w.StartArray();
}

// The whole document: its nodes, then `edges` edges, each appended to a text by
// format_edge(i, text) as an element two levels down (see write_in_chunks: two threads
// format them), then the documents.
[[nodiscard]] Status write_json_document(std::ostream& out, std::span<const NodeProps* const> nodes,
                                         std::size_t edges,
                                         const std::function<void(std::size_t, std::string&)>& format_edge,
                                         std::span<const DocumentRow> documents);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_JSON_WRITING_H_
