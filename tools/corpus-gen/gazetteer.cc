#include "gazetteer.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>
#include <utility>

#include "text/fold.h"

namespace fs = std::filesystem;

namespace actorgraph::corpus_gen {

using detail::fold_phrase;

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

namespace {

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

}  // namespace

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

}  // namespace actorgraph::corpus_gen
