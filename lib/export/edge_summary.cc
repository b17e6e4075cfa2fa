#include "export/edge_summary.h"

#include <algorithm>
#include <optional>

#include "common/quantity.h"
#include "export/relation_scan.h"
#include "export/store_reading.h"
#include "export/xml_text.h"
#include "graph/edge_numbers.h"
#include "text/string_map.h"

namespace actorgraph::detail {

using namespace std::string_view_literals;

void EdgeSummary::add(Modality m, std::string_view date, std::span<const std::string> evidence_items,
                      std::string_view evidence_quote) {
  if (weight == 0) {
    modality = m;
    quote = evidence_quote;
  }
  ++weight;
  modality = std::min(modality, m);
  if (auto at = std::lower_bound(modalities.begin(), modalities.end(), m); at == modalities.end() || *at != m)
    modalities.insert(at, m);
  for (const std::string& item : evidence_items) {
    if (std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
  }
  if (!date.empty()) {
    if (auto at = std::lower_bound(dates.begin(), dates.end(), date); at == dates.end() || *at != date)
      dates.insert(at, std::string(date));
  }
}

void EdgeSummary::add_quantity(std::optional<double> quantity, std::string_view unit,
                               std::string_view bound) {
  if (!quantity) return;
  std::string stated = stated_quantity(*quantity, unit, bound);
  if (!stated.empty() && std::find(quantities.begin(), quantities.end(), stated) == quantities.end())
    quantities.push_back(std::move(stated));
}

void append_edge_ends(std::string& out, const EdgeSummary& edge) {
  out += "id=\""sv;
  out += edge.id;
  out += "\" source=\"n"sv;
  append_number(out, edge.source);
  out += "\" target=\"n"sv;
  append_number(out, edge.target);
  out += '"';
}

SummaryGraph summarise(const ActorGraph& graph) {
  SummaryGraph s;
  const Graph& g = graph.g;
  s.nodes.reserve(boost::num_vertices(g));
  for (auto v : boost::make_iterator_range(boost::vertices(g))) s.nodes.push_back(&g[v]);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const EdgeProps& p = g[e];
    EdgeSummary& out = s.edges.emplace_back();
    out.source = boost::source(e, g);
    out.target = boost::target(e, g);
    out.id = p.id;
    out.type = p.type;
    for (const EdgeEvidence& ev : p.evidence) {
      out.add(ev.evidence.modality, ev.evidence.date, ev.items, ev.evidence.quote);
      out.add_quantity(ev.quantity, ev.unit, ev.quantity_bound);
    }
    out.modality = p.modality;
  }
  return s;
}

Result<SummaryGraph> summarise(Store& store) {
  std::optional<StoreActors> actors;
  EdgeNumbers numbers;
  SummaryGraph s;
  // the relations are read on another thread while this one reads the actors, then sums them
  Status read = scan_relations_beside(
      store, RelationColumns::summary,
      [&](const RelationView& r) {
        const std::uint32_t source = actors->find(r.source), target = actors->find(r.target);
        if (source == StoreActors::kNone || target == StoreActors::kNone) return;  // as build_graph drops it
        const auto [at, added] = numbers.find_or_add(source, target, r.type);
        if (added) {
          EdgeSummary& e = s.edges.emplace_back();
          e.source = source;
          e.target = target;
          e.id = edge_id(at);
          e.type = r.type;
        }
        s.edges[at].add(r.modality, r.date, r.items, r.quote);
        s.edges[at].add_quantity(r.quantity, r.unit, r.quantity_bound);
      },
      nullptr, [&] { return StoreActors::read_into(store, actors); });
  if (!read) return Error{read.message()};
  s.owned = std::move(*actors).release();
  s.nodes.reserve(s.owned.size());
  for (const NodeProps& p : s.owned) s.nodes.push_back(&p);
  // in order of creation, as boost::edges visits a bidirectional adjacency_list (its edge list)
  return s;
}

}  // namespace actorgraph::detail
