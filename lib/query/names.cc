// NameIndex: resolving what people type into actors of the graph.
#include <algorithm>

#include "actorgraph/query.h"
#include "recognise/knowledge.h"
#include "text/fold.h"

namespace actorgraph {
namespace {

constexpr const char* kLanguages[] = {"nl", "de", "en"};

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

NameIndex::NameIndex(const ActorGraph& graph, const Extractor* extractor)
    : graph_(graph), extractor_(extractor) {
  const detail::Knowledge* kb = extractor ? &extractor->knowledge() : nullptr;
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) {
    const NodeProps& n = graph.g[v];
    std::vector<std::string> names{n.label};
    for (const auto& a : n.aliases) names.push_back(a.text);
    for (const auto& name : names) {
      const std::string f = detail::fold_phrase(name);
      if (f.empty()) continue;
      by_folded_[f].insert(v);
      if (n.type == EntityType::person && kb) {
        for (const char* lang : kLanguages) by_key_[kb->name_key.key(f, lang)].insert(v);
      }
      if (n.type == EntityType::person) {
        const auto ws = detail::split_words(f);
        if (ws.size() >= 2) by_surname_[ws.back()].insert(v);
      }
    }
    by_folded_[n.id].insert(v);  // ids work too: "state:RU"
  }
}

Result<Vertex> NameIndex::resolve(std::string_view name) const {
  const std::string folded = detail::fold_phrase(name);
  if (folded.empty()) return Error{"an empty name names no actor"};
  std::set<Vertex> found;
  if (auto it = by_folded_.find(std::string(name)); it != by_folded_.end()) found = it->second;
  if (found.empty()) {
    if (auto it = by_folded_.find(folded); it != by_folded_.end()) found = it->second;
  }
  if (found.empty() && extractor_) {
    // gazetteer names in any language: Moskou, Wit-Rusland, Kremlin, Peking
    const auto& kb = extractor_->knowledge();
    const std::uint32_t slot = kb.aliases.find(detail::split_words(folded));
    if (slot != detail::WordTrie::kNone) {
      for (const auto& h : kb.alias_hits[slot]) {
        if (auto v = graph_.find(kb.entities[h.entity].id)) found.insert(*v);
      }
    }
    if (found.empty()) {
      for (const char* lang : kLanguages) {
        if (auto it = by_key_.find(kb.name_key.key(folded, lang)); it != by_key_.end()) {
          found.insert(it->second.begin(), it->second.end());
        }
      }
    }
    if (found.empty()) {
      if (auto it = kb.designations.find(detail::designation_key(folded)); it != kb.designations.end()) {
        if (auto v = graph_.find(kb.entities[it->second].id)) found.insert(*v);
      }
    }
  }
  if (found.empty()) {
    // a surname alone: "Häkkänen", "Hakkanen"
    if (auto it = by_surname_.find(folded); it != by_surname_.end()) found = it->second;
  }
  if (found.size() == 1) return *found.begin();
  if (found.size() > 1) {
    std::string msg = "\"" + std::string(name) + "\" is ambiguous:";
    for (Vertex v : found) {
      msg += " " + graph_.g[v].label + " (" + std::string(to_string(graph_.g[v].type)) + ", " +
             graph_.g[v].id + ");";
    }
    msg.pop_back();
    return Error{msg + " — name one of them more fully, or by its id"};
  }
  // suggestions: the closest names by edit distance
  std::vector<std::pair<std::size_t, std::string>> near;
  for (const auto& [f, vs] : by_folded_) {
    if (f.find(':') != std::string::npos) continue;
    const std::size_t d = edit_distance(folded, f);
    if (d <= std::max<std::size_t>(2, folded.size() / 3)) near.emplace_back(d, graph_.g[*vs.begin()].label);
  }
  std::sort(near.begin(), near.end());
  std::vector<std::string> labels;
  for (const auto& [d, l] : near) {
    if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    if (labels.size() == 3) break;
  }
  std::string msg = "no actor named \"" + std::string(name) + "\"";
  if (!labels.empty()) {
    msg += "; did you mean ";
    for (std::size_t i = 0; i < labels.size(); ++i) msg += (i ? ", " : "") + labels[i];
    msg += "?";
  }
  return Error{msg};
}

}  // namespace actorgraph
