#include "graph/edge_numbers.h"

namespace actorgraph::detail {

std::pair<std::uint32_t, bool> EdgeNumbers::find_or_add(std::size_t source, std::size_t target,
                                                        std::string_view type) {
  const std::uint64_t h = hash_pair_and_bytes(source, target, type);
  const std::uint32_t found = index_.find(h, [&](std::uint32_t e) {
    const Key& k = keys_[e];
    return k.source == source && k.target == target && k.type == type;
  });
  if (found != FlatIndex::kNone) return {found, false};
  const auto added = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back({source, target, std::string(type)});
  hashes_.push_back(h);
  index_.add(h, added, [&](std::uint32_t k) { return hashes_[k]; });
  return {added, true};
}

}  // namespace actorgraph::detail
