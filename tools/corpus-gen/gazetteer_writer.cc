#include "gazetteer_writer.h"

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <system_error>
#include <utility>
#include <vector>

#include "actorgraph/extract.h"
#include "rng.h"
#include "text/fold.h"

namespace fs = std::filesystem;

namespace actorgraph::corpus_gen {

using detail::fold_phrase;

namespace {

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

}  // namespace

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

}  // namespace actorgraph::corpus_gen
