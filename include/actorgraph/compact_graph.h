// CompactGraph: the skeleton of a large store's graph, for queries over millions of actors.
//
// Actors and their aggregated relations (type, strongest modality, number of pieces of
// evidence) in a Boost compressed_sparse_row_graph — about 20 bytes per relation instead of
// the adjacency_list's hundreds with evidence — built once per command from the store's
// `edges` table. The evidence of a relation stays in the store and is read only for the
// relations an answer shows (Store::evidence). Immutable after load: safe to share between
// threads.
//
// Loading scans the store's tables; the arrays are then kept in the store as a cache
// (Store::write_cache) for the store's current generation, so that the next command loads
// them in one read instead of rebuilding them row by row, until a build changes the store.
#ifndef ACTORGRAPH_COMPACT_GRAPH_H_
#define ACTORGRAPH_COMPACT_GRAPH_H_

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/query.h"
#include "actorgraph/records.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph {

struct CompactEdge {
  std::uint32_t weight = 0;  // pieces of evidence
  std::uint16_t type = 0;    // index into CompactGraph::relation_types()
  Modality modality = Modality::asserted;
};

using CompactCsr = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, CompactEdge,
                                                      boost::no_property, std::uint32_t, std::uint32_t>;

struct CompactLoadOptions {
  bool read_cache = true;                      // use the store's cached arrays when they are current
  bool write_cache = true;                     // keep the arrays in the store when they were rebuilt ...
  std::size_t cache_from_relations = 100'000;  // ... and hold at least this many relations
};

class CompactGraph {
 public:
  using Actor = std::uint32_t;

  static Result<CompactGraph> load(Store& store, CompactLoadOptions options = {});

  // True when load() took the arrays from the store's cache.
  [[nodiscard]] bool from_cache() const { return from_cache_; }
  // The arrays as bytes (what the cache holds), and back; nullopt for bytes that are not a
  // CompactGraph of this format (a damaged cache), which load() then rebuilds.
  [[nodiscard]] std::string serialize() const;
  static std::optional<CompactGraph> deserialize(std::string_view bytes);

  [[nodiscard]] std::size_t actor_count() const { return types_.size(); }
  [[nodiscard]] std::size_t relation_count() const { return boost::num_edges(csr_); }
  [[nodiscard]] std::string_view id(Actor a) const;
  [[nodiscard]] std::string_view label(Actor a) const;
  [[nodiscard]] EntityType type(Actor a) const { return types_[a]; }
  // The actor with exactly this id.
  [[nodiscard]] std::optional<Actor> find(std::string_view id) const;

  [[nodiscard]] const std::vector<std::string>& relation_types() const { return relation_types_; }
  [[nodiscard]] std::optional<std::uint16_t> relation_type(std::string_view name) const;
  [[nodiscard]] const CompactCsr& csr() const { return csr_; }

  // Bytes held by the graph structure (CSR arrays with edge properties) and by everything
  // (actor ids, labels and the id index as well).
  [[nodiscard]] std::size_t structure_bytes() const;
  [[nodiscard]] std::size_t total_bytes() const;

 private:
  CompactCsr csr_;
  std::vector<std::string> relation_types_;
  std::vector<EntityType> types_;
  std::string text_;                      // ids and labels, one after the other
  std::vector<std::uint64_t> id_at_;      // per actor: offset of the id; label follows it
  std::vector<std::uint32_t> id_length_;  // per actor
  std::vector<std::uint32_t> label_length_;
  std::vector<Actor> by_id_;            // actors sorted by the hash of their id, for find()
  std::vector<std::uint64_t> id_hash_;  // those hashes, in the same order
  bool from_cache_ = false;

  void index_ids();
};

// A supply relation read off a CompactGraph, with its evidence counted, not loaded.
struct CompactSupply {
  CompactGraph::Actor supplier = 0, recipient = 0;
  Modality modality = Modality::asserted;
  std::uint32_t evidence = 0;
};

// Who supplies `recipient` (upstream) or whom `supplier` supplies, strongest modality first.
std::vector<CompactSupply> compact_suppliers_of(const CompactGraph& g, CompactGraph::Actor recipient);
std::vector<CompactSupply> compact_recipients_of(const CompactGraph& g, CompactGraph::Actor supplier);

// Supply chains: every actor within `depth` supplies hops upstream (or downstream) of `root`,
// each once, nearest first, with its hop count.
std::vector<std::pair<CompactGraph::Actor, int>> compact_chain(const CompactGraph& g,
                                                               CompactGraph::Actor root, bool upstream,
                                                               int depth);

// Every actor within `hops` relations of `root` (any type, either direction), root first,
// nearest first.
std::vector<CompactGraph::Actor> compact_neighbourhood(const CompactGraph& g, CompactGraph::Actor root,
                                                       int hops);

// A shortest path between two actors over relations of `types` (any when empty) in either
// direction (breadth first from both ends); empty when there is none.
std::vector<CompactGraph::Actor> compact_path(const CompactGraph& g, CompactGraph::Actor from,
                                              CompactGraph::Actor to,
                                              const std::set<std::string>& types = {});

// Central actors, best first, ties by label: degree (relations in and out), PageRank
// (Boost.Graph's), or betweenness — Boost.Graph's exact Brandes while actors × (actors +
// relations) stays within `exact_work`, else estimated from a random sample of start actors
// (as many as that work allows, at least 16 — all of them when there are no more), and
// `sources` says how many.
struct CompactRanking {
  std::vector<std::pair<CompactGraph::Actor, double>> ranked;
  std::size_t sources = 0;  // betweenness estimated from this many start actors; 0: exact
};
CompactRanking compact_top(const CompactGraph& g, Centrality by, std::optional<EntityType> type, int limit,
                           std::size_t exact_work = 500'000'000);

}  // namespace actorgraph

#endif  // ACTORGRAPH_COMPACT_GRAPH_H_
