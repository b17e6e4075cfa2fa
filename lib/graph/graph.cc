#include "actorgraph/graph.h"

#include <algorithm>
#include <functional>
#include <string_view>
#include <unordered_map>

namespace actorgraph {

std::vector<std::string> EdgeProps::items() const {
  std::vector<std::string> out;
  for (const auto& ev : evidence) {
    for (const auto& it : ev.items) {
      if (std::find(out.begin(), out.end(), it) == out.end()) out.push_back(it);
    }
  }
  return out;
}

std::vector<Modality> EdgeProps::modalities() const {
  std::vector<Modality> out;
  for (const auto& ev : evidence) {
    if (std::find(out.begin(), out.end(), ev.evidence.modality) == out.end())
      out.push_back(ev.evidence.modality);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::pair<std::string, std::string> EdgeProps::date_range() const {
  std::string first, last;
  for (const auto& ev : evidence) {
    const std::string& d = ev.evidence.date;
    if (d.empty()) continue;
    if (first.empty() || d < first) first = d;
    if (d > last) last = d;
  }
  return {first, last};
}

std::optional<Vertex> ActorGraph::find(const std::string& id) const {
  auto it = by_id.find(id);
  if (it == by_id.end()) return std::nullopt;
  return it->second;
}

namespace {

// An edge's key while the graph is built: its ends and its type (a view of a relation row's).
struct EdgeKey {
  Vertex source, target;
  std::string_view type;
  bool operator==(const EdgeKey&) const = default;
};
struct EdgeKeyHash {
  std::size_t operator()(const EdgeKey& k) const noexcept {
    std::size_t h = std::hash<std::string_view>{}(k.type);
    h ^= k.source + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    h ^= k.target + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
  }
};

}  // namespace

ActorGraph build_graph(StoreContents contents) {
  ActorGraph ag;
  ag.by_id.reserve(contents.nodes.size());
  for (NodeRow& n : contents.nodes) {
    NodeProps p;
    p.id = n.id;
    p.type = n.type;
    p.label = std::move(n.label);
    p.known = n.known;
    p.aliases = std::move(n.aliases);
    p.mentions = n.mentions;
    p.documents = n.documents;
    const Vertex v = boost::add_vertex(p, ag.g);
    ag.by_id.emplace(std::move(n.id), v);
  }
  // First each relation's edge, numbered in order of its first evidence, and how much evidence
  // each edge has: the edges are then added in that order (as one pass would add them) with
  // room for all their evidence, which is moved in without growing a vector.
  constexpr std::uint32_t kDropped = 0xFFFFFFFFu;
  std::vector<std::uint32_t> edge_of(contents.relations.size(), kDropped);
  std::vector<std::uint32_t> first_row, evidence_count;
  {
    std::unordered_map<EdgeKey, std::uint32_t, EdgeKeyHash> index;
    for (std::size_t i = 0; i < contents.relations.size(); ++i) {
      const RelationRow& r = contents.relations[i];
      auto s = ag.by_id.find(r.source);
      auto t = ag.by_id.find(r.target);
      if (s == ag.by_id.end() || t == ag.by_id.end()) continue;
      auto [it, added] = index.try_emplace(EdgeKey{s->second, t->second, r.type},
                                           static_cast<std::uint32_t>(first_row.size()));
      if (added) {
        first_row.push_back(static_cast<std::uint32_t>(i));
        evidence_count.push_back(0);
      }
      edge_of[i] = it->second;
      ++evidence_count[it->second];
    }
  }
  std::vector<Edge> edges;
  edges.reserve(first_row.size());
  for (std::size_t e = 0; e < first_row.size(); ++e) {
    const RelationRow& r = contents.relations[first_row[e]];
    EdgeProps ep;
    ep.id = std::to_string(e);
    ep.id.insert(ep.id.begin(), 'e');
    ep.type = r.type;
    ep.modality = r.evidence.modality;
    // (add_edge copies the properties: the room for the evidence is made in the copy)
    const Edge added =
        boost::add_edge(ag.by_id.find(r.source)->second, ag.by_id.find(r.target)->second, ep, ag.g).first;
    ag.g[added].evidence.reserve(evidence_count[e]);
    edges.push_back(added);
  }
  for (std::size_t i = 0; i < contents.relations.size(); ++i) {
    if (edge_of[i] == kDropped) continue;
    RelationRow& r = contents.relations[i];
    EdgeProps& ep = ag.g[edges[edge_of[i]]];
    ep.modality = std::min(ep.modality, r.evidence.modality);
    ep.evidence.push_back({std::move(r.evidence), std::move(r.items), r.quantity, std::move(r.unit),
                           std::move(r.role), std::move(r.mode)});
  }
  ag.documents = std::move(contents.documents);
  return ag;
}

}  // namespace actorgraph
