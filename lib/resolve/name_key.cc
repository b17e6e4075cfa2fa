#include "resolve/name_key.h"

#include <array>

#include "common/json_file.h"

namespace actorgraph::detail {
namespace {

// The bytes a string holds (or held: one replaced away may stay marked), so that a rule whose
// first byte is not among them is passed over without a search. Most rules are, for most names.
using Present = std::array<bool, 256>;

void mark(Present& present, std::string_view s) {
  for (const char c : s) present[static_cast<unsigned char>(c)] = true;
}

void apply(std::string& s, const std::vector<std::pair<std::string, std::string>>& rules, Present& present) {
  for (const auto& [from, to] : rules) {
    if (!present[static_cast<unsigned char>(from[0])]) continue;  // (rules are never empty)
    std::size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
      s.replace(pos, from.size(), to);
      pos += to.size();
      mark(present, to);
    }
  }
}

}  // namespace

Result<NameKey> NameKey::load(const std::string& path, const std::string& schema) {
  auto doc = read_json_file(path);
  if (!doc) return Error{doc.message()};
  if (!schema.empty()) {
    if (Status s = validate_json(*doc, path, schema); !s) return Error{s.message()};
  }
  NameKey k;
  auto read_rules = [&](const rapidjson::Value& arr, Rules& out) -> Status {
    if (!arr.IsArray()) return Error{path + ": rules must be an array of [from, to] pairs"};
    for (const auto& r : arr.GetArray()) {
      if (!r.IsArray() || r.Size() != 2 || !r[0].IsString() || !r[1].IsString() ||
          r[0].GetStringLength() == 0) {
        return Error{path + ": a rule must be a pair of strings [from, to]"};
      }
      out.emplace_back(r[0].GetString(), r[1].GetString());
    }
    return Status::ok();
  };
  const auto& d = *doc;
  if (!d.IsObject() || !d.HasMember("languages") || !d["languages"].IsObject() || !d.HasMember("common")) {
    return Error{path + ": needs \"languages\" and \"common\""};
  }
  for (const auto& m : d["languages"].GetObject()) {
    Status s = read_rules(m.value, k.by_lang_[m.name.GetString()]);
    if (!s) return Error{s.message()};
  }
  Status s = read_rules(d["common"], k.common_);
  if (!s) return Error{s.message()};
  if (d.HasMember("collapse_doubles") && d["collapse_doubles"].IsBool())
    k.collapse_ = d["collapse_doubles"].GetBool();
  return k;
}

std::string NameKey::key(std::string_view folded, const std::string& lang) const {
  std::string s(folded);
  Present present{};
  mark(present, s);
  if (auto it = by_lang_.find(lang); it != by_lang_.end()) apply(s, it->second, present);
  apply(s, common_, present);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!letter && c != ' ') continue;
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    if (collapse_ && !out.empty() && out.back() == c) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace actorgraph::detail
