#include "resolve/resolver.h"

#include <algorithm>
#include <limits>
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

// The one person the gazetteer lists under these words, or -1 (none, or several).
std::int64_t gazetteer_person(const Knowledge& kb, const std::vector<std::string>& words) {
  const std::uint32_t slot = kb.aliases.find(words);
  if (slot == WordTrie::kNone) return -1;
  std::int64_t person = -1;
  for (const AliasHit& h : kb.alias_hits[slot]) {
    if (kb.entities[h.entity].type != EntityType::person || h.entity == person) continue;
    if (person >= 0) return -1;
    person = h.entity;
  }
  return person;
}

// The parties one sentence has named, for a possessive state noun after them ("his country",
// "sein Land", "zijn regering"): the states, by their own mention or a known person's office
// ("Lavrov" names Russia), and the persons of no known state.
class NamedParties {
 public:
  void clear() { named_.clear(); }
  // The mention `f` of `id`, or a short form of it at words [w0, w0 + 1) of the sentence.
  void add(const Knowledge& kb, const Found& f, std::string_view id) { add(kb, f, f.w0, f.w1, id); }
  void add(const Knowledge& kb, const Found& f, std::uint32_t w0, std::uint32_t end, std::string_view id) {
    if (f.type == EntityType::state) {
      named_.push_back({w0, end, id});
    } else if (f.type == EntityType::person) {
      const std::size_t before = named_.size();
      if (f.known >= 0) {
        for (const RoleFact& role : kb.entities[static_cast<std::size_t>(f.known)].roles) {
          if (role.of.starts_with("state:")) named_.push_back({w0, end, role.of});
        }
      }
      if (named_.size() > before) return;
      // a person of no known state (a firm's head), from the role cue before it, if any
      const bool cue_before = f.cue_w0 >= 0 && f.cue_w0 < f.w0 && w0 == f.w0;
      named_.push_back({cue_before ? static_cast<std::uint32_t>(f.cue_w0) : w0, end, {}});
    }
  }
  // The state a possessive at word w stands for: the one state named before it, unless the
  // party named last before it is a person of no known state ("Putin met X, who said his
  // country …") and no state is named right before that person ("Iran's foreign minister X",
  // "the Iranian envoy X"); empty if there is none.
  [[nodiscard]] std::string_view before(std::uint32_t w) const {
    const Named* last = nullptr;
    std::string_view state;
    for (const Named& n : named_) {
      if (n.end > w) continue;
      if (!last || n.end > last->end) last = &n;
      if (n.state.empty()) continue;
      if (!state.empty() && n.state != state) return {};
      state = n.state;
    }
    if (last && last->state.empty()) {
      const auto attached = std::any_of(named_.begin(), named_.end(), [&](const Named& n) {
        return !n.state.empty() && n.end == last->w0;
      });
      if (!attached) return {};
    }
    return state;
  }

 private:
  struct Named {
    std::uint32_t w0 = 0, end = 0;  // where its mention (with a role cue before it) starts and ends
    std::string_view state;         // empty: a person of no known state
  };
  std::vector<Named> named_;
};

// The state a definite state noun stands for ("het land", "de regering", "the government", "die
// Regierung"): the one state the sentence names before it, or where it names none, the one state
// the last sentence to name states named, at most two sentences back. States named by an
// adjective ("het Turkse Baykar") describe something else and count for neither; none where
// several are named.
class StateFocus {
 public:
  // Begins sentence `si`, after the one whose states add() was given last.
  void begin(std::uint32_t si) {
    if (!here_.empty()) {
      last_ = one_of(here_, std::numeric_limits<std::uint32_t>::max());
      last_sentence_ = si_;
    }
    here_.clear();
    si_ = si;
  }
  // A state named by a noun (or a definite state noun) that ends before word `end`.
  void add(std::uint32_t end, std::string_view state) { here_.push_back({end, state}); }
  // The state in focus at word w, whose clause begins at word `clause`. A state named in that
  // clause before w is none: a noun phrase does not take its own clause's earlier state ("Peking
  // soll dem Land Drohnen geliefert haben", "Rusland heeft het land wapens geleverd"); the
  // others of the sentence, else of the sentences before, are (one of them, or none).
  [[nodiscard]] std::string_view at(std::uint32_t w, std::uint32_t clause = 0) const {
    auto mate = [&](std::string_view state) {
      return std::any_of(here_.begin(), here_.end(), [&](const auto& n) {
        return n.first > clause && n.first <= w && n.second == state;
      });
    };
    std::string_view one;
    bool any = false;
    for (const auto& [end, state] : here_) {
      if (end > w || mate(state)) continue;
      if (any && one != state) return {};
      one = state;
      any = true;
    }
    if (any) return one;
    constexpr std::uint32_t kReach = 2;  // sentences back
    return si_ - last_sentence_ <= kReach && !mate(last_) ? last_ : std::string_view();
  }

 private:
  static std::string_view one_of(const std::vector<std::pair<std::uint32_t, std::string_view>>& named,
                                 std::uint32_t w) {
    std::string_view one;
    for (const auto& [end, state] : named) {
      if (end > w) continue;
      if (!one.empty() && one != state) return {};
      one = state;
    }
    return one;
  }
  std::vector<std::pair<std::uint32_t, std::string_view>> here_;
  std::uint32_t si_ = 0;
  std::uint32_t last_sentence_ = std::numeric_limits<std::uint32_t>::max() / 2;
  std::string_view last_;
};

std::string_view word_of(std::string_view text, const SentenceWords& s, std::size_t w) {
  const Token& t = s.tokens[s.words[w]];
  return text.substr(t.b, t.e - t.b);
}

// Where the clause of word w begins, as far as punctuation tells: after the last comma, colon
// or semicolon before it, else at the sentence's first word.
std::uint32_t clause_start(const SentenceWords& s, std::string_view text, std::uint32_t w) {
  for (std::uint32_t k = w; k > 0; --k) {
    if (s.link[k] != Link::other) continue;
    for (std::size_t t = s.words[k - 1] + 1; t < s.words[k]; ++t) {
      const Token& tok = s.tokens[t];
      if (tok.kind != TokenKind::punct) continue;
      const std::string_view p = text.substr(tok.b, tok.e - tok.b);
      if (p == "," || p == ":" || p == ";") return k;
    }
  }
  return 0;
}

// A party that is a sentence's subject, for the pronouns after it.
struct Subject {
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
  std::size_t found = kNone;  // the mention that names it
  std::uint32_t w1 = 0;       // where that mention (or the pronoun that named it again) ends
  [[nodiscard]] bool empty() const { return found == kNone; }
};

constexpr WordSetBits kGoverning = RelationLexicon::bit<&RelationLexicon::prepositions>() |
                                   RelationLexicon::bit<&RelationLexicon::recipient_preps>() |
                                   RelationLexicon::bit<&RelationLexicon::source_preps>() |
                                   RelationLexicon::bit<&RelationLexicon::agent_preps>() |
                                   RelationLexicon::bit<&RelationLexicon::with_preps>() |
                                   RelationLexicon::bit<&RelationLexicon::genitive_preps>() |
                                   RelationLexicon::bit<&RelationLexicon::partner_preps>();

// Whether a preposition governs the name at word w0 (right before it, or before its article).
bool governed(const SentenceWords& s, std::uint32_t w0) {
  std::uint32_t k = w0;
  if (k > 0 && (s.entries[k - 1].relation.sets & RelationLexicon::bit<&RelationLexicon::articles>())) --k;
  return k > 0 && (s.entries[k - 1].relation.sets & kGoverning);
}

// governed(), further back: whether a preposition governs the phrase of the name at w0, up to
// four words before it and no punctuation between ("samen met het Nederlandse Dintel Drone Works
// BV", "an den russischen Rüstungskonzern Kalaschnikow").
bool governed_phrase(const SentenceWords& s, std::uint32_t w0) {
  constexpr std::uint32_t kReach = 4;
  for (std::uint32_t k = w0; k > 0 && w0 - k < kReach && s.link[k] == Link::space; --k) {
    if (s.entries[k - 1].relation.sets & kGoverning) return true;
  }
  return false;
}

std::string_view punct_between(const SentenceWords& s, std::string_view text, std::uint32_t k) {
  for (std::size_t t = s.words[k - 1] + 1; t < s.words[k]; ++t) {
    const Token& tok = s.tokens[t];
    if (tok.kind == TokenKind::punct) return text.substr(tok.b, tok.e - tok.b);
  }
  return {};
}

// Whether a colon or semicolon stands between words `from` and `to`.
bool clause_break_between(const SentenceWords& s, std::string_view text, std::uint32_t from,
                          std::uint32_t to) {
  for (std::uint32_t k = std::max<std::uint32_t>(from, 1); k <= to && k < s.words.size(); ++k) {
    if (s.link[k] != Link::other) continue;
    const std::string_view p = punct_between(s, text, k);
    if (p == ":" || p == ";") return true;
  }
  return false;
}

// Whether the pronoun at w is the subject of a clause whose verb is one of a relation, and of
// which kind: it opens a main clause (or, in Dutch and German, follows its finite verb there:
// "Außerdem liefert es …"), or follows the conjunction that opens a clause after a comma
// ("…, nachdem sie … geliefert hatte"); no passive auxiliary follows it ("It was delivered …"
// is a thing); and the verb of the relation lexicon is its own: in English within a few words,
// past adverbs and auxiliaries; in Dutch and German the finite verb after it, or the participle
// that closes the clause.
enum class PronounClause : std::uint8_t { none, main, subordinate };

PronounClause opens_relation_clause(const SentenceWords& s, std::string_view text, std::uint32_t w,
                                    std::string_view lang) {
  constexpr auto kPassive = RelationLexicon::bit<&RelationLexicon::passive_aux>();
  constexpr auto kAux = RelationLexicon::bit<&RelationLexicon::auxiliaries>();
  constexpr auto kOpener = RelationLexicon::bit<&RelationLexicon::clause_breaks>() |
                           RelationLexicon::bit<&RelationLexicon::complementizers>();
  const std::uint32_t n = static_cast<std::uint32_t>(s.words.size());
  auto relation_verb = [&](std::uint32_t k) { return s.entries[k].relation.verbs != nullptr; };
  auto passive_after = [&] { return w + 1 < n && (s.entries[w + 1].relation.sets & kPassive); };
  std::uint32_t last = w;  // the clause's last word
  while (last + 1 < n && s.link[last + 1] != Link::other) ++last;
  if (w + 1 >= n || s.link[w + 1] == Link::other || passive_after()) return PronounClause::none;
  PronounClause kind = PronounClause::main;
  if (clause_start(s, text, w) != w) {
    // "…, nachdem sie … geliefert hatte", "…, because it had sent …": after the conjunction that
    // opens a clause after a comma, the subordinate clause's subject
    if (w >= 1 && (s.entries[w - 1].relation.sets & kOpener) && clause_start(s, text, w - 1) == w - 1) {
      if (lang == "en") {
        kind = PronounClause::subordinate;
      } else {
        const bool final = relation_verb(last) || (last > w + 1 && relation_verb(last - 1));
        return final ? PronounClause::subordinate : PronounClause::none;
      }
    } else {
      // "Außerdem liefert es", "Daarnaast levert ze": the finite verb second, the pronoun third
      // (not one that is also an article there: "voorziet het Verenigd Koninkrijk van …")
      constexpr auto kArticle = RelationLexicon::bit<&RelationLexicon::articles>();
      if (lang == "en" || w < 1 || (s.entries[w].relation.sets & kArticle) ||
          clause_start(s, text, w - 1) + 1 < w - 1) {
        return PronounClause::none;
      }
      // ("Außerdem hat es Munition geliefert": the auxiliary, and the participle at the end)
      const bool own =
          relation_verb(w - 1) || ((s.entries[w - 1].relation.sets & kAux) && relation_verb(last));
      return own ? PronounClause::main : PronounClause::none;
    }
  }
  if (lang == "en") {
    // "It also sent", "It has (also) sent": the verb within a few words, past adverbs and
    // auxiliaries of the active voice ("It says the drones were sold" is not its supply)
    constexpr std::uint32_t kReach = 4;
    constexpr auto kSaying = RelationLexicon::bit<&RelationLexicon::attribution_verbs>();
    for (std::uint32_t k = w + 1; k < n && k <= w + kReach && s.link[k] != Link::other; ++k) {
      if (s.entries[k].relation.sets & (kSaying | kPassive)) return PronounClause::none;
      if (relation_verb(k)) return kind;
    }
    return PronounClause::none;
  }
  // "Sie liefert …", "Het levert …"; "Sie hat … geliefert": the finite verb right after the
  // pronoun, or its auxiliary and the participle that closes the clause
  if (relation_verb(w + 1)) return kind;
  if (!(s.entries[w + 1].relation.sets & kAux)) return PronounClause::none;
  return relation_verb(last) ? kind : PronounClause::none;
}

// The pronoun at w as a mention of the party `named` names.
Found one_word_anaphor(const SentenceWords& s, std::uint32_t si, std::uint32_t w, const Found& named) {
  Found f;
  f.known = named.known;
  f.sentence = si;
  f.w0 = w;
  f.w1 = w + 1;
  f.b = s.tokens[s.words[w]].b;
  f.e = s.tokens[s.words[w]].e;
  f.type = named.type;
  f.how = How::anaphor;
  return f;
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

  // Firms found by their legal form or word of trade, by their first word when that word is no
  // word of the language ("Maasveld Precision BV"; a German compound of words counts as none:
  // "Nordholm Marinetechnik GmbH"): the word alone names them again, also where
  // a rule finds it as a name of its own ("Korvatek bought …"), unless it begins the names of
  // two firms of the document ("Rastoven Munitions Ltd", "Rastoven Armour Limited").
  constexpr std::size_t kSeveral = std::numeric_limits<std::size_t>::max();
  FlatStringMap<std::size_t> firm_first_words;
  for (std::size_t i = 0; i < found.size(); ++i) {
    const Found& f = found[i];
    if (f.known < 0 && f.type == EntityType::firm && (f.how == How::legal || f.how == How::head) &&
        f.w1 - f.w0 >= 2) {
      const SentenceWords& s = sentences[f.sentence];
      if (rec.name_word(s, f.w0)) {
        auto [it, fresh] = firm_first_words.emplace(s.folded[f.w0], i);
        if (!fresh && it->second != kSeveral && fold_phrase(found[it->second].name) != fold_phrase(f.name)) {
          it->second = kSeveral;
        }
      }
    }
  }

  // The firm a word names by being its first (kSeveral if none); whether the word is one of the
  // language is asked here, of the few words that meet one, each once.
  auto firm_by_first_word = [&](std::string_view folded) {
    if (firm_first_words.empty()) return kSeveral;
    const auto it = firm_first_words.find(folded);
    if (it == firm_first_words.end() || it->second == kSeveral) return kSeveral;
    const Found& full = found[it->second];
    if (rec.plain_word(word_of(text, sentences[full.sentence], full.w0))) it->second = kSeveral;
    return it->second;
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
      const std::vector<std::string> words = split_words(folded);
      if (words.size() < 2) {
        // "President Putin", "premier Rutte", "Verteidigungsminister Pistorius": after its role
        // cue, a surname the gazetteer lists alone, or the last name of one person it knows (not
        // a given name: "General Jan"), is that person; another surname alone is resolved
        // below, by the full name the document gives
        std::int64_t p = gazetteer_person(kb, words);
        if (p < 0 && words.size() == 1 && !kb.given_names.count(words[0])) {
          if (auto it = kb.surnames.find(words[0]);
              it != kb.surnames.end() && it->second != Knowledge::kSeveral)
            p = it->second;
        }
        if (p >= 0) {
          f.known = p;
          ids[i] = known_id(p);
          note(ids[i], EntityType::person, kb.entities[static_cast<std::size_t>(p)].label, true);
        }
        continue;
      }
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
    if (f.w1 - f.w0 == 1) {
      if (const std::size_t first = firm_by_first_word(folded); first != kSeveral) {
        const Found& full = found[first];
        f.type = EntityType::firm;
        // (the full name's own id where it has one, already noted: it may be a gazetteer's, found
        // in another form)
        if (first < i && !ids[first].empty()) {
          ids[i] = ids[first];
        } else {
          ids[i] = "firm:~" + slug(fold_phrase(full.name));
          note(ids[i], f.type, full.name, false);
        }
        continue;
      }
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
  // Each is (sentence, byte), id and whether a preposition governs it: one that does not, a
  // subject or object, is the one a later "the company" stands for, before one that does ("TKMS
  // hat nach seiner Abspaltung von Thyssenkrupp …. … bei dem Unternehmen").
  struct NamedFirm {
    std::pair<std::uint32_t, std::uint32_t> at;
    std::string id;
    bool governed = false;
  };
  std::vector<NamedFirm> firms;
  for (std::size_t i = 0; i < found.size(); ++i) {
    // firms, and organisations named by a rule (a name the text itself calls "dit bedrijf"), not
    // one whose own name opens with an organisation's noun ("Landgericht Düsseldorf")
    if (ids[i].empty() || found[i].sentence >= sentences.size()) continue;
    const SentenceWords& in = sentences[found[i].sentence];
    const bool rule_org = found[i].type == EntityType::organization && found[i].known < 0 &&
                          !lx.org_cues.word(in.entries[found[i].w0].lexicon.org_cues);
    if (found[i].type == EntityType::firm || rule_org) {
      firms.push_back({{found[i].sentence, found[i].b}, ids[i], governed_phrase(in, found[i].w0)});
    }
  }
  std::sort(firms.begin(), firms.end(), [](const NamedFirm& a, const NamedFirm& b) { return a.at < b.at; });
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
  NamedParties named;                   // of the sentence
  // A mention of `id` by the determiner or possessive at w - 1 and the noun at w.
  auto add_anaphor = [&](const SentenceWords& s, std::uint32_t si, std::uint32_t w, EntityType type,
                         std::int64_t known, const std::string& id) {
    Found f;
    f.known = known;
    f.sentence = si;
    f.w0 = w - 1;
    f.w1 = w + 1;
    f.b = s.tokens[s.words[w - 1]].b;
    f.e = s.tokens[s.words[w]].e;
    f.type = type;
    f.how = How::anaphor;
    extra.push_back(std::move(f));
    extra_ids.push_back(id);
  };
  StateFocus focus;
  // The state noun at w, after its determiner or possessive, stands for `state` (none if empty):
  // a mention of it, and the state in focus.
  auto state_anaphor = [&](const SentenceWords& s, std::uint32_t si, std::uint32_t w,
                           std::string_view state) {
    const auto known = state.empty() ? kb.by_id.end() : kb.by_id.find(std::string(state));
    if (known == kb.by_id.end()) return false;
    const KnownEntity& k = kb.entities[known->second];
    note(k.id, k.type, k.label, true);
    add_anaphor(s, si, w, EntityType::state, known->second, k.id);
    focus.add(w + 1, k.id);
    return true;
  };
  // The subject of the sentence before, and of this one so far (its first party no preposition
  // governs), for a pronoun that opens a clause (subject_pronoun()).
  Subject subject_before;
  for (std::uint32_t si = 0; si < sentences.size(); ++si) {
    const SentenceWords& s = sentences[si];
    covered.assign(s.words.size(), 0);
    named.clear();
    focus.begin(si);
    Subject subject_here;
    for (; next_mention != by_sentence.end() && found[*next_mention].sentence == si; ++next_mention) {
      const Found& f = found[*next_mention];
      for (auto w = f.w0; w < f.w1; ++w) covered[w] = 1;
      named.add(kb, f, ids[*next_mention]);
      if (f.type == EntityType::state && f.how != How::demonym) focus.add(f.w1, ids[*next_mention]);
      if (subject_here.empty() && rl && f.type != EntityType::person && f.type != EntityType::weapon_system &&
          f.how != How::demonym && f.how != How::byline && !governed(s, f.w0)) {
        subject_here = {*next_mention, f.w1};
      }
    }
    for (std::uint32_t w = 0; w < s.words.size(); ++w) {
      if (covered[w]) continue;
      const Token& t = s.tokens[s.words[w]];
      // "Iran has sent drones to Russia. It also sent …", "CSG profitiert: Sie liefert …"
      const PronounClause clause = rl && s.entries[w].lexicon.subject_pronoun
                                       ? opens_relation_clause(s, text, w, lang)
                                       : PronounClause::none;
      if (clause != PronounClause::none) {
        // a subordinate clause's pronoun is the main clause's subject; a main clause's, the
        // subject of the clause before a colon or semicolon, else of the sentence before
        const bool here =
            !subject_here.empty() && subject_here.w1 <= w &&
            (clause == PronounClause::subordinate || clause_break_between(s, text, subject_here.w1, w));
        const Subject& a = here ? subject_here : subject_before;
        if (!a.empty()) {
          extra.push_back(one_word_anaphor(s, si, w, found[a.found]));
          extra_ids.push_back(ids[a.found]);
          if (subject_here.empty()) subject_here = {a.found, w + 1};  // it goes on
          continue;
        }
      }
      // "The Iranian foreign minister denied that his country …", "Lawrow sagte, sein Land …"
      if (s.entries[w].lexicon.state_noun && w > 0 && !covered[w - 1] &&
          lx.possessives.count(s.folded[w - 1])) {
        if (state_anaphor(s, si, w, named.before(w - 1))) continue;
      }
      // "Vorig jaar kocht het land …", "the government said": the state in focus (StateFocus),
      // unless a preposition follows ("the government of Iran", "de regering in Kiev": other rules)
      // other than the one of what is supplied ("supplied the country with drones")
      if (rl && s.entries[w].lexicon.state_noun && w > 0 && !covered[w - 1] &&
          (s.entries[w - 1].relation.sets & RelationLexicon::bit<&RelationLexicon::definite_determiners>()) &&
          (w + 1 >= s.words.size() ||
           (s.entries[w + 1].relation.sets & RelationLexicon::bit<&RelationLexicon::with_preps>()) ||
           !(s.entries[w + 1].relation.sets & (RelationLexicon::bit<&RelationLexicon::prepositions>() |
                                               RelationLexicon::bit<&RelationLexicon::genitive_preps>() |
                                               RelationLexicon::bit<&RelationLexicon::source_preps>() |
                                               RelationLexicon::bit<&RelationLexicon::recipient_preps>())))) {
        if (state_anaphor(s, si, w, focus.at(w - 1, clause_start(s, text, w - 1)))) continue;
      }
      // "Dit bedrijf werd …", "the company said": the firm named last, within two sentences; not
      // a noun that classifies the name right after it ("an die Firma Gulf Meridian Trading LLC")
      if (rl && w > 0 && !covered[w - 1] && !(w + 1 < s.words.size() && covered[w + 1]) &&
          (s.entries[w - 1].relation.sets & RelationLexicon::bit<&RelationLexicon::definite_determiners>()) &&
          lx.firm_cues.trie_word(s.folded[w])) {
        const std::string* last = nullptr;
        const std::string* ungoverned = nullptr;
        for (const NamedFirm& nf : firms) {
          if (nf.at.first > si || (nf.at.first == si && nf.at.second >= t.b)) break;
          if (si - nf.at.first > 2) continue;
          last = &nf.id;
          if (!nf.governed) ungoverned = &nf.id;
        }
        if (const std::string* id = ungoverned ? ungoverned : last) {
          add_anaphor(s, si, w, EntityType::firm, -1, *id);
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
      std::size_t source = 0;  // the found it names again
      for (const auto& form : forms) {
        if (auto it = person_parts.find(form);
            it != person_parts.end() && !it->second.several && (rec.name_word(s, w) || t.caps)) {
          source = it->second.found;
          id = ids[source];
          break;
        }
        if (auto it = doc_names.find(form); it != doc_names.end()) {
          source = it->second;
          id = ids[source];
          if (auto e = entity_of_id.find(id); e != entity_of_id.end()) type = entities[e->second].type;
          break;
        }
        // "Maasveld Precision BV … Maasveld ontkent …" (firm_first_words)
        if (const std::size_t first = firm_by_first_word(form); first != kSeveral && !ids[first].empty()) {
          source = first;
          id = ids[source];
          type = EntityType::firm;
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
      named.add(kb, found[source], w, w + 1, id);
      // (a firm named again is one "the company" may stand for from here on: "…, de topman van
      // Ukrspecsystems. Het bedrijf leverde …")
      if (type == EntityType::firm) {
        NamedFirm nf{{si, t.b}, id, governed_phrase(s, w)};
        firms.insert(std::upper_bound(firms.begin(), firms.end(), nf,
                                      [](const NamedFirm& a, const NamedFirm& b) { return a.at < b.at; }),
                     std::move(nf));
      }
      extra.push_back(std::move(f));
      extra_ids.push_back(id);
    }
    subject_before = subject_here;
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
  return r;
}

}  // namespace actorgraph::detail
