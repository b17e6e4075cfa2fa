// NameIndex: resolving what people type into actors.
//
// Names resolve through the same alias machinery as the text — gazetteer names in any
// language (Moskou, Wit-Rusland, Kremlin), the aliases seen in the documents, the
// spelling-invariant person key (Poetin = Putin), designations (DF-11 = DF 11), a person's
// surname alone — ignoring case and diacritics, and ids work too ("state:RU"). An unknown
// name fails with suggestions by edit distance; an ambiguous one lists its candidates with
// their types.
//
// The index is sorted arrays over one block of text: built from a graph, or from a store's
// actors and aliases, and then kept in the store as a cache for the store's current
// generation (like a CompactGraph), so that a query on a store of millions of actors reads
// it in one go instead of folding every name again. Immutable after construction.
#ifndef ACTORGRAPH_NAME_INDEX_H_
#define ACTORGRAPH_NAME_INDEX_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/records.h"
#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph {

struct NameLoadOptions {
  bool read_cache = true;                  // use the store's cached index when it is current
  bool write_cache = true;                 // keep a rebuilt index in the store ...
  std::size_t cache_from_actors = 20'000;  // ... when it holds at least this many actors
};

class NameIndex {
 public:
  // The names of every actor of `graph`. `extractor` (may be null) lends its gazetteer and
  // person-name keys; it must outlive the index.
  NameIndex(const ActorGraph& graph, const Extractor* extractor);
  // The names of every actor of `store`.
  static Result<NameIndex> load(Store& store, const Extractor* extractor, NameLoadOptions options = {});

  // The id of the one actor `name` stands for, or an error: "no actor named …; did you
  // mean …?", or "… is ambiguous: …".
  [[nodiscard]] Result<std::string> resolve(std::string_view name) const;

  // The label of the actor with this id, if there is one.
  [[nodiscard]] std::optional<std::string_view> label_of(std::string_view id) const;

  [[nodiscard]] std::size_t actor_count() const { return types_.size(); }
  [[nodiscard]] std::size_t name_count() const { return kinds_.size(); }
  // True when load() took the index from the store's cache.
  [[nodiscard]] bool from_cache() const { return from_cache_; }
  // The index as bytes (what the cache holds), and back; nullopt for bytes that are not an
  // index of this format.
  [[nodiscard]] std::string serialize() const;
  static std::optional<NameIndex> deserialize(std::string_view bytes, const Extractor* extractor);

 private:
  class Builder;
  enum class Kind : std::uint8_t { id, name, person_key, surname };
  using Actor = std::uint32_t;
  struct Range {
    std::size_t begin = 0, end = 0;
  };

  explicit NameIndex(const Extractor* extractor) : extractor_(extractor) {}
  [[nodiscard]] Range find(Kind kind, std::string_view text) const;
  [[nodiscard]] std::string_view text_of(std::size_t i) const {
    return {text_.data() + name_at_[i], name_length_[i]};
  }
  [[nodiscard]] std::string_view id(Actor a) const { return {text_.data() + actor_at_[a], id_length_[a]}; }
  [[nodiscard]] std::string_view label(Actor a) const {
    return {text_.data() + actor_at_[a] + id_length_[a], label_length_[a]};
  }

  const Extractor* extractor_ = nullptr;
  bool keyed_ = false;  // person keys were made (with an extractor)
  bool from_cache_ = false;
  std::string text_;  // ids, labels and names, one after the other
  // per actor: where its id starts (its label follows), their lengths, its type
  std::vector<std::uint64_t> actor_at_;
  std::vector<std::uint32_t> id_length_, label_length_;
  std::vector<EntityType> types_;
  // per name, sorted by (kind, text, actor)
  std::vector<Kind> kinds_;
  std::vector<std::uint64_t> name_at_;
  std::vector<std::uint32_t> name_length_;
  std::vector<Actor> name_actor_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_NAME_INDEX_H_
