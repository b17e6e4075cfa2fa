#include "export/store_reading.h"

namespace actorgraph::detail {

Result<StoreActors> StoreActors::read(Store& store) {
  LoadScope actors;
  actors.relations = false;
  auto contents = store.load_scope(actors);
  if (!contents) return Error{contents.message()};
  StoreActors out;
  out.nodes_.reserve(contents->nodes.size());
  out.hashes_.reserve(contents->nodes.size());
  for (NodeRow& n : contents->nodes) {
    const NodeProps& p = out.nodes_.emplace_back(node_props(std::move(n)));
    out.hashes_.push_back(hash_bytes(p.id));
    out.index_.add(out.hashes_.back(), static_cast<std::uint32_t>(out.nodes_.size() - 1),
                   [&](std::uint32_t k) { return out.hashes_[k]; });
  }
  return out;
}

Status StoreActors::read_into(Store& store, std::optional<StoreActors>& out) {
  auto actors = read(store);
  if (!actors) return Error{actors.message()};
  out = std::move(*actors);
  return Status::ok();
}

std::uint32_t StoreActors::find(std::string_view id) const {
  return index_.find(hash_bytes(id), [&](std::uint32_t k) { return nodes_[k].id == id; });
}

}  // namespace actorgraph::detail
