#include "actorgraph/graph.h"

#include <algorithm>
#include <string_view>

#include "graph/edge_numbers.h"

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

NodeProps node_props(NodeRow&& row) {
  NodeProps p;
  p.id = std::move(row.id);
  p.type = row.type;
  p.label = std::move(row.label);
  p.known = row.known;
  p.aliases = std::move(row.aliases);
  p.mentions = row.mentions;
  p.documents = row.documents;
  return p;
}

std::string edge_id(std::size_t n) {
  std::string id = std::to_string(n);
  id.insert(id.begin(), 'e');
  return id;
}

ActorGraph build_graph(StoreContents contents) {
  ActorGraph ag;
  ag.by_id.reserve(contents.nodes.size());
  for (NodeRow& n : contents.nodes) {
    const Vertex v = boost::add_vertex(node_props(std::move(n)), ag.g);
    ag.by_id.emplace(ag.g[v].id, v);
  }
  // First each relation's edge, numbered in order of its first evidence, and how much evidence
  // each edge has: the edges are then added in that order (as one pass would add them) with
  // room for all their evidence, which is moved in without growing a vector.
  constexpr std::uint32_t kDropped = 0xFFFFFFFFu;
  std::vector<std::uint32_t> edge_of(contents.relations.size(), kDropped);
  std::vector<std::uint32_t> first_row, evidence_count;
  std::vector<std::pair<Vertex, Vertex>> ends;
  {
    detail::EdgeNumbers numbers;
    for (std::size_t i = 0; i < contents.relations.size(); ++i) {
      const RelationRow& r = contents.relations[i];
      auto s = ag.by_id.find(r.source);
      auto t = ag.by_id.find(r.target);
      if (s == ag.by_id.end() || t == ag.by_id.end()) continue;
      const auto [e, added] = numbers.find_or_add(s->second, t->second, r.type);
      if (added) {
        first_row.push_back(static_cast<std::uint32_t>(i));
        ends.emplace_back(s->second, t->second);
        evidence_count.push_back(0);
      }
      edge_of[i] = e;
      ++evidence_count[e];
    }
  }
  std::vector<Edge> edges;
  edges.reserve(first_row.size());
  for (std::size_t e = 0; e < first_row.size(); ++e) {
    const RelationRow& r = contents.relations[first_row[e]];
    EdgeProps ep;
    ep.id = edge_id(e);
    ep.type = r.type;
    ep.modality = r.evidence.modality;
    // (add_edge copies the properties: the room for the evidence is made in the copy)
    const Edge added = boost::add_edge(ends[e].first, ends[e].second, ep, ag.g).first;
    ag.g[added].evidence.reserve(evidence_count[e]);
    edges.push_back(added);
  }
  for (std::size_t i = 0; i < contents.relations.size(); ++i) {
    if (edge_of[i] == kDropped) continue;
    RelationRow& r = contents.relations[i];
    EdgeProps& ep = ag.g[edges[edge_of[i]]];
    ep.modality = std::min(ep.modality, r.evidence.modality);
    ep.evidence.push_back({std::move(r.evidence), std::move(r.items), r.quantity, std::move(r.unit),
                           std::move(r.role), std::move(r.mode), std::move(r.quantity_bound)});
  }
  ag.documents = std::move(contents.documents);
  return ag;
}

}  // namespace actorgraph
