// scan_relations_beside: Store::scan_relations with the store read on a thread of its own.
// The rows are copied a batch at a time and handed to the calling thread, which visits them
// while the next batch is read, so reading the store and summing its rows overlap. Contract as
// Store::scan_relations: every row once, in the store's order, on the calling thread; the
// views are valid during the call only. The store must not be used elsewhere meanwhile.
#ifndef ACTORGRAPH_EXPORT_RELATION_SCAN_H_
#define ACTORGRAPH_EXPORT_RELATION_SCAN_H_

#include <functional>

#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph::detail {

// `then`, if given, runs on the reading thread once every row is read, while the calling
// thread may still be visiting the last ones: more of the store read beside the visits.
// `before`, if given, runs on the calling thread before the first visit, while the rows are
// already being read over a handle of their own (Store::reader; where the store gives none,
// `before` runs first and the rows are read over `store`): an export reads the actors its
// visits need meanwhile. The result is the first failure of `before`, of reading the rows or
// of `then`.
[[nodiscard]] Status scan_relations_beside(Store& store, RelationColumns columns,
                                           const std::function<void(const RelationView&)>& visit,
                                           const std::function<Status(Store&)>& then = nullptr,
                                           const std::function<Status()>& before = nullptr);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_RELATION_SCAN_H_
