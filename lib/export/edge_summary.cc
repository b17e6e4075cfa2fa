#include "export/edge_summary.h"

#include <algorithm>

#include "export/relation_scan.h"
#include "export/xml_text.h"
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
    }
    out.modality = p.modality;
  }
  return s;
}

Result<SummaryGraph> summarise(Store& store) {
  LoadScope actors;  // every actor with aliases and counts, no relation
  actors.relations = false;
  auto contents = store.load_scope(actors);
  if (!contents) return Error{contents.message()};
  SummaryGraph s;
  // each actor's vertex found by its id through a FlatIndex over the ids' hashes
  FlatIndex vertex;
  std::vector<std::uint64_t> id_hashes;
  s.owned.reserve(contents->nodes.size());
  id_hashes.reserve(contents->nodes.size());
  for (NodeRow& n : contents->nodes) {
    const NodeProps& p = s.owned.emplace_back(node_props(std::move(n)));
    id_hashes.push_back(hash_bytes(p.id));
    vertex.add(id_hashes.back(), static_cast<std::uint32_t>(s.owned.size() - 1),
               [&](std::uint32_t k) { return id_hashes[k]; });
  }
  for (const NodeProps& p : s.owned) s.nodes.push_back(&p);
  auto vertex_of = [&](std::string_view id) {
    return vertex.find(hash_bytes(id), [&](std::uint32_t k) { return s.owned[k].id == id; });
  };
  // each edge found again through a FlatIndex over the hashes of its key (kept for its growth)
  FlatIndex edge_at;
  std::vector<std::uint64_t> hashes;
  // the store is read on another thread while this one sums its rows
  Status read = scan_relations_beside(store, [&](const RelationView& r) {
    const std::uint32_t source = vertex_of(r.source), target = vertex_of(r.target);
    if (source == FlatIndex::kNone || target == FlatIndex::kNone) return;  // as build_graph drops it
    const std::uint64_t h = hash_pair_and_bytes(source, target, r.type);
    std::uint32_t at = edge_at.find(h, [&](std::uint32_t e) {
      const EdgeSummary& x = s.edges[e];
      return x.source == source && x.target == target && x.type == r.type;
    });
    if (at == FlatIndex::kNone) {
      at = static_cast<std::uint32_t>(s.edges.size());
      EdgeSummary& e = s.edges.emplace_back();
      e.source = source;
      e.target = target;
      e.id = edge_id(at);
      e.type = r.type;
      hashes.push_back(h);
      edge_at.add(h, at, [&](std::uint32_t k) { return hashes[k]; });
    }
    s.edges[at].add(r.modality, r.date, r.items, r.quote);
  });
  if (!read) return Error{read.message()};
  // in order of creation, as boost::edges visits a bidirectional adjacency_list (its edge list)
  return s;
}

}  // namespace actorgraph::detail
