// actorgraph-corpus-gen: writes a synthetic news corpus for the throughput benchmark
// (bench/run) and tests/test_corpus_gen.cc.
//
// With a fixed seed it writes the same bytes every time: documents in Dutch, German and
// English about the arms trade, made from the sentence templates in
// data/bench/templates.<lang>.json (shape and actor pools in data/bench/corpus.json), with
// actors from the gazetteer and invented ones (firms with legal suffixes, persons with role
// cues), as .txt files in a folder (a " date YYYY-MM-DD" first line) or one .jsonl file. With
// --truth it writes the supplies relations it planted, per document. With
// --gazetteer-aliases N --gazetteer-out DIR it writes a data folder (data/ and schema/, as the
// Extractor loads it) whose gazetteer has exactly N aliases: a reduced copy of the real one,
// or the real one plus invented firms and organisations.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "actorgraph/extract.h"
#include "common/json_file.h"
#include "text/fold.h"

namespace fs = std::filesystem;
using actorgraph::Error;
using actorgraph::Result;
using actorgraph::Status;
using actorgraph::detail::fold_phrase;
using actorgraph::detail::read_json_file;
using actorgraph::detail::validate_json;

namespace {

// xoshiro256** seeded through splitmix64: the same numbers on every platform and standard
// library (the std distributions are not specified bit for bit).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& w : s_) w = splitmix(seed);
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[below(v.size())];
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t s_[4] = {};
};

// ---- templates ------------------------------------------------------------------------------

// A template as literal text and slots: "{S} levert {I} aan {R}." or "{R:dat}".
struct Piece {
  std::string text;  // literal, when slot is empty
  std::string slot;
  std::string form;  // case form of an actor or item slot: nom (default), acc, dat, gen
};
using Pattern = std::vector<Piece>;

const std::set<std::string> kSlots = {"S", "S2", "R", "R2", "A", "B", "SRC", "P",
                                      "I", "IP", "Q", "Y",  "M", "D", "PRON"};
const std::set<std::string> kActorSlots = {"S", "S2", "R", "R2", "A", "B"};

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

bool uses(const Pattern& p, const std::string& slot) {
  return std::any_of(p.begin(), p.end(), [&](const Piece& x) { return x.slot == slot; });
}

using Forms = std::map<std::string, std::string>;

struct SupplyTemplate {
  std::string id, modality, construction;
  bool covered = true;
  double weight = 1;
  Pattern text;
  std::vector<std::pair<std::string, std::string>> relations;
  std::set<std::string> singular;
  std::map<std::string, std::set<std::string>> types;
};

struct Item {
  std::string text, item;
  bool plural = false, countable = false;
  Forms forms;
};

struct Actor {
  std::string id;  // gazetteer id; empty for an invented actor
  std::string type;
  std::string name;
};

struct Weapon {
  std::string id, name;
};

struct Lang {
  std::string code;
  std::vector<SupplyTemplate> supplies;
  double total_weight = 0;
  std::vector<Pattern> statements, filler, headlines;
  std::vector<Item> items, weapon_patterns;
  double weapon_share = 0.3;
  std::vector<std::string> roles, legal_suffixes, firm_words, months;
  std::string thousands;
  Forms default_forms, invented_firm_forms, pronouns;
  std::map<std::string, Forms> forms;
  std::set<std::string> exclude;
  // pools drawn from the gazetteer
  std::vector<Actor> actors, sources;
  std::vector<std::size_t> frequent;
  std::vector<Weapon> weapons;
  std::vector<std::string> persons;
};

struct Corpus {
  std::vector<std::string> languages;
  int year_from = 2014, year_to = 2025;
  int par_min = 2, par_max = 5, sent_min = 2, sent_max = 5;
  double supply_share = 0.35, statement_share = 0.2;
  std::vector<std::string> frequent;
  double frequent_share = 0.5;
  std::set<std::string> supplier_org_kinds, source_org_kinds;
  double invented_firm_share = 0.1, invented_person_share = 0.7;
  std::vector<std::string> firm_stems, given_names, surnames, syllables;
  std::vector<std::string> synthetic_firm_words, synthetic_org_words;
};

std::string str(const rapidjson::Value& v, const char* key, const std::string& def = "") {
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

// ---- the gazetteer --------------------------------------------------------------------------

struct Gazetteer {
  std::vector<std::string> files;  // sorted paths
  std::vector<rapidjson::Document> docs;
  std::map<std::string, std::set<std::string>> by_alias;  // folded alias -> entity ids
};

Result<Gazetteer> load_gazetteer(const std::string& root) {
  Gazetteer g;
  std::error_code ec;
  for (const auto& f : fs::directory_iterator(root + "/data/gazetteer", ec)) {
    if (f.path().extension() == ".json") g.files.push_back(f.path().string());
  }
  if (ec) return Error{root + "/data/gazetteer: " + ec.message()};
  std::sort(g.files.begin(), g.files.end());
  for (const auto& f : g.files) {
    auto d = load_valid(f, root + "/schema/gazetteer.schema.json");
    if (!d) return Error{d.message()};
    for (const auto& e : (*d)["entities"].GetArray()) {
      const std::string id = e["id"].GetString();
      g.by_alias[fold_phrase(e["label"].GetString())].insert(id);
      for (const char* field : {"names", "capitals", "people"}) {
        auto it = e.FindMember(field);
        if (it == e.MemberEnd()) continue;
        for (const auto& m : it->value.GetObject()) {
          for (const auto& s : m.value.GetArray()) g.by_alias[fold_phrase(s.GetString())].insert(id);
        }
      }
    }
    g.docs.push_back(std::move(*d));
  }
  return g;
}

bool all_caps(const std::string& s) {
  bool letter = false;
  for (unsigned char c : s) {
    if (std::islower(c)) return false;
    if (std::isupper(c)) letter = true;
  }
  return letter;
}

bool starts_with_article(const std::string& s) {
  for (const char* a : {"The ", "De ", "Der ", "Die ", "Das ", "Het ", "de ", "die ", "the "}) {
    if (s.rfind(a, 0) == 0) return true;
  }
  return false;
}

// The name an entity goes by in `lang`: the shortest of its names in that language and the
// language-neutral ones that is not weak (an ordinary word), belongs to no other entity and
// has no abbreviation dots; acronyms only for firms and organisations. Empty if none.
std::string choose_name(const Gazetteer& g, const rapidjson::Value& e, const std::string& lang, bool media) {
  const std::string id = e["id"].GetString();
  const std::string type = e["type"].GetString();
  std::set<std::string> weak;
  for (const auto& w : strings(e, "weak")) weak.insert(fold_phrase(w));
  std::vector<std::string> cands;
  if (e["names"].HasMember(lang.c_str())) {
    for (const auto& s : e["names"][lang.c_str()].GetArray()) cands.emplace_back(s.GetString());
  }
  if (e["names"].HasMember("xx")) {
    for (const auto& s : e["names"]["xx"].GetArray()) cands.emplace_back(s.GetString());
  }
  auto ok = [&](const std::string& c) {
    const std::string f = fold_phrase(c);
    auto it = g.by_alias.find(f);
    if (f.empty() || weak.count(f) || it == g.by_alias.end() || it->second.size() != 1) return false;
    if (c.size() < 3 || c.find('.') != std::string::npos || c.find('&') != std::string::npos) return false;
    if (type == "state" && all_caps(c)) return false;
    if (media && starts_with_article(c)) return false;
    if (type == "person" && c.find(' ') == std::string::npos) return false;
    return true;
  };
  std::string best;
  if (type == "weapon_system") {
    const std::string label = e["label"].GetString();
    if (std::find(cands.begin(), cands.end(), label) != cands.end() && ok(label) && label.size() <= 20) {
      return label;
    }
  }
  if (type == "person") {
    for (const auto& c : cands) {
      if (ok(c)) return c;
    }
    return "";
  }
  for (const auto& c : cands) {
    if (ok(c) && (best.empty() || c.size() < best.size())) best = c;
  }
  return best;
}

void build_pools(const Gazetteer& g, const Corpus& c, Lang& L) {
  std::map<std::string, std::size_t> index;
  for (const auto& d : g.docs) {
    for (const auto& e : d["entities"].GetArray()) {
      const std::string id = e["id"].GetString();
      const std::string type = e["type"].GetString();
      if (L.exclude.count(id)) continue;
      if (type == "person") {
        if (std::string n = choose_name(g, e, L.code, false); !n.empty()) L.persons.push_back(n);
        continue;
      }
      if (type == "weapon_system") {
        if (std::string n = choose_name(g, e, L.code, false); !n.empty()) L.weapons.push_back({id, n});
        continue;
      }
      if (type == "state" && e.HasMember("historical") && e["historical"].GetBool()) continue;
      const std::string kind = str(e, "kind");
      const bool media = type == "organization" && c.source_org_kinds.count(kind);
      if (type == "organization" && !media && !c.supplier_org_kinds.count(kind)) continue;
      std::string name;
      auto f = L.forms.find(id);
      if (f != L.forms.end() && f->second.count("nom")) {
        name = f->second.at("nom");
      } else {
        name = choose_name(g, e, L.code, media);
      }
      if (name.empty()) continue;
      if (media) {
        L.sources.push_back({id, type, name});
      } else {
        index[id] = L.actors.size();
        L.actors.push_back({id, type, name});
      }
    }
  }
  for (const auto& id : c.frequent) {
    if (auto it = index.find(id); it != index.end()) L.frequent.push_back(it->second);
  }
}

// ---- one document ---------------------------------------------------------------------------

struct Planted {
  Actor supplier, recipient;
  std::string item;
  std::optional<long> quantity;
  std::string modality, tmpl, date, quote;
  bool covered = true;
  std::size_t sentence = 0;
};

struct Doc {
  std::string lang, date, title;
  std::vector<std::string> paragraphs;
  std::vector<Actor> cast;
  std::vector<Planted> supplies;
};

const long kQuantities[] = {3,   4,   6,   8,   12,  14,   18,   20,   24,    30,    40,    50,     60,
                            100, 120, 200, 300, 500, 1000, 1500, 5000, 10000, 20000, 50000, 100000, 240000};

std::string format_number(long n, const std::string& sep) {
  std::string digits = std::to_string(n);
  if (n < 1000) return digits;
  std::string out;
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (i - lead) % 3 == 0 && i >= lead) out += sep;
    out += digits[i];
  }
  return out;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

class DocWriter {
 public:
  DocWriter(const Corpus& c, const Lang& L, const Gazetteer& g, Rng& rng) : c_(c), L_(L), rng_(rng) {
    for (const auto& s : c.firm_stems) {
      if (!g.by_alias.count(fold_phrase(s))) stems_.push_back(s);
    }
    if (stems_.empty()) stems_ = c.firm_stems;
  }

  Doc write() {
    Doc d;
    d.lang = L_.code;
    year_ = rng_.between(c_.year_from, c_.year_to);
    const int month = rng_.between(1, 12), day = rng_.between(1, 28);
    d.date = std::to_string(year_) + "-" + two(month) + "-" + two(day);
    used_filler.clear();
    used_statements.clear();
    const int n_cast = rng_.between(3, 5);
    for (int i = 0; i < n_cast; ++i) add_to_cast(d, draw_actor());
    d.title = render_plain(rng_.pick(L_.headlines), d, nullptr);
    std::size_t sentence = 0;
    const int paragraphs = rng_.between(c_.par_min, c_.par_max);
    for (int p = 0; p < paragraphs; ++p) {
      std::string par;
      const int sentences = rng_.between(c_.sent_min, c_.sent_max);
      for (int s = 0; s < sentences; ++s, ++sentence) {
        std::string text;
        const double r = static_cast<double>(rng_.next() >> 11) * (1.0 / 9007199254740992.0);
        if (r < c_.supply_share) {
          text = supply_sentence(d, sentence);
        } else if (r < c_.supply_share + c_.statement_share) {
          text = render_plain(fresh(L_.statements, used_statements), d, nullptr);
        } else {
          text = render_plain(fresh(L_.filler, used_filler), d, nullptr);
        }
        if (!par.empty()) par += ' ';
        par += text;
      }
      d.paragraphs.push_back(std::move(par));
    }
    return d;
  }

 private:
  struct Bound {
    std::map<std::string, Actor> actors;
    std::string item_text, item_truth;
    const Item* item = nullptr;
    std::string weapon;  // the weapon name when the item is a weapon pattern
    std::optional<long> quantity;
    int year = 0, month = 0, day = 0;
  };

  // A pattern the document has not used yet, while there are some.
  const Pattern& fresh(const std::vector<Pattern>& v, std::set<std::size_t>& used) {
    std::size_t i = rng_.below(v.size());
    for (int tries = 0; tries < 8 && used.count(i); ++tries) i = rng_.below(v.size());
    used.insert(i);
    return v[i];
  }

  Actor invented_firm() {
    return {"", "firm",
            rng_.pick(stems_) + " " + rng_.pick(L_.firm_words) + " " + rng_.pick(L_.legal_suffixes)};
  }

  Actor draw_actor() {
    if (rng_.chance(c_.invented_firm_share)) return invented_firm();
    if (!L_.frequent.empty() && rng_.chance(c_.frequent_share)) return L_.actors[rng_.pick(L_.frequent)];
    return rng_.pick(L_.actors);
  }

  static void add_to_cast(Doc& d, const Actor& a) {
    for (const auto& x : d.cast) {
      if (x.name == a.name) return;
    }
    d.cast.push_back(a);
  }

  [[nodiscard]] const Forms* forms_of(const Actor& a) const {
    if (a.id.empty()) return nullptr;
    auto it = L_.forms.find(a.id);
    return it == L_.forms.end() ? nullptr : &it->second;
  }

  [[nodiscard]] bool plural(const Actor& a) const {
    const Forms* f = forms_of(a);
    return f && f->count("number") && f->at("number") == "pl";
  }

  // Puts `name` where the pattern has `var` ({N}, {W}); "{N}'s|{N}'" takes the second
  // alternative when the name ends in s, x or z.
  static std::string apply(const std::string& pattern, const std::string& name, const char* var = "{N}") {
    std::string pat = pattern;
    if (const std::size_t bar = pattern.find('|'); bar != std::string::npos) {
      const char last = name.empty() ? ' ' : name.back();
      pat = (last == 's' || last == 'x' || last == 'z') ? pattern.substr(bar + 1) : pattern.substr(0, bar);
    }
    std::string out;
    for (std::size_t i = 0; i < pat.size(); ++i) {
      if (pat.compare(i, 3, var) == 0) {
        out += name;
        i += 2;
      } else {
        out += pat[i];
      }
    }
    return out;
  }

  [[nodiscard]] std::string form(const Actor& a, const std::string& c) const {
    if (a.id.empty()) {
      if (auto it = L_.invented_firm_forms.find(c); it != L_.invented_firm_forms.end())
        return apply(it->second, a.name);
    }
    const Forms* f = forms_of(a);
    if (f) {
      if (auto it = f->find(c); it != f->end()) return it->second;
    }
    if (c == "nom") return a.name;
    if (auto it = L_.default_forms.find(c); it != L_.default_forms.end()) return apply(it->second, a.name);
    return a.name;
  }

  [[nodiscard]] std::string pronoun(const Actor& a) const {
    const Forms* f = forms_of(a);
    if (f && f->count("pron")) return f->at("pron");
    auto it = L_.pronouns.find(a.type);
    return it == L_.pronouns.end() ? "it" : it->second;
  }

  std::string person() {
    if (L_.persons.empty() || rng_.chance(c_.invented_person_share)) {
      return rng_.pick(L_.roles) + " " + rng_.pick(c_.given_names) + " " + rng_.pick(c_.surnames);
    }
    return rng_.pick(L_.persons);
  }

  // An actor for `slot` that the template allows there (a state in a statement), not yet in
  // the sentence: mostly from the document's cast, so the same actors come back.
  Actor choose(Doc& d, const SupplyTemplate* t, const std::string& slot, const Bound& b) {
    auto fits = [&](const Actor& a) {
      for (const auto& [s, x] : b.actors) {
        if (x.name == a.name) return false;
      }
      if (!t) return a.type == "state";  // statements: meetings, ambassadors, parliaments
      if (auto it = t->types.find(slot); it != t->types.end() && !it->second.count(a.type)) return false;
      return !(t->singular.count(slot) && plural(a));
    };
    for (int tries = 0; tries < 60; ++tries) {
      const Actor a = (tries < 30 && !d.cast.empty() && rng_.chance(0.75)) ? rng_.pick(d.cast) : draw_actor();
      if (!fits(a)) continue;
      add_to_cast(d, a);
      return a;
    }
    for (const auto& a : L_.actors) {  // the constraints are narrow: take the first that fits
      if (fits(a)) return a;
    }
    return L_.actors.front();
  }

  void bind_item(Bound& b, bool need_plural, bool need_countable) {
    for (int tries = 0; tries < 100; ++tries) {
      if (!L_.weapons.empty() && rng_.chance(L_.weapon_share)) {
        const Item& p = rng_.pick(L_.weapon_patterns);
        if ((need_plural && !p.plural) || (need_countable && !p.countable)) continue;
        const Weapon& w = rng_.pick(L_.weapons);
        b.item = &p;
        b.weapon = w.name;
        b.item_truth = w.id;
        return;
      }
      const Item& it = rng_.pick(L_.items);
      if ((need_plural && !it.plural) || (need_countable && !it.countable)) continue;
      b.item = &it;
      b.weapon.clear();
      b.item_truth = it.item;
      return;
    }
    b.item = &L_.items.front();
    b.item_truth = b.item->item;
  }

  [[nodiscard]] std::string item_form(const Bound& b, const std::string& c) const {
    std::string text = b.item->text;
    if (auto it = b.item->forms.find(c); it != b.item->forms.end()) text = it->second;
    if (b.weapon.empty()) return text;
    return apply(text, b.weapon, "{W}");
  }

  // Binds every slot the pattern uses, then writes it out.
  std::string render(const Pattern& p, Doc& d, const SupplyTemplate* t, Bound& b) {
    for (const char* s : {"S", "R", "S2", "R2", "A", "B"}) {
      if (uses(p, s) && !b.actors.count(s)) b.actors[s] = choose(d, t, s, b);
    }
    if ((uses(p, "I") || uses(p, "IP")) && !b.item)
      bind_item(b, uses(p, "IP"), uses(p, "Q") && uses(p, "IP"));
    if (uses(p, "Q")) b.quantity = kQuantities[rng_.below(std::size(kQuantities))];
    if (uses(p, "Y")) b.year = rng_.between(c_.year_from, year_);
    if (uses(p, "M")) b.month = rng_.between(1, 12);
    if (uses(p, "D")) b.day = rng_.between(1, 28);
    std::string out;
    for (const auto& x : p) {
      if (x.slot.empty()) {
        // "… Corp." at the end of a sentence takes no second full stop
        out += (!out.empty() && out.back() == '.' && x.text[0] == '.') ? x.text.substr(1) : x.text;
      } else if (kActorSlots.count(x.slot)) {
        out += form(b.actors.at(x.slot), x.form);
      } else if (x.slot == "I" || x.slot == "IP") {
        out += item_form(b, x.form);
      } else if (x.slot == "Q") {
        out += format_number(*b.quantity, L_.thousands);
      } else if (x.slot == "Y") {
        out += std::to_string(b.year);
      } else if (x.slot == "M") {
        out += L_.months[static_cast<std::size_t>(b.month - 1)];
      } else if (x.slot == "D") {
        out += std::to_string(b.day);
      } else if (x.slot == "SRC") {
        const Actor& src = L_.sources.empty() ? L_.actors.front() : rng_.pick(L_.sources);
        out += form(src, x.form);
      } else if (x.slot == "P") {
        out += person();
      } else if (x.slot == "PRON") {
        out += pronoun(b.actors.count("S") ? b.actors.at("S") : Actor{});
      }
    }
    // Capitalise the first letter of the sentence (ASCII letters only: articles, pronouns).
    if (!out.empty() && std::islower(static_cast<unsigned char>(out[0]))) {
      out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
  }

  std::string render_plain(const Pattern& p, Doc& d, const SupplyTemplate* t) {
    Bound b;
    return render(p, d, t, b);
  }

  std::string supply_sentence(Doc& d, std::size_t sentence) {
    double w = static_cast<double>(rng_.next() >> 11) * (1.0 / 9007199254740992.0) * L_.total_weight;
    const SupplyTemplate* t = &L_.supplies.back();
    for (const auto& x : L_.supplies) {
      if (w < x.weight) {
        t = &x;
        break;
      }
      w -= x.weight;
    }
    Bound b;
    std::string text = render(t->text, d, t, b);
    std::string date;
    if (b.year) {
      date = std::to_string(b.year);
      if (b.month) date += "-" + two(b.month);
      if (b.month && b.day) date += "-" + two(b.day);
    }
    for (const auto& [from, to] : t->relations) {
      Planted pl;
      pl.supplier = b.actors.at(from);
      pl.recipient = b.actors.at(to);
      pl.item = b.item_truth;
      pl.quantity = b.quantity;
      pl.modality = t->modality;
      pl.tmpl = L_.code + "." + t->id;
      pl.covered = t->covered;
      pl.date = date;
      pl.sentence = sentence;
      pl.quote = text;
      d.supplies.push_back(std::move(pl));
    }
    return text;
  }

  const Corpus& c_;
  const Lang& L_;
  Rng& rng_;
  std::vector<std::string> stems_;
  std::set<std::size_t> used_filler, used_statements;
  int year_ = 2020;
};

// ---- output ---------------------------------------------------------------------------------

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

// One document's truth: its id, where it is (the .txt file relative to --out, or the line of
// the .jsonl file), its cast of actors and the supplies relations it states.
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

// ---- the synthetic gazetteer ----------------------------------------------------------------

Status write_json_file(const std::string& path, const rapidjson::Value& v) {
  rapidjson::StringBuffer sb;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
  w.SetIndent(' ', 1);
  v.Accept(w);
  std::ofstream out(path, std::ios::binary);
  out << sb.GetString() << "\n";
  if (!out) return Error{path + ": cannot write"};
  return Status::ok();
}

// Writes the gazetteer files of `g` keeping only the entities in `keep` (file, entity index).
Status write_subset(const Gazetteer& g, const std::string& dir,
                    const std::vector<std::set<std::size_t>>& keep) {
  for (std::size_t f = 0; f < g.files.size(); ++f) {
    rapidjson::Document out;
    out.SetObject();
    auto& a = out.GetAllocator();
    const auto& src = g.docs[f];
    const std::size_t total = src["entities"].Size();
    std::string about = str(src, "about");
    if (keep[f].size() < total) {
      about += " [Reduced by tools/corpus-gen to " + std::to_string(keep[f].size()) + " of " +
               std::to_string(total) + " entities for the gazetteer scaling benchmark.]";
    }
    out.AddMember("about", rapidjson::Value(about.c_str(), a), a);
    rapidjson::Value ents(rapidjson::kArrayType);
    for (std::size_t i : keep[f]) {
      ents.PushBack(rapidjson::Value(src["entities"][static_cast<rapidjson::SizeType>(i)], a), a);
    }
    out.AddMember("entities", ents, a);
    if (Status s = write_json_file(dir + "/" + fs::path(g.files[f]).filename().string(), out); !s) return s;
  }
  return Status::ok();
}

// `count` invented firms and organisations with one alias each (the label is the only name).
Status write_synthetic(const Gazetteer& g, const Corpus& c, const std::string& path, std::size_t count,
                       std::uint64_t seed) {
  rapidjson::Document out;
  out.SetObject();
  auto& a = out.GetAllocator();
  out.AddMember("about",
                "Synthetic entries written by tools/corpus-gen for the gazetteer scaling benchmark: invented "
                "firms and organisations, one alias each. None is a real actor.",
                a);
  rapidjson::Value ents(rapidjson::kArrayType);
  Rng rng(seed ^ 0x5a17e71cULL);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < count; ++i) {
    const bool firm = i % 3 != 2;
    std::string name, folded;
    for (int tries = 0;; ++tries) {
      std::string stem;
      const int syl = rng.between(2, tries > 50 ? 5 : 3);
      for (int k = 0; k < syl; ++k) stem += rng.pick(c.syllables);
      stem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(stem[0])));
      name = stem + " " + rng.pick(firm ? c.synthetic_firm_words : c.synthetic_org_words);
      folded = fold_phrase(name);
      if (!seen.count(folded) && !g.by_alias.count(folded)) break;
    }
    seen.insert(folded);
    char id[64];
    std::snprintf(id, sizeof id, "%s:synthetic-%07zu", firm ? "firm" : "org", i + 1);
    rapidjson::Value e(rapidjson::kObjectType);
    e.AddMember("id", rapidjson::Value(id, a), a);
    e.AddMember("type", rapidjson::StringRef(firm ? "firm" : "organization"), a);
    e.AddMember("label", rapidjson::Value(name.c_str(), a), a);
    rapidjson::Value names(rapidjson::kObjectType), xx(rapidjson::kArrayType);
    xx.PushBack(rapidjson::Value(name.c_str(), a), a);
    names.AddMember("xx", xx, a);
    e.AddMember("names", names, a);
    ents.PushBack(e, a);
  }
  out.AddMember("entities", ents, a);
  return write_json_file(path, out);
}

Result<std::size_t> alias_count(const std::string& root) {
  auto ex = actorgraph::Extractor::load(root);
  if (!ex) return Error{ex.message()};
  return ex->alias_count();
}

Status write_gazetteer(const std::string& root, const std::string& out, std::size_t target,
                       const Gazetteer& g, const Corpus& c, std::uint64_t seed) {
  std::error_code ec;
  fs::create_directories(out + "/data", ec);
  for (const char* sub : {"schema", "data/lexicon"}) {
    fs::create_directories(out + "/" + sub, ec);
    fs::copy(root + "/" + sub, out + "/" + sub,
             fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
    if (ec) return Error{out + "/" + sub + ": " + ec.message()};
  }
  const std::string dir = out + "/data/gazetteer";
  fs::remove_all(dir, ec);
  fs::create_directories(dir, ec);
  if (ec) return Error{dir + ": " + ec.message()};
  auto base = alias_count(root);
  if (!base) return Error{base.message()};
  std::size_t have = *base;
  std::vector<std::set<std::size_t>> all(g.files.size());
  for (std::size_t f = 0; f < g.files.size(); ++f) {
    for (std::size_t i = 0; i < g.docs[f]["entities"].Size(); ++i) all[f].insert(i);
  }
  std::size_t kept_entities = 0;
  if (target >= have) {
    if (Status s = write_subset(g, dir, all); !s) return s;
    for (const auto& s : all) kept_entities += s.size();
  } else {
    // Keep entities in order of priority (the corpus's frequent actors, then the files in
    // turn) and find, by bisection over how many are kept, the most that stay within the
    // target; invented entries make up the rest.
    std::vector<std::pair<std::size_t, std::size_t>> order;
    std::set<std::pair<std::size_t, std::size_t>> placed;
    std::map<std::string, std::pair<std::size_t, std::size_t>> where;
    for (std::size_t f = 0; f < g.files.size(); ++f) {
      const auto& ents = g.docs[f]["entities"];
      for (rapidjson::SizeType i = 0; i < ents.Size(); ++i) where[ents[i]["id"].GetString()] = {f, i};
    }
    for (const auto& id : c.frequent) {
      if (auto it = where.find(id); it != where.end() && placed.insert(it->second).second)
        order.push_back(it->second);
    }
    for (std::size_t i = 0, more = 1; more; ++i) {
      more = 0;
      for (std::size_t f = 0; f < g.files.size(); ++f) {
        if (i >= g.docs[f]["entities"].Size()) continue;
        more = 1;
        if (placed.insert({f, i}).second) order.emplace_back(f, i);
      }
    }
    auto subset = [&](std::size_t k) {
      std::vector<std::set<std::size_t>> keep(g.files.size());
      for (std::size_t j = 0; j < k; ++j) keep[order[j].first].insert(order[j].second);
      return keep;
    };
    std::size_t lo = 0, hi = order.size();  // count(lo) <= target < count(hi)
    std::size_t lo_count = 0;
    while (hi - lo > 1) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (Status s = write_subset(g, dir, subset(mid)); !s) return s;
      auto n = alias_count(out);
      if (!n) return Error{n.message()};
      if (*n <= target) {
        lo = mid;
        lo_count = *n;
      } else {
        hi = mid;
      }
    }
    if (Status s = write_subset(g, dir, subset(lo)); !s) return s;
    have = lo_count;
    kept_entities = lo;
  }
  if (target > have) {
    if (Status s = write_synthetic(g, c, dir + "/zz-synthetic.json", target - have, seed); !s) return s;
  }
  auto n = alias_count(out);
  if (!n) return Error{n.message()};
  if (*n != target) {
    return Error{out + ": the written gazetteer has " + std::to_string(*n) + " aliases, not " +
                 std::to_string(target)};
  }
  std::cout << "gazetteer: " << *n << " aliases in " << out << "/data/gazetteer (" << kept_entities
            << " real entities, " << (target > have ? target - have : 0)
            << " invented; the full gazetteer has " << *base << ")\n";
  return Status::ok();
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{
      "Writes a synthetic, seeded news corpus (nl/de/en) about the arms trade with the ground truth of\n"
      "the supplies relations it states, and synthetic gazetteers of a given size, for actorgraph's\n"
      "benchmarks and tests. The same seed and options give the same bytes.",
      "actorgraph-corpus-gen"};
  std::string out, format, truth, data, size_text, langs_text, gaz_out;
  std::uint64_t seed = 20240601;
  std::size_t docs = 0, gaz_aliases = 0;
  app.add_option("--out,-o", out, "a folder (.txt files) or a .jsonl file to write the corpus to");
  app.add_option("--format", format, "txt or jsonl (default: jsonl when --out ends in .jsonl, else txt)")
      ->check(CLI::IsMember({"txt", "jsonl"}));
  app.add_option("--size", size_text,
                 "stop once this much text is written: 500KB, 20MB, 1GB (10^3 units; KiB, MiB)");
  app.add_option("--docs", docs, "stop after this many documents (default 100 when --size is not given)");
  app.add_option("--seed", seed, "random seed")->capture_default_str();
  app.add_option("--truth", truth, "write the planted supplies relations (JSON) to this file");
  app.add_option("--langs", langs_text, "languages to write, e.g. nl,de (default: data/bench/corpus.json's)");
  app.add_option("--data", data,
                 "folder with data/ and schema/ (default: $ACTORGRAPH_DATA or the built-in one)");
  app.add_option("--gazetteer-aliases", gaz_aliases,
                 "write a data folder whose gazetteer has exactly this many aliases (needs --gazetteer-out)");
  app.add_option("--gazetteer-out", gaz_out, "where to write that data folder (data/ and schema/)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if ((gaz_aliases > 0) != !gaz_out.empty()) {
    std::cerr << "actorgraph-corpus-gen: --gazetteer-aliases and --gazetteer-out go together\n";
    return 2;
  }
  if (out.empty() && gaz_out.empty()) {
    std::cerr << "actorgraph-corpus-gen: nothing to do: give --out (a corpus) or --gazetteer-out\n";
    return 2;
  }
  std::optional<std::uint64_t> max_bytes;
  if (!size_text.empty()) {
    max_bytes = parse_size(size_text);
    if (!max_bytes || *max_bytes == 0) {
      std::cerr << "actorgraph-corpus-gen: --size " << size_text << ": not a size (500KB, 20MB, 1GB)\n";
      return 2;
    }
  }
  if (!max_bytes && docs == 0) docs = 100;

  const std::string root = actorgraph::find_data_root(data);
  auto corpus = load_corpus(root);
  if (!corpus) {
    std::cerr << "actorgraph-corpus-gen: " << corpus.message() << "\n";
    return 1;
  }
  auto gaz = load_gazetteer(root);
  if (!gaz) {
    std::cerr << "actorgraph-corpus-gen: " << gaz.message() << "\n";
    return 1;
  }
  if (!gaz_out.empty()) {
    if (Status s = write_gazetteer(root, gaz_out, gaz_aliases, *gaz, *corpus, seed); !s) {
      std::cerr << "actorgraph-corpus-gen: " << s.message() << "\n";
      return 1;
    }
  }
  if (out.empty()) return 0;

  std::vector<std::string> langs = corpus->languages;
  if (!langs_text.empty()) {
    langs.clear();
    std::size_t b = 0;
    while (b <= langs_text.size()) {
      std::size_t e = langs_text.find(',', b);
      if (e == std::string::npos) e = langs_text.size();
      const std::string l = langs_text.substr(b, e - b);
      if (l != "nl" && l != "de" && l != "en") {
        std::cerr << "actorgraph-corpus-gen: --langs: unknown language '" << l << "' (nl, de, en)\n";
        return 2;
      }
      langs.push_back(l);
      b = e + 1;
    }
  }
  std::vector<Lang> L;
  for (const auto& code : langs) {
    auto l = load_lang(root, code);
    if (!l) {
      std::cerr << "actorgraph-corpus-gen: " << l.message() << "\n";
      return 1;
    }
    build_pools(*gaz, *corpus, *l);
    if (l->actors.size() < 4 || l->items.empty()) {
      std::cerr << "actorgraph-corpus-gen: too few actors or items for " << code << "\n";
      return 1;
    }
    L.push_back(std::move(*l));
  }

  if (format.empty()) format = fs::path(out).extension() == ".jsonl" ? "jsonl" : "txt";
  std::ofstream jsonl;
  std::error_code ec;
  if (format == "jsonl") {
    if (fs::path(out).has_parent_path()) fs::create_directories(fs::path(out).parent_path(), ec);
    jsonl.open(out, std::ios::binary | std::ios::trunc);
    if (!jsonl) {
      std::cerr << "actorgraph-corpus-gen: " << out << ": cannot write\n";
      return 1;
    }
  } else {
    fs::create_directories(out, ec);
    if (ec) {
      std::cerr << "actorgraph-corpus-gen: " << out << ": " << ec.message() << "\n";
      return 1;
    }
  }
  std::ofstream truth_out;
  if (!truth.empty()) {
    truth_out.open(truth, std::ios::binary | std::ios::trunc);
    if (!truth_out) {
      std::cerr << "actorgraph-corpus-gen: " << truth << ": cannot write\n";
      return 1;
    }
    truth_out << "{\"generator\": \"actorgraph-corpus-gen\", \"seed\": " << seed << ", \"format\": \""
              << format << "\",\n \"documents\": [\n";
  }

  Rng rng(seed);
  std::vector<DocWriter> writers;
  for (const auto& l : L) writers.emplace_back(*corpus, l, *gaz, rng);
  std::uint64_t bytes = 0;
  std::size_t n = 0, planted = 0;
  while ((docs == 0 || n < docs) && (!max_bytes || bytes < *max_bytes)) {
    const std::size_t li = rng.below(L.size());
    Doc d = writers[li].write();
    char id[32];
    std::snprintf(id, sizeof id, "cg-%07zu", n + 1);
    std::string where, text;
    if (format == "jsonl") {
      text = jsonl_record(d, id);
      jsonl << text;
    } else {
      char rel[64];
      std::snprintf(rel, sizeof rel, "%04zu/%07zu-%s.txt", n / 1000, n + 1, d.lang.c_str());
      where = rel;
      text = txt_file(d);
      fs::create_directories((fs::path(out) / rel).parent_path(), ec);
      std::ofstream f(fs::path(out) / rel, std::ios::binary | std::ios::trunc);
      f << text;
      if (!f) {
        std::cerr << "actorgraph-corpus-gen: " << (fs::path(out) / rel).string() << ": cannot write\n";
        return 1;
      }
    }
    bytes += text.size();
    planted += d.supplies.size();
    if (truth_out.is_open()) {
      truth_out << (n ? ",\n  " : "  ") << truth_entry(d, id, where, n + 1, text.size());
    }
    ++n;
  }
  if (truth_out.is_open()) {
    truth_out << "\n ]}\n";
    if (!truth_out) {
      std::cerr << "actorgraph-corpus-gen: " << truth << ": write error\n";
      return 1;
    }
  }
  if (jsonl.is_open() && !jsonl) {
    std::cerr << "actorgraph-corpus-gen: " << out << ": write error\n";
    return 1;
  }
  std::cout << "corpus: " << n << " documents, " << bytes << " bytes, " << planted
            << " planted supplies relations -> " << out << (truth.empty() ? "" : " (truth: " + truth + ")")
            << "\n";
  return 0;
}
