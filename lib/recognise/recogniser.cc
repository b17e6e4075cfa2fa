#include "recognise/recogniser.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <span>

#include "relate/relation_lexicon.h"
#include "text/fold.h"

namespace actorgraph::detail {

void words_of(std::string_view text, ByteRange sentence, const std::string& lang,
              const LanguageVocabulary& vocabulary, SentenceWords& s) {
  s.range = sentence;
  tokenize(text, sentence.b, sentence.e, lang, s.tokens, s.folds);
  s.words.clear();
  s.folded.clear();
  s.link.clear();
  s.entries.clear();
  Link pending = Link::start;
  bool hyphen_glued = false;
  for (std::uint32_t i = 0; i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (t.kind == TokenKind::word) {
      Link l = pending;
      if (pending == Link::hyphen && (!hyphen_glued || t.space_before)) l = Link::other;
      if (pending == Link::space && !t.space_before) l = Link::other;  // glued to punctuation
      if (s.words.empty()) l = Link::start;
      s.words.push_back(i);
      s.folded.push_back(t.fold);
      s.link.push_back(l);
      pending = Link::space;
      hyphen_glued = false;
    } else if (t.kind == TokenKind::hyphen && pending == Link::space && !t.space_before) {
      pending = Link::hyphen;
      hyphen_glued = true;
    } else {
      pending = Link::other;
    }
  }
  // every word asked before any is looked up: their cache misses overlap
  thread_local std::vector<std::uint64_t> hashes;
  hashes.clear();
  for (const std::string_view w : s.folded) hashes.push_back(vocabulary.ask(w));
  for (std::size_t j = 0; j < s.folded.size(); ++j)
    s.entries.push_back(vocabulary.entry(s.folded[j], hashes[j]));
}

std::string_view how_name(How how) {
  switch (how) {
    case How::gazetteer:
      return "gazetteer";
    case How::capital:
      return "capital";
    case How::demonym:
      return "demonym";
    case How::people:
      return "people";
    case How::group:
      return "group";
    case How::role:
      return "role";
    case How::given:
      return "given";
    case How::apposition:
      return "apposition";
    case How::cue:
      return "cue";
    case How::acronym:
      return "acronym";
    case How::legal:
      return "legal";
    case How::head:
      return "head";
    case How::designation:
      return "designation";
    case How::compound:
      return "compound";
    case How::anaphor:
      return "anaphor";
    case How::short_form:
      return "short";
    case How::leader:
      return "leader";
    case How::byline:
      return "byline";
  }
  return "";
}

namespace {

bool joined(const SentenceWords& s, std::size_t j) {
  return j < s.link.size() && (s.link[j] == Link::space || s.link[j] == Link::hyphen);
}

// The number of words of the dateline that opens the sentence, 0 if none: its places, date and
// agencies up to a dash with a space before it — "STOCKHOLM –", "Berlin (dpa) -",
// "Seoul/Moskau (AFP/dpa) -", "Den Haag, 12 maart 2024 -", "Kyiv, March 3 (Reuters) —". Places
// written in capitals may stand alone before the dash; others need a date with a number or an
// agency in brackets, so that "Rusland, Iran en China - …" is no dateline.
// `agencies`, when given, is set to the words of the agencies in brackets ([0, 0) if none).
std::size_t dateline_words(const SentenceWords& s, std::pair<std::size_t, std::size_t>* agencies = nullptr) {
  constexpr std::size_t kLongestPlace = 4, kLongestDate = 6, kLongestAgency = 6;
  if (agencies) *agencies = {0, 0};
  const std::vector<Token>& t = s.tokens;
  if (s.words.empty()) return 0;
  std::size_t i = s.words[0];
  auto is = [&](std::size_t k, std::string_view p) {
    return k < t.size() && t[k].kind == TokenKind::punct && t[k].fold == p;
  };
  bool caps = true;
  std::size_t places = 0;  // words of the places ("Den Haag", "Seoul/Moskau")
  while (i < t.size() && t[i].kind == TokenKind::word && t[i].upper && places < kLongestPlace) {
    caps = caps && t[i].caps;
    ++places;
    ++i;
    if (is(i, "/") && i + 1 < t.size() && t[i + 1].kind == TokenKind::word) ++i;
  }
  if (places == 0) return 0;
  bool digit = false, agency = false;
  if (is(i, ",")) {  // the date: numbers, full stops and a month's or a day's name
    ++i;
    std::size_t words = 0, date = 0;
    for (; i < t.size() && date < kLongestDate; ++i, ++date) {
      if (t[i].kind == TokenKind::word && t[i].digit) {
        digit = true;
      } else if (t[i].kind == TokenKind::word && t[i].alpha && words < 2) {
        ++words;
      } else if (!is(i, ".") && !is(i, ",")) {
        break;
      }
    }
  }
  std::size_t agency_b = 0, agency_e = 0;  // tokens
  if (is(i, "(")) {                        // the agencies: "(dpa)", "(AFP/dpa)", "(Reuters)"
    std::size_t k = i + 1;
    while (k < t.size() && k <= i + kLongestAgency && (t[k].kind == TokenKind::word || is(k, "/"))) ++k;
    if (!is(k, ")") || k == i + 1) return 0;
    agency = true;
    agency_b = i + 1;
    agency_e = k;
    i = k + 1;
  }
  if (i >= t.size() || t[i].kind != TokenKind::hyphen || !t[i].space_before) return 0;
  if (!(digit || agency || caps)) return 0;
  auto word_at = [&](std::size_t token) {
    std::size_t n = 0;
    while (n < s.words.size() && s.words[n] < token) ++n;
    return n;
  };
  if (agencies && agency) *agencies = {word_at(agency_b), word_at(agency_e)};
  return word_at(i);
}

std::string_view surface(std::string_view text, const SentenceWords& s, std::size_t w0, std::size_t w1) {
  const auto b = s.tokens[s.words[w0]].b;
  const auto e = s.tokens[s.words[w1 - 1]].e;
  return text.substr(b, e - b);
}

// The punctuation token right after word j, if any ("," or "(").
const Token* punct_after(const SentenceWords& s, std::size_t j) {
  const std::size_t t = s.words[j] + 1;
  if (t < s.tokens.size() && s.tokens[t].kind == TokenKind::punct) return &s.tokens[t];
  return nullptr;
}
const Token* punct_before(const SentenceWords& s, std::size_t j) {
  if (s.words[j] == 0) return nullptr;
  const std::size_t t = s.words[j] - 1;
  if (s.tokens[t].kind == TokenKind::punct) return &s.tokens[t];
  return nullptr;
}

// An acronym with the English possessive: "VMZ's", "NORINCO’s".
bool caps_with_possessive(std::string_view word) {
  for (const std::string_view ending : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (word.size() > ending.size() + 1 && word.ends_with(ending)) {
      return all_upper(word.substr(0, word.size() - ending.size()));
    }
  }
  return false;
}

bool is(const Token* t, std::string_view p, std::string_view text) {
  return t && text.substr(t->b, t->e - t->b) == p;
}

int kind_rank(AliasKind k) {
  switch (k) {
    case AliasKind::name:
      return 0;
    case AliasKind::capital:
      return 1;
    case AliasKind::people:
      return 2;
    case AliasKind::demonym:
      return 3;
  }
  return 4;
}
int type_rank(EntityType t) {
  switch (t) {
    case EntityType::state:
      return 0;
    case EntityType::organization:
      return 1;
    case EntityType::firm:
      return 2;
    case EntityType::weapon_system:
      return 3;
    case EntityType::person:
      return 4;
  }
  return 5;
}

std::string strip_plural(std::string name) {
  // "S-400s", "J-10CEs": a lower-case s after a digit or capital is a plural ending.
  if (name.size() >= 2 && name.back() == 's') {
    const char p = name[name.size() - 2];
    if ((p >= '0' && p <= '9') || (p >= 'A' && p <= 'Z')) name.pop_back();
  }
  return name;
}

}  // namespace

bool Recogniser::ordinary_word(std::string_view word) const {
  if (!lx_.dictionary) return false;
  const std::string w(word);
  if (lang_ == "de") return lx_.dictionary->knows(w);
  // nl/en: a capitalised word is ordinary if its lower-case form is a dictionary word
  return lx_.dictionary->knows(fold(w));
}

bool Recogniser::plain_word(std::string_view word) const {
  if (lang_ != "de" || !lx_.dictionary) return ordinary_word(word);
  return lx_.dictionary->knows_uncompounded(std::string(word));
}

bool Recogniser::name_word(const SentenceWords& s, std::size_t j) const {
  const Token& t = s.tokens[s.words[j]];
  const std::string_view f = s.folded[j];
  if (t.kind != TokenKind::word) return false;
  std::string_view raw = text_.substr(t.b, t.e - t.b);
  // d'Hooghe, l'Estrange: an elided particle glued to a capitalised name
  if (!t.upper && raw.size() > 3 && (raw[0] == 'd' || raw[0] == 'l') &&
      (raw[1] == '\'' || raw.substr(1, 3) == "\xE2\x80\x99")) {
    return starts_upper(raw.substr(raw[1] == '\'' ? 2 : 4));
  }
  if (!t.upper || !t.alpha) return false;
  if (s.entries[j].lexicon.stopword || s.entries[j].lexicon.not_name) return false;
  return f.size() >= 2;
}

void Recogniser::sentence(std::uint32_t index, const SentenceWords& s, std::vector<Found>& out) {
  const std::size_t before = out.size();
  auto found_here = [&] { return std::span<Found>(out).subspan(before); };  // this sentence's, so far
  const std::size_t n = s.words.size();
  // what each word is to the lexicon (looked up once, by words_of)
  const struct {
    const std::vector<WordEntry>& entries;
    const WordFacts& operator[](std::size_t j) const { return entries[j].lexicon; }
  } facts{s.entries};
  std::vector<char>& covered = scratch_.covered;
  covered.assign(n, 0);
  auto cover = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) covered[k] = 1;
  };
  auto free_range = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      if (covered[k]) return false;
    }
    return true;
  };
  auto add = [&](Found f) {
    f.sentence = index;
    f.b = s.tokens[s.words[f.w0]].b;
    f.e = s.tokens[s.words[f.w1 - 1]].e;
    cover(f.w0, f.w1);
    out.push_back(std::move(f));
  };
  // "China Shipbuilding & Offshore International Co", "Pratt & Whitney": an ampersand between
  // capitalised words joins them
  auto ampersand_before = [&](std::size_t j) {
    return j > 0 && j < n && s.link[j] == Link::other && s.words[j] == s.words[j - 1] + 2 &&
           s.tokens[s.words[j]].upper && s.tokens[s.words[j - 1]].upper && is(punct_before(s, j), "&", text_);
  };
  auto cont = [&](std::size_t j) { return joined(s, j) || ampersand_before(j); };
  // each word without an inflection ending of the language (Poetins, Russlands), once
  std::vector<std::vector<std::string_view>>& uninflected = scratch_.uninflected;
  if (uninflected.size() < n) uninflected.resize(n);
  for (std::size_t j = 0; j < n; ++j) {
    uninflected[j].clear();
    const std::string_view w = s.folded[j];
    if (w.empty() || !lx_.name_suffix_ends[static_cast<unsigned char>(w.back())]) continue;  // most words
    for (const auto& suf : lx_.name_suffixes) {
      if (w.size() >= suf.size() + 2 && w.ends_with(suf))
        uninflected[j].push_back(w.substr(0, w.size() - suf.size()));
    }
  }
  auto forms = [&](std::size_t j) -> const std::vector<std::string_view>& { return uninflected[j]; };
  auto is_weapon_noun_near = [&](std::size_t a, std::size_t b) {
    const std::size_t lo = a >= 3 ? a - 3 : 0;
    const std::size_t hi = std::min(n, b + 3);
    for (std::size_t k = lo; k < hi; ++k) {
      if (k >= a && k < b) continue;
      if (lx_.weapon_nouns.word(facts[k].weapon_nouns)) return true;
    }
    return b < n && s.link[b] == Link::hyphen;  // Grad-systeem, Leopard-Panzer
  };
  // "die Söldnertruppe Wagner", "the defence firm Leonardo": a class noun right before a name
  // says what it is, and so which of its senses
  auto after_class_noun = [&](std::size_t i, EntityType type) {
    if (i == 0 || s.link[i] != Link::space) return false;
    if (type == EntityType::firm) return lx_.firm_cues.word(facts[i - 1].firm_cues) != nullptr;
    return type == EntityType::organization && lx_.org_cues.word(facts[i - 1].org_cues) != nullptr;
  };
  auto seen = [&](std::uint32_t e) { return std::binary_search(seen_.begin(), seen_.end(), e); };
  // the language's relation lexicon, for the words that give a claim's source or open a clause
  const auto rel = kb_.relation_lexicons.find(lang_);
  const RelationLexicon* rl = rel == kb_.relation_lexicons.end() ? nullptr : rel->second.get();
  // "bij het Israëlische Rafael", "the Israeli Rafael": a firm's weak name after an article and
  // the adjective of its own state is the firm (a person's name takes neither)
  // ("Israel's Rafael": after its own state's genitive, likewise)
  auto after_home_adjective = [&](std::size_t i, const KnownEntity& e) {
    if (!rl || i < 1 || e.type != EntityType::firm || e.country.empty() || s.link[i] != Link::space)
      return false;
    std::string_view prior = s.folded[i - 1];
    const Token& t = s.tokens[s.words[i - 1]];
    const std::string_view written = text_.substr(t.b, t.e - t.b);
    bool genitive = false;
    for (const std::string_view ending : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
      if (lang_ != "en" || !written.ends_with(ending)) continue;
      genitive = true;
      // (the fold drops the apostrophe: "israels")
      if (prior.ends_with(ending)) {
        prior.remove_suffix(ending.size());
      } else if (prior.ends_with('s')) {
        prior.remove_suffix(1);
      }
    }
    if (!genitive && (i < 2 || !rl->articles.count(s.folded[i - 2]))) return false;
    const std::uint32_t slot = kb_.aliases.find_word(prior);
    if (slot == WordTrie::kNone) return false;
    for (const AliasHit& h : kb_.alias_hits[slot]) {
      const AliasKind wanted = genitive ? AliasKind::name : AliasKind::demonym;
      if (h.kind == wanted && kb_.entities[h.entity].id == e.country) return true;
    }
    return false;
  };
  // "het Somalische ministerie van Defensie": a state organ's name after another state's
  // adjective, there or before the head of its phrase, is that state's organ, not the one the
  // name stands for alone
  auto after_foreign_adjective = [&](std::size_t i, const KnownEntity& e) {
    if (e.type != EntityType::organization || e.country.empty()) return false;
    constexpr std::size_t kReach = 3;
    for (std::size_t k = i; k > 0 && i - k < kReach && s.link[k] == Link::space; --k) {
      const std::uint32_t slot = kb_.aliases.find_word(s.folded[k - 1]);
      if (slot != WordTrie::kNone) {
        for (const AliasHit& h : kb_.alias_hits[slot]) {
          const KnownEntity& state = kb_.entities[h.entity];
          if (h.kind == AliasKind::demonym && state.type == EntityType::state && state.id != e.country)
            return true;
        }
      }
      // (only across the head of the phrase and its genitive preposition: "ministerie van")
      const bool head = facts[k - 1].group_head && !s.tokens[s.words[k - 1]].upper;
      if (!head && !(rl && rl->genitive_preps.count(s.folded[k - 1]))) return false;
    }
    return false;
  };
  // "laut Spiegel", "volgens (de) Telegraaf": a source named after an attribution cue
  auto after_attribution = [&](std::size_t i) {
    if (!rl) return false;
    std::size_t k = i;
    if (k > 0 && rl->articles.count(s.folded[k - 1])) --k;
    for (std::size_t len = 1; len <= 3 && len <= k; ++len) {
      if (rl->attribution_before.find(std::span(s.folded).subspan(k - len, len)) != WordTrie::kNone)
        return true;
    }
    // the one told, right after the verb: "told Sputnik", "sagte der Zeit"
    return k > 0 && s.link[k] == Link::space && rl->attribution_verbs.count(s.folded[k - 1]) > 0;
  };

  // Picks the best acceptable gazetteer hit for words [i, i+len).
  auto pick = [&](std::uint32_t slot, std::size_t i, std::size_t len, bool stripped) -> const AliasHit* {
    const AliasHit* best = nullptr;
    const bool lower = !has_upper(surface(text_, s, i, i + len));
    const Token& last = s.tokens[s.words[i + len - 1]];
    const bool last_caps = last.caps || caps_with_possessive(text_.substr(last.b, last.e - last.b));
    for (const AliasHit& h : kb_.alias_hits[slot]) {
      if (h.cased && lower) continue;
      if (h.acronym && stripped && !last_caps) continue;  // "Plas" is not the PLA's plural
      const KnownEntity& e = kb_.entities[h.entity];
      if (after_foreign_adjective(i, e)) continue;
      if (h.weak && !seen(h.entity) && !(h.acronym && last_caps) &&
          !(e.type == EntityType::organization && after_attribution(i)) && !after_class_noun(i, e.type) &&
          !after_home_adjective(i, e)) {
        if (e.type != EntityType::weapon_system || !is_weapon_noun_near(i, i + len)) continue;
      }
      // (a weak name the document has given one entity already stands for it again: "den
      // Rüstungskonzern Kalaschnikow … wo Kalaschnikow das Sturmgewehr AK-12 herstellt")
      if (!best || std::make_tuple(h.weak && !seen(h.entity), h.weak, kind_rank(h.kind), type_rank(e.type)) <
                       std::make_tuple(best->weak && !seen(best->entity), best->weak, kind_rank(best->kind),
                                       type_rank(kb_.entities[best->entity].type))) {
        best = &h;
      }
    }
    return best;
  };
  auto gazetteer_found = [&](const AliasHit& h, std::size_t i, std::size_t len) {
    Found f;
    f.w0 = static_cast<std::uint32_t>(i);
    f.w1 = static_cast<std::uint32_t>(i + len);
    f.known = h.entity;
    f.type = kb_.entities[h.entity].type;
    // (a weak name its class noun or its state's adjective confirms is the entity's from here
    // on: "den Rüstungskonzern Kalaschnikow")
    f.weak = h.weak && !after_class_noun(i, f.type) && !after_home_adjective(i, kb_.entities[h.entity]);
    switch (h.kind) {
      case AliasKind::name:
        f.how = How::gazetteer;
        break;
      case AliasKind::capital:
        f.how = How::capital;
        break;
      case AliasKind::demonym:
        f.how = How::demonym;
        break;
      case AliasKind::people:
        f.how = How::people;
        break;
    }
    return f;
  };

  // A dateline ("STOCKHOLM –", "Berlin, 15. Januar 2025 (dpa) -") opens a report: places, a date
  // and agencies, no parties; an agency the gazetteer knows is named (How::byline), no more.
  std::pair<std::size_t, std::size_t> agencies;
  cover(0, dateline_words(s, &agencies));
  for (std::size_t w = agencies.first; w < agencies.second; ++w) {
    const std::uint32_t slot = kb_.aliases.find_word(s.folded[w]);
    if (slot == WordTrie::kNone) continue;
    for (const AliasHit& h : kb_.alias_hits[slot]) {
      if (kb_.entities[h.entity].type != EntityType::organization || h.kind != AliasKind::name) continue;
      Found f = gazetteer_found(h, w, 1);
      f.how = How::byline;
      f.weak = false;
      f.sentence = index;
      f.b = s.tokens[s.words[w]].b;
      f.e = s.tokens[s.words[w]].e;
      out.push_back(std::move(f));
      break;
    }
  }

  // All gazetteer matches, longest at each start.
  std::vector<GazetteerMatch>& gm = scratch_.gm;
  gm.assign(n, {});
  std::vector<std::uint32_t>& path = scratch_.path;  // trie nodes after the first k words from i
  for (std::size_t i = 0; i < n; ++i) {
    // a name starts here only with the word or one of its forms (most words have neither)
    if (s.entries[i].alias == WordTrie::kNone && uninflected[i].empty()) continue;
    auto m = kb_.aliases.longest(s.folded, i, s.entries[i].alias, cont, forms);
    if (!m) continue;
    // the words before the last one of the longest match are a path in the trie
    path.assign(1, WordTrie::kRoot);
    for (std::size_t k = 1; k < m->length; ++k)
      path.push_back(k == 1 ? s.entries[i].alias : kb_.aliases.child(path.back(), s.folded[i + k - 1]));
    // the longest match may be unacceptable (case, weak): fall back to shorter ones
    for (std::size_t len = m->length; len >= 1; --len) {
      const std::uint32_t parent = path[len - 1];
      std::uint32_t slot =
          kb_.aliases.value(len == 1 ? s.entries[i].alias : kb_.aliases.child(parent, s.folded[i + len - 1]));
      bool stripped_form = false;
      if (slot == WordTrie::kNone) {
        for (const auto& alt : forms(i + len - 1)) {
          slot = kb_.aliases.value(kb_.aliases.child(parent, alt));
          if (slot != WordTrie::kNone) {
            stripped_form = true;
            break;
          }
        }
      }
      if (slot == WordTrie::kNone) continue;
      if (const AliasHit* h = pick(slot, i, len, stripped_form)) {
        gm[i] = {len, h};
        break;
      }
    }
  }

  // 1. multi-word gazetteer names
  for (std::size_t i = 0; i < n; ++i) {
    if (gm[i].len >= 2 && free_range(i, i + gm[i].len)) add(gazetteer_found(*gm[i].hit, i, gm[i].len));
  }

  // 2. persons
  std::vector<std::pair<std::size_t, const Cue*>>& role_at = scratch_.role_at;
  role_at.assign(n, {0, nullptr});
  for (std::size_t j = 0; j < n; ++j) {
    if (auto m = lx_.roles.match(s.folded, j, facts[j].roles)) role_at[j] = {m->first, m->second};
  }
  // the role cue ending right before word i (the last one starting there), without scanning
  // every earlier word for each name: a sentence of many names stays linear
  std::vector<std::int64_t>& role_ending_at = scratch_.role_ending_at;
  role_ending_at.assign(n + 1, -1);
  for (std::size_t k = 0; k < n; ++k) {
    if (role_at[k].second && role_at[k].first > 0 && k + role_at[k].first <= n) {
      role_ending_at[k + role_at[k].first] = static_cast<std::int64_t>(k);
    }
  }
  auto blocks_person = [&](std::size_t j) {
    // a word the gazetteer knows as a state, organisation or place is not part of a name
    if (!gm[j].hit || gm[j].len != 1) return false;
    const EntityType t = kb_.entities[gm[j].hit->entity].type;
    return t == EntityType::state || t == EntityType::organization;
  };
  // "Frank W.", "Hendrik van der L.": a capital letter with its full stop, the surname courts and
  // papers shorten, ends a name that opens with a given name
  auto initial_at = [&](std::size_t k) {
    const Token& t = s.tokens[s.words[k]];
    if (t.e - t.b != 1 || !t.upper) return false;
    const Token* stop = punct_after(s, k);
    if (!stop || stop->b != t.e || !is(stop, ".", text_)) return false;
    // (not a middle initial, "John F. Kennedy", nor one that ends the sentence: "John F." before
    // "Kennedy" may have been split off)
    return k + 1 < n && !(s.tokens[s.words[k + 1]].upper && s.tokens[s.words[k + 1]].b <= stop->e + 1);
  };
  auto name_seq = [&](std::size_t i) -> std::size_t {
    std::size_t j = i + 1;
    if (!covered[i] && i > 0 && s.tokens[s.words[i]].upper && facts[i].particle) {
      // "Van der Maat", "De Wever": capitalised particles open a name inside a sentence
      std::size_t k = i;
      while (k < n && facts[k].particle && (k == i || joined(s, k)) && k - i < 3) ++k;
      if (k == i || k >= n || !joined(s, k) || !name_word(s, k) || covered[k] || blocks_person(k)) return i;
      j = k + 1;
    } else if (covered[i] || !name_word(s, i) || blocks_person(i)) {
      return i;
    }
    while (j < n && j - i < 6 && joined(s, j) && !covered[j]) {
      if (name_word(s, j) && !blocks_person(j)) {
        ++j;
      } else if (initial_at(j) && kb_.given_names.count(s.folded[i])) {
        ++j;
        break;
      } else if (facts[j].particle && !s.tokens[s.words[j]].upper && kb_.given_names.count(s.folded[j - 1])) {
        // "Jan van Dijk", "Ursula von der Leyen": particles follow a given name; after a
        // surname they start a phrase ("Brekelmans van Defensie")
        std::size_t k = j;
        while (k < n && facts[k].particle && joined(s, k) && k - j < 3) ++k;
        // "Brekelmans van Defensie", "… de Tweede Kamer": a cue or a known name after a
        // single particle is not part of the name
        const bool cue_word =
            k < n && (lx_.roles.word(facts[k].roles) || lx_.org_cues.word(facts[k].org_cues) ||
                      lx_.firm_cues.word(facts[k].firm_cues) || gm[k].hit != nullptr);
        if (k < n && joined(s, k) && initial_at(k) && !covered[k]) {
          j = k + 1;
          break;
        }
        if (k < n && joined(s, k) && name_word(s, k) && !covered[k] && !blocks_person(k) &&
            !(k - j == 1 && cue_word)) {
          j = k + 1;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  };
  auto all_ordinary = [&](std::size_t a, std::size_t b) {
    for (std::size_t k = a; k < b; ++k) {
      if (facts[k].particle) continue;
      const Token& t = s.tokens[s.words[k]];
      if (!ordinary_word(text_.substr(t.b, t.e - t.b))) return false;
    }
    return true;
  };
  // apposition: ", [article] [adjectives] <cue>" right after word j-1; not a clause that
  // reports it (", wie Präsident Macron ankündigte", ", said President Biden")
  constexpr WordSetBits kOpensClause = RelationLexicon::bit<&RelationLexicon::attribution_verbs>() |
                                       RelationLexicon::bit<&RelationLexicon::clause_breaks>() |
                                       RelationLexicon::bit<&RelationLexicon::complementizers>() |
                                       RelationLexicon::bit<&RelationLexicon::coordinators>();
  auto opens_clause = [&](std::size_t k) {
    return (s.entries[k].relation.sets & kOpensClause) != 0 ||
           (rl && rl->attribution_before.find(std::span(s.folded).subspan(k, 1)) != WordTrie::kNone);
  };
  auto apposition_cue = [&](std::size_t j) -> std::pair<std::size_t, const Cue*> {
    if (j == 0 || j >= n || !is(punct_after(s, j - 1), ",", text_)) return {0, nullptr};
    for (std::size_t k = j; k < n && k < j + 4; ++k) {
      if ((k > j && !joined(s, k)) || opens_clause(k)) break;
      if (auto m = lx_.roles.match(s.folded, k, facts[k].roles)) return {k, m->second};
      const Token& t = s.tokens[s.words[k]];
      const bool adjective = !t.upper || (gm[k].hit && gm[k].hit->kind == AliasKind::demonym);
      if (!adjective && !facts[k].stopword) break;
    }
    return {0, nullptr};
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (covered[i]) continue;
    const std::size_t j = name_seq(i);
    if (j == i) continue;
    const bool given = kb_.given_names.count(s.folded[i]) > 0 && j - i >= 2;
    // "Vlieland Marine Systems BV": a legal form or a word of trade makes no person's name
    bool trade = false;
    for (std::size_t k = i + 1; k < j && !trade; ++k)
      trade = facts[k].legal_suffix || lx_.firm_heads.contains(s.folded[k]);
    if (trade) continue;
    const Cue* cue = nullptr;
    std::int64_t cw0 = -1, cw1 = -1;
    if (const std::int64_t k = role_ending_at[i]; k >= 0) {
      cue = role_at[static_cast<std::size_t>(k)].second;
      cw0 = k;
      cw1 = static_cast<std::int64_t>(i);
    }
    How how = given ? How::given : How::role;
    if (!cue) {
      auto [k, c] = apposition_cue(j);
      if (c) {
        cue = c;
        cw0 = static_cast<std::int64_t>(k);
        cw1 = static_cast<std::int64_t>(k + 1);
        if (!given) how = How::apposition;
      }
    }
    bool ok = given;
    // "Van der Maat", "De Boer": a name opened by capitalised particles is a name even when its
    // words are ordinary words too
    const bool particle_name = facts[i].particle;
    if (!ok && cue) ok = (j - i >= 2 || how == How::role) && (particle_name || !all_ordinary(i, j));
    if (!ok) continue;
    // a role cue after the sequence only counts for names of two words or more
    if (!given && how == How::apposition && j - i < 2) continue;
    Found f;
    f.w0 = static_cast<std::uint32_t>(i);
    f.w1 = static_cast<std::uint32_t>(j);
    f.type = EntityType::person;
    f.name = std::string(surface(text_, s, i, j));
    const bool initial = initial_at(j - 1);
    if (initial) f.name += '.';  // (with the initial's full stop: "Frank W.")
    f.how = how;
    f.role_cue = cue;
    f.cue_w0 = cw0;
    f.cue_w1 = cw1;
    add(std::move(f));
    if (initial) out.back().e = punct_after(s, j - 1)->e;
    i = j - 1;
  }

  // 3. one-word gazetteer names; an organisation's name that ends a role cue of several words is
  // the role's ("minister van Defensie", not the Dutch ministry, also a Ukrainian minister's)
  std::size_t role_end = 0;  // where the role cue that covers word i ends
  for (std::size_t i = 0; i < n; ++i) {
    if (role_at[i].second && role_at[i].first > 1) role_end = std::max(role_end, i + role_at[i].first);
    if (gm[i].len != 1 || covered[i]) continue;
    const bool in_role = i < role_end && !(role_at[i].second && role_at[i].first > 1);
    if (in_role && kb_.entities[gm[i].hit->entity].type == EntityType::organization) continue;
    add(gazetteer_found(*gm[i].hit, i, 1));
  }

  // 5. organisations and firms
  auto connector = [&](std::string_view f) {
    return lx_.stopwords.count(f) > 0 || kb_.lexicon("en").stopwords.count(f) > 0;
  };
  // A legal form written in small letters ("plc", "mbH") ends a firm's name as "Ltd" does.
  auto small_legal_form = [&](std::size_t k) {
    const Token& t = s.tokens[s.words[k]];
    return facts[k].legal_suffix && !t.upper &&
           lx_.small_legal_suffixes.count(text_.substr(t.b, t.e - t.b)) > 0;
  };
  // Whether a connector may join the capitalised words [i, j) to the next: only when they read
  // as the start of a name. A capital says nothing of a sentence's first word, nor of a German
  // noun, so there one of the words must be no dictionary word or an organisation or firm noun
  // ("Bundesamt für …", "Institute for …"); "Raketen an Dunholt Munition AG" is two phrases.
  auto name_before_connector = [&](std::size_t i, std::size_t j) {
    if (lang_ != "de" && i > 0) return true;
    for (std::size_t k = i; k < j; ++k) {
      const Token& t = s.tokens[s.words[k]];
      if (lx_.org_cues.word(facts[k].org_cues) || lx_.firm_cues.word(facts[k].firm_cues) || t.caps ||
          !t.alpha || !ordinary_word(text_.substr(t.b, t.e - t.b))) {
        return true;
      }
    }
    return false;
  };
  auto org_seq = [&](std::size_t i) -> std::size_t {
    std::size_t j = i;
    while (j < n && j - i < 7 && !covered[j] && (j == i || joined(s, j) || ampersand_before(j))) {
      const Token& t = s.tokens[s.words[j]];
      const bool capital = t.upper && !facts[j].stopword;
      if (capital || (j == i && t.caps)) {
        ++j;
        if (j - 1 > i && facts[j - 1].legal_suffix) break;  // a legal form ends the name
      } else if (j > i && small_legal_form(j)) {
        ++j;
        break;
      } else if (j > i && connector(s.folded[j]) && j + 1 < n && joined(s, j + 1) &&
                 s.tokens[s.words[j + 1]].upper && !covered[j + 1] && name_before_connector(i, j)) {
        j += 1;  // "Institute for the Study of War": a connector inside a name
      } else {
        break;
      }
    }
    // do not end on a connector
    while (j > i && !s.tokens[s.words[j - 1]].upper && !small_legal_form(j - 1)) --j;
    return j;
  };
  auto org_found = [&](std::size_t i, std::size_t j, EntityType type, How how) {
    // A legal form goes on through "&" and "." to the forms joined to it ("GmbH & Co. KG")
    while (j < n && facts[j - 1].legal_suffix && facts[j].legal_suffix && !covered[j] &&
           (joined(s, j) || is(punct_before(s, j), "&", text_) || is(punct_before(s, j), ".", text_))) {
      ++j;
    }
    Found f;
    f.w0 = static_cast<std::uint32_t>(i);
    f.w1 = static_cast<std::uint32_t>(j);
    f.type = type;
    f.name = std::string(surface(text_, s, i, j));
    f.how = how;
    add(std::move(f));
    // and keeps its own full stop ("B.V.", "Ltd.")
    const Token& last = s.tokens[s.words[j - 1]];
    if (const Token* stop = punct_after(s, j - 1);
        stop && stop->b == last.e && is(stop, ".", text_) &&
        lx_.dotted_legal_suffixes.count(text_.substr(last.b, stop->e - last.b)) > 0) {
      out.back().e = stop->e;
      out.back().name += '.';
    }
  };
  for (std::size_t c = 0; c < n; ++c) {
    auto firm = lx_.firm_cues.match(s.folded, c, facts[c].firm_cues);
    auto org = lx_.org_cues.match(s.folded, c, facts[c].org_cues);
    if (!firm && !org) continue;
    // (a court is no bank: "rechtbank" ends in the firm noun "bank")
    const bool court = org && org->second->kind == "court";
    const bool is_firm = firm && (!org || firm->first > org->first || (firm->first == org->first && !court));
    const std::size_t len = is_firm ? firm->first : org->first;
    std::size_t i = c + len;
    if (i >= n) continue;
    if (!joined(s, i) && !is(punct_after(s, i - 1), ",", text_)) continue;
    // an optional article before the name ("de krant The Guardian" is in the gazetteer)
    const std::size_t j = org_seq(i);
    if (j == i || !free_range(i, j)) continue;
    const Token& first = s.tokens[s.words[i]];
    if (!first.upper && !first.caps) continue;
    if (facts[i].legal_suffix) continue;  // "Holding B.V.": the legal form of the name before
    if (kb_.given_names.count(s.folded[i]) && j - i >= 2) continue;  // a person
    bool any_odd = false;
    for (std::size_t k = i; k < j; ++k) {
      const Token& t = s.tokens[s.words[k]];
      if (t.caps || !t.alpha || !ordinary_word(text_.substr(t.b, t.e - t.b))) any_odd = true;
    }
    // "de rechtbank Rotterdam", "das Landgericht Düsseldorf": a court is named by its noun and
    // its seat
    if (!is_firm && court && j == i + 1 && free_range(c, i)) {
      org_found(c, j, EntityType::organization, How::cue);
      continue;
    }
    if (!any_odd) continue;
    org_found(i, j, is_firm ? EntityType::firm : EntityType::organization, How::cue);
  }
  // A capitalised name whose last word is an organisation or firm noun: "Changsha Space
  // Science and Technology Research Institute", "Kiel Institute", "Northbridge Group".
  for (std::size_t i = 0; i < n; ++i) {
    if (covered[i] || !s.tokens[s.words[i]].upper || facts[i].stopword) continue;
    const std::size_t j = org_seq(i);
    if (j < i + 2 || !free_range(i, j)) continue;
    // names are often English inside Dutch or German text: the head may be in any language
    const std::string_view last = s.folded[j - 1];
    bool firm = false, org = false, legal = false, trade = false;
    for (const auto& [lang, lx] : kb_.lexicons) {
      legal = legal || lx.legal_suffixes.count(last) > 0;
      firm = firm || legal || lx.firm_cues.word(last) != nullptr;
      org = org || lx.org_cues.word(last) != nullptr;
      trade = trade || lx.firm_heads.contains(last);
    }
    // a word of trade ends a name of words apart, each of letters, one of them neither a
    // dictionary word nor a name the gazetteer knows ("Shenzhen Qirun Electronics"; not a
    // designation's compound, "F/A-18E-Systeme", nor "European Defence")
    if (trade && !firm && !org) {
      bool words = true, odd = false;
      for (std::size_t k = i; k < j && words; ++k) {
        const Token& t = s.tokens[s.words[k]];
        words = t.alpha && t.e - t.b >= 2 && (k == i || s.link[k] == Link::space);
        odd = odd || (k + 1 < j && s.entries[k].alias == WordTrie::kNone &&
                      !ordinary_word(text_.substr(t.b, t.e - t.b)));
      }
      firm = words && odd;
    }
    if (!firm && !org) continue;
    // (with the legal form after it: "Pellwright Industries plc")
    std::size_t end = j;
    if (end < n && !covered[end] && joined(s, end) && (facts[end].legal_suffix || small_legal_form(end)))
      ++end;
    // a legal form makes a name of dictionary words too ("Deutsche Bank AG"); a noun does not
    if (!legal && all_ordinary(i, j - 1)) continue;
    org_found(i, end, firm ? EntityType::firm : EntityType::organization, How::head);
    i = end - 1;
  }
  // "Name Name (ACR)" and "Name GmbH"
  for (std::size_t k = 0; k < n; ++k) {
    const Token& t = s.tokens[s.words[k]];
    if (t.caps && k >= 2 && is(punct_before(s, k), "(", text_) && is(punct_after(s, k), ")", text_)) {
      // the name ends at the word before "("
      std::size_t end = k;
      std::size_t start = end;
      while (start > 0 && end - start < 9) {
        const std::size_t w = start - 1;
        const Token& u = s.tokens[s.words[w]];
        if (w + 1 < end && !joined(s, w + 1)) break;
        if (w + 1 == end && s.words[w] + 2 != s.words[k]) break;  // the name ends right before "("
        if (u.upper || (facts[w].stopword && start < end)) {
          start = w;
        } else {
          break;
        }
      }
      while (start < end && (!s.tokens[s.words[start]].upper || facts[start].stopword)) ++start;
      if (end - start < 2) continue;
      // initials must fit the acronym's first letter
      if (s.folded[start][0] != s.folded[k][0]) continue;
      bool known = covered[start];
      std::int64_t known_entity = -1;
      EntityType type = EntityType::organization;
      for (const Found& f : found_here()) {
        if (f.w0 <= start && start < f.w1 && f.known >= 0) {
          known_entity = f.known;
          type = f.type;
        }
      }
      std::string long_name(surface(text_, s, start, end));
      if (!known && free_range(start, end)) {
        for (std::size_t w = start; w < end; ++w) {
          if (facts[w].legal_suffix || lx_.firm_cues.word(facts[w].firm_cues)) type = EntityType::firm;
        }
        org_found(start, end, type, How::cue);
      }
      if (!covered[k]) {
        Found f;
        f.w0 = static_cast<std::uint32_t>(k);
        f.w1 = static_cast<std::uint32_t>(k + 1);
        f.type = type;
        f.known = known_entity;
        f.name = long_name;
        f.how = How::acronym;
        add(std::move(f));
      }
    }
    if (k >= 1 && !covered[k] && (t.upper || small_legal_form(k)) && facts[k].legal_suffix && joined(s, k)) {
      std::size_t start = k;
      while (start > 0 && k - start < 5 && !covered[start - 1] && s.tokens[s.words[start - 1]].upper &&
             !facts[start - 1].stopword && joined(s, start)) {
        --start;
      }
      if (start < k) org_found(start, k + 1, EntityType::firm, How::legal);
    }
  }

  // 4. a known name at the start of a closed compound (Ukrainekriegs, Chinabeleid)
  if (lang_ == "de" || lang_ == "nl") {
    for (std::size_t i = 0; i < n; ++i) {
      const Token& t = s.tokens[s.words[i]];
      if (covered[i] || !t.upper || !t.alpha || t.e - t.b < 8) continue;
      const std::string_view word = text_.substr(t.b, t.e - t.b);
      const auto* p = reinterpret_cast<const std::uint8_t*>(word.data());
      const auto len = static_cast<std::int32_t>(word.size());
      // The name part is at most kMaxCompoundHead code points (the longest name word in the
      // gazetteer has 30), so a word of megabytes costs no more than a short one.
      constexpr std::size_t kMaxCompoundHead = 64;
      std::vector<std::int32_t> cuts;
      for (std::int32_t k = 0; k < len && cuts.size() < kMaxCompoundHead;) {
        U8_FWD_1(p, k, len);
        cuts.push_back(k);
      }
      // A word of ASCII letters folds byte for byte: its heads' folds are prefixes of its own.
      const std::string_view folded = s.folded[i];
      const bool bytewise = folded.size() == word.size() && cuts.size() == word.size();
      for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        const std::int32_t k = *it;
        if (k < 4 || len - k < 4) continue;
        const auto head = static_cast<std::size_t>(k);
        const std::uint32_t slot = bytewise ? kb_.aliases.find_word(folded.substr(0, head))
                                            : kb_.aliases.find_word(fold(word.substr(0, head)));
        if (slot == WordTrie::kNone) continue;
        const AliasHit* hit = nullptr;
        for (const AliasHit& h : kb_.alias_hits[slot]) {
          const EntityType et = kb_.entities[h.entity].type;
          if (!h.weak && h.kind == AliasKind::name &&
              (et == EntityType::state || et == EntityType::weapon_system)) {
            hit = &h;
          }
        }
        if (!hit) continue;
        std::string rest(word.substr(static_cast<std::size_t>(k)));
        if (!lx_.dictionary) continue;
        std::string cap = rest;
        if (!cap.empty() && cap[0] >= 'a' && cap[0] <= 'z') cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        if (!lx_.dictionary->knows(rest) && !lx_.dictionary->knows(cap)) continue;
        Found f = gazetteer_found(*hit, i, 1);
        f.how = How::compound;
        f.sentence = index;
        f.b = t.b;
        f.e = t.b + static_cast<std::uint32_t>(k);
        covered[i] = 1;
        out.push_back(std::move(f));
        break;
      }
    }
  }

  // 6. weapon designations by shape: letters, hyphen, digits (YJ-18, Su-35, T-90M)
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (covered[i] || covered[i + 1] || s.link[i + 1] != Link::hyphen) continue;
    const Token& a = s.tokens[s.words[i]];
    const Token& d = s.tokens[s.words[i + 1]];
    if (!a.upper || !a.alpha || a.e - a.b > 4 || !d.digit || d.e - d.b > 6) continue;
    std::string name = strip_plural(std::string(text_.substr(a.b, a.e - a.b)) + "-" +
                                    std::string(text_.substr(d.b, d.e - d.b)));
    const std::string key = designation_key(fold(name));
    Found f;
    f.w0 = static_cast<std::uint32_t>(i);
    f.w1 = static_cast<std::uint32_t>(i + 2);
    f.type = EntityType::weapon_system;
    f.how = How::designation;
    if (auto it = kb_.designations.find(key); it != kb_.designations.end()) {
      f.known = it->second;
    } else {
      if (lx_.designation_stop.count(key) || kb_.lexicon("en").designation_stop.count(key)) continue;
      // letters that name a state or organisation (EU-27, VN-2) are not a weapon prefix
      const std::uint32_t slot = kb_.aliases.find_word(s.folded[i]);
      bool other = false;
      if (slot != WordTrie::kNone) {
        for (const AliasHit& h : kb_.alias_hits[slot]) {
          if (kb_.entities[h.entity].type != EntityType::weapon_system) other = true;
        }
      }
      if (other) continue;
      f.name = name;
    }
    add(std::move(f));
    ++i;
  }

  // 7. state adjective + group noun, the longest the lexicon has ("the Indonesian air force",
  // "de Haïtiaanse nationale politie")
  constexpr std::size_t kGroupHeadWords = 3;
  std::string phrase;
  for (Found& f : found_here()) {
    if (f.how != How::demonym) continue;
    const std::size_t k = f.w1;
    std::size_t len = 0;
    const std::string* role = nullptr;
    phrase.clear();
    for (std::size_t m = k; m < n && m < k + kGroupHeadWords && joined(s, m) && !covered[m]; ++m) {
      if (m > k) phrase += ' ';
      phrase += s.folded[m];
      if (auto it = lx_.group_heads.find(phrase); it != lx_.group_heads.end()) {
        len = m + 1 - k;
        role = &it->second;
      }
    }
    if (!role) continue;
    f.how = How::group;
    f.group_role = *role;
    f.w1 = static_cast<std::uint32_t>(k + len);
    f.e = s.tokens[s.words[k + len - 1]].e;
    for (std::size_t m = k; m < k + len; ++m) covered[m] = 1;
  }

  for (const Found& f : found_here()) {
    if (f.known >= 0 && !f.weak) {
      const auto e = static_cast<std::uint32_t>(f.known);
      auto pos = std::lower_bound(seen_.begin(), seen_.end(), e);
      if (pos == seen_.end() || *pos != e) seen_.insert(pos, e);
    }
  }
  std::sort(out.begin() + static_cast<std::ptrdiff_t>(before), out.end(),
            [](const Found& x, const Found& y) { return x.b < y.b; });
}

}  // namespace actorgraph::detail
