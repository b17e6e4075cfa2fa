// filter_graph(): the sub-graph an export is narrowed to.
#include <deque>

#include "actorgraph/graph.h"

namespace actorgraph {

ActorGraph filter_graph(ActorGraph&& graph, const GraphFilter& f) {
  if (f.empty()) return std::move(graph);
  return filter_graph(static_cast<const ActorGraph&>(graph), f);
}

ActorGraph filter_graph(const ActorGraph& graph, const GraphFilter& f) {
  if (f.empty()) return graph;
  const auto& g = graph.g;
  const std::size_t n = boost::num_vertices(g);
  // 1. edges, with their evidence filtered
  struct Kept {
    Vertex s, t;
    EdgeProps props;
  };
  std::vector<Kept> kept;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    if (!f.types.empty() && !f.types.count(p.type)) continue;
    EdgeProps q = p;
    q.evidence.clear();
    for (const auto& ev : p.evidence) {
      if (!f.modalities.empty() && !f.modalities.count(ev.evidence.modality)) continue;
      const std::string& d = ev.evidence.date;
      if (!f.since.empty() && (d.empty() || d < f.since)) continue;
      if (!f.until.empty() && (d.empty() || d.substr(0, f.until.size()) > f.until)) continue;
      q.evidence.push_back(ev);
    }
    if (q.evidence.empty() || q.weight() < f.min_weight) continue;
    q.modality = q.modalities().front();
    kept.push_back({boost::source(e, g), boost::target(e, g), std::move(q)});
  }
  // 2. the ego network: actors within `hops` of the entity, over the kept relations
  std::vector<int> dist(n, -1);
  if (f.entity) {
    std::vector<std::vector<Vertex>> adj(n);
    for (const Kept& k : kept) {
      adj[k.s].push_back(k.t);
      adj[k.t].push_back(k.s);
    }
    std::deque<Vertex> queue{*f.entity};
    dist[*f.entity] = 0;
    while (!queue.empty()) {
      const Vertex v = queue.front();
      queue.pop_front();
      if (dist[v] >= f.hops) continue;
      for (Vertex w : adj[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          queue.push_back(w);
        }
      }
    }
  }
  auto inside = [&](Vertex v) { return !f.entity || dist[v] >= 0; };
  // 3. the actors that keep a relation (and the entity itself)
  std::vector<char> keep(n, 0);
  if (f.entity) keep[*f.entity] = 1;
  for (const Kept& k : kept) {
    if (inside(k.s) && inside(k.t)) keep[k.s] = keep[k.t] = 1;
  }
  ActorGraph out;
  std::vector<Vertex> map(n);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    if (!keep[v]) continue;
    map[v] = boost::add_vertex(g[v], out.g);
    out.by_id.emplace(g[v].id, map[v]);
  }
  for (const Kept& k : kept) {
    if (keep[k.s] && keep[k.t] && inside(k.s) && inside(k.t))
      boost::add_edge(map[k.s], map[k.t], k.props, out.g);
  }
  out.documents = graph.documents;
  return out;
}

}  // namespace actorgraph
