// EdgeNumbers: the aggregated edges of a graph as its relations come, one piece of evidence at
// a time, keyed by their ends and type and numbered in the order they are first met. That is
// how build_graph numbers the edges of an ActorGraph (its ids "e0", "e1", ... and the order
// boost::edges visits them), and how the exports that read a store without building its graph
// find the same numbers.
#ifndef ACTORGRAPH_GRAPH_EDGE_NUMBERS_H_
#define ACTORGRAPH_GRAPH_EDGE_NUMBERS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/string_map.h"

namespace actorgraph::detail {

class EdgeNumbers {
 public:
  // The number of the edge from `source` to `target` (vertex numbers) of this type, and
  // whether it is met here for the first time (it then takes the next number).
  std::pair<std::uint32_t, bool> find_or_add(std::size_t source, std::size_t target, std::string_view type);
  [[nodiscard]] std::size_t size() const { return keys_.size(); }

 private:
  struct Key {
    std::size_t source = 0, target = 0;
    std::string type;
  };
  std::vector<Key> keys_;
  std::vector<std::uint64_t> hashes_;
  FlatIndex index_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_GRAPH_EDGE_NUMBERS_H_
