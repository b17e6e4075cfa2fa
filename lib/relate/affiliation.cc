#include "relate/affiliation.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

namespace actorgraph::detail {

std::vector<Relation> affiliations(const Knowledge& kb, const Lexicon& lx,
                                   std::span<const SentenceWords> sentences, const ResolvedDoc& doc,
                                   const std::vector<Evidence>& evidence) {
  std::vector<Relation> out;
  auto is_named_person = [](const Found& f) {
    return f.type == EntityType::person && f.how != How::short_form;
  };
  if (std::none_of(doc.found.begin(), doc.found.end(), is_named_person)) return out;

  // the type of each entity of the document, by id
  std::vector<std::pair<std::string_view, EntityType>> type_of;
  type_of.reserve(doc.entities.size());
  for (const auto& e : doc.entities) type_of.emplace_back(e.id, e.type);
  std::sort(type_of.begin(), type_of.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  auto type_of_entity = [&](std::string_view id) -> std::optional<EntityType> {
    auto it = std::lower_bound(type_of.begin(), type_of.end(), id,
                               [](const auto& a, std::string_view x) { return a.first < x; });
    if (it == type_of.end() || it->first != id) return std::nullopt;
    return it->second;
  };

  // entities the document names anywhere: a gazetteer role is only used for them
  std::vector<std::string_view> in_doc(doc.entity_of.begin(), doc.entity_of.end());
  std::sort(in_doc.begin(), in_doc.end());

  for (std::size_t i = 0; i < doc.found.size(); ++i) {
    const Found& p = doc.found[i];
    if (!is_named_person(p)) continue;
    const auto [lo, hi] = doc.mentions_in(p.sentence);
    const SentenceWords& s = sentences[p.sentence];
    // The role: a cue just before the name, or one that opens an "of" phrase leading to it
    // ("Director of the FSMTC Dmitry Shugaev", "head of … Rosoboronexport, Alexander
    // Mikheev"), or an apposition after the name ("…, stellvertretender Direktor").
    const Cue* cue = nullptr;
    std::size_t c0 = 0, c1 = 0;
    bool before_name = false;
    for (std::size_t k = p.w0 >= 12 ? p.w0 - 12 : 0; k < p.w0 && !cue; ++k) {
      auto m = lx.roles.match(s.folded, k);
      if (!m) continue;
      const std::size_t end = k + m->first;
      if (end == p.w0 ||
          (end < p.w0 && end + 1 < p.w0 && lx.particles.count(s.folded[end]) == 0 &&
           lx.stopwords.count(s.folded[end]) && p.w0 - end <= 10 && s.link[end] != Link::other)) {
        // the words between must not hold another person
        bool other = false;
        for (std::size_t qi = lo; qi < hi; ++qi) {
          const Found& q = doc.found[qi];
          other = other || (q.type == EntityType::person && q.w0 >= end && q.w0 < p.w0);
        }
        if (other) continue;
        cue = m->second;
        c0 = k;
        c1 = end;
        before_name = true;
      }
    }
    if (!cue && p.role_cue && p.cue_w0 >= 0 && p.cue_w0 >= static_cast<std::int64_t>(p.w1)) {
      cue = p.role_cue;
      c0 = static_cast<std::size_t>(p.cue_w0);
      c1 = static_cast<std::size_t>(p.cue_w1);
      if (auto m = lx.roles.match(s.folded, c0)) c1 = c0 + m->first;
    }
    // honorifics and roles with no organisation (Mr, oligarch, arms dealer) make no relation
    if (!cue || cue->relation.empty()) continue;
    const std::string& relation = cue->relation;
    const bool prefer_org = relation == "member_of";

    std::string best;
    int best_score = -1;
    for (std::size_t j = lo; j < hi; ++j) {
      const Found& t = doc.found[j];
      if (j == i || t.how == How::byline) continue;
      const std::optional<EntityType> type = type_of_entity(doc.entity_of[j]);
      if (!type || !kb.allows(relation, EntityType::person, *type)) continue;
      // an expert or member belongs to an organisation: "China-deskundige" is no member of China
      if (relation == "member_of" && *type == EntityType::state) continue;
      int score = -1;
      // (punctuation parts a clause's last actor from a role: "… to Ukraine, Prime Minister
      // Rishi Sunak said" is no Ukrainian's)
      const auto glued = [&] {
        for (std::size_t k = t.w1; k <= c0; ++k) {
          if (s.link[k] == Link::other) return false;
        }
        return true;
      };
      if (t.w1 <= c0 && c0 - t.w1 <= 1 && glued()) {
        // "De Finse minister", "Ukraine's president", "HUR-Chef"; the nearest of two ("Germany's
        // Rheinmetall chief" is Rheinmetall's)
        score = t.w1 == c0 ? 11 : 10;
      } else if (before_name && t.w0 >= c1 && t.w1 <= p.w0) {
        score = 9 + static_cast<int>(t.w1) - static_cast<int>(p.w0);  // in the "of" phrase, nearest the name
      } else if (!before_name && t.w0 >= c1 && t.w0 - c1 <= 8) {
        bool person_between = false;
        for (std::size_t qi = lo; qi < hi; ++qi) {
          const Found& q = doc.found[qi];
          person_between = person_between || (q.type == EntityType::person && q.w0 >= c1 && q.w0 < t.w0);
        }
        if (person_between) continue;
        score = 8 - static_cast<int>(t.w0 - c1);
      }
      if (score < 0) continue;
      if (prefer_org && *type != EntityType::state) score += 20;
      if (score > best_score) {
        best_score = score;
        best = doc.entity_of[j];
      }
    }
    // No target in the sentence: a known person's role from the gazetteer, when the text gives
    // the role and names that state or organisation ("Bundeskanzler Olaf Scholz" in an article
    // about Germany).
    std::string role = cue->role;
    if (best.empty() && p.known >= 0) {
      for (const RoleFact& r : kb.entities[static_cast<std::size_t>(p.known)].roles) {
        const std::string rel = r.relation.empty() ? "official_of" : r.relation;
        if (!std::binary_search(in_doc.begin(), in_doc.end(), std::string_view(r.of))) continue;
        if (rel != relation && !(relation != "member_of" && rel != "member_of")) continue;
        best = r.of;
        break;
      }
    }
    if (best.empty() || best == doc.entity_of[i]) continue;
    Relation r;
    r.source = doc.entity_of[i];
    r.target = best;
    r.type = relation;
    r.role = role;
    r.evidence = evidence[p.sentence];
    r.evidence.modality = Modality::asserted;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace actorgraph::detail
