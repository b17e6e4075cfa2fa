#include "actorgraph/graph.h"

#include <algorithm>
#include <map>
#include <tuple>

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

ActorGraph build_graph(StoreContents contents) {
  ActorGraph ag;
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
    ag.by_id.emplace(n.id, v);
  }
  std::map<std::tuple<Vertex, Vertex, std::string>, Edge> edges;
  std::size_t next_id = 0;
  for (RelationRow& r : contents.relations) {
    auto s = ag.by_id.find(r.source);
    auto t = ag.by_id.find(r.target);
    if (s == ag.by_id.end() || t == ag.by_id.end()) continue;
    auto key = std::make_tuple(s->second, t->second, r.type);
    auto it = edges.find(key);
    if (it == edges.end()) {
      EdgeProps ep;
      ep.id = "e" + std::to_string(next_id++);
      ep.type = r.type;
      ep.modality = r.evidence.modality;
      const Edge e = boost::add_edge(s->second, t->second, ep, ag.g).first;
      it = edges.emplace(key, e).first;
    }
    EdgeProps& ep = ag.g[it->second];
    ep.modality = std::min(ep.modality, r.evidence.modality);
    ep.evidence.push_back({std::move(r.evidence), std::move(r.items), r.quantity, std::move(r.unit),
                           std::move(r.role), std::move(r.mode)});
  }
  ag.documents = std::move(contents.documents);
  return ag;
}

}  // namespace actorgraph
