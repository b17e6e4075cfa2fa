// The whole store as JSON without building its graph: each piece of evidence is formatted as
// the store gives it (read on another thread, while this one reads the actors) and kept with
// its edge, as text; the edges are then written in order, their evidence spliced in after the
// members formatted last.
#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "actorgraph/export.h"
#include "export/json_writing.h"
#include "export/relation_scan.h"
#include "export/store_reading.h"
#include "graph/edge_numbers.h"

namespace actorgraph {
namespace {

using namespace std::string_view_literals;

// An edge as it is read: its summary so far and its evidence, formatted.
struct ReadEdge {
  std::uint32_t source = 0, target = 0;  // vertex numbers
  std::string type;
  Modality modality = Modality::asserted;  // the strongest so far
  std::uint8_t modalities = 0;             // bit m: some evidence has modality m
  std::uint32_t weight = 0;
  std::vector<std::string> items;  // distinct, in order of first evidence
  std::string evidence;            // the elements of its evidence array, each after its separator
};

// Appends one piece of evidence to its edge's as it stands in the document: an element of
// an array four levels down.
void append_evidence(const RelationView& r, std::string& out) {
  out += out.empty() ? "\n    "sv : ",\n    "sv;
  detail::NestedString nested(out, 4);
  detail::NestedWriter w(nested);
  w.SetIndent(' ', 1);
  detail::write_evidence(w, {r.doc, r.sentence, r.start, r.end, r.date, r.modality, r.quote, r.attribution,
                             r.items, r.quantity, r.unit, r.role, r.mode, r.quantity_bound});
}

}  // namespace

Status write_store_json(Store& store, std::ostream& out) {
  std::optional<detail::StoreActors> actors;
  detail::EdgeNumbers numbers;
  std::vector<ReadEdge> edges;
  std::vector<DocumentRow> documents;
  Status read = detail::scan_relations_beside(
      store, RelationColumns::all,
      [&](const RelationView& r) {
        const std::uint32_t source = actors->find(r.source), target = actors->find(r.target);
        if (source == detail::StoreActors::kNone || target == detail::StoreActors::kNone)
          return;  // as build_graph
        const auto [at, added] = numbers.find_or_add(source, target, r.type);
        if (added) {
          ReadEdge& e = edges.emplace_back();
          e.source = source;
          e.target = target;
          e.type = r.type;
          e.modality = r.modality;
        }
        ReadEdge& e = edges[at];
        e.modality = std::min(e.modality, r.modality);
        e.modalities |= static_cast<std::uint8_t>(1U << static_cast<unsigned>(r.modality));
        ++e.weight;
        for (const std::string& item : r.items) {
          if (std::find(e.items.begin(), e.items.end(), item) == e.items.end()) e.items.push_back(item);
        }
        append_evidence(r, e.evidence);
      },
      [&](Store& s) {  // (on the reading thread, done with the relations)
        return s.scan_documents([&](const DocumentRow& d) { documents.push_back(d); });
      },
      [&] { return detail::StoreActors::read_into(store, actors); });  // (on this thread, meanwhile)
  if (!read) return Error{read.message()};
  const std::vector<NodeProps>& nodes = actors->nodes();
  std::vector<const NodeProps*> node_list;
  node_list.reserve(nodes.size());
  for (const NodeProps& n : nodes) node_list.push_back(&n);
  return detail::write_json_document(
      out, node_list, edges.size(),
      [&](std::size_t i, std::string& text) {
        const ReadEdge& e = edges[i];
        std::vector<Modality> modalities;
        for (Modality m : kModalities) {
          if ((e.modalities >> static_cast<unsigned>(m)) & 1U) modalities.push_back(m);
        }
        {
          detail::NestedString nested(text, 2);
          detail::NestedWriter w(nested);
          w.SetIndent(' ', 1);
          detail::write_edge_head(w, {edge_id(i), nodes[e.source].id, nodes[e.target].id, e.type, e.modality,
                                      modalities, e.weight, e.items});
        }
        text += e.evidence;
        text += "\n   ]\n  }"sv;  // the evidence array closed, then the edge
      },
      documents);
}

}  // namespace actorgraph
