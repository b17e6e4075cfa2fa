#include "build_totals.h"

#include <algorithm>
#include <unordered_map>

namespace actorgraph::detail {

std::uint64_t BuildTotals::hash3(std::string_view a, std::string_view b, std::string_view c) {
  key_.clear();
  for (std::string_view part : {a, b, c}) {
    const auto n = static_cast<std::uint32_t>(part.size());
    key_.append(reinterpret_cast<const char*>(&n), sizeof n);
    key_.append(part);
  }
  return hash_bytes(key_);
}

void BuildTotals::add_document(const Extraction& x,
                               std::span<const std::pair<const Mention*, std::uint32_t>> aliases) {
  // Every key hashed first, and the memory asked for its bucket: the lookups' cache misses
  // then overlap instead of following one another.
  const std::string& lang = x.document.lang;
  entity_hashes_.clear();
  alias_hashes_.clear();
  edge_hashes_.clear();
  for (const EntityRecord& e : x.entities) {
    entity_hashes_.push_back(hash_bytes(e.id));
    entities_.prefetch(entity_hashes_.back());
  }
  for (const auto& use : aliases) {
    alias_hashes_.push_back(hash3(use.first->entity, use.first->surface, lang));
    aliases_.prefetch(alias_hashes_.back());
  }
  for (const Relation& r : x.relations) {
    edge_hashes_.push_back(hash3(r.source, r.target, r.type));
    edges_.prefetch(edge_hashes_.back());
  }
  // Each entity's mentions in this document: what it adds to its totals.
  std::unordered_map<std::string_view, std::uint32_t> mentioned;
  for (const Mention& m : x.mentions) ++mentioned[m.entity];
  for (std::size_t i = 0; i < x.entities.size(); ++i) {
    const EntityRecord& e = x.entities[i];
    std::uint64_t n = 0;
    if (auto it = mentioned.find(e.id); it != mentioned.end()) {
      n = it->second;
      mentioned.erase(it);  // what is left was mentioned without being listed
    }
    bool added = false;
    Entity& t = entities_.find_or_add(
        entity_hashes_[i], [&](const Entity& r) { return r.id == e.id; },
        [&] {
          added = true;
          return Entity{e.id, e.type, e.label, e.known, n, n > 0 ? 1U : 0U};
        });
    if (!added) {
      t.mentions += n;
      t.documents += n > 0 ? 1 : 0;
    }
  }
  // (no structured bindings: clang before 16 cannot capture them in the lambdas below)
  for (const auto& seen : mentioned) {  // an entity listed by an earlier document
    const std::string_view id = seen.first;
    const std::uint32_t n = seen.second;
    const std::uint64_t h = hash_bytes(id);
    if (Entity* t = entities_.find(h, id)) {
      t->mentions += n;
      t->documents += 1;
      continue;
    }
    Update& u = updates_.find_or_add(
        h, [&](const Update& r) { return r.id == id; },
        [&] {
          return Update{std::string(id), 0, 0};
        });
    u.mentions += n;
    u.documents += 1;
  }
  for (std::size_t i = 0; i < aliases.size(); ++i) {
    const Mention* m = aliases[i].first;
    Alias& a = aliases_.find_or_add(
        alias_hashes_[i],
        [&](const Alias& r) { return r.entity == m->entity && r.alias == m->surface && r.lang == lang; },
        [&] {
          return Alias{m->entity, m->surface, lang, 0};
        });
    a.count += aliases[i].second;
  }
  for (std::size_t i = 0; i < x.relations.size(); ++i) {
    const Relation& r = x.relations[i];
    const int modality = static_cast<int>(r.evidence.modality);
    Edge& e = edges_.find_or_add(
        edge_hashes_[i],
        [&](const Edge& g) { return g.source == r.source && g.target == r.target && g.type == r.type; },
        [&] {
          return Edge{r.source, r.target, r.type, modality, 0};
        });
    e.modality = std::min(e.modality, modality);
    ++e.weight;
  }
}

void BuildTotals::clear() {
  // a new one: clear() would keep the capacity of a batch's million rows
  *this = BuildTotals();
}

}  // namespace actorgraph::detail
