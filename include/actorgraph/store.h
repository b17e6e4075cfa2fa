// Store: where extractions are kept between runs.
//
// A small interface so that the SQLite file used on one machine can later be joined by a
// PostgreSQL store for teams. A build is one transaction: begin_build(), add() per
// extraction, finish_build() — an interrupted build leaves the previous state intact, and
// a rerun completes it (documents already stored are recognised by their id and skipped).
#ifndef ACTORGRAPH_STORE_H_
#define ACTORGRAPH_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
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
};

struct DocumentRow {
  std::string id, source, title, date, lang, url;
};

struct StoreContents {
  std::vector<NodeRow> nodes;
  std::vector<RelationRow> relations;
  std::vector<DocumentRow> documents;
};

struct BuildCounts {
  std::uint32_t documents_new = 0, documents_skipped = 0;
  std::uint64_t mentions = 0, relations = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  [[nodiscard]] virtual Result<bool> has_document(std::string_view id) = 0;
  [[nodiscard]] virtual Status begin_build() = 0;
  [[nodiscard]] virtual Status add(const Extraction& extraction) = 0;
  // Merges what only the whole store can tell (a surname met alone in one document and in
  // full in another), then commits.
  [[nodiscard]] virtual Status finish_build() = 0;
  virtual void abort_build() = 0;

  [[nodiscard]] virtual Result<StoreContents> load() = 0;
};

// Opens (creating if needed) a SQLite store. Refuses files that are not actorgraph stores
// or come from a newer schema version.
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& path);

}  // namespace actorgraph

#endif  // ACTORGRAPH_STORE_H_
