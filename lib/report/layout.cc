#include "report/layout.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace actorgraph::detail {
namespace {

using Links = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;
using Topology = boost::square_topology<>;
using Position = Topology::point_type;

// One connected group laid out in its own frame: positions relative to its top-left corner.
struct Group {
  std::vector<std::size_t> members;  // indices into shown
  std::vector<Point> at;
  double width = 0, height = 0;  // including the labels
  double label_room = 0;         // the widest label
};

// The pairs of shown actors joined by at least one relation, each once.
std::set<std::pair<std::size_t, std::size_t>> linked_pairs(const Graph& graph,
                                                           const std::vector<Vertex>& shown) {
  std::unordered_map<Vertex, std::size_t> index;
  for (std::size_t i = 0; i < shown.size(); ++i) index.emplace(shown[i], i);
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (auto e : boost::make_iterator_range(boost::edges(graph))) {
    auto s = index.find(boost::source(e, graph)), t = index.find(boost::target(e, graph));
    if (s == index.end() || t == index.end() || s->second == t->second) continue;
    pairs.emplace(std::min(s->second, t->second), std::max(s->second, t->second));
  }
  return pairs;
}

Group lay_out_group(const std::vector<std::size_t>& members,
                    const std::set<std::pair<std::size_t, std::size_t>>& pairs,
                    const std::vector<double>& label_width, double spacing) {
  Group g{members, std::vector<Point>(members.size()), 0, 0, 0};
  const std::size_t n = members.size();
  if (n == 2) {
    g.at = {{0, 0}, {0, spacing * 0.6}};  // one above the other, so the link misses both labels
  } else {
    std::unordered_map<std::size_t, std::size_t> local;
    for (std::size_t i = 0; i < n; ++i) local.emplace(members[i], i);
    Links links(n);
    for (const auto& [a, b] : pairs) {
      auto la = local.find(a);
      if (la != local.end()) boost::add_edge(la->second, local.at(b), 1.0, links);
    }
    const double side = spacing * std::sqrt(static_cast<double>(n)) * 1.4;
    std::vector<Position> position(n);
    auto map = boost::make_iterator_property_map(position.begin(), boost::get(boost::vertex_index, links));
    boost::circle_graph_layout(links, map, side / 2);
    // The layout is used even when the spring energy did not fully settle.
    (void)boost::kamada_kawai_spring_layout(links, map, boost::get(boost::edge_weight, links), Topology(side),
                                            boost::side_length(side));
    double min_x = position[0][0], min_y = position[0][1];
    for (const Position& p : position) {
      min_x = std::min(min_x, p[0]);
      min_y = std::min(min_y, p[1]);
    }
    for (std::size_t i = 0; i < n; ++i) g.at[i] = {position[i][0] - min_x, position[i][1] - min_y};
  }
  for (std::size_t i = 0; i < n; ++i) {
    g.width = std::max(g.width, g.at[i].x + label_width[members[i]]);
    g.height = std::max(g.height, g.at[i].y);
    g.label_room = std::max(g.label_room, label_width[members[i]]);
  }
  return g;
}

}  // namespace

Placement place_actors(const Graph& graph, const std::vector<Vertex>& shown,
                       const std::vector<double>& label_width, double width, double spacing) {
  Placement out{std::vector<Point>(shown.size()), std::vector<bool>(shown.size(), false), 0};
  const auto pairs = linked_pairs(graph, shown);
  if (pairs.empty()) return out;

  // Connected groups, over the shown actors.
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> all(shown.size());
  for (const auto& [a, b] : pairs) boost::add_edge(a, b, all);
  std::vector<int> component(shown.size());
  boost::connected_components(all, component.data());
  std::map<int, std::vector<std::size_t>> members;
  for (const auto& [a, b] : pairs) {
    out.linked[a] = out.linked[b] = true;
  }
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (out.linked[i]) members[component[i]].push_back(i);
  }
  std::vector<Group> groups;
  groups.reserve(members.size());
  for (const auto& [c, m] : members) groups.push_back(lay_out_group(m, pairs, label_width, spacing));
  std::stable_sort(groups.begin(), groups.end(),
                   [](const Group& a, const Group& b) { return a.members.size() > b.members.size(); });

  // Rows of groups, left to right; a group wider than the area is scaled down to fit.
  constexpr double kGap = 30;
  double x = 0, y = 0, row_height = 0;
  for (Group& g : groups) {
    if (g.width > width) {
      const double scale = std::max(0.0, width - g.label_room) / std::max(1.0, g.width - g.label_room);
      for (Point& p : g.at) p = {p.x * scale, p.y * scale};
      g.width = width;
      g.height *= scale;
    }
    if (x > 0 && x + g.width > width) {
      x = 0;
      y += row_height + kGap;
      row_height = 0;
    }
    for (std::size_t i = 0; i < g.members.size(); ++i) out.at[g.members[i]] = {x + g.at[i].x, y + g.at[i].y};
    x += g.width + kGap;
    row_height = std::max(row_height, g.height);
  }
  out.height = y + row_height;
  return out;
}

}  // namespace actorgraph::detail
