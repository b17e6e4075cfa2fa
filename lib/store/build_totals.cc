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
  // Each entity's mentions in this document: what it adds to its totals.
  std::unordered_map<std::string_view, std::uint32_t> mentioned;
  for (const Mention& m : x.mentions) ++mentioned[m.entity];
  for (const EntityRecord& e : x.entities) {
    std::uint64_t n = 0;
    if (auto it = mentioned.find(e.id); it != mentioned.end()) {
      n = it->second;
      mentioned.erase(it);  // what is left was mentioned without being listed
    }
    bool added = false;
    Entity& t = entities_.find_or_add(
        hash_bytes(e.id), [&](const Entity& r) { return r.id == e.id; },
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
  const std::string& lang = x.document.lang;
  for (const auto& use : aliases) {
    const Mention* m = use.first;
    Alias& a = aliases_.find_or_add(
        hash3(m->entity, m->surface, lang),
        [&](const Alias& r) { return r.entity == m->entity && r.alias == m->surface && r.lang == lang; },
        [&] {
          return Alias{m->entity, m->surface, lang, 0};
        });
    a.count += use.second;
  }
  for (const Relation& r : x.relations) {
    const int modality = static_cast<int>(r.evidence.modality);
    Edge& e = edges_.find_or_add(
        hash3(r.source, r.target, r.type),
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
