// Queries over the ActorGraph.
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/page_rank.hpp>

#include <algorithm>
#include <deque>

#include "actorgraph/query.h"
#include "common/quantity.h"
#include "text/fold.h"

namespace actorgraph {
namespace {

bool date_in(const std::string& d, const std::string& since, const std::string& until) {
  if (!since.empty() && (d.empty() || d < since)) return false;
  if (!until.empty() && (d.empty() || d.substr(0, until.size()) > until)) return false;
  return true;
}

bool type_ok(const std::set<std::string>& types, const std::string& t) {
  return types.empty() || types.count(t);
}

}  // namespace

std::string item_label(const ActorGraph& g, const std::string& item) {
  if (auto v = g.find(item)) return g.g[*v].label;
  return item;
}

std::vector<SupplyRow> query_supplies(const ActorGraph& g, const SupplyFilter& f) {
  std::vector<SupplyRow> rows;
  const std::string item = detail::fold_phrase(f.item);
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    const EdgeProps& p = g.g[e];
    if (p.type != "supplies") continue;
    const Vertex s = boost::source(e, g.g), t = boost::target(e, g.g);
    if (f.supplier && *f.supplier != s) continue;
    if (f.recipient && *f.recipient != t) continue;
    SupplyRow row;
    row.supplier = s;
    row.recipient = t;
    row.edge = &p;
    std::set<std::string> docs;
    bool any = false, item_hit = item.empty();
    for (const EdgeEvidence& ev : p.evidence) {
      const Modality m = ev.evidence.modality;
      if (!f.modalities.empty() &&
          std::find(f.modalities.begin(), f.modalities.end(), m) == f.modalities.end())
        continue;
      if (!date_in(ev.evidence.date, f.since, f.until)) continue;
      if (!any || m < row.strongest) row.strongest = m;
      any = true;
      ++row.evidence[m];
      docs.insert(ev.evidence.doc);
      const std::string& d = ev.evidence.date;
      if (!d.empty() && (row.first_date.empty() || d < row.first_date)) row.first_date = d;
      if (!d.empty() && d > row.last_date) row.last_date = d;
      for (const auto& it : ev.items) {
        const std::string label = item_label(g, it);
        if (std::find(row.items.begin(), row.items.end(), label) == row.items.end())
          row.items.push_back(label);
        if (!item_hit && (detail::fold_phrase(label).find(item) != std::string::npos || it == f.item))
          item_hit = true;
      }
      if (ev.quantity) {
        std::string stated = detail::stated_quantity(*ev.quantity, ev.unit, ev.quantity_bound);
        if (!stated.empty()) row.quantities.push_back(std::move(stated));
      }
    }
    if (!any || !item_hit) continue;
    row.documents = static_cast<int>(docs.size());
    rows.push_back(std::move(row));
  }
  std::sort(rows.begin(), rows.end(), [&](const SupplyRow& a, const SupplyRow& b) {
    if (a.strongest != b.strongest) return a.strongest < b.strongest;
    if (a.documents != b.documents) return a.documents > b.documents;
    return g.g[a.supplier].label < g.g[b.supplier].label;
  });
  return rows;
}

namespace {
void expand(const ActorGraph& g, ChainNode& node, bool upstream, int depth, std::vector<Vertex>& path) {
  if (depth <= 0) return;
  auto add = [&](Vertex next, const EdgeProps& p) {
    ChainNode child;
    child.actor = next;
    child.modality = p.modality;
    for (const auto& it : p.items()) child.items.push_back(item_label(g, it));
    child.cycle = std::find(path.begin(), path.end(), next) != path.end();
    if (!child.cycle) {
      path.push_back(next);
      expand(g, child, upstream, depth - 1, path);
      path.pop_back();
    }
    node.children.push_back(std::move(child));
  };
  if (upstream) {
    for (auto e : boost::make_iterator_range(boost::in_edges(node.actor, g.g))) {
      if (g.g[e].type == "supplies") add(boost::source(e, g.g), g.g[e]);
    }
  } else {
    for (auto e : boost::make_iterator_range(boost::out_edges(node.actor, g.g))) {
      if (g.g[e].type == "supplies") add(boost::target(e, g.g), g.g[e]);
    }
  }
  std::sort(node.children.begin(), node.children.end(), [&](const ChainNode& a, const ChainNode& b) {
    return a.modality != b.modality ? a.modality < b.modality : g.g[a.actor].label < g.g[b.actor].label;
  });
}
}  // namespace

ChainNode query_chain(const ActorGraph& g, Vertex root, bool upstream, int depth) {
  ChainNode node;
  node.actor = root;
  std::vector<Vertex> path{root};
  expand(g, node, upstream, depth, path);
  return node;
}

std::optional<std::vector<PathStep>> query_path(const ActorGraph& g, Vertex a, Vertex b,
                                                const std::set<std::string>& types) {
  const std::size_t n = boost::num_vertices(g.g);
  std::vector<std::optional<PathStep>> came(n);
  std::vector<char> seen(n, 0);
  std::deque<Vertex> queue{a};
  seen[a] = 1;
  while (!queue.empty() && !seen[b]) {
    const Vertex v = queue.front();
    queue.pop_front();
    auto visit = [&](Vertex w, const EdgeProps& p, bool forward) {
      if (seen[w] || !type_ok(types, p.type)) return;
      seen[w] = 1;
      came[w] = PathStep{v, w, &p, forward};
      queue.push_back(w);
    };
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g.g)))
      visit(boost::target(e, g.g), g.g[e], true);
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g.g)))
      visit(boost::source(e, g.g), g.g[e], false);
  }
  if (!seen[b]) return std::nullopt;
  std::vector<PathStep> steps;
  for (Vertex v = b; v != a; v = came[v]->from) steps.push_back(*came[v]);
  std::reverse(steps.begin(), steps.end());
  return steps;
}

std::vector<Neighbor> query_neighbors(const ActorGraph& g, Vertex x, const std::set<std::string>& types,
                                      Direction d) {
  std::vector<Neighbor> out;
  if (d != Direction::in) {
    for (auto e : boost::make_iterator_range(boost::out_edges(x, g.g))) {
      if (type_ok(types, g.g[e].type)) out.push_back({boost::target(e, g.g), &g.g[e], true});
    }
  }
  if (d != Direction::out) {
    for (auto e : boost::make_iterator_range(boost::in_edges(x, g.g))) {
      if (type_ok(types, g.g[e].type)) out.push_back({boost::source(e, g.g), &g.g[e], false});
    }
  }
  return out;
}

std::vector<Ranked> query_top(const ActorGraph& g, Centrality by, std::optional<EntityType> type, int limit) {
  const std::size_t n = boost::num_vertices(g.g);
  std::vector<double> score(n, 0.0);
  auto index = boost::get(boost::vertex_index, g.g);
  if (by == Centrality::degree) {
    for (auto v : boost::make_iterator_range(boost::vertices(g.g))) {
      score[v] = static_cast<double>(boost::in_degree(v, g.g) + boost::out_degree(v, g.g));
    }
  } else if (by == Centrality::betweenness) {
    boost::brandes_betweenness_centrality(
        g.g, boost::centrality_map(boost::make_iterator_property_map(score.begin(), index))
                 .vertex_index_map(index));
  } else {
    boost::graph::page_rank(g.g, boost::make_iterator_property_map(score.begin(), index));
  }
  std::vector<Ranked> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) {
    if (type && g.g[v].type != *type) continue;
    out.push_back({v, score[v]});
  }
  std::sort(out.begin(), out.end(), [&](const Ranked& a, const Ranked& b) {
    return a.score != b.score ? a.score > b.score : g.g[a.actor].label < g.g[b.actor].label;
  });
  if (limit >= 0 && out.size() > static_cast<std::size_t>(limit)) out.resize(static_cast<std::size_t>(limit));
  return out;
}

}  // namespace actorgraph
