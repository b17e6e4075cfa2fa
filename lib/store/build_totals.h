// BuildTotals: what the documents of a build add to a store's running aggregates — each
// entity's mention and document counts, each alias's count, each edge's strongest modality and
// weight — summed in memory, so that a store writes each aggregate row once per build instead
// of updating a B-tree row for every document that touches it.
//
// Contract: writing the totals reproduces, row for row, what one upsert per document would
// have left. Entities and aliases are kept in the order they were first listed, so the rows
// they insert get the keys the per-document upserts would have given them; counts of an entity
// that is mentioned before any document of this batch lists it are kept apart (`updates`), to
// be applied to a row an earlier build stored. A store may write and clear() the totals at any
// point of a build (to bound their memory): the next rows merge with the written ones.
#ifndef ACTORGRAPH_STORE_BUILD_TOTALS_H_
#define ACTORGRAPH_STORE_BUILD_TOTALS_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/store.h"
#include "text/string_map.h"

namespace actorgraph::detail {

class BuildTotals {
 public:
  struct Entity {
    std::string id;
    EntityType type = EntityType::person;
    std::string label;
    bool known = false;
    std::uint64_t mentions = 0;
    std::uint64_t documents = 0;
  };
  // Mentions of an entity this batch has not listed: counts for a row already in the store.
  struct Update {
    std::string id;
    std::uint64_t mentions = 0;
    std::uint64_t documents = 0;
  };
  struct Alias {
    std::string entity, alias, lang;
    std::uint64_t count = 0;
  };
  struct Edge {
    std::string source, target, type;
    int modality = 0;  // the strongest (lowest) Modality of its evidence
    std::uint64_t weight = 0;
  };

  // The aggregates of one document's extraction. `aliases` are its names, each (entity,
  // surface) once with how often the document uses it, in order of first use.
  void add_document(const Extraction& x, std::span<const std::pair<const Mention*, std::uint32_t>> aliases);

  [[nodiscard]] std::span<const Entity> entities() const { return entities_.rows; }
  [[nodiscard]] std::span<const Update> updates() const { return updates_.rows; }
  [[nodiscard]] std::span<const Alias> aliases() const { return aliases_.rows; }
  [[nodiscard]] std::span<const Edge> edges() const { return edges_.rows; }
  // Rows held: what a store weighs against the memory it allows them.
  [[nodiscard]] std::size_t size() const {
    return entities_.rows.size() + updates_.rows.size() + aliases_.rows.size() + edges_.rows.size();
  }
  [[nodiscard]] bool empty() const { return size() == 0; }
  void clear();

 private:
  // Each kind of row in the order first seen, found again through a FlatIndex over the hashes
  // of its key (kept beside the rows, for when the index grows).
  template <typename Row>
  struct Rows {
    std::vector<Row> rows;
    std::vector<std::uint64_t> hashes;
    FlatIndex index;
    // The row whose key hashes to `hash` and for which same(row) holds; else a new one, made by make().
    template <typename Same, typename Make>
    Row& find_or_add(std::uint64_t hash, Same&& same, Make&& make) {
      const std::uint32_t at = index.find(hash, [&](std::uint32_t i) { return same(rows[i]); });
      if (at != FlatIndex::kNone) return rows[at];
      rows.push_back(make());
      hashes.push_back(hash);
      index.add(hash, static_cast<std::uint32_t>(rows.size() - 1),
                [&](std::uint32_t i) { return hashes[i]; });
      return rows.back();
    }
    // Has the memory fetch where a lookup of `hash` starts (see FlatIndex::prefetch).
    void prefetch(std::uint64_t hash) const { index.prefetch(hash); }
    [[nodiscard]] Row* find(std::uint64_t hash, std::string_view id) {
      const std::uint32_t at = index.find(hash, [&](std::uint32_t i) { return rows[i].id == id; });
      return at == FlatIndex::kNone ? nullptr : &rows[at];
    }
  };

  // The hash of three fields, each after its length: no two triples share the bytes hashed.
  std::uint64_t hash3(std::string_view a, std::string_view b, std::string_view c);

  Rows<Entity> entities_;
  Rows<Update> updates_;
  Rows<Alias> aliases_;
  Rows<Edge> edges_;
  std::string key_;  // scratch for hash3()
  // scratch for add_document(): the hashes of one document's entities, aliases and relations,
  // all taken (and their buckets asked for) before any is looked up
  std::vector<std::uint64_t> entity_hashes_, alias_hashes_, edge_hashes_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_STORE_BUILD_TOTALS_H_
