// What an export of a whole store written without building its graph keeps while it reads
// the relations: the store's actors, found by id, and its edges, numbered as build_graph
// numbers them. Contract: the vertex numbers are those of build_graph(store.load()) (the
// actors in the order load() gives them), and an edge's number is its place among the
// edges in order of first evidence, the order boost::edges visits them in that graph.
#ifndef ACTORGRAPH_EXPORT_STORE_READING_H_
#define ACTORGRAPH_EXPORT_STORE_READING_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actorgraph/graph.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"
#include "text/string_map.h"

namespace actorgraph::detail {

class StoreActors {
 public:
  static constexpr std::uint32_t kNone = FlatIndex::kNone;

  // Every actor, with its aliases and counts, and no relation.
  [[nodiscard]] static Result<StoreActors> read(Store& store);

  // The vertex number of the actor with this id, or kNone if it is not stored.
  [[nodiscard]] std::uint32_t find(std::string_view id) const;
  [[nodiscard]] const std::vector<NodeProps>& nodes() const { return nodes_; }
  // The actors, for a graph's summary to own (this is left empty).
  [[nodiscard]] std::vector<NodeProps> release() && { return std::move(nodes_); }

 private:
  std::vector<NodeProps> nodes_;
  std::vector<std::uint64_t> hashes_;  // of the ids, by vertex
  FlatIndex index_;
};

class EdgeNumbers {
 public:
  // The number of the edge from `source` to `target` (vertex numbers) of this type, and
  // whether it is met here for the first time (it then takes the next number).
  std::pair<std::uint32_t, bool> find_or_add(std::uint32_t source, std::uint32_t target,
                                             std::string_view type);
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  struct Key {
    std::uint32_t source = 0, target = 0;
    std::string type;
  };
  std::vector<Key> keys_;
  std::vector<std::uint64_t> hashes_;
  FlatIndex index_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_STORE_READING_H_
