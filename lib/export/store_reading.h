// What an export of a whole store written without building its graph keeps while it reads
// the relations: the store's actors, found by id (its edges are numbered by EdgeNumbers, as
// build_graph numbers them). Contract: the vertex numbers are those of
// build_graph(store.load()), the actors in the order load() gives them.
#ifndef ACTORGRAPH_EXPORT_STORE_READING_H_
#define ACTORGRAPH_EXPORT_STORE_READING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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
  // The same into `out`: what an export reads beside its relations (scan_relations_beside's
  // `before`).
  [[nodiscard]] static Status read_into(Store& store, std::optional<StoreActors>& out);

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

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_STORE_READING_H_
