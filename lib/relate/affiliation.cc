#include "relate/affiliation.h"

#include <map>

namespace actorgraph::detail {

std::vector<Relation> affiliations(const Knowledge& kb, const Lexicon& lx,
                                   const std::vector<SentenceWords>& sentences,
                                   const ResolvedDoc& doc, const std::vector<Evidence>& evidence) {
  std::vector<Relation> out;
  std::map<std::string, EntityType> type_of;
  for (const auto& e : doc.entities) type_of[e.id] = e.type;

  for (std::size_t i = 0; i < doc.found.size(); ++i) {
    const Found& p = doc.found[i];
    if (p.type != EntityType::person || p.how == "short") continue;
    const SentenceWords& s = sentences[p.sentence];
    const std::size_t n = s.words.size();
    // the role: a cue ending just before the name, or an apposition after it
    const Cue* cue = nullptr;
    std::size_t c0 = 0, c1 = 0;
    for (std::size_t k = p.w0 >= 6 ? p.w0 - 6 : 0; k < p.w0; ++k) {
      if (auto m = lx.roles.match(s.folded, k); m && k + m->first == p.w0) {
        cue = m->second;
        c0 = k;
        c1 = p.w0;
        break;
      }
    }
    if (!cue && p.role_cue && p.cue_w0 >= 0) {
      cue = p.role_cue;
      c0 = static_cast<std::size_t>(p.cue_w0);
      c1 = static_cast<std::size_t>(p.cue_w1);
      if (auto m = lx.roles.match(s.folded, c0)) c1 = c0 + m->first;
    }
    // honorifics and roles with no organisation (Mr, oligarch, arms dealer) make no relation
    if (!cue || cue->relation.empty()) continue;
    const std::string& relation = cue->relation;
    const bool prefer_org = relation == "member_of";

    // candidates: mentions in this sentence just before the cue or in the phrase after it
    std::string best;
    int best_score = -1;
    for (std::size_t j = 0; j < doc.found.size(); ++j) {
      const Found& t = doc.found[j];
      if (t.sentence != p.sentence || j == i) continue;
      const auto it = type_of.find(doc.entity_of[j]);
      if (it == type_of.end() || !kb.allows(relation, EntityType::person, it->second)) continue;
      // an expert or member belongs to an organisation: "China-deskundige" is no member of China
      if (relation == "member_of" && it->second == EntityType::state) continue;
      int score = -1;
      if (t.w1 <= c0 && c0 - t.w1 <= 1) {
        score = 10;  // "De Finse minister", "Ukraine's president"
      } else if (t.w0 >= c1 && t.w0 - c1 <= 8 && t.w0 >= p.w1 - (p.w1 > c1 ? 0 : 0)) {
        // after the cue and, for a cue before the name, after the name too
        const std::size_t from = c1 > p.w0 ? c1 : p.w1;
        if (t.w0 < from || t.w0 - from > 8) continue;
        bool person_between = false;
        for (const Found& q : doc.found) {
          if (q.sentence == p.sentence && q.type == EntityType::person && q.w0 >= from && q.w0 < t.w0) {
            person_between = true;
          }
        }
        if (person_between) continue;
        score = 8 - static_cast<int>(t.w0 - from);
      }
      if (score < 0) continue;
      const bool is_org = it->second != EntityType::state;
      if (prefer_org == is_org) score += 20;
      if (score > best_score) {
        best_score = score;
        best = doc.entity_of[j];
      }
    }
    if (best.empty() || best == doc.entity_of[i]) continue;
    Relation r;
    r.source = doc.entity_of[i];
    r.target = best;
    r.type = relation;
    r.role = cue->role;
    r.evidence = evidence[p.sentence];
    r.evidence.modality = Modality::asserted;
    out.push_back(std::move(r));
    (void)n;
  }
  return out;
}

}  // namespace actorgraph::detail
