#include "model.h"

#include <algorithm>
#include <tuple>

#include "common/json_file.h"

namespace actorgraph::corpus_gen {

using detail::read_json_file;
using detail::validate_json;

namespace {

const std::set<std::string> kSlots = {"S", "S2", "R", "R2", "A", "B", "SRC", "P",
                                      "I", "IP", "Q", "Y",  "M", "D", "PRON"};

Result<Pattern> parse_pattern(const std::string& s, const std::string& where) {
  Pattern p;
  std::string lit;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] != '{') {
      lit += s[i++];
      continue;
    }
    const std::size_t close = s.find('}', i);
    if (close == std::string::npos) return Error{where + ": unclosed '{' in \"" + s + "\""};
    std::string slot = s.substr(i + 1, close - i - 1), form;
    if (const std::size_t colon = slot.find(':'); colon != std::string::npos) {
      form = slot.substr(colon + 1);
      slot = slot.substr(0, colon);
    }
    if (!kSlots.count(slot)) return Error{where + ": unknown slot {" + slot + "} in \"" + s + "\""};
    if (!form.empty() && form != "nom" && form != "acc" && form != "dat" && form != "gen") {
      return Error{where + ": unknown form '" + form + "' in \"" + s + "\""};
    }
    if (!lit.empty()) p.push_back({lit, "", ""});
    lit.clear();
    p.push_back({"", slot, form.empty() ? "nom" : form});
    i = close + 1;
  }
  if (!lit.empty()) p.push_back({lit, "", ""});
  return p;
}

Forms string_map(const rapidjson::Value& v, const char* key) {
  Forms out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsObject()) return out;
  for (const auto& m : it->value.GetObject()) out[m.name.GetString()] = m.value.GetString();
  return out;
}
std::pair<int, int> range(const rapidjson::Value& v, const char* key) {
  const auto& a = v[key];
  return {a[0].GetInt(), a[1].GetInt()};
}

}  // namespace

const std::set<std::string> kActorSlots = {"S", "S2", "R", "R2", "A", "B"};

bool uses(const Pattern& p, const std::string& slot) {
  return std::any_of(p.begin(), p.end(), [&](const Piece& x) { return x.slot == slot; });
}

std::string str(const rapidjson::Value& v, const char* key, const std::string& def) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? it->value.GetString() : def;
}
std::vector<std::string> strings(const rapidjson::Value& v, const char* key) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& s : it->value.GetArray()) out.emplace_back(s.GetString());
  return out;
}

Result<rapidjson::Document> load_valid(const std::string& path, const std::string& schema) {
  auto doc = read_json_file(path);
  if (!doc) return Error{doc.message()};
  if (Status s = validate_json(*doc, path, schema); !s) return Error{s.message()};
  return std::move(*doc);
}

Result<Corpus> load_corpus(const std::string& root) {
  auto r = load_valid(root + "/data/bench/corpus.json", root + "/schema/bench_corpus.schema.json");
  if (!r) return Error{r.message()};
  const auto& d = *r;
  Corpus c;
  c.languages = strings(d, "languages");
  std::tie(c.year_from, c.year_to) = range(d, "years");
  std::tie(c.par_min, c.par_max) = range(d, "paragraphs");
  std::tie(c.sent_min, c.sent_max) = range(d, "sentences_per_paragraph");
  c.supply_share = d["supply_share"].GetDouble();
  c.statement_share = d["statement_share"].GetDouble();
  c.frequent = strings(d, "frequent_actors");
  c.frequent_share = d["frequent_share"].GetDouble();
  for (const auto& k : strings(d, "supplier_org_kinds")) c.supplier_org_kinds.insert(k);
  for (const auto& k : strings(d, "source_org_kinds")) c.source_org_kinds.insert(k);
  c.invented_firm_share = d["invented_firm_share"].GetDouble();
  c.invented_person_share = d["invented_person_share"].GetDouble();
  c.firm_stems = strings(d, "firm_stems");
  c.given_names = strings(d, "given_names");
  c.surnames = strings(d, "surnames");
  c.syllables = strings(d, "syllables");
  if (d.HasMember("synthetic_words")) {
    c.synthetic_firm_words = strings(d["synthetic_words"], "firm");
    c.synthetic_org_words = strings(d["synthetic_words"], "organization");
  }
  if (c.synthetic_firm_words.empty()) c.synthetic_firm_words = {"Dynamics"};
  if (c.synthetic_org_words.empty()) c.synthetic_org_words = {"Institute"};
  if (c.year_from > c.year_to || c.par_min > c.par_max || c.sent_min > c.sent_max) {
    return Error{root + "/data/bench/corpus.json: a range has its minimum above its maximum"};
  }
  return c;
}

Result<Lang> load_lang(const std::string& root, const std::string& code) {
  const std::string path = root + "/data/bench/templates." + code + ".json";
  auto r = load_valid(path, root + "/schema/bench_templates.schema.json");
  if (!r) return Error{r.message()};
  const auto& d = *r;
  Lang L;
  L.code = code;
  if (str(d, "lang") != code) return Error{path + ": \"lang\" is not " + code};
  auto pattern_list = [&](const char* key, std::vector<Pattern>& out) -> Status {
    for (const auto& s : strings(d, key)) {
      auto p = parse_pattern(s, path + ": " + key);
      if (!p) return Error{p.message()};
      out.push_back(std::move(*p));
    }
    return Status::ok();
  };
  for (const auto& t : d["supplies"].GetArray()) {
    SupplyTemplate st;
    st.id = str(t, "id");
    st.modality = str(t, "modality");
    st.construction = str(t, "construction");
    st.covered = t["covered"].GetBool();
    if (t.HasMember("weight")) st.weight = t["weight"].GetDouble();
    auto p = parse_pattern(str(t, "text"), path + ": supplies " + st.id);
    if (!p) return Error{p.message()};
    st.text = std::move(*p);
    if (t.HasMember("relations")) {
      for (const auto& rel : t["relations"].GetArray())
        st.relations.emplace_back(rel[0].GetString(), rel[1].GetString());
    } else {
      st.relations.emplace_back("S", "R");
    }
    if (t.HasMember("singular")) {
      for (const auto& s : t["singular"].GetArray()) st.singular.insert(s.GetString());
    } else {
      st.singular.insert("S");
    }
    if (t.HasMember("types")) {
      for (const auto& m : t["types"].GetObject()) {
        for (const auto& ty : m.value.GetArray()) st.types[m.name.GetString()].insert(ty.GetString());
      }
    }
    for (const auto& [a, b] : st.relations) {
      if (!uses(st.text, a) || !uses(st.text, b)) {
        return Error{path + ": supplies " + st.id + ": relation " + a + " -> " + b +
                     " names a slot the text lacks"};
      }
    }
    L.total_weight += st.weight;
    L.supplies.push_back(std::move(st));
  }
  if (Status s = pattern_list("statements", L.statements); !s) return Error{s.message()};
  if (Status s = pattern_list("filler", L.filler); !s) return Error{s.message()};
  if (Status s = pattern_list("headlines", L.headlines); !s) return Error{s.message()};
  for (const auto& it : d["items"].GetArray()) {
    Item x{str(it, "text"), str(it, "item"), it["plural"].GetBool(),
           it.HasMember("countable") && it["countable"].GetBool(), string_map(it, "forms")};
    L.items.push_back(std::move(x));
  }
  for (const auto& it : d["weapon_patterns"].GetArray()) {
    Item x{str(it, "text"), "", it["plural"].GetBool(),
           it.HasMember("countable") && it["countable"].GetBool(), string_map(it, "forms")};
    L.weapon_patterns.push_back(std::move(x));
  }
  if (d.HasMember("weapon_share")) L.weapon_share = d["weapon_share"].GetDouble();
  L.roles = strings(d, "roles");
  L.legal_suffixes = strings(d, "legal_suffixes");
  L.firm_words = strings(d, "firm_words");
  L.months = strings(d, "months");
  L.thousands = str(d, "thousands_separator");
  L.default_forms = string_map(d, "default_forms");
  L.invented_firm_forms = string_map(d, "invented_firm_forms");
  L.pronouns = string_map(d, "pronouns");
  if (d.HasMember("forms")) {
    for (const auto& m : d["forms"].GetObject())
      L.forms[m.name.GetString()] = string_map(d["forms"], m.name.GetString());
  }
  for (const auto& e : strings(d, "exclude")) L.exclude.insert(e);
  return L;
}

}  // namespace actorgraph::corpus_gen
