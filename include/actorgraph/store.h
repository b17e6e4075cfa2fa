// Store: where extractions are kept between runs.
//
// A small interface so that the SQLite file used on one machine can later be joined by a
// PostgreSQL store for teams. A build is one transaction: begin_build(), add() per
// extraction, finish_build() — an interrupted build leaves the previous state intact, and
// a rerun completes it (documents already stored are recognised by their id and skipped).
#ifndef ACTORGRAPH_STORE_H_
#define ACTORGRAPH_STORE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "actorgraph/records.h"
#include "actorgraph/result.h"

namespace actorgraph {

struct AliasSeen {
  std::string text;
  std::string lang;
  std::uint32_t count = 0;
};

struct NodeRow {
  std::string id;
  EntityType type = EntityType::person;
  std::string label;
  bool known = false;
  std::vector<AliasSeen> aliases;
  std::uint32_t mentions = 0;
  std::uint32_t documents = 0;
};

// One relation as one piece of evidence; the graph aggregates them per (source, target, type).
struct RelationRow {
  std::string source, target, type;
  Evidence evidence;
  std::vector<std::string> items;
  std::optional<double> quantity;
  std::string unit;
  std::string role;
  std::string mode;
  std::string quantity_bound;  // "at least", "at most", "about", or empty
};

struct DocumentRow {
  std::string id, source, title, date, lang, url;
};

struct StoreContents {
  std::vector<NodeRow> nodes;
  std::vector<RelationRow> relations;
  std::vector<DocumentRow> documents;
};

// An actor as a query graph needs it: the store's integer key, id, type and label. The
// views are valid during the visit only.
struct ActorRow {
  std::int64_t key = 0;
  std::string_view id;
  EntityType type = EntityType::person;
  std::string_view label;
};

// A name an actor was seen under in the documents, by the actor's integer key. The view is
// valid during the visit only.
struct AliasRow {
  std::int64_t key = 0;
  std::string_view text;
};

// Relations aggregated per (source, target, type), over actor keys: the strongest modality
// and the number of pieces of evidence.
struct EdgeRow {
  std::int64_t source = 0, target = 0;
  std::string_view type;
  Modality modality = Modality::asserted;
  std::uint32_t weight = 0;
};

// One relation row as a scan visits it: what a RelationRow holds, as views valid during the
// visit only. A scan of RelationColumns::summary leaves doc, sentence, start, end, attribution,
// role and mode empty.
struct RelationView {
  std::int64_t id = 0;  // the order stored
  std::string_view source, target, type;
  Modality modality = Modality::alleged;
  std::string_view date;
  std::span<const std::string> items;
  std::string_view quote;
  std::string_view doc;
  std::uint32_t sentence = 0, start = 0, end = 0;
  std::string_view attribution;  // Evidence::source: the entity it is attributed to, or empty
  std::optional<double> quantity;
  std::string_view unit, role, mode, quantity_bound;
};

// The columns a relation scan reads: all of them (for JSON, every piece of evidence in full), or
// those a graph's summary shows (GraphML, GEXF: source, target, type, modality, date, items,
// quote, quantity, unit, quantity_bound), which spares reading the rest of every row.
enum class RelationColumns { summary, all };

// A whole store counted: entities by type, and relations aggregated per (source, target,
// type) between stored entities — the edges of its graph — by type.
struct StoreTally {
  std::map<std::string, std::uint32_t> entities_by_type, relations_by_type;
};

struct BuildCounts {
  std::uint32_t documents_new = 0, documents_skipped = 0;
  std::uint64_t mentions = 0, relations = 0;
};

// One aggregated relation: its ends and its type.
struct RelationKey {
  std::string source, target, type;
  friend bool operator<(const RelationKey& a, const RelationKey& b) {
    return std::tie(a.source, a.target, a.type) < std::tie(b.source, b.target, b.type);
  }
  friend bool operator==(const RelationKey& a, const RelationKey& b) = default;
};

// What Store::load_scope reads: every actor, or only those named; with or without their
// mention counts; with or without the relations among them (and the documents those cite).
// With `only`, the relations read are exactly those listed (every piece of evidence of each),
// whatever their ends: the few relations a question needs of an actor with thousands.
struct LoadScope {
  std::optional<std::vector<std::string>> actors;  // ids; nullopt: all
  bool counts = true;
  bool relations = true;
  std::optional<std::vector<RelationKey>> only;
};

class Store {
 public:
  virtual ~Store() = default;

  [[nodiscard]] virtual Result<bool> has_document(std::string_view id) = 0;
  [[nodiscard]] virtual Status begin_build() = 0;
  [[nodiscard]] virtual Status add(const Extraction& extraction) = 0;
  // Says, during a build, that every input has been read while some documents are still being
  // extracted on other threads: the store may write what it has summed in memory now, beside
  // them, so that finish_build() has less to do alone. The rows stored are the same either way.
  [[nodiscard]] virtual Status inputs_read() { return Status::ok(); }
  // Merges what only the whole store can tell (a surname met alone in one document and in
  // full in another), then commits.
  [[nodiscard]] virtual Status finish_build() = 0;
  virtual void abort_build() = 0;

  // Everything, evidence included: for exports, reports and queries over small stores.
  [[nodiscard]] virtual Result<StoreContents> load() = 0;
  // Part of it: the names of every actor without relations (to resolve what people type),
  // or a neighbourhood with its evidence (to answer a query about a few actors).
  [[nodiscard]] virtual Result<StoreContents> load_scope(const LoadScope& scope) = 0;
  // Counted in the store, whatever its size (what a build reports).
  [[nodiscard]] virtual Result<StoreTally> tally() = 0;

  // The graph's skeleton without evidence, streamed: what a CompactGraph of millions of
  // relations is built from.
  [[nodiscard]] virtual Status scan_actors(const std::function<void(const ActorRow&)>& visit) = 0;
  [[nodiscard]] virtual Status scan_edges(const std::function<void(const EdgeRow&)>& visit) = 0;
  // Every alias of every actor, in no particular order: what a NameIndex is built from.
  [[nodiscard]] virtual Status scan_aliases(const std::function<void(const AliasRow&)>& visit) = 0;
  // Every relation, in the order stored (the order load() gives them), one row at a time:
  // what a whole-store export is written from without building the graph.
  [[nodiscard]] virtual Status scan_relations(RelationColumns columns,
                                              const std::function<void(const RelationView&)>& visit) = 0;
  // Another handle on the same store, for another thread to read beside this one (a Store is
  // used by one thread at a time): an export reads the relations on one while it reads the
  // actors on the other. It only reads; each of its reads sees the store as it is then.
  [[nodiscard]] virtual Result<std::unique_ptr<Store>> reader() = 0;
  // Every document, in the order load() gives them (by source, then id).
  [[nodiscard]] virtual Status scan_documents(const std::function<void(const DocumentRow&)>& visit) = 0;
  // Derived data kept with the store (a CompactGraph's arrays), under a name. Each build
  // that commits starts a new generation; read_cache returns nothing unless the cache was
  // written for `generation`. write_cache does not wait for a running build's write lock and
  // fails on a read-only store: a cache is an optimisation, never needed for a right answer.
  [[nodiscard]] virtual Result<std::uint64_t> generation() = 0;
  [[nodiscard]] virtual Result<std::optional<std::string>> read_cache(std::string_view name,
                                                                      std::uint64_t generation) = 0;
  [[nodiscard]] virtual Status write_cache(std::string_view name, std::uint64_t generation,
                                           std::string_view bytes) = 0;
  // The evidence of one aggregated relation, in the order it was stored.
  [[nodiscard]] virtual Result<std::vector<RelationRow>> evidence(std::string_view source,
                                                                  std::string_view target,
                                                                  std::string_view type) = 0;
};

// Opens (creating if needed) a SQLite store. Refuses files that are not actorgraph stores
// or come from a newer schema version.
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_H_
