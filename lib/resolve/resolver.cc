#include "resolve/resolver.h"

#include <algorithm>
#include <span>

#include "relate/relation_lexicon.h"
#include "text/fold.h"
#include "text/string_map.h"

namespace actorgraph::detail {
namespace {

std::string slug(const std::string& folded) {
  std::string out;
  for (char c : folded) {
    // the name key's sound classes (data/lexicon/name_key.json) in readable letters
    switch (c) {
      case 'S':
        out += "sh";
        continue;
      case 'C':
        out += "ch";
        continue;
      case 'H':
        out += "kh";
        continue;
      case 'J':
        out += "dj";
        continue;
      case 'Z':
        out += "zh";
        continue;
      default:
        break;
    }
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::pair<std::size_t, std::size_t> ResolvedDoc::mentions_in(std::uint32_t sentence) const {
  const auto lo = std::lower_bound(found.begin(), found.end(), sentence,
                                   [](const Found& f, std::uint32_t si) { return f.sentence < si; });
  const auto hi = std::upper_bound(lo, found.end(), sentence,
                                   [](std::uint32_t si, const Found& f) { return si < f.sentence; });
  return {static_cast<std::size_t>(lo - found.begin()), static_cast<std::size_t>(hi - found.begin())};
}

ResolvedDoc resolve(const Knowledge& kb, const Recogniser& rec, std::string_view text,
                    const std::string& lang, std::span<const SentenceWords> sentences,
                    std::vector<Found> found) {
  const Lexicon& lx = rec.lexicon();
  ResolvedDoc r;
  std::vector<EntityRecord> entities;          // as first noted
  FlatStringMap<std::size_t> entity_of_id;     // id -> index in entities
  std::vector<std::string> ids(found.size());  // of each found
  // folded one-word names and acronyms -> the found whose id they stand for (the last one)
  FlatStringMap<std::size_t> doc_names;
  // folded surnames -> the found whose id they stand for, unless they stand for several ids
  struct Part {
    std::size_t found = 0;
    bool several = false;
  };
  FlatStringMap<Part> person_parts;

  auto known_id = [&](std::int64_t k) { return kb.entities[static_cast<std::size_t>(k)].id; };
  auto note = [&](const std::string& id, EntityType type, const std::string& label, bool known) {
    auto [it, fresh] = entity_of_id.emplace(id, entities.size());
    if (fresh) {
      entities.push_back(EntityRecord{id, type, label, known});
    } else if (EntityRecord& e = entities[it->second]; !known && label.size() > e.label.size()) {
      e.label = label;
    }
  };

  // First: ids of everything found by the recogniser.
  for (std::size_t i = 0; i < found.size(); ++i) {
    Found& f = found[i];
    if (f.known >= 0) {
      ids[i] = known_id(f.known);
      const KnownEntity& k = kb.entities[static_cast<std::size_t>(f.known)];
      note(ids[i], k.type, k.label, true);
      continue;
    }
    const std::string folded = fold_phrase(f.name);
    if (f.type == EntityType::person) {
      const std::string key = kb.name_key.key(folded, lang);
      if (auto it = kb.person_keys.find(key); it != kb.person_keys.end()) {
        f.known = it->second;
        ids[i] = known_id(f.known);
        note(ids[i], EntityType::person, kb.entities[it->second].label, true);
        continue;
      }
      if (split_words(folded).size() < 2) continue;  // a surname alone: resolved below
      ids[i] = "person:~" + slug(key);
      note(ids[i], EntityType::person, f.name, false);
      continue;
    }
    if (f.type == EntityType::weapon_system) {
      ids[i] = "weapon:~" + designation_key(folded);
      note(ids[i], f.type, f.name, false);
      continue;
    }
    // organisations and firms: a name the gazetteer knows in another form
    const std::uint32_t slot = kb.aliases.find(split_words(folded));
    if (slot != WordTrie::kNone) {
      for (const AliasHit& h : kb.alias_hits[slot]) {
        const KnownEntity& k = kb.entities[h.entity];
        if (k.type == EntityType::organization || k.type == EntityType::firm) {
          f.known = h.entity;
          ids[i] = k.id;
          note(ids[i], k.type, k.label, true);
          break;
        }
      }
      if (!ids[i].empty()) continue;
    }
    ids[i] = std::string(f.type == EntityType::firm ? "firm:~" : "org:~") + slug(folded);
    note(ids[i], f.type, f.name, false);
  }

  // Names the document has introduced, for its short forms.
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (ids[i].empty()) continue;
    const SentenceWords& s = sentences[f.sentence];
    if (f.type == EntityType::person) {
      // the name as written here, and the known person's names
      auto parts_of = [&](const auto& name) {  // strings or string views
        if (name.size() < 2) return;
        for (std::size_t k = 0; k < name.size(); ++k) {
          const std::string_view w = name[k];
          if (kb.given_names.count(w) && k + 1 < name.size()) continue;  // a first name is no short form
          if (lx.particles.count(w) || lx.stopwords.count(w) || w.size() < 2) continue;
          auto [it, fresh] = person_parts.emplace(w, Part{i, false});
          if (!fresh && ids[it->second.found] != ids[i]) it->second.several = true;
        }
      };
      parts_of(std::span(s.folded).subspan(f.w0, f.w1 - f.w0));
      if (f.known >= 0) {
        for (const auto& w : kb.entities[static_cast<std::size_t>(f.known)].name_words) parts_of(w);
      }
    } else if (f.how == How::acronym ||
               ((f.how == How::cue || f.how == How::legal || f.how == How::head) && f.w1 - f.w0 == 1)) {
      // a one-word name found by a rule
      if (auto [it, fresh] = doc_names.emplace(s.folded[f.w0], i); !fresh) it->second = i;
    }
  }

  // Firms named before, by position, for "dit bedrijf" / "the company" / "das Unternehmen".
  std::vector<std::pair<std::pair<std::uint32_t, std::uint32_t>, std::string>> firms;
  for (std::size_t i = 0; i < found.size(); ++i) {
    // firms, and organisations named by a rule (a name the text itself calls "dit bedrijf")
    const bool rule_org = found[i].type == EntityType::organization && found[i].known < 0;
    if ((found[i].type == EntityType::firm || rule_org) && !ids[i].empty()) {
      firms.push_back({{found[i].sentence, found[i].b}, ids[i]});
    }
  }
  std::sort(firms.begin(), firms.end());
  const auto rl_it = kb.relation_lexicons.find(lang);
  const RelationLexicon* rl = rl_it == kb.relation_lexicons.end() ? nullptr : rl_it->second.get();

  // Second: surnames alone, recurring names, and definite firm nouns.
  std::vector<Found> extra;
  std::vector<std::string> extra_ids;
  // the words each sentence's mentions cover, sentence by sentence
  std::vector<std::size_t> by_sentence;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!ids[i].empty() && found[i].sentence < sentences.size()) by_sentence.push_back(i);
  }
  std::stable_sort(by_sentence.begin(), by_sentence.end(),
                   [&](std::size_t a, std::size_t b) { return found[a].sentence < found[b].sentence; });
  auto next_mention = by_sentence.begin();
  std::vector<char> covered;
  std::vector<std::string_view> forms;  // of one word: as written, and without an inflection ending
  for (std::uint32_t si = 0; si < sentences.size(); ++si) {
    const SentenceWords& s = sentences[si];
    covered.assign(s.words.size(), 0);
    for (; next_mention != by_sentence.end() && found[*next_mention].sentence == si; ++next_mention) {
      for (auto w = found[*next_mention].w0; w < found[*next_mention].w1; ++w) covered[w] = 1;
    }
    for (std::uint32_t w = 0; w < s.words.size(); ++w) {
      if (covered[w]) continue;
      const Token& t = s.tokens[s.words[w]];
      // "Dit bedrijf werd …", "the company said": the firm named last, within two sentences
      if (rl && w > 0 && !covered[w - 1] &&
          (s.entries[w - 1].relation.sets & RelationLexicon::bit<&RelationLexicon::definite_determiners>()) &&
          lx.firm_cues.trie_word(s.folded[w])) {
        std::string id;
        for (const auto& [pos, fid] : firms) {
          if (pos.first > si || (pos.first == si && pos.second >= t.b)) break;
          if (si - pos.first <= 2) id = fid;
        }
        if (!id.empty()) {
          Found f;
          f.sentence = si;
          f.w0 = w - 1;
          f.w1 = w + 1;
          f.b = s.tokens[s.words[w - 1]].b;
          f.e = t.e;
          f.type = EntityType::firm;
          f.how = How::anaphor;
          extra.push_back(std::move(f));
          extra_ids.push_back(id);
          continue;
        }
      }
      if (!t.upper && !rec.name_word(s, w)) continue;
      forms.assign(1, s.folded[w]);
      for (const auto& suf : lx.name_suffixes) {
        const std::string_view f = s.folded[w];
        if (f.size() > suf.size() + 1 && f.ends_with(suf))
          forms.push_back(f.substr(0, f.size() - suf.size()));
      }
      std::string id;
      EntityType type = EntityType::person;
      for (const auto& form : forms) {
        if (auto it = person_parts.find(form);
            it != person_parts.end() && !it->second.several && (rec.name_word(s, w) || t.caps)) {
          id = ids[it->second.found];
          break;
        }
        if (auto it = doc_names.find(form); it != doc_names.end()) {
          id = ids[it->second];
          if (auto e = entity_of_id.find(id); e != entity_of_id.end()) type = entities[e->second].type;
          break;
        }
      }
      if (id.empty()) continue;
      Found f;
      f.sentence = si;
      f.w0 = w;
      f.w1 = w + 1;
      f.b = t.b;
      f.e = t.e;
      f.type = type;
      f.how = How::short_form;
      extra.push_back(std::move(f));
      extra_ids.push_back(id);
    }
  }
  for (std::size_t i = 0; i < extra.size(); ++i) {
    found.push_back(std::move(extra[i]));
    ids.push_back(std::move(extra_ids[i]));
  }

  // Keep what has an id, in text order.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!ids[i].empty()) order.push_back(i);
  }
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return found[a].b < found[b].b; });
  r.found.reserve(order.size());
  r.entity_of.reserve(order.size());
  for (std::size_t i : order) {  // (each index once: found and ids give their elements away)
    r.found.push_back(std::move(found[i]));
    r.entity_of.push_back(std::move(ids[i]));
  }
  // the entities mentioned, in the order of their ids
  std::vector<char> used(entities.size(), 0);
  for (const std::string& id : r.entity_of) {
    if (auto it = entity_of_id.find(id); it != entity_of_id.end()) used[it->second] = 1;
  }
  std::vector<std::size_t> kept;
  for (std::size_t k = 0; k < entities.size(); ++k) {
    if (used[k]) kept.push_back(k);
  }
  std::sort(kept.begin(), kept.end(),
            [&](std::size_t a, std::size_t b) { return entities[a].id < entities[b].id; });
  r.entities.reserve(kept.size());
  for (std::size_t k : kept) r.entities.push_back(std::move(entities[k]));
  (void)text;
  return r;
}

}  // namespace actorgraph::detail
