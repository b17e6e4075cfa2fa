#include "report/model.h"

#include <algorithm>
#include <set>

#include "actorgraph/query.h"
#include "common/quantity.h"

namespace actorgraph::detail {
namespace {

std::size_t degree(const ActorGraph& g, Vertex v) {
  return boost::in_degree(v, g.g) + boost::out_degree(v, g.g);
}

std::size_t type_rank(EntityType t) {
  // Sections read states first, then firms and organisations, people, weapon systems.
  switch (t) {
    case EntityType::state:
      return 0;
    case EntityType::firm:
      return 1;
    case EntityType::organization:
      return 2;
    case EntityType::person:
      return 3;
    case EntityType::weapon_system:
      return 4;
  }
  return 5;
}

void summarise(const ActorGraph& g, ReportModel& m) {
  m.documents = g.documents.size();
  for (const DocumentRow& d : g.documents) {
    m.documents_by_id.emplace(d.id, &d);
    if (!d.lang.empty()) ++m.languages[d.lang];
    if (d.date.empty()) continue;
    if (m.first_date.empty() || d.date < m.first_date) m.first_date = d.date;
    if (m.last_date.empty() || d.date > m.last_date) m.last_date = d.date;
  }
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    ++m.actors_by_type[static_cast<std::size_t>(g.g[v].type)];
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) {
    const EdgeProps& p = g.g[e];
    auto row = std::find_if(m.relation_types.begin(), m.relation_types.end(),
                            [&](const RelationTypeRow& r) { return r.type == p.type; });
    if (row == m.relation_types.end()) {
      m.relation_types.push_back({p.type, 0, {}});
      row = std::prev(m.relation_types.end());
    }
    ++row->relations;
    for (const EdgeEvidence& ev : p.evidence) {
      const auto k = static_cast<std::size_t>(ev.evidence.modality);
      ++row->evidence[k];
      ++m.evidence_by_modality[k];
    }
  }
}

// The `limit` actors with the most supply relations on one side, most first.
std::vector<Vertex> most_active(const ActorGraph& g, const std::map<Vertex, std::size_t>& counts,
                                std::size_t limit) {
  std::vector<Vertex> vs;
  vs.reserve(counts.size());
  for (const auto& [v, n] : counts) vs.push_back(v);
  std::stable_sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) {
    if (counts.at(a) != counts.at(b)) return counts.at(a) > counts.at(b);
    return g.g[a].label < g.g[b].label;
  });
  if (vs.size() > limit) vs.resize(limit);
  return vs;
}

void supply_matrix(const ActorGraph& g, const ReportOptions& o, ReportModel& m) {
  const std::vector<SupplyRow> rows = query_supplies(g, SupplyFilter{});
  std::map<Vertex, std::size_t> by_supplier, by_recipient;
  for (const SupplyRow& r : rows) {
    ++by_supplier[r.supplier];
    ++by_recipient[r.recipient];
    MatrixCell& c = m.cells[{r.supplier, r.recipient}];
    c.items = r.items;
    c.modality = r.strongest;
    for (const auto& [mod, n] : r.evidence) c.evidence += static_cast<std::size_t>(n);
  }
  m.suppliers_total = by_supplier.size();
  m.recipients_total = by_recipient.size();
  m.suppliers = most_active(g, by_supplier, o.matrix_limit);
  m.recipients = most_active(g, by_recipient, o.matrix_limit);
}

void sections(const ActorGraph& g, const ReportOptions& o, ReportModel& m) {
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) {
    if (degree(g, v) > 0 || (o.focus && *o.focus == v))
      m.actors.push_back(v);
    else
      ++m.actors_without_relations;
  }
  std::stable_sort(m.actors.begin(), m.actors.end(), [&](Vertex a, Vertex b) {
    const bool fa = o.focus && *o.focus == a, fb = o.focus && *o.focus == b;
    if (fa != fb) return fa;
    const std::size_t ta = type_rank(g.g[a].type), tb = type_rank(g.g[b].type);
    if (ta != tb) return ta < tb;
    if (degree(g, a) != degree(g, b)) return degree(g, a) > degree(g, b);
    return g.g[a].label < g.g[b].label;
  });
}

}  // namespace

ReportModel make_report_model(const ActorGraph& graph, const ReportOptions& options) {
  ReportModel m;
  summarise(graph, m);
  supply_matrix(graph, options, m);
  sections(graph, options, m);
  return m;
}

std::vector<RelationView> relations_of(const ActorGraph& g, Vertex v) {
  std::vector<RelationView> out;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g.g)))
    out.push_back({e, boost::target(e, g.g), true});
  for (auto e : boost::make_iterator_range(boost::in_edges(v, g.g)))
    out.push_back({e, boost::source(e, g.g), false});
  std::stable_sort(out.begin(), out.end(), [&](const RelationView& a, const RelationView& b) {
    if (a.outgoing != b.outgoing) return a.outgoing;
    if (g.g[a.edge].type != g.g[b.edge].type) return g.g[a.edge].type < g.g[b.edge].type;
    return g.g[a.other].label < g.g[b.other].label;
  });
  return out;
}

std::string evidence_quantity(const EdgeEvidence& evidence) {
  if (!evidence.quantity) return {};
  return stated_quantity(*evidence.quantity, evidence.unit, evidence.quantity_bound);
}

std::string relation_heading(const EdgeProps& edge, bool outgoing) {
  std::string type = edge.type;
  std::replace(type.begin(), type.end(), '_', ' ');
  return outgoing ? type + " \u2192" : "\u2190 " + type;
}

}  // namespace actorgraph::detail
