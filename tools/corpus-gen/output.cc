#include "output.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cctype>
#include <map>

namespace actorgraph::corpus_gen {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void write_actor(JsonWriter& w, const char* role, const Actor& a) {
  w.Key(role);
  if (a.id.empty()) {
    w.Null();
  } else {
    w.String(a.id.c_str());
  }
  w.Key((std::string(role) + "_name").c_str());
  w.String(a.name.c_str());
  w.Key((std::string(role) + "_type").c_str());
  w.String(a.type.c_str());
}

}  // namespace

std::string truth_entry(const Doc& d, const std::string& key, const std::string& file, std::size_t line,
                        std::size_t bytes) {
  rapidjson::StringBuffer sb;
  JsonWriter w(sb);
  w.StartObject();
  w.Key("id");
  w.String(key.c_str());
  if (file.empty()) {
    w.Key("line");
    w.Uint64(line);
  } else {
    w.Key("file");
    w.String(file.c_str());
  }
  w.Key("lang");
  w.String(d.lang.c_str());
  w.Key("date");
  w.String(d.date.c_str());
  w.Key("bytes");
  w.Uint64(bytes);
  w.Key("actors");
  w.StartArray();
  for (const auto& a : d.cast) {
    w.StartObject();
    w.Key("id");
    if (a.id.empty()) {
      w.Null();
    } else {
      w.String(a.id.c_str());
    }
    w.Key("name");
    w.String(a.name.c_str());
    w.Key("type");
    w.String(a.type.c_str());
    w.EndObject();
  }
  w.EndArray();
  w.Key("supplies");
  w.StartArray();
  for (const auto& p : d.supplies) {
    w.StartObject();
    write_actor(w, "supplier", p.supplier);
    write_actor(w, "recipient", p.recipient);
    w.Key("item");
    w.String(p.item.c_str());
    if (p.quantity) {
      w.Key("quantity");
      w.Int64(*p.quantity);
    }
    w.Key("modality");
    w.String(p.modality.c_str());
    if (!p.date.empty()) {
      w.Key("date");
      w.String(p.date.c_str());
    }
    w.Key("sentence");
    w.Uint64(p.sentence);
    w.Key("template");
    w.String(p.tmpl.c_str());
    w.Key("covered");
    w.Bool(p.covered);
    w.Key("quote");
    w.String(p.quote.c_str(), static_cast<rapidjson::SizeType>(p.quote.size()));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return sb.GetString();
}

std::string jsonl_record(const Doc& d, const std::string& id) {
  std::string text;
  for (const auto& p : d.paragraphs) {
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  rapidjson::StringBuffer sb;
  JsonWriter w(sb);
  w.StartObject();
  w.Key("id");
  w.String(id.c_str());
  w.Key("title");
  w.String(d.title.c_str());
  w.Key("date");
  w.String(d.date.c_str());
  w.Key("lang");
  w.String(d.lang.c_str());
  w.Key("url");
  w.String(("https://news.example.org/" + d.lang + "/" + id).c_str());
  w.Key("text");
  w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
  w.EndObject();
  return std::string(sb.GetString()) + "\n";
}

std::string txt_file(const Doc& d) {
  std::string out = " date " + d.date + "\n" + d.title + "\n";
  for (const auto& p : d.paragraphs) out += "\n" + p + "\n";
  return out;
}

std::optional<std::uint64_t> parse_size(const std::string& s) {
  std::size_t i = 0;
  while (i < s.size() && (std::isdigit(static_cast<unsigned char>(s[i])) || s[i] == '.')) ++i;
  if (i == 0) return std::nullopt;
  double n = 0;
  try {
    n = std::stod(s.substr(0, i));
  } catch (...) {
    return std::nullopt;
  }
  std::string unit = s.substr(i);
  for (auto& ch : unit) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  static const std::map<std::string, double> units = {
      {"", 1},    {"B", 1},    {"K", 1e3},    {"KB", 1e3},        {"M", 1e6},           {"MB", 1e6},
      {"G", 1e9}, {"GB", 1e9}, {"KIB", 1024}, {"MIB", 1048576.0}, {"GIB", 1073741824.0}};
  auto it = units.find(unit);
  if (it == units.end()) return std::nullopt;
  return static_cast<std::uint64_t>(n * it->second);
}

}  // namespace actorgraph::corpus_gen
