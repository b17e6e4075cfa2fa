#include "relate/relations.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <vector>

#include "text/fold.h"

namespace actorgraph::detail {
namespace {

enum class Role : std::uint8_t { none, recipient, source, agent, with, other };

// (id views the document's resolved mentions or the knowledge, which outlive the sentence's
// relations)
struct Actor {
  std::size_t w0 = 0, w1 = 0;
  std::string_view id;
  EntityType type = EntityType::state;
  How how = How::gazetteer;
  bool modifier = false;  // a state adjective alone ("Chinese apparatuur")
  bool genitive = false;  // "Russia's", "Chinas"
  Role role = Role::none;
  std::size_t prep_at = 0;      // where the preposition stands
  bool attribution = false;     // the source of a claim
  bool disjunct = false;        // joined to another by "or": "Iran or North Korea"
  const Actor* conj = nullptr;  // the actor it is coordinated with, whose role it shares
  const Actor* lead = nullptr;  // the first actor of the list it is coordinated in (conj's lead)
};

// A quantity: its value, the item noun it counts ("units" for a weapon system) and how the text
// bounds it ("at least", "at most", "about"; empty when it states the number).
struct Quantity {
  std::optional<double> value;
  std::string unit;
  std::string bound;
};

std::string_view word_text(std::string_view text, const SentenceWords& s, std::size_t j) {
  const Token& t = s.tokens[s.words[j]];
  return text.substr(t.b, t.e - t.b);
}

bool starts_at(const std::vector<std::string>& words, const SentenceWords& s, std::size_t k) {
  if (k + words.size() > s.folded.size()) return false;
  return std::equal(words.begin(), words.end(), s.folded.begin() + static_cast<std::ptrdiff_t>(k));
}

// A gapped cue ("weist … zurück") whose first part starts in [from, to) and whose second part
// stands after it, before `tail_to`. A second part that may be an article or a preposition is
// the particle only where `ends_phrase(end)` says a particle stands, at the end of the clause's
// middle: "stellte (der Ukraine) ein neues Waffenpaket vor" is no "stellte … ein", "sagte, …,
// um ihr zu helfen" no "sagte … zu".
template <typename EndsPhrase>
bool gapped_in(const std::vector<GappedCue>& gapped, const SentenceWords& s, std::size_t from, std::size_t to,
               std::size_t tail_to, const EndsPhrase& ends_phrase) {
  for (const GappedCue& cue : gapped) {
    for (std::size_t k = from; k < to; ++k) {
      if (!starts_at(cue.head, s, k)) continue;
      for (std::size_t m = k + cue.head.size(); m < tail_to; ++m) {
        if (!starts_at(cue.tail, s, m)) continue;
        if (cue.particle && !ends_phrase(m + cue.tail.size())) continue;
        return true;
      }
    }
  }
  return false;
}

// Phrase of `trie` that starts at or after `from` and ends before `to` (for a trie the words'
// facts hold no nodes of).
bool trie_phrase_in(const WordTrie& trie, const SentenceWords& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.folded.size(); ++k) {
    auto m = trie.longest(s.folded, k, [](std::size_t) { return true; });
    if (m && k + m->length <= to) return true;
  }
  return false;
}

// A sentence that names the parties of a supply and not its direction: they deny it
// ("Moskau und Pjöngjang bestreiten den Waffenhandel", "North Korea denied the allegations")
// or sign for it ("Russia and India signed a contract on the delivery of S-400s"). Matched by
// match_reported_supplies() against the supplies the whole document reports.
struct UndirectedSupply {
  std::vector<std::string_view> parties;  // the ids of the actors the sentence names, sorted
  Relation relation;                      // type, evidence (denied or planned) and items; no ends yet
};

// A supply whose clause names one of its ends and, by a definite noun phrase or a name, what it
// supplies: the supplier ("The batteries were delivered by the United States", "de houwitsers
// worden geleverd door Hanwha Aerospace") or the recipient ("De zes F-16's zouden worden
// verkocht aan Draken", "Ukraine has received the systems", and an arrival: "The first Patriot
// systems have arrived in Ukraine"). complete_open_supplies() takes the other end from the
// nearest earlier supply of the document that names the same thing.
struct OpenSupply {
  Relation relation;  // type, evidence, items, quantity and mode; source or target empty
  // what the noun phrase names: a weapon system's id or an English item phrase; empty for a
  // noun that stands for arms of any kind ("the systems", "die Exemplare")
  std::string anaphor;
};

// The per-sentence vectors of SentenceRelations, kept from one sentence to the next so that
// their memory is reused.
struct SentenceScratch {
  std::vector<Actor> actors, weapons, persons;
  std::vector<Actor*> by_start, by_end;
  std::vector<std::uint8_t> word_flags;
  std::vector<std::int8_t> clause_starts;
};

// What each word of a sentence is to the relation lexicon: looked up once, by words_of().
class RelationFacts {
 public:
  explicit RelationFacts(const std::vector<WordEntry>& entries) : entries_(entries) {}
  const RelationWordFacts& operator[](std::size_t j) const { return entries_[j].relation; }
  [[nodiscard]] std::size_t size() const { return entries_.size(); }

 private:
  const std::vector<WordEntry>& entries_;
};

// How a relation's modality is read: from the cues of its clause; as a plan unless a cue says
// more (an order: the delivery is still to come); or as a fact whatever the clause says of
// something else ("plant die Lieferung seines Systems Skyranger": the firm makes it); or as the
// affirmative contrast of a negated supply ("…, maar wel onderdelen"), asserted unless the
// sentence hedges it; or as negated by a negation of its own part of a gapped coordination
// ("liefert Panzer an die Ukraine und keine Waffen an Israel").
enum class Reading : std::uint8_t { clause, pending, fact, contrast, negated };

class SentenceRelations {
 public:
  static constexpr std::size_t kNoWord = static_cast<std::size_t>(-1);
  // the mode of a sanction verb that lifts or eases sanctions (relations.schema.json)
  static constexpr std::string_view kLiftMode = "lift";
  // the mode of a verb of buying (relations.schema.json)
  static constexpr std::string_view kSaleMode = "sale";
  // the same, as the mode an emitted relation carries
  static inline const std::string kSale{kSaleMode};
  // The words after an English verb its particle may end within ("handed the 12 tanks over").
  static constexpr std::size_t kEnglishParticleReach = 5;
  // `lx` is kb.lexicon(rl.lang), looked up once for the document.
  SentenceRelations(const Knowledge& kb, const RelationLexicon& rl, const Lexicon& lx, std::string_view text,
                    const SentenceWords& s, const Evidence& ev, SentenceScratch& scratch)
      : kb_(kb),
        rl_(rl),
        lx_(lx),
        text_(text),
        s_(s),
        ev_(ev),
        actors_(scratch.actors),
        weapons_(scratch.weapons),
        persons_(scratch.persons),
        by_start_(scratch.by_start),
        by_end_(scratch.by_end),
        word_flags_(scratch.word_flags),
        facts_(s.entries),
        clause_starts_(scratch.clause_starts) {
    actors_.clear();
    weapons_.clear();
    persons_.clear();
    word_flags_.clear();
    clause_starts_.clear();
  }

  void add_mention(const Found& f, const std::string& id) {
    if (f.how == How::byline) return;  // (the agency of a dateline is no party)
    if (f.type == EntityType::weapon_system) {
      weapons_.push_back({f.w0, f.w1, id, f.type, f.how});
      return;
    }
    if (f.type == EntityType::person) {
      persons_.push_back({f.w0, f.w1, id, f.type, f.how});
      // a sitting head of state stands for the state as a party ("wapens levert aan Poetin")
      if (f.known >= 0) {
        for (const RoleFact& r : kb_.entities[static_cast<std::size_t>(f.known)].roles) {
          if (r.relation == "leader_of" && r.of.rfind("state:", 0) == 0 && in_office(r)) {
            actors_.push_back({f.w0, f.w1, r.of, EntityType::state, How::leader});
            break;
          }
        }
      }
      return;
    }
    // "Korea Aerospace Industries (KAI)": a short name in brackets right after the name restates
    // it; it is no second party (a bare actor after the verb would be read as its object)
    if (!actors_.empty() && actors_.back().id == id && actors_.back().w1 == f.w0 && punct_before(f.w0, "(")) {
      return;
    }
    Actor a{f.w0, f.w1, id, f.type, f.how};
    a.modifier = f.how == How::demonym;
    const std::string_view last = word_text(text_, s_, f.w1 - 1);
    // "Russia's", "China’s"; in German and Dutch a plain -s ("Chinas Lieferungen")
    a.genitive = last.ends_with("'s") || last.ends_with("\xE2\x80\x99s") ||
                 (rl_.lang != "en" && last.ends_with("s") && f.how == How::gazetteer) ||
                 (last.ends_with("s") && possessive_apostrophe(f.w0, f.w1));  // "Mauritius' sale"
    actors_.push_back(a);
  }

  // Was the role held at the date of the text? Without a date, only a current role counts.
  bool in_office(const RoleFact& r) const {
    const std::string year = ev_.date.substr(0, 4);
    if (year.size() < 4) return r.until.empty();
    if (!r.from.empty() && year < r.from.substr(0, 4)) return false;
    if (!r.until.empty() && year > r.until.substr(0, 4)) return false;
    return true;
  }

  std::vector<Relation> run() {
    std::vector<Relation> out;
    if (actors_.empty() && weapons_.size() < 2) return out;
    // "dat Hendrik van der L. via zijn bedrijf Maasdelta Aero Supplies BV … heeft geleverd": a
    // person who acts through a firm of theirs stands for it as a party, as a sitting head of
    // state stands for the state
    if (!persons_.empty()) {
      const Actor* firm = firm_acted_through();
      const Actor* person = nullptr;  // the last named before the preposition
      for (const Actor& p : persons_) {
        if (firm && p.w1 + 3 <= firm->w0) person = &p;
      }
      if (person) {
        const Actor stand_in{person->w0, person->w1, firm->id, EntityType::firm, How::leader};
        actors_.insert(std::upper_bound(actors_.begin(), actors_.end(), stand_in,
                                        [](const Actor& x, const Actor& y) { return x.w0 < y.w0; }),
                       stand_in);
      }
    }
    index_actors();
    auto any_starting = [&](std::size_t w, auto&& pred) {
      for (const Actor* n : starting_at(w)) {
        if (pred(*n)) return true;
      }
      return false;
    };
    // "de Amerikaanse firma Draken International", "the Turkish company Baykar": a group
    // phrase right before a name describes the name and does not act on its own
    for (Actor& g : actors_) {
      if (g.how != How::group || (g.w1 < s_.words.size() && s_.link[g.w1] == Link::other)) continue;
      if (any_starting(g.w1,
                       [](const Actor& n) { return n.how != How::group && n.type != EntityType::state; }))
        g.modifier = true;
    }
    // "beim Schweizer Hersteller Pilatus", "the Swiss manufacturer Pilatus": a state's adjective
    // (or its people's name, "Schweizer") before a class noun and a name describes the name
    for (Actor& g : actors_) {
      if ((g.how != How::demonym && g.how != How::people) || g.w1 + 1 >= s_.words.size()) continue;
      const WordFacts& noun = s_.entries[g.w1].lexicon;
      if (s_.link[g.w1] == Link::other ||
          (!lx_.firm_cues.word(noun.firm_cues) && !lx_.org_cues.word(noun.org_cues)))
        continue;
      if (any_starting(g.w1 + 1, [](const Actor& n) { return n.type != EntityType::state; }))
        g.modifier = true;
    }
    // "Israel's Elbit Systems": a possessive right before a name is its owner, not a party
    for (Actor& g : actors_) {
      if (!g.genitive || (g.w1 < s_.words.size() && s_.link[g.w1] == Link::other)) continue;
      if (any_starting(g.w1, [](const Actor& n) { return n.type != EntityType::state; })) g.modifier = true;
    }
    // "US-made HIMARS", "US-sanctioned firms": a name glued by a hyphen to a verb form makes an
    // adjective of it, which describes what follows and does not act on its own
    for (Actor& a : actors_) {
      if (a.w1 < s_.words.size() && s_.link[a.w1] == Link::hyphen && facts_[a.w1].verbs) a.modifier = true;
    }
    // "Poland became the first NATO member to send …", "Polen, ein NATO-Land, …": an
    // organisation right before a noun of membership classifies it; with a state named shortly
    // before, that state is the party, not the organisation
    constexpr std::size_t kMemberReach = 8;
    for (Actor& a : actors_) {
      if (a.type != EntityType::organization || a.modifier || a.w1 >= s_.words.size() ||
          s_.link[a.w1] == Link::other || !in<&RelationLexicon::member_nouns>(a.w1)) {
        continue;
      }
      for (std::size_t w = a.w0 >= kMemberReach ? a.w0 - kMemberReach : 0; w <= a.w0 && !a.modifier; ++w) {
        for (const Actor* b : ending_at(w)) {
          if (b->type == EntityType::state && !b->modifier) a.modifier = true;
        }
      }
      // after a determiner it classifies a member it does not name: "to its NATO partner", "a
      // NATO ally", "de NAVO-bondgenoot"
      if (a.w0 > 0 && (in<&RelationLexicon::articles>(a.w0 - 1) ||
                       in<&RelationLexicon::possessive_determiners>(a.w0 - 1)))
        a.modifier = true;
    }
    index_words();
    for (Actor& a : actors_) {
      classify(a);
      if (a.role == Role::agent && possessor_only(a)) a.role = Role::other;
    }
    mark_disjuncts();
    coordinate_roles();
    index_lists();
    // an actor named anywhere as the source of a claim is the source wherever it is named
    std::vector<std::string_view> attributed;
    for (const Actor& b : actors_) {
      if (b.attribution && !b.modifier) attributed.push_back(b.id);
    }
    std::sort(attributed.begin(), attributed.end());
    for (Actor& a : actors_) {
      if (std::binary_search(attributed.begin(), attributed.end(), a.id)) a.attribution = true;
    }
    const std::string source = attribution_source();
    std::optional<std::optional<std::string>> stated_date;  // date(), once a relation is found
    // (the ids view the actors' stable ids; the type is the caller's and is kept)
    std::set<std::tuple<std::string_view, std::string_view, std::string, Modality>> seen;
    auto emit = [&](const std::string& type, const Actor& from, std::string_view to_id, EntityType to_type,
                    std::size_t trigger, const std::string& mode, std::vector<std::string> items = {},
                    Reading reading = Reading::clause, const Quantity* stated = nullptr,
                    std::size_t until = kNoWord) {
      // (a state organ is its state where the type says so: "The Bundeswehr handed over …")
      const std::string_view from_id = kb_.party(type, from.id);
      const EntityType from_type = from_id == from.id ? from.type : EntityType::state;
      if (const std::string_view to_party = kb_.party(type, to_id); to_party != to_id) {
        to_id = to_party;
        to_type = EntityType::state;
      }
      if (from_id == to_id || !kb_.allows(type, from_type, to_type)) return;
      Modality m = reading == Reading::fact ? Modality::asserted
                   : reading == Reading::contrast
                       ? (alleged_for(trigger) ? Modality::alleged : Modality::asserted)
                   : reading == Reading::negated ? Modality::negated
                                                 : modality(trigger, from, until);
      // the supplier saying it did not supply denies it ("Iran said it had not sent …"); that
      // it will not is a refusal, negated ("Baykar will not sell its drones to Russia")
      if (m == Modality::negated && type == "supplies" &&
          (speaks(from.id) || speaks(from_id) || own_account())) {
        auto [cb, ce] = clause(trigger);
        if (!planned_in(cb, ce, trigger) && !pending_negation_in(cb, ce)) m = Modality::denied;
      }
      if (reading == Reading::pending && m == Modality::asserted) m = Modality::planned;
      // "Iran or North Korea supplied the shells": the text says one of them did, not which
      if (any_disjunct_ && m == Modality::asserted && type == "supplies" &&
          (from.disjunct || disjunct(to_id)))
        m = Modality::alleged;
      if (type == "negotiates_with" && m == Modality::planned &&
          !planned_in(std::min(from.w0, trigger), trigger)) {
        m = Modality::asserted;  // negotiating is the fact; "wil onderhandelen" stays planned
      }
      if (!seen.emplace(from_id, to_id, type, m).second) return;
      Relation r;
      r.source = from_id;
      r.target = to_id;
      r.type = type;
      r.evidence = ev_;
      r.evidence.modality = m;
      r.evidence.source = source;
      if (!stated_date) stated_date = date();
      if (*stated_date) r.evidence.date = **stated_date;
      r.items = std::move(items);
      if (type == "supplies") {
        Quantity q = stated ? *stated : quantity(trigger);
        r.quantity = q.value;
        r.unit = std::move(q.unit);
        r.quantity_bound = std::move(q.bound);
        r.mode = mode;
      }
      out.push_back(std::move(r));
    };

    for (std::size_t j = 0; j < s_.words.size(); ++j) {
      if (in_actor(j)) continue;
      const std::string_view f = s_.folded[j];
      // "de verkoop" is a noun; "het leveren van" (an infinitive) still has the verb's roles
      // (English "that" is a relative pronoun before a verb form: "the first country that sent")
      const bool after_article = j > 0 && in<&RelationLexicon::articles>(j - 1) &&
                                 !(rl_.lang == "en" && in<&RelationLexicon::relative_pronouns>(j - 1));
      const RelationWordFacts& facts = facts_[j];
      const auto* verbs = facts.verbs;
      // "an order", "a 2 billion euro order", "won orders from": a purchase or order noun that
      // is also a verb form (English "order", "imports") is the noun after a determiner or a
      // possessive, and as the object of a verb of winning
      if (verbs && purchase_noun_at(j) &&
          (determiner_before(j) || genitive_before(j) || modifier_of(j) || won_object(j))) {
        verbs = nullptr;
      }
      // "shipping documents reviewed by Reuters", "the delivery schedule": a supply noun or an
      // English gerund that modifies a compound written apart names no supply
      if ((rl_.supply_nouns.word(facts.supply_nouns) || (verbs && s_.folded[j].ends_with("ing"))) &&
          compound_modifier(j))
        continue;
      // "Lebanon's armed forces", "its supplied tanks": an English participle right after a
      // possessive describes the noun after it
      if (verbs && rl_.lang == "en" && s_.folded[j].ends_with("ed") && after_possessive(j)) verbs = nullptr;
      // ("the only armed force in this country": a participle before a group's head noun that
      // ends its phrase; not "exported military goods")
      if (verbs && rl_.lang == "en" && s_.folded[j].ends_with("ed") && j + 1 < s_.words.size() &&
          s_.link[j + 1] == Link::space && s_.entries[j + 1].lexicon.group_head &&
          (j + 2 >= s_.words.size() || s_.link[j + 2] == Link::other || preposition_role_at(j + 2) ||
           in<&RelationLexicon::prepositions>(j + 2)))
        verbs = nullptr;
      // (English has no infinitive after an article: "the transfer of", "the supply of")
      if (verbs && after_article && rl_.lang == "en" && rl_.supply_nouns.word(facts.supply_nouns))
        verbs = nullptr;
      if (verbs && after_article) {
        bool infinitive = false;
        for (const VerbInfo& v : *verbs) infinitive = infinitive || fold_lemma(v.lemma) == f;
        if (!infinitive) verbs = nullptr;
      }
      // "new sanctions on Russia", "imposed sanctions": an English sanction noun that is also a
      // verb form is the verb only right after its subject or an auxiliary ("The EU sanctions
      // three firms", "will sanction"), and never before a target preposition
      if (verbs && cue_at(rl_.sanction_nouns, &RelationWordFacts::sanction_nouns, j) &&
          !sanction_verb_at(j)) {
        verbs = nullptr;
      }
      // "Iranian-made", "French-built": an origin adjective, not a verb
      if (verbs && s_.link[j] == Link::hyphen) {
        if (j > 0 && (is_modifier_word(j - 1) || is_actor_word(j - 1))) {
          origin_adjective(j, *verbs, emit);
          continue;
        }
        // "re-export", "re-exports": a supply noun with a prefix, no origin adjective
        if (rl_.supply_nouns.word(facts.supply_nouns)) verbs = nullptr;
      }
      // a noun after a possessive or a state adjective ("China's total arms exports", "Russian
      // arms exports")
      if (verbs && rl_.supply_nouns.word(facts.supply_nouns) && (genitive_before(j) || modifier_of(j)))
        verbs = nullptr;
      if (verbs) {
        const VerbInfo* v = choose(*verbs, j);
        if (!v) continue;
        auto [cb, ce] = clause(j);
        if (conditional(cb)) continue;
        switch (v->kind) {
          case VerbKind::supply:
            supply_verb(j, cb, ce, *v, emit);
            break;
          case VerbKind::receive:
            receive_verb(j, cb, ce, *v, emit);
            break;
          case VerbKind::use:
            use_verb(j, cb, ce, emit);
            break;
          case VerbKind::produce:
            produce_verb(j, cb, ce, emit);
            break;
          case VerbKind::fund:
            fund_verb(j, cb, ce, emit);
            break;
          case VerbKind::sanction:
            sanction_verb(j, cb, ce, *v, emit);
            break;
          case VerbKind::negotiate:
            negotiate_verb(j, cb, ce, emit);
            break;
          case VerbKind::unrelated:  // ("maakte … bekend": no relation, though a form of maken)
            break;
        }
        continue;
      }
      if (in<&RelationLexicon::arrival_verbs>(j)) {
        arrival_verb(j);
        continue;
      }
      if (in<&RelationLexicon::origin_verbs>(j)) {
        origin_verb(j);
        continue;
      }
      if (in<&RelationLexicon::thank_verbs>(j)) {
        auto [cb, ce] = clause(j);
        if (!conditional(cb)) thank_verb(j, cb, ce, emit);
        continue;
      }
      if (in<&RelationLexicon::variant_nouns>(j)) variant_noun(j, emit);
      word_flags_[j] |= kNounTrigger;
      if (const Cue* c = cue_at(rl_.supply_nouns, &RelationWordFacts::supply_nouns, j)) {
        auto [cb, ce] = clause(j);
        if (conditional(cb)) continue;
        supply_noun(j, cb, ce, *c, emit);
      } else if (const Cue* p = cue_at(rl_.purchase_nouns, &RelationWordFacts::purchase_nouns, j)) {
        auto [cb, ce] = clause(j);
        if (conditional(cb)) continue;
        if (p->agent) {
          buyer_noun(j, cb, ce, emit);
        } else {
          purchase_noun(j, cb, ce, p->kind, false, emit);
        }
      } else if (const Cue* o = cue_at(rl_.order_nouns, &RelationWordFacts::order_nouns, j)) {
        auto [cb, ce] = clause(j);
        if (!conditional(cb)) purchase_noun(j, cb, ce, o->kind, true, emit);
      } else if (cue_at(rl_.sanction_nouns, &RelationWordFacts::sanction_nouns, j)) {
        auto [cb, ce] = clause(j);
        if (!conditional(cb)) sanction_noun(j, cb, ce, emit);
      } else if (in<&RelationLexicon::contract_nouns>(j)) {
        auto [cb, ce] = clause(j);
        if (!conditional(cb)) contract_noun(j, cb, ce, emit);
      }
    }
    own_weapons(emit);
    return out;
  }

  // After run(): the supplies whose clause named one end (open_supply()).
  std::vector<OpenSupply> take_open_supplies() { return std::move(open_); }

  // The weapon system the sentence before named first, for a pronoun that stands for it ("The
  // Bayraktar TB2 is … . It is manufactured by …"); empty if it named none.
  void set_antecedent_weapon(std::string_view id) { antecedent_weapon_ = id; }

  // After run(), for a sentence that gave no supplies relation: a supply whose direction the
  // sentence does not say, with the parties it names. A denial may be of a supply, trade or
  // claim noun or a supply verb; a plan of a supply noun a planning cue governs ("a contract
  // on the delivery", "einen Vertrag über die Lieferung").
  std::optional<UndirectedSupply> undirected_supply() const {
    const std::size_t n = s_.words.size();
    if (actors_.empty()) return std::nullopt;
    const bool denial = denied_in(0, n, n);
    for (std::size_t j = 0; j < n; ++j) {
      if (in_actor(j)) continue;
      const bool supply_noun = cue_at(rl_.supply_nouns, &RelationWordFacts::supply_nouns, j) != nullptr;
      if (!supply_noun && !(denial && names_a_supply(j))) continue;
      auto [cb, ce] = clause(j);
      if (conditional(cb)) continue;
      const std::size_t to = std::max(ce, std::min(n, j + 3));
      Modality m = Modality::denied;
      if (!denial || !denied_in(0, to, to)) {
        constexpr std::size_t kGovernorReach = 4;  // "signed a contract on the delivery"
        if (!supply_noun || !planned_in(std::max(cb, j >= kGovernorReach ? j - kGovernorReach : 0), j, j))
          continue;
        m = Modality::planned;
      }
      // the parties: not whom a denial is made to ("ontkende tegen Scholz")
      auto d = undirected(m, [](const Actor& a) { return a.role == Role::none || a.role == Role::agent; });
      if (d) d->relation.items = items(j, cb, ce);
      return d;
    }
    return std::nullopt;
  }

  // "…, but Pyongyang denies this", "Moskau bestreitet das.", "Pyongyang ontkent dat.": a denial
  // whose object is a demonstrative closing its clause (but for a particle: "wies das zurück")
  // denies what was just reported. Its parties are the actors of its own clause; they are
  // matched, as undirected_supply()'s, against the supplies the document reports.
  std::optional<UndirectedSupply> pronoun_denial() const {
    const std::size_t n = s_.words.size();
    if (actors_.empty()) return std::nullopt;
    auto clause_ends_at = [&](std::size_t k) {
      return k >= n || comma_before(k) || in<&RelationLexicon::coordinators>(k);
    };
    constexpr std::size_t kCueReach = 3;
    for (std::size_t j = 1; j < n; ++j) {
      if (!in<&RelationLexicon::denial_pronouns>(j)) continue;
      const bool closes = clause_ends_at(j + 1) || (!is_actor_word(j + 1) && clause_ends_at(j + 2));
      const std::size_t from = j >= kCueReach ? j - kCueReach : 0;
      if (!closes || !denied_in(from, j, std::min(n, j + 2))) continue;
      const std::size_t cb = clause(j).first;
      auto d = undirected(Modality::denied,
                          [&](const Actor& a) { return a.role == Role::none && a.w0 >= cb && a.w1 <= j; });
      if (d) return d;
    }
    return std::nullopt;
  }

 private:
  // A supply of the sentence's usable actors that `party` accepts, with no direction and no
  // items yet; none when it accepts none.
  template <typename Party>
  std::optional<UndirectedSupply> undirected(Modality m, Party&& party) const {
    UndirectedSupply d;
    for (const Actor& a : actors_) {
      if (usable(a) && party(a)) d.parties.push_back(a.id);
    }
    if (d.parties.empty()) return std::nullopt;
    std::sort(d.parties.begin(), d.parties.end());
    d.parties.erase(std::unique(d.parties.begin(), d.parties.end()), d.parties.end());
    Relation& r = d.relation;
    r.type = "supplies";
    r.evidence = ev_;
    r.evidence.modality = m;
    r.evidence.source = attribution_source();
    if (auto date_stated = date()) r.evidence.date = *date_stated;
    return d;
  }

  // A word that names a supply for a denial in undirected_supply(): a supply noun, a supply or receive
  // verb, or a noun for a trade or its claims ("Waffenhandel", "allegations").
  bool names_a_supply(std::size_t j) const {
    const RelationWordFacts& facts = facts_[j];
    if (cue_at(rl_.supply_nouns, &RelationWordFacts::supply_nouns, j) ||
        in<&RelationLexicon::denial_objects>(j))
      return true;
    if (facts.verbs) {
      for (const VerbInfo& v : *facts.verbs) {
        if (v.kind == VerbKind::supply || v.kind == VerbKind::receive) return true;
      }
    }
    return false;
  }

  // A denial cue in [from, to): a phrase, or a gapped one whose tail ends before `tail_to`.
  bool denied_in(std::size_t from, std::size_t to, std::size_t tail_to) const {
    return phrase_in(rl_.denied.trie, &RelationWordFacts::denied, from, to) ||
           gapped(rl_.denied, from, to, tail_to);
  }

  template <typename Emit>
  void supply_verb(std::size_t j, std::size_t cb, std::size_t ce, const VerbInfo& v, Emit& emit) {
    if (v.needs_items && !names_items_near(j, cb, ce)) return;  // "offered to host talks"
    // "Germany gave Rheinmetall an order for 100 tanks": what is given to the firm is an order,
    // which purchase_noun() reads (Rheinmetall sells)
    if (const std::size_t o = object_purchase(j, ce); o != kNoWord && actor_between(j, o)) return;
    const Actor* agent = nearest(Role::agent, j, cb, ce);
    // "HIMARS … built by Lockheed Martin": an agent after another verb belongs to that verb,
    // unless the two are coordinated ("von Polen bezahlt und an Kiew übergeben")
    if (agent && verb_between(std::min(j, agent->w0), std::max(j, agent->w0)) &&
        !(agent->w1 <= j && participles_coordinated(agent->w1, j))) {
      agent = nullptr;
    }
    // ("The HIMARS built by Lockheed Martin were sent to Ukraine": the maker's, before the verb)
    if (agent && rl_.lang == "en" && agent->w1 <= j && agent->prep_at > 0 && agent->prep_at - 1 != j &&
        facts_[agent->prep_at - 1].verbs && !in_actor(agent->prep_at - 1) &&
        !participles_coordinated(agent->w1, j)) {
      agent = nullptr;
    }
    const Actor* recipient = nearest(Role::recipient, j, cb, ce);
    std::vector<const Actor*> subjects;
    const Actor* object = nullptr;
    if (agent) {
      // (each of a list: "supplied by Denmark and the Netherlands")
      for_coordinated(agent, [&](const Actor* a) { subjects.push_back(a); });
      if (!recipient) {
        // "X setzt Drohnen ein, die von Y geliefert wurden": the bare actor before is the receiver
        for (const Actor& a : actors_) {
          if (usable(a) && a.role == Role::none && a.w1 <= j &&
              std::find(subjects.begin(), subjects.end(), &a) == subjects.end()) {
            recipient = &a;
            break;
          }
        }
      }
    } else if (const Actor* c = controller(j, cb)) {
      // "accused Iran of supplying drones to Russia", "of providing Moscow with …"
      for_coordinated(c, [&](const Actor* a) { subjects.push_back(a); });
      for (const Actor& a : actors_) {
        if (usable(a) && a.role == Role::none && a.w0 > j && a.w1 <= ce) {
          object = &a;
          break;
        }
      }
    } else if (controlled_by_object(j, cb)) {
      return;  // "Germany urged its allies to send tanks": the allies would send them
    } else {
      auto [subj, obj] = subject_object(j, cb, ce);
      subjects = subj;
      object = obj;
    }
    if (!recipient) recipient = object;
    if (subjects.empty() && !agent && passive_before(cb, j)) {
      // "Drones from Iran were delivered to Russia", "were sent from Poland to Ukraine": the
      // origin a passive without an agent names supplies
      for (const Actor& a : actors_) {
        if (usable(a) && a.role == Role::source && a.w0 >= cb && a.w1 <= ce) {
          for_coordinated(&a, [&](const Actor* b) { subjects.push_back(b); });
          break;
        }
      }
    }
    if (!recipient) recipient = user_after(j);
    // "The first F-16s supplied by Denmark arrived in Ukraine", "De F-16's die Denemarken heeft
    // geleverd, zijn in Oekraïne aangekomen": what a participle or relative clause supplies went
    // where its noun arrives, in the main clause (not one coordinated after it)
    if (!recipient && !subjects.empty()) {
      constexpr std::size_t kArrivalReach = 24;  // words from the supply to the arrival
      const std::size_t last = std::min(s_.words.size(), j + 1 + kArrivalReach);
      std::size_t end = j + 1;
      while (end < last && !coordinate_start(end)) ++end;
      recipient = arrival_place(j, end);
    }
    // "Poland received the first K2 tanks, which South Korea delivered …", "ontving het land de
    // eerste K2's, die Seoel … leverde": what a relative clause supplies went to who received it
    if (!recipient && !subjects.empty()) recipient = receiver_of_antecedent(cb);
    if (subjects.empty() || !recipient) {
      // (a verb, not a noun: "negotiations on the supply of S-400s")
      if (j > 0 && in<&RelationLexicon::articles>(j - 1)) return;
      if (!subjects.empty()) {
        for (const Actor* sub : subjects) {
          for_coordinated(sub, [&](const Actor* a) { open_supply(j, cb, ce, *a, Role::source, v.mode); });
        }
      } else if (recipient) {
        for_coordinated(recipient,
                        [&](const Actor* a) { open_supply(j, cb, ce, *a, Role::recipient, v.mode); });
      }
      return;
    }
    if (const std::vector<Part> parts = gapped_parts(recipient, Role::recipient, cb, ce); !parts.empty()) {
      // each recipient of a gapped coordination receives what its own phrase names (for_each_part());
      // the verb's cues are read up to the first part's end
      const std::size_t first_end = parts.front().e;
      for_each_part(
          j, parts,
          [&](const Part& part, const std::vector<std::string>& own, const Quantity& q, Reading reading) {
            for (const Actor* sub : subjects) {
              for_coordinated(part.party, [&](const Actor* r) {
                emit("supplies", part.subject ? *part.subject : *sub, r->id, r->type, j, v.mode, own, reading,
                     &q, first_end);
              });
              if (part.subject) break;
            }
          });
    } else {
      // (a relative clause that names nothing supplies its antecedent: "the tanks that …")
      std::vector<std::string> supplied = items(j, cb, ce);
      if (supplied.empty()) supplied = antecedent_items(cb);
      for (const Actor* sub : subjects) {
        for_coordinated(recipient,
                        [&](const Actor* r) { emit("supplies", *sub, r->id, r->type, j, v.mode, supplied); });
      }
    }
    // "levert geen wapens aan Rusland, maar wel onderdelen": what the contrast names is supplied
    const std::size_t k = contrasted_items_at(ce);
    if (k == kNoWord || modality(j, *subjects.front()) != Modality::negated) return;
    const std::size_t end = clause(k).second;
    const std::vector<std::string> contrasted = items(ce, k, end);
    const Actor* contrast_recipient = nearest_after(Role::recipient, k, end);
    for (const Actor* sub : subjects) {
      for_coordinated(contrast_recipient ? contrast_recipient : recipient, [&](const Actor* r) {
        emit("supplies", *sub, r->id, r->type, k, v.mode, contrasted, Reading::contrast);
      });
    }
  }

  // A supply whose clause names one end, `known` (Role::source: the supplier; else the
  // recipient), kept as an OpenSupply when the clause names what is supplied by a definite noun
  // phrase or a name (anaphor_in()).
  void open_supply(std::size_t j, std::size_t cb, std::size_t ce, const Actor& known, Role side,
                   const std::string& mode) {
    if (!usable(known) || known.attribution || other_party_in(known, side, cb, ce)) return;
    std::optional<std::string> anaphor = anaphor_in(cb, ce, j);
    if (!anaphor) return;
    OpenSupply o;
    Relation& r = o.relation;
    (side == Role::source ? r.source : r.target) = known.id;
    r.type = "supplies";
    r.evidence = ev_;
    r.evidence.modality = modality(j, known);
    r.evidence.source = attribution_source();
    if (auto d = date()) r.evidence.date = *d;
    // (what the noun phrase names, not all the clause does: "De tanks …, de houwitsers worden
    // geleverd door …")
    r.items = anaphor->empty() ? items(j, cb, ce) : std::vector<std::string>{*anaphor};
    Quantity q = quantity(j);
    r.quantity = q.value;
    r.unit = std::move(q.unit);
    r.quantity_bound = std::move(q.bound);
    r.mode = mode;
    o.anaphor = std::move(*anaphor);
    open_.push_back(std::move(o));
  }

  // Whether the clause [cb, ce) names a party besides `known` and those listed with it, though
  // the rules found no role for it ("heeft Grauwalde Aerospace … aan Servië verscheept"), or a
  // name the recogniser did not know after a preposition of the other end ("delivered to
  // Excalibur Army by Corvenna Industries plc"): the other end is there, not left out.
  bool other_party_in(const Actor& known, Role side, std::size_t cb, std::size_t ce) const {
    const Actor* list = known.lead ? known.lead : &known;
    for (const Actor& a : actors_) {
      if (a.w0 < cb || a.w1 > ce || a.id == known.id || a.attribution || a.modifier || !usable(a)) continue;
      // (one of the same role is another clause's: "De tanks komen van X, de houwitsers worden
      // geleverd door Y")
      const bool other_end =
          a.role == Role::none || (side == Role::source ? a.role == Role::recipient
                                                        : a.role == Role::source || a.role == Role::agent);
      if (other_end && (a.lead ? a.lead : &a) != list) return true;
    }
    // (German writes every noun with a capital)
    for (std::size_t k = cb; rl_.lang != "de" && k + 1 < ce; ++k) {
      const bool other_end = side == Role::source ? in<&RelationLexicon::recipient_preps>(k)
                                                  : in<&RelationLexicon::agent_preps>(k) ||
                                                        in<&RelationLexicon::source_preps>(k);
      if (!other_end) continue;
      std::size_t m = k + 1;
      while (m < ce && in<&RelationLexicon::articles>(m)) ++m;
      if (m < ce && !in_actor(m) && !in_weapon(m) && s_.tokens[s_.words[m]].upper && !item_at(m)) return true;
    }
    return false;
  }

  // What the clause [cb, ce) names that an earlier sentence may have said was supplied, nearest
  // to word j: a weapon system by name ("IRIS-T SLM"), or after a definite determiner and at most
  // two words more ("die ersten", "the first 14") an item noun ("De tanks") or a noun that
  // stands for arms of any kind ("the batteries", "die Exemplare": an empty string). nullopt
  // where it names none.
  std::optional<std::string> anaphor_in(std::size_t cb, std::size_t ce, std::size_t j) const {
    std::optional<std::string> best;
    std::size_t best_d = 0;
    auto consider = [&](std::size_t at, std::string_view what) {
      const std::size_t d = at > j ? at - j : j - at;
      if (!best || d < best_d) {
        best = std::string(what);
        best_d = d;
      }
    };
    for (const Actor& w : weapons_) {
      if (w.w0 >= cb && w.w1 <= ce) consider(w.w0, w.id);
    }
    constexpr std::size_t kReach = 3;  // the noun after its determiner
    for (std::size_t k = cb; k < ce; ++k) {
      // (not a relative pronoun: "die Panzer, die …")
      if (!in<&RelationLexicon::definite_determiners>(k) ||
          (comma_before(k) && in<&RelationLexicon::relative_pronouns>(k))) {
        continue;
      }
      for (std::size_t m = k + 1; m < ce && m <= k + kReach; ++m) {
        if (in_actor(m) || in_weapon(m) || s_.link[m] == Link::other) break;
        if (auto it = item_at(m)) {
          consider(m, it->second);
          break;
        }
        if (rl_.anaphoric_nouns.contains(s_.folded[m])) {
          consider(m, "");
          break;
        }
      }
    }
    return best;
  }

  // "The first Patriot systems have arrived in Ukraine", "Die ersten Panzer sind in der Ukraine
  // eingetroffen": an arrival verb at j names the recipient of what its clause names.
  void arrival_verb(std::size_t j) {
    auto [cb, ce] = clause(j);
    if (conditional(cb)) return;
    if (const Actor* place = arrival_place_at(j, cb, ce)) open_supply(j, cb, ce, *place, Role::recipient, "");
  }

  // "De tanks komen van Hyundai Rotem", "Die Munition stammt aus Nordkorea": a verb of coming at
  // j whose subject is what is supplied (no actor before it in its clause) names the supplier
  // after a source preposition (German "von" is also the agent's).
  void origin_verb(std::size_t j) {
    const auto [cb, ce] = clause(j);
    if (conditional(cb)) return;
    for (const Actor& a : actors_) {
      if (a.role == Role::none && !a.modifier && a.w0 >= cb && a.w1 <= j) return;  // ("Scholz kommt aus …")
    }
    const Actor* from = nearest(Role::source, j, cb, ce);
    if (!from) from = nearest(Role::agent, j, cb, ce);
    if (from) {
      for_coordinated(from,
                      [&, b = cb, e = ce](const Actor* a) { open_supply(j, b, e, *a, Role::source, ""); });
    }
  }

  // A recipient (or a source) and the words of its part of the clause [b, e); a subject of its
  // own when the part names one ("and Spain 10 to Poland").
  struct Part {
    const Actor* party;
    std::size_t b, e;
    const Actor* subject = nullptr;
  };
  // "levert tanks aan Oekraïne en munitie aan Polen", "sent 18 jets to Ukraine and 6 to
  // Romania", "an die Ukraine und 10 an Polen", "to Ukraine and also to Poland": after the
  // recipient, a coordinator (or a comma) and a short phrase before a recipient preposition
  // that governs another actor (gapped_party()). The verb is left out (gapping), and the
  // subject too unless the phrase opens with one ("and Spain 10 to Poland"): each actor
  // receives from the same supplier, or from the part's own. So too the sources of a verb of
  // receiving ("bezieht Drohnen aus dem Iran und Munition aus Nordkorea"; `role` source, no
  // subject of a part's own). The parts of the clause [cb, ce), the first party's first; none
  // when nothing is gapped.
  std::vector<Part> gapped_parts(const Actor* first, Role role, std::size_t cb, std::size_t ce) const {
    std::vector<Part> parts;
    if (first->role != role) return parts;
    Part part{first, cb, ce};
    while (true) {
      std::size_t end = part.party->w1;  // (past the actors coordinated with it: "aan Polen en Litouwen")
      for_coordinated(part.party, [&](const Actor* c) { end = std::max(end, c->w1); });
      if (end >= ce) break;
      const bool coordinator = in<&RelationLexicon::coordinators>(end);
      if (!coordinator && !comma_before(end)) break;
      const std::size_t start = coordinator ? end + 1 : end;
      const Actor* subject = nullptr;
      for (const Actor* a : starting_at(start)) {
        if (role == Role::recipient && a->role == Role::none && usable(*a) && gapped_subject_of(*a))
          subject = a;
      }
      const Actor* next = gapped_party(subject ? subject->w1 : start, ce, role);
      if (!next) break;
      part.e = end;
      parts.push_back(part);
      part = {next, start, ce, subject};
    }
    if (!parts.empty()) parts.push_back(part);
    return parts;
  }

  // Calls f(part, items, quantity, reading) for each part of a gapped coordination: the items
  // its own phrase names, else the first's; its own quantity, else a number alone counting the
  // first's unit ("18 F-16's … en 6 aan …"); a later part negated by a negation of its own
  // ("und keine Waffen an Israel"), else read as the first.
  template <typename F>
  void for_each_part(std::size_t j, const std::vector<Part>& parts, F&& f) const {
    const std::vector<std::string> first_items = items(j, parts.front().b, parts.front().e);
    const Quantity first_quantity = quantity_in(parts.front().b, parts.front().e);
    for (const Part& part : parts) {
      std::vector<std::string> own = items(j, part.b, part.e);
      Quantity q = quantity_in(part.b, part.e);
      if (own.empty()) {
        own = first_items;
        if (!q.value) q = number_alone(part.b, part.e, first_quantity.unit);
      }
      const bool own_negation = &part != &parts.front() && negation_in(part.b, part.e);
      f(part, own, q, own_negation ? Reading::negated : Reading::clause);
    }
  }

  // Whether actor `a` is the subject of a gapped part: what it supplies, a number or items,
  // follows it before a recipient ("and Spain 10 to Poland"; not "and Poland close to Russia").
  bool gapped_subject_of(const Actor& a) const {
    const Actor* to = gapped_party(a.w1, s_.words.size(), Role::recipient);
    if (!to) return false;
    for (std::size_t k = a.w1; k < to->prep_at; ++k) {
      if (item_at(k) || word_is(k, kWeapon) || s_.tokens[s_.words[k]].digit ||
          rl_.numbers.count(s_.folded[k]))
        return true;
    }
    return false;
  }

  // The actor that a preposition of `role` (recipient or source) governs after a short phrase
  // from word `start` with no verb, actor or other preposition before `ce` ("6 aan Roemenië",
  // "munitie aan Polen", "also to Poland", "Munition aus Nordkorea"); else nullptr.
  const Actor* gapped_party(std::size_t start, std::size_t ce, Role role) const {
    constexpr std::size_t kLongestGappedPhrase = 6;  // words before the preposition
    std::size_t p = start;
    while (p < ce && p - start <= kLongestGappedPhrase && !is_actor_word(p) && !preposition_role_at(p) &&
           !(facts_[p].verbs && !in_weapon(p)))
      ++p;
    if (p >= ce || preposition_role_at(p) != role) return nullptr;
    constexpr std::size_t kPrepositionReach = 3;  // articles and adjectives after the preposition
    for (std::size_t k = p + 1; k < ce && k <= p + kPrepositionReach; ++k) {
      for (const Actor* a : starting_at(k)) {
        if (a->role == role && a->prep_at == p && usable(*a)) return a;
      }
    }
    return nullptr;
  }

  // A number with no item after it in [b, e) ("en 6 aan Roemenië"), counting `unit`.
  Quantity number_alone(std::size_t b, std::size_t e, const std::string& unit) const {
    if (unit.empty()) return {};
    for (std::size_t q = b; q < e; ++q) {
      if (in_actor(q) || in_weapon(q)) continue;
      if (auto value = number_at(q, 1)) return {value, unit, quantity_bound(q, b, true)};
    }
    return {};
  }

  // Where the items of a contrast that begins at word c start: "…, maar (wel) onderdelen", "…,
  // aber (sehr wohl) Bauteile", "…, but parts" — a contrasting conjunction after a comma, two
  // adverbs at most, then items with no verb after them in the clause, and no actor but one a
  // recipient preposition governs ("…, maar wel tanks aan Polen"); else kNoWord.
  std::size_t contrasted_items_at(std::size_t c) const {
    const std::size_t n = s_.words.size();
    if (c >= n || !comma_before(c)) return kNoWord;
    if (adverb_before_contrast(c)) ++c;  // ("…, wohl aber Schützenpanzer")
    if (!rl_.contrast_markers.contains(s_.folded[c])) return kNoWord;
    constexpr std::size_t kAdverbs = 2;  // "sehr wohl"
    std::size_t k = c + 1;
    while (k < n && k <= c + kAdverbs && !item_at(k) && !word_is(k, kWeaponStart) &&
           !s_.tokens[s_.words[k]].upper && !facts_[k].verbs && !preposition_role_at(k))
      ++k;
    if (k >= n || (!item_at(k) && !word_is(k, kWeaponStart))) return kNoWord;
    const std::size_t end = clause(k).second;
    for (std::size_t m = k; m < end; ++m) {
      if (facts_[m].verbs) return kNoWord;
      if (!is_actor_word(m)) continue;
      // (an actor only as the contrast's own recipient: "…, maar wel tanks aan Polen")
      const Actor* r = nullptr;
      for (const Actor* a : starting_at(m)) {
        if (a->role == Role::recipient && usable(*a)) r = a;
      }
      if (!r) return kNoWord;
      m = r->w1 - 1;
    }
    return k;
  }

  template <typename Emit>
  void receive_verb(std::size_t j, std::size_t cb, std::size_t ce, const VerbInfo& v, Emit& emit) {
    if (v.needs_items && !names_items_near(j, cb, ce)) return;  // "übernimmt die Verantwortung"
    const Actor* supplier = nearest(Role::source, j, cb, ce);
    if (!supplier) supplier = nearest(Role::agent, j, cb, ce);
    // ("Dagalo, sanctioned by Washington a year ago, denies receiving …": the agent of another verb)
    if (supplier && supplier->role == Role::agent && agent_of_other_verb(*supplier, j)) supplier = nullptr;
    // "a campaign by Ukraine to obtain the aircraft", "door Polen gekochte tanks": an agent before
    // the verb is who receives
    const Actor* agent_receiver = nullptr;
    // (not where the preposition also names a source: "hat von Deutschland 14 Kampfpanzer erhalten")
    if (supplier && supplier->role == Role::agent && supplier->w1 <= j &&
        !in<&RelationLexicon::source_preps>(supplier->prep_at)) {
      agent_receiver = supplier;
      supplier = nullptr;
    }
    if (!supplier && rl_.lang != "en") {
      // "bestelt … bij Rheinmetall", "kauft … bei Rheinmetall": the vendor; then where a verb of
      // buying buys, "bestellt K2-Panzer in Südkorea" (not a phrase that opens the clause: "In
      // Deutschland kauft die Bundeswehr …")
      const Actor* market = nullptr;
      for (const Actor& a : actors_) {
        if (!usable(a) || a.w0 < cb || a.w1 > ce || a.role != Role::other) continue;
        if (in<&RelationLexicon::vendor_preps>(a.prep_at)) {
          supplier = &a;
          break;
        }
        if (!market && v.market && a.type == EntityType::state && a.prep_at > cb &&
            rl_.market_preps.contains(s_.folded[a.prep_at])) {
          market = &a;
        }
      }
      if (!supplier) supplier = market;
    }
    std::vector<const Actor*> origins;  // the origin of what is bought: "russische Flugzeuge … zu kaufen"
    if (!supplier) {
      for (const Actor& a : actors_) {
        if (a.modifier && !a.attribution && a.w0 >= cb && a.w1 <= ce && modifies_item(a))
          origins.push_back(&a);
      }
      if (!origins.empty()) supplier = origins.front();
    }
    // "Denmark will buy shells for Ukraine": a buyer for another supplies it (a verb of buying,
    // its beneficiary after a benefactive preposition)
    const Actor* beneficiary = v.mode == kSaleMode ? nearest(Role::recipient, j, cb, ce) : nullptr;
    if (beneficiary && !rl_.benefactive_preps.contains(s_.folded[beneficiary->prep_at]))
      beneficiary = nullptr;
    // "Die Granaten, die Tschechien eingekauft hat, sind in der Ukraine angekommen": what a
    // relative clause says was bought went on to where it arrived
    const bool relative = relative_after_thing(cb);
    if (!beneficiary && v.mode == kSaleMode && relative) beneficiary = arrival_place(j, s_.words.size());
    // "Rheinmetall received an order from Germany": what is received is an order, which
    // purchase_noun() reads
    if (receives_order(j, cb, ce)) return;
    // "Embraer said that Slovakia had ordered three C-390": what is bought or received from no
    // one named comes from its maker, where the sentence names it
    if (!supplier && !beneficiary) supplier = maker_named(j, cb, ce);
    // (no source: what the sentence names may be one an earlier sentence said was supplied,
    // "Ukraine has received the first systems")
    const bool open = !supplier && !beneficiary;
    if (open && !anaphor_in(cb, ce, j)) return;
    std::vector<const Actor*> subj;
    if (agent_receiver) {
      for_coordinated(agent_receiver, [&](const Actor* a) { subj.push_back(a); });
    } else if (const Actor* c = controller(j, cb)) {
      for_coordinated(
          c, [&](const Actor* a) { subj.push_back(a); });  // "accused Russia of buying drones from Iran"
    } else {
      subj = subjects(j, cb, ce);
    }
    if (subj.empty()) {
      // "reports of Russia receiving drones from Iran": the actor right before a gerund
      for (const Actor& a : actors_) {
        if (!a.attribution && !a.modifier && a.w1 == j) subj.push_back(&a);
      }
    }
    if (open) {
      for (const Actor* r : subj) open_supply(j, cb, ce, *r, Role::recipient, v.mode);
      return;
    }
    // "bezieht Drohnen aus dem Iran und Munition aus Nordkorea": each source of a gapped
    // coordination supplies what its own part names, else what the first names
    if (supplier) {
      if (const std::vector<Part> parts = gapped_parts(supplier, Role::source, cb, ce); !parts.empty()) {
        for_each_part(
            j, parts,
            [&](const Part& part, const std::vector<std::string>& own, const Quantity& q, Reading reading) {
              for (const Actor* r : subj) {
                for_coordinated(part.party, [&](const Actor* from) {
                  if (r != from)
                    emit("supplies", *from, r->id, r->type, j, v.mode, own, reading, &q, parts.front().e);
                });
              }
            });
        supplier = nullptr;
      }
    }
    std::vector<std::string> received = items(j, cb, ce);
    if (received.empty() && relative) received = antecedent_items(cb);
    for (const Actor* r : subj) {
      if (supplier && origins.size() > 1) {
        for (const Actor* from : origins) {
          if (r != from) emit("supplies", *from, r->id, r->type, j, v.mode, received);
        }
      } else if (supplier) {
        for_coordinated(supplier, [&](const Actor* from) {
          if (r != from) emit("supplies", *from, r->id, r->type, j, v.mode, received);
        });
      }
      if (beneficiary) {  // (not for the buyer's own forces: "for the Indian Air Force")
        for_coordinated(beneficiary, [&](const Actor* to) {
          if (r != to && !belongs_to(*to, r->id))
            emit("supplies", *r, to->id, to->type, j, std::string(), received);
        });
      }
    }
  }

  template <typename Emit>
  void use_verb(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    // "30 used MiG-29 jets", "the deployed units": a participle after an article or a number
    // describes its noun
    if (j > 0 && (in<&RelationLexicon::articles>(j - 1) || rl_.numbers.count(s_.folded[j - 1]) != 0 ||
                  s_.tokens[s_.words[j - 1]].digit))
      return;
    // ("agreed to buy used F-16 fighters": after a verb of supplying or receiving)
    if (j > 0 && s_.link[j] == Link::space && facts_[j - 1].verbs) {
      for (const VerbInfo& v : *facts_[j - 1].verbs) {
        if (v.kind == VerbKind::supply || v.kind == VerbKind::receive) return;
      }
    }
    auto subj = subjects(j, cb, ce);
    // a passive use names the user as its agent ("were used by Russia's army"); in an active
    // clause the agent belongs to a participle ("setzt von Polen gelieferte Panzer ein"), as
    // after a progressive ("is using Leopard tanks supplied by Germany") or another verb
    const bool progressive = rl_.lang == "en" && s_.folded[j].ends_with("ing");
    if (const Actor* agent = nearest(Role::agent, j, cb, ce);
        agent && agent->w0 > j && !progressive && passive_before(cb, j) && !verb_between(j, agent->w0))
      subj = {agent};
    if (subj.empty()) return;
    // the origin: "Shahed-drones uit Iran" after the verb, or "Iranian-made drones"
    const Actor* origin = nullptr;
    for (const Actor& a : actors_) {
      if (a.role == Role::source && usable(a) && a.w0 > j && a.w1 <= ce && !items(j, j + 1, a.w0).empty()) {
        origin = &a;
        break;
      }
    }
    for (const Actor& a : actors_) {
      if (!origin && a.modifier && a.w1 < s_.words.size() && s_.link[a.w1] == Link::hyphen &&
          in<&RelationLexicon::origin_adjectives>(a.w1) && a.w0 >= cb && a.w1 <= ce) {
        origin = &a;
      }
    }
    for (const Actor* user : subj) {
      for (const Actor& w : weapons_) {
        // (not what a preposition governs: "fired missiles at the Leopard 2 tanks")
        if (w.w0 >= cb && w.w1 <= ce && !governed_noun(w.w1 - 1, std::max(cb, std::min(j + 1, w.w0))))
          emit("uses", *user, w.id, w.type, j, "");
      }
      if (origin && origin != user) emit("supplies", *origin, user->id, user->type, j, "", items(j, cb, ce));
    }
  }

  template <typename Emit>
  void produce_verb(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    auto subj = subjects(j, cb, ce);
    // firms make weapons: a firm named before the verb is its maker ("Moskou onderhandelt met
    // Xian Bingo om … te produceren")
    for (const Actor& a : actors_) {
      if (a.type == EntityType::firm && usable(a) && a.w1 <= j && a.role != Role::recipient) subj = {&a};
    }
    // "… launchers built by Lockheed Martin", "manufactured by the Turkish company Baykar": the
    // agent of a passive is the maker (its preposition right after the verb, or an adverb between)
    bool agent_after = false;
    for (const Actor& a : actors_) {
      if (a.role == Role::agent && usable(a) && a.prep_at > j && a.prep_at <= j + 2) {
        subj = {&a};
        agent_after = true;
      }
    }
    if (subj.empty()) return;
    // "…, along with IRIS-T launchers made by Diehl Defence": a participle right after its noun
    // says who made what that noun names, and supplies nothing itself
    const bool postnominal = agent_after && j > cb && (in_weapon(j - 1) || item_at(j - 1));
    if (postnominal) {
      constexpr std::size_t kNounReach = 3;  // "IRIS-T (air defence) launchers made"
      for (const Actor* maker : subj) {
        for (const Actor& w : weapons_) {
          if (w.w1 <= j && w.w1 + kNounReach >= j && w.w0 >= cb && !comma_in(w.w1, j + 1)) {
            emit("produces", *maker, w.id, w.type, j, "");
          }
        }
      }
      return;
    }
    const Actor* recipient = nearest(Role::recipient, j, cb, ce);
    // (not another verb's: "The tanks built by Rheinmetall were sent to Ukraine", "Die von
    // Rheinmetall gebauten Panzer wurden an die Ukraine geliefert", whose verb ends the clause)
    if (recipient && (verb_between(std::min(j, recipient->w0), std::max(j, recipient->w0)) ||
                      (rl_.lang != "en" && verb_between(j, ce)))) {
      recipient = nullptr;
    }
    bool weapon_in_clause = false;
    for (const Actor& w : weapons_) weapon_in_clause = weapon_in_clause || (w.w0 >= cb && w.w1 <= ce);
    // "It is manufactured by Baykar": the pronoun stands for the weapon the sentence before named
    if (weapons_.empty() && !antecedent_weapon_.empty() && pronoun_subject(cb)) {
      for (const Actor* maker : subj) {
        emit("produces", *maker, antecedent_weapon_, EntityType::weapon_system, j, "");
      }
      return;
    }
    for (const Actor* maker : subj) {
      for (const Actor& w : weapons_) {
        // "… drones uit Iran, dat er … wil produceren": the one weapon of the sentence
        if ((w.w0 >= cb && w.w1 <= ce) || (!weapon_in_clause && weapons_.size() == 1)) {
          emit("produces", *maker, w.id, w.type, j, "");
        }
      }
      auto made = items(j, cb, ce);
      if (made.empty() && !weapon_in_clause && weapons_.size() == 1) made.emplace_back(weapons_.front().id);
      if (recipient && recipient != maker && !made.empty()) {
        emit("supplies", *maker, recipient->id, recipient->type, j, "", made);
      }
    }
  }

  // "Rheinmetall … plant die Lieferung seines neuen Systems Skyranger", "Lockheed Martin
  // delivered its F-35s": a weapon after a possessive determiner that stands for a firm is the
  // firm's own make. The firm is the nearest party named before the determiner.
  template <typename Emit>
  void own_weapons(Emit& emit) {
    constexpr std::size_t kReach = 3;  // "seines neuen Luftverteidigungssystems Skyranger"
    for (const Actor& w : weapons_) {
      std::size_t det = kNoWord;
      for (std::size_t k = w.w0; k > 0 && w.w0 - k < kReach; --k) {
        if (in_actor(k - 1) || in_weapon(k - 1)) break;
        if (in<&RelationLexicon::possessive_determiners>(k - 1)) {
          det = k - 1;
          break;
        }
      }
      if (det == kNoWord) continue;
      const Actor* owner = nullptr;
      for (const Actor& a : actors_) {
        if (usable(a) && !a.modifier && a.w1 <= det && (!owner || a.w1 > owner->w1)) owner = &a;
      }
      if (owner && owner->type == EntityType::firm)
        emit("produces", *owner, w.id, w.type, w.w0, "", {}, Reading::fact);
    }
  }

  // A verb in [from, to) not glued to the word before it ("recently-acquired" is an adjective).
  bool finite_verb_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      if (!in_actor(k) && facts_[k].verbs && s_.link[k] != Link::hyphen) return true;
    }
    return false;
  }

  // A passive auxiliary in [cb, j): the verb at j may be a passive participle.
  bool passive_before(std::size_t cb, std::size_t j) const {
    for (std::size_t k = cb; k < j; ++k) {
      if (in<&RelationLexicon::passive_aux>(k)) return true;
    }
    return false;
  }

  // Whether the clause from cb opens with a pronoun before a passive auxiliary ("It is
  // manufactured by", "Es wird … hergestellt", "Het wordt gebouwd door").
  bool pronoun_subject(std::size_t cb) const {
    return cb + 1 < s_.words.size() && in<&RelationLexicon::pronouns>(cb) &&
           in<&RelationLexicon::passive_aux>(cb + 1);
  }

  template <typename Emit>
  void fund_verb(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    auto subj = subjects(j, cb, ce);
    if (subj.empty()) return;
    // what is funded: an actor of the clause other than the subject, within four words of
    // the verb ("dat Peking … de Russische oorlogsbegroting financiert"); in English after it
    // ("Hungary blocked EU funds": "funds" is a noun there, and "EU" nothing funded)
    const Actor* target = nullptr;
    for (const Actor& a : actors_) {
      if (a.attribution || a.w0 < cb || a.w1 > ce || a.role == Role::other) continue;
      if (rl_.lang == "en" && a.w0 < j) continue;
      if (std::find(subj.begin(), subj.end(), &a) != subj.end()) continue;
      const std::size_t d = a.w0 > j ? a.w0 - j : j - a.w1;
      if (d <= 4 && (!target || a.w0 > subj.front()->w0)) target = &a;
    }
    // or the actor for whom it is paid, however far the object reaches: "maakt 200 miljoen
    // euro extra vrij voor Oekraïne", "finanziert mit 500 Millionen Euro Munition für die Ukraine"
    if (!target) target = nearest_after(Role::recipient, j, ce);
    if (!target) return;
    for (const Actor* f : subj) emit("funds", *f, target->id, target->type, j, "");
  }

  template <typename Emit>
  void supply_noun(std::size_t j, std::size_t cb, std::size_t ce, const Cue& cue, Emit& emit) {
    if (cue.agent && supplier_noun(j, cb, ce, cue.kind, emit)) return;
    const std::string& mode = cue.kind;
    // the supplier: a state adjective or genitive right before the noun ("Chinese
    // wapenleveringen", "Russia's sale"), or an actor after a source or agent preposition
    const Actor* supplier = modifier_of(j);
    if (!supplier) supplier = genitive_before(j);
    if (!supplier) supplier = nearest_after(Role::source, j, ce);
    if (!supplier) supplier = nearest_after(Role::agent, j, ce);
    const Actor* recipient = nearest_after(Role::recipient, j, ce);
    Reading reading = Reading::clause;
    // Dutch and German may name the recipient as the dative object before the noun: "Die USA
    // haben Taiwan den Verkauf … genehmigt", "Nederland heeft Oekraïne de levering … toegezegd"
    if (!supplier && (recipient || rl_.lang != "en")) {
      // "Rheinmetall, der … Rüstungskonzern, plant die Lieferung … an die Ukraine": the
      // subject of a plan verb governing the noun
      auto [subj, obj] = subject_object(j, cb, ce);
      const Actor* dative = obj && obj->w1 <= j && rl_.lang != "en" ? obj : nullptr;
      // the cue within four words of the noun, its numbers not counted ("announced a new $500
      // million aid package")
      constexpr std::size_t kCueReach = 4;
      std::size_t near = j;
      for (std::size_t words = 0; near > 0 && words < kCueReach;) {
        --near;
        if (!s_.tokens[s_.words[near]].digit && !rl_.numbers.count(s_.folded[near])) ++words;
      }
      std::size_t from = std::max(near, subj.empty() ? near : subj.front()->w1);
      // (a verb governs the noun, not a prepositional phrase it stands in: "blockiert EU-Gelder
      // für Waffenlieferungen" blocks the funds; unless the preposition ends the cue itself, "a
      // contract on the delivery", "Vertrag über die Lieferung", or a cue an adverbial parts
      // from it, "agreed in 2022 to the sale of", which governs the noun from further back)
      constexpr std::size_t kLongestCue = 4;  // ("groen licht gegeven voor")
      const WordTrie* parted_cue = nullptr;
      bool cue_ends = false;  // (a cue ends with the last such preposition: it governs the noun)
      for (std::size_t k = from; k < j; ++k) {
        if (!preposition_role_at(k)) continue;
        // an amount's preposition is no phrase of its own: "approved $200 million in military aid"
        if (k > from && rl_.numbers.count(s_.folded[k - 1]) != 0) continue;
        bool ends_cue = false;
        for (std::size_t len = 2; len <= kLongestCue && len <= k + 1; ++len) {
          ends_cue = ends_cue || phrase_before(rl_.noun_governors.trie, k + 1, len) ||
                     phrase_before(rl_.planned.trie, k + 1, len);
        }
        if (ends_cue) {
          cue_ends = true;
          continue;
        }
        parted_cue = parted_cue_before(k);
        if (parted_cue == nullptr) {
          from = k + 1;
          cue_ends = false;
        }
      }
      // ("lehnt die Lieferung … ab", "stellte ein neues Waffenpaket vor", "gab die Lieferung …
      // frei": a gapped cue whose head stands before the noun)
      bool governed = cue_ends || parted_cue != nullptr ||
                      phrase_in(rl_.planned.trie, &RelationWordFacts::planned, from, j) ||
                      trie_phrase_in(rl_.noun_governors.trie, s_, from, j) || negation_in(from, j) ||
                      gapped(rl_.negated, from, j, ce) || gapped(rl_.noun_governors, from, j, ce) ||
                      gapped(rl_.planned, from, j, ce);
      // Dutch and German put the participle last: "Malta hat die Lieferung … an Südkorea gestoppt"
      if (!governed && rl_.lang != "en") {
        governed = trie_phrase_in(rl_.noun_governors.trie, s_, j + 1, ce) || negation_in(j + 1, ce) ||
                   phrase_in(rl_.planned.trie, &RelationWordFacts::planned, j + 1, ce);
      }
      // "Londen blokkeert sinds 1982 de export van wapens naar Argentinië": the verb right after
      // the subject governs the noun across an adverbial between them
      // (not a noun inside a phrase of its own: "blockiert EU-Gelder für Waffenlieferungen")
      if (!governed && !subj.empty() && subj.front()->w1 < j && !in_prepositional_phrase(j)) {
        std::size_t v = subj.front()->w1;
        while (v + 1 < j && in<&RelationLexicon::auxiliaries>(v)) ++v;  // ("has blocked since 2019")
        governed = negation_in(v, v + 1) || trie_phrase_in(rl_.noun_governors.trie, s_, v, v + 1) ||
                   phrase_in(rl_.planned.trie, &RelationWordFacts::planned, v, v + 1);
      }
      if (!subj.empty() && subj.front()->w1 <= j && governed) supplier = subj.front();
      if (parted_cue == &rl_.planned.trie) reading = Reading::pending;
      if (supplier && !recipient) recipient = dative;
    }
    if (!supplier && recipient) supplier = items_origin(j, ce);
    if (supplier && !recipient) recipient = arrival_place(j, ce);
    if (!supplier || !recipient) return;
    // "announced a new aid package for Ukraine", "ein neues Hilfspaket": a pledge, whose
    // delivery is still to come, unless a verb of its clause supplies it or says it arrived
    if (cue.pledge && reading == Reading::clause && !delivered_in(cb, ce)) reading = Reading::pending;
    const std::vector<std::string> supplied = items(j, cb, ce);
    for_coordinated(supplier, [&](const Actor* from) {
      for_coordinated(recipient, [&](const Actor* to) {
        emit("supplies", *from, to->id, to->type, j, mode, supplied, reading);
      });
    });
  }

  // "Zelensky thanked Germany for the IRIS-T systems", "Selenskyj dankte Deutschland für die
  // Lieferung von …", "bedankte sich bei Deutschland für …", "bedankte Nederland voor de F-16's":
  // the one thanked (the first actor after the verb, bare or after a vendor preposition)
  // supplies the one who thanks (the clause's subject) what the phrase after the thank
  // preposition names; nothing when it names nothing supplied ("for its support").
  template <typename Emit>
  void thank_verb(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    std::size_t p = j + 1;
    while (p < ce && !(in<&RelationLexicon::thank_preps>(p) && !in_actor(p))) ++p;
    if (p >= ce) return;
    const Actor* thanker = nullptr;
    const Actor* thanked = nullptr;
    for (const Actor& a : actors_) {
      if (!usable(a) || a.w0 < cb || a.w1 > p) continue;
      const bool bare = a.role == Role::none;
      const bool partner = a.role == Role::other && in<&RelationLexicon::vendor_preps>(a.prep_at);  // "bei"
      if (a.w1 <= j) {
        if (bare && !thanker) thanker = &a;
      } else if (bare && !thanker && rl_.lang != "en") {
        thanker = &a;  // verb second: "Am Montag dankte Selenskyj Deutschland …"
      } else if ((bare || partner) && !thanked) {
        thanked = &a;
      }
    }
    if (!thanker || !thanked) return;
    std::size_t named = kNoWord;  // the last word of the phrase that names a supply
    Reading reading = Reading::clause;
    // (the phrase's head names it: not "for hosting the summit on tank deliveries", nor a noun
    // after a preposition of its own other than "of", which ends the phrase)
    if (rl_.lang == "en" && p + 1 < ce && s_.folded[p + 1].ends_with("ing") && !facts_[p + 1].verbs) return;
    std::size_t end = p + 1;
    for (; end < ce; ++end) {
      const std::size_t k = end;
      if (k > p + 1 && preposition_role_at(k) && !in<&RelationLexicon::genitive_preps>(k)) break;
      const Cue* noun = cue_at(rl_.supply_nouns, &RelationWordFacts::supply_nouns, k);
      if (in_weapon(k) || item_at(k) || noun) named = k;
      // thanks for a pledge or a promise: what it names is still to come ("for its pledge of 24
      // F-16s", "for the new aid package")
      if ((noun && noun->pledge) || phrase_at(rl_.planned.trie, &RelationWordFacts::planned, k))
        reading = Reading::pending;
    }
    if (named == kNoWord) return;
    emit("supplies", *thanked, thanker->id, thanker->type, named, std::string(), items(p, p + 1, end),
         reading);
  }

  // A noun phrase predicated of an actor by a copula: its subject, and a possessive actor inside
  // the phrase ("Russia is | India's largest arms supplier", "Rusland is | de grootste
  // wapenleverancier", "Russia has long been | one of India's suppliers").
  struct Predicate {
    const Actor* subject = nullptr;
    const Actor* possessor = nullptr;
  };
  Predicate predicate_of(std::size_t j, std::size_t cb) const {
    constexpr std::size_t kReach = 8;  // "is now one of the world's second-largest"
    Predicate p;
    for (std::size_t k = j; k-- > cb && j - k <= kReach;) {
      if (comma_before(k + 1)) return {};
      if (rl_.copulas.contains(s_.folded[k])) {
        // the subject right before it, or before an auxiliary and an adverb ("has long been")
        constexpr std::size_t kBefore = 2;
        std::size_t m = k;
        while (m > cb && k - m < kBefore && !is_actor_word(m - 1) && !facts_[m - 1].verbs && !comma_before(m))
          --m;
        for (const Actor* a : ending_at(m)) {
          if (usable(*a) && a->role == Role::none && !a->modifier && !a->genitive) {
            p.subject = a;
            return p;
          }
        }
        return {};
      }
      if (is_actor_word(k)) {  // only a possessive may stand inside the phrase
        const Actor* owner = nullptr;
        for (const Actor* a : ending_at(k + 1)) {
          if (a->genitive && !a->attribution) owner = a;
        }
        if (!owner) return {};
        p.possessor = owner;
        k = owner->w0;
        continue;
      }
      if (facts_[k].verbs || in<&RelationLexicon::clause_breaks>(k) ||
          in<&RelationLexicon::complementizers>(k)) {
        return {};
      }
    }
    return {};
  }

  // The actor a noun at j is of, right after it: "leverancier van India", "supplier of India",
  // German genitive "Waffenlieferant Indiens", "des Iran".
  const Actor* owner_after(std::size_t j, std::size_t ce) const {
    std::size_t k = j + 1;
    const bool prep = k < ce && in<&RelationLexicon::genitive_preps>(k);
    if (prep) ++k;
    if (k < ce && in<&RelationLexicon::articles>(k)) ++k;
    for (const Actor* a : starting_at(k)) {
      if (usable(*a) && a->w1 <= ce && (prep || a->genitive || k > j + 1)) return a;
    }
    return nullptr;
  }

  // "Russia is India's largest arms supplier", "Russia is the largest supplier of arms to
  // India", "Rusland is de grootste wapenleverancier van India": an agent noun predicated of
  // its supplier, the client a possessive inside the phrase, after a recipient preposition, or
  // of the noun. False when no copula predicates it (the noun is then read as other supply
  // nouns are).
  template <typename Emit>
  bool supplier_noun(std::size_t j, std::size_t cb, std::size_t ce, const std::string& mode, Emit& emit) {
    const Predicate p = predicate_of(j, cb);
    if (!p.subject) return false;
    const Actor* client = p.possessor;
    if (!client) client = nearest_after(Role::recipient, j, ce);
    if (!client) client = owner_after(j, ce);
    if (!client) return true;
    const std::vector<std::string> supplied = items(j, cb, ce);
    for_coordinated(p.subject, [&](const Actor* from) {
      for_coordinated(client,
                      [&](const Actor* to) { emit("supplies", *from, to->id, to->type, j, mode, supplied); });
    });
    return true;
  }

  // "India is the biggest buyer of Russian arms", "India is Russia's largest customer",
  // "Indien ist der größte Abnehmer russischer Waffen": an agent noun of buying predicated of
  // the buyer; the seller is a possessive inside the phrase, an actor after a source
  // preposition or of the noun ("Kunde von Rheinmetall"), or a state adjective of what is
  // bought after the noun. Nothing without a copula.
  template <typename Emit>
  void buyer_noun(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    const Predicate p = predicate_of(j, cb);
    if (!p.subject) return;
    const Actor* seller = p.possessor;
    if (!seller) seller = nearest_after(Role::source, j, ce);
    if (!seller) seller = owner_after(j, ce);  // "a customer of Rheinmetall"
    if (!seller) {
      constexpr std::size_t kReach = 6;  // "of the most modern Russian arms"
      for (std::size_t k = j + 1;
           k < ce && k <= j + kReach && !seller && !facts_[k].verbs && !comma_before(k); ++k) {
        for (const Actor* a : starting_at(k)) {
          if (a->modifier && !a->attribution && modifies_item(*a)) seller = a;
        }
      }
    }
    if (!seller) return;
    const std::vector<std::string> bought = items(j, cb, ce);
    for_coordinated(seller, [&](const Actor* from) {
      for_coordinated(p.subject, [&](const Actor* to) {
        if (from != to) emit("supplies", *from, to->id, to->type, j, kSale, bought);
      });
    });
  }

  // Whether the gazetteer places the organisation or firm `a` in the state `state`.
  bool belongs_to(const Actor& a, std::string_view state) const {
    if (a.type == EntityType::state) return false;
    const auto it = kb_.by_id.find(std::string(a.id));
    return it != kb_.by_id.end() && kb_.entities[it->second].country == state;
  }

  // Whether a verb of the clause [cb, ce) supplies something or says it arrived ("the aid
  // package was delivered", "arrived in Kyiv").
  bool delivered_in(std::size_t cb, std::size_t ce) const {
    for (std::size_t k = cb; k < ce; ++k) {
      if (in<&RelationLexicon::arrival_verbs>(k)) return true;
      // (the verb its particle makes of the form: "stellte … vor" is none of "stellte … bereit")
      if (const auto* verbs = facts_[k].verbs) {
        const VerbInfo* v = choose(*verbs, k);
        if (v != nullptr && v->kind == VerbKind::supply) return true;
      }
    }
    return false;
  }

  // A purchase or order noun names the buyer, who receives, and the seller, who supplies:
  //  - the buyer is a possessive or state adjective before it ("India's purchase of S-400s",
  //    "Polens Kauf"), an actor after an agent preposition ("by Poland", "door Nederland"), or
  //    the subject before it ("Germany placed an order with Rheinmetall");
  //  - the seller is an actor after a source preposition ("from Russia", "aus Südkorea"; German
  //    "von" too), and for an order also after a vendor or recipient preposition ("an order with
  //    Rheinmetall", "einen Auftrag an Rheinmetall erteilt", "bestelling bij Damen"), or a bare
  //    actor right before it after the buyer ("erteilte Rheinmetall einen Auftrag");
  //  - won or received ("Rheinmetall won an order from Germany", "hat von Deutschland einen
  //    Auftrag erhalten"), the subject is the seller and the source the buyer.
  // An order is planned: its delivery is still to come. A noun after a preposition is part of
  // a fixed phrase ("in order to", "im Auftrag von") and names no purchase.
  template <typename Emit>
  void purchase_noun(std::size_t j, std::size_t cb, std::size_t ce, const std::string& mode, bool order,
                     Emit& emit) {
    if (j > 0 && preposition_role_at(j - 1)) return;
    const Actor* from = nullptr;    // after a source preposition
    const Actor* by = nullptr;      // after an agent preposition (not German "von")
    const Actor* vendor = nullptr;  // an order's: after a vendor or recipient preposition
    const bool received = order && won(j, ce);
    for (const Actor& a : actors_) {
      // (won or received, the buyer may stand before the order: "erhielt von Deutschland einen Auftrag";
      // after it, not past a comma: "gab Rheinmetall den Auftrag, Munition an die Ukraine zu liefern")
      const bool placed =
          a.w0 > j ? !verb_between(j, a.w0) && !comma_in(j + 1, a.w0) : received && a.w0 >= cb;
      if (!usable(a) || a.w1 > ce || !placed) continue;
      const bool source =
          a.role == Role::source || (a.role == Role::agent && in<&RelationLexicon::source_preps>(a.prep_at));
      if (source && !from) from = &a;
      if (a.role == Role::agent && !source && !by) by = &a;
      if (order && !vendor && (a.role == Role::recipient || in<&RelationLexicon::vendor_preps>(a.prep_at)))
        vendor = &a;
    }
    std::vector<const Actor*> before;  // bare actors of the clause before the noun
    for (const Actor& a : actors_) {
      if (usable(a) && a.role == Role::none && !a.modifier && a.w0 >= cb && a.w1 <= j) before.push_back(&a);
    }
    const Actor* buyer = nullptr;
    const Actor* seller = nullptr;
    if (received) {
      if (!before.empty()) seller = before.front();
      buyer = from ? from : by;
      // "erhielt einen Auftrag über 100 Panzer für die Ukraine": what is ordered goes to it
      if (!buyer && vendor && !in<&RelationLexicon::vendor_preps>(vendor->prep_at)) buyer = vendor;
    } else {
      buyer = modifier_of(j);
      if (!buyer) buyer = genitive_before(j);
      if (!buyer) buyer = by;
      seller = from ? from : vendor;
      // (the speaker of a clause said without "that" is no party: "Aarwerk said a customer,
      // Kessler, cancelled an order")
      std::size_t first = 0;
      for (std::size_t i = 0; i < before.size(); ++i) {
        for (std::size_t k = before[i]->w1; k < j; ++k) {
          if (in<&RelationLexicon::attribution_verbs>(k)) first = i + 1;
        }
      }
      if (!buyer && first < before.size()) {
        buyer = before[first];
        // "erteilte Rheinmetall einen Auftrag", "gave Rheinmetall an order": a second bare actor
        // right before the order, not coordinated with the first, is the seller (in English with
        // no more than an article between: "Kessler cancelled an order" is the subject's)
        const Actor* last = before.back();
        const bool adjacent = rl_.lang == "en" ? last->w1 == j || (last->w1 + 1 == j &&
                                                                   in<&RelationLexicon::articles>(last->w1))
                                               : no_content_between(last->w1, j);
        if (order && !seller && before.size() - first >= 2 && last->w0 > 0 && adjacent &&
            !in<&RelationLexicon::coordinators>(last->w0 - 1)) {
          seller = last;
        }
      }
    }
    // "bewirbt sich TKMS um einen Auftrag über zwölf U-Boote für Kanada": an order for a state
    // sought or won by a firm is the state's order from the firm ("ein Großauftrag für
    // Rheinmetall" names the firm as the vendor)
    if (order && seller && buyer && seller == vendor &&
        !in<&RelationLexicon::vendor_preps>(vendor->prep_at) && vendor->type == EntityType::state &&
        buyer->type == EntityType::firm) {
      std::swap(buyer, seller);
    }
    if (!buyer || !seller || buyer == seller) return;
    emit("supplies", *seller, buyer->id, buyer->type, j, mode, items(j, cb, ce),
         order ? Reading::pending : Reading::clause);
  }

  // "Egypt signed a deal with France for 30 Rafale jets", "Polen unterzeichnete mit Südkorea
  // einen Vertrag über 180 K2-Panzer": a contract between the subject and the actor after a
  // partner preposition, or between two coordinated subjects, does not say who sells. The
  // seller is the party that is the origin or the maker of a weapon named after the noun;
  // failing that, a firm facing a state or organisation. The other buys, and the supply is
  // still to come. A contract that names nothing supplied relates no one.
  template <typename Emit>
  void contract_noun(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    auto [subj, obj] = subject_object(j, cb, ce);
    const Actor* one = subj.empty() ? nullptr : subj.front();
    const Actor* other = nullptr;
    for (const Actor& a : actors_) {
      if (usable(a) && a.role != Role::none && a.w0 >= cb && a.w1 <= ce &&
          in<&RelationLexicon::partner_preps>(a.prep_at)) {
        other = &a;
        break;
      }
    }
    if (!other && subj.size() == 2) other = subj[1];  // "Poland and South Korea signed a contract"
    if (!one || !other || one->id == other->id) return;
    const std::vector<std::string> supplied = items(j + 1, j + 1, ce);
    if (supplied.empty()) return;
    const Actor* seller = seller_of(*one, *other, j + 1, ce);
    if (!seller) return;
    const Actor* buyer = seller == one ? other : one;
    emit("supplies", *seller, buyer->id, buyer->type, j, kSale, supplied, Reading::pending);
  }

  // The maker of a weapon named in [from, to), as the gazetteer knows it, where the sentence
  // names the maker (as a party or as the source of a claim); else its state of origin, so
  // named; nullptr if neither is.
  // (The weapon is the verb's own, no other verb between them: not "… re-exported them to Kupol,
  // the plant that builds the Garpiya". A possessor names no maker: "by Embraer's partner".)
  const Actor* maker_named(std::size_t j, std::size_t from, std::size_t to) const {
    const Actor* origin = nullptr;
    for (const Actor& w : weapons_) {
      if (w.w0 < from || w.w1 > to || (w.w0 > j ? verb_between(j, w.w0) : verb_between(w.w1 - 1, j)))
        continue;
      const auto it = kb_.by_id.find(std::string(w.id));
      if (it == kb_.by_id.end()) continue;
      const KnownEntity& weapon = kb_.entities[it->second];
      for (const Actor& a : actors_) {
        if (a.modifier || (a.genitive && !a.attribution)) continue;
        if (!weapon.producer.empty() && a.id == weapon.producer) return &a;
        if (!origin && !weapon.origin.empty() && a.id == weapon.origin) origin = &a;
      }
    }
    return origin;
  }

  // Which of two parties to a deal sells: the one that is the origin or the maker of a weapon
  // named in [from, to); failing that, a firm facing a state or organisation; nullptr when
  // neither says.
  const Actor* seller_of(const Actor& one, const Actor& other, std::size_t from, std::size_t to) const {
    auto makes = [&](const Actor& party) {
      for (const Actor& w : weapons_) {
        if (w.w0 < from || w.w1 > to) continue;
        const auto it = kb_.by_id.find(std::string(w.id));
        if (it == kb_.by_id.end()) continue;
        const KnownEntity& weapon = kb_.entities[it->second];
        if (party.id == weapon.origin || party.id == weapon.producer) return true;
      }
      return false;
    };
    if (makes(one) != makes(other)) return makes(one) ? &one : &other;
    if ((one.type == EntityType::firm) != (other.type == EntityType::firm)) {
      return one.type == EntityType::firm ? &one : &other;
    }
    return nullptr;
  }

  // Whether the verb at j, one of win_verbs, has an order as its object: after it, or in Dutch
  // and German before it when it ends the clause ("hat von Ungarn einen Auftrag erhalten").
  // A verb of buying keeps its own reading ("de aankoop … die India van Frankrijk heeft gekocht").
  bool receives_order(std::size_t j, std::size_t cb, std::size_t ce) const {
    if (!in<&RelationLexicon::win_verbs>(j)) return false;
    if (object_purchase(j, ce) != kNoWord) return true;
    if (rl_.lang == "en" || j + 2 < ce) return false;
    for (std::size_t k = cb; k < j; ++k) {
      if (!in_actor(k) && rl_.order_nouns.word(facts_[k].order_nouns)) return true;
    }
    return false;
  }

  bool purchase_noun_at(std::size_t k) const {
    const RelationWordFacts& f = facts_[k];
    return rl_.purchase_nouns.word(f.purchase_nouns) || rl_.order_nouns.word(f.order_nouns);
  }

  // An article a few words before j, with only numbers and modifiers between ("a 2 billion
  // euro order"): no actor, verb, preposition or punctuation.
  bool determiner_before(std::size_t j) const {
    constexpr std::size_t kReach = 4;
    for (std::size_t k = j; k > 0 && j - k < kReach; --k) {
      if (s_.link[k] == Link::other) return false;
      const std::size_t w = k - 1;
      if (in<&RelationLexicon::articles>(w)) return true;
      if (in_actor(w) || facts_[w].verbs || preposition_role_at(w)) return false;
    }
    return false;
  }

  // Whether the noun at j is the object of a verb of win_verbs before it in its clause.
  bool won_object(std::size_t j) const {
    auto [cb, ce] = clause(j);
    for (std::size_t k = cb; k < j; ++k) {
      if (in<&RelationLexicon::win_verbs>(k) && object_purchase(k, ce) == j) return true;
    }
    return false;
  }

  // Whether the order noun at j is won or received: the object of a verb of win_verbs before
  // it, or in Dutch and German of one that ends its clause ("… einen Auftrag erhalten").
  bool won(std::size_t j, std::size_t ce) const {
    if (won_object(j)) return true;
    if (rl_.lang == "en") return false;
    for (std::size_t k = j + 1; k < ce; ++k) {
      if (in<&RelationLexicon::win_verbs>(k) && k + 2 >= ce) return true;
    }
    return false;
  }

  // The purchase or order noun that is the object of the verb at v: within a few words after
  // it, with no item, weapon or verb between them (an actor may stand between: "erhielt von
  // Deutschland einen Auftrag"); kNoWord if there is none.
  std::size_t object_purchase(std::size_t v, std::size_t ce) const {
    constexpr std::size_t kReach = 7;
    for (std::size_t k = v + 1; k < ce && k <= v + kReach; ++k) {
      if (in_actor(k)) continue;
      const RelationWordFacts& f = facts_[k];
      if (purchase_noun_at(k)) return k;
      if (f.verbs || in_weapon(k) || item_at(k)) return kNoWord;
    }
    return kNoWord;
  }

  // "A shipment of drones from Iran arrived in Russia": the state that a verb of arrival after
  // the supply noun at j names by a place preposition is where the supply went — right after
  // the verb, or in Dutch and German before it at the clause's end ("ist in Russland
  // eingetroffen").
  const Actor* arrival_place(std::size_t j, std::size_t ce) const {
    for (std::size_t k = j + 1; k < ce; ++k) {
      if (in<&RelationLexicon::arrival_verbs>(k)) return arrival_place_at(k, j + 1, ce);
    }
    return nullptr;
  }
  // The state an arrival verb at k names, after it ("arrived in Ukraine"), or in Dutch and German
  // before it, from word `from` on ("in der Ukraine eingetroffen").
  const Actor* arrival_place_at(std::size_t k, std::size_t from, std::size_t ce) const {
    auto place = [&](const Actor* a) {
      return usable(*a) && a->type == EntityType::state && a->role == Role::other && a->w1 <= ce;
    };
    // (by the words they stand at: articles and adjectives after the preposition, at most three)
    if (rl_.lang != "en") {
      for (std::size_t w = from + 1; w <= k; ++w) {
        for (const Actor* a : ending_at(w)) {
          if (place(a) && a->prep_at >= from) return a;
        }
      }
    }
    constexpr std::size_t kPhrase = 5;
    for (std::size_t w = k + 2; w < ce && w <= k + 2 + kPhrase; ++w) {
      for (const Actor* a : starting_at(w)) {
        if (place(a) && a->prep_at > k && a->prep_at <= k + 2) return a;
      }
    }
    return nullptr;
  }

  static std::string fold_lemma(const std::string& lemma) {
    std::string out;
    for (char c : lemma) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
  }

  // The state adjective or possessive that a noun at j is of: right before it ("Chinese
  // wapenleveringen", "Russia's sale"), or before the items that make a compound with it, as
  // English writes ("Israeli arms sales", "Russian S-400 deliveries").
  const Actor* modifier_of(std::size_t j) const {
    constexpr std::size_t kCompound = 3;
    for (std::size_t w = j; w + kCompound >= j && w > 0; --w) {  // the nearest first
      const Actor* found = nullptr;
      for (const Actor* a : ending_at(w)) {
        if (!a->attribution && (a->modifier || a->genitive)) found = a;
      }
      if (!found) continue;
      std::size_t k = w;
      while (k < j) {
        if (in_weapon(k)) {
          ++k;
        } else if (auto item = item_at(k)) {
          k += item->first;
        } else {
          break;
        }
      }
      if (k == j) return found;
    }
    return nullptr;
  }

  // A state whose adjective qualifies what the noun at j supplies, right after it, as the
  // supplier: "the delivery of Iranian drones to Russia", "die Lieferung deutscher Kampfpanzer",
  // "de levering van 18 Duitse tanks" (not a maker's: "of US-made HIMARS" names no seller).
  const Actor* items_origin(std::size_t j, std::size_t ce) const {
    std::size_t k = j + 1;
    if (k < ce && in<&RelationLexicon::genitive_preps>(k)) ++k;
    while (k < ce && (in<&RelationLexicon::articles>(k) || s_.tokens[s_.words[k]].digit ||
                      rl_.numbers.count(s_.folded[k]) != 0)) {
      ++k;
    }
    for (const Actor* a : starting_at(k)) {
      if (a->modifier && !a->attribution && a->type == EntityType::state && a->w1 < ce &&
          s_.link[a->w1] != Link::hyphen && (in_weapon(a->w1) || item_at(a->w1)))
        return a;
    }
    return nullptr;
  }

  // A possessive actor up to three words before j ("China's total arms exports").
  // (Not the owner of a name between: "Israel's Elbit Systems supplies" is the firm's verb.)
  const Actor* genitive_before(std::size_t j) const {
    constexpr std::size_t kReach = 3;
    for (std::size_t w = j >= kReach ? j - kReach : 0; w <= j; ++w) {  // the first, as it was
      for (const Actor* a : ending_at(w)) {
        if (!a->genitive || a->attribution) continue;
        bool name_between = false;
        for (std::size_t k = w; k < j && !name_between; ++k) name_between = is_actor_word(k);
        if (!name_between) return a;
      }
    }
    return nullptr;
  }

  // "Als China wapens levert …", "if China supplies …": a condition, not a claim.
  bool conditional(std::size_t cb) const {
    // the first or second word of the clause: "Als China …", ", zou … als"
    for (std::size_t k = cb; k < s_.words.size() && k <= cb + 1; ++k) {
      if (in<&RelationLexicon::conditionals>(k)) return true;
    }
    // "Sollte Peking Minsk … beliefern, …", "Should China supply …": a finite verb that opens the
    // sentence or a clause after a comma, its subject right after it (an article between)
    if (cb < s_.words.size() && (cb == 0 || comma_before(cb)) &&
        rl_.verb_first_conditionals.contains(s_.folded[cb])) {
      const std::size_t m =
          cb + 1 < s_.words.size() && in<&RelationLexicon::articles>(cb + 1) ? cb + 2 : cb + 1;
      return m < s_.words.size() && is_actor_word(m);
    }
    return false;
  }

  // "<State>-made <weapon>" gives produces(state, weapon); with a possessor before it
  // ("India's recently-acquired French-built Rafale warplanes", "Russia's Iranian-made
  // drones") the maker supplied the possessor too. "<State>-supplied" names a supplier, no
  // maker: the verbs that read it (use_verb) take it as the origin.
  template <typename Emit>
  void origin_adjective(std::size_t j, const std::vector<VerbInfo>& verbs, Emit& emit) {
    if (std::any_of(verbs.begin(), verbs.end(),
                    [](const VerbInfo& v) { return v.kind == VerbKind::sanction; })) {
      origin_sanction(j, emit);
      return;
    }
    const bool made = std::any_of(verbs.begin(), verbs.end(),
                                  [](const VerbInfo& v) { return v.kind == VerbKind::produce; });
    if (!made) return;
    constexpr std::size_t kPossessorReach = 3;  // "India's recently-acquired French-built"
    for (const Actor& a : actors_) {
      if (!a.modifier || a.w1 != j) continue;
      std::vector<std::string> weapons;
      for (const Actor& w : weapons_) {
        if (w.w0 == j + 1) {
          emit("produces", a, w.id, w.type, j, "");
          weapons.emplace_back(w.id);
        }
      }
      if (weapons.empty()) continue;
      for (const Actor& g : actors_) {
        if (g.genitive && !g.attribution && g.id != a.id && g.w1 <= a.w0 && a.w0 - g.w1 <= kPossessorReach &&
            !finite_verb_between(g.w1, a.w0)) {
          emit("supplies", a, g.id, g.type, j, "", weapons);
        }
      }
    }
  }

  // "the US-sanctioned Rosoboronexport", "EU-sanktionierte Firmen": the actor before the
  // hyphen sanctions the one the adjective describes (within two words after it).
  template <typename Emit>
  void origin_sanction(std::size_t j, Emit& emit) {
    constexpr std::size_t kNounReach = 2;  // "US-sanctioned (arms exporter) Rosoboronexport"
    for (const Actor& a : actors_) {
      if (a.w1 != j || a.attribution) continue;
      const Actor* target = nullptr;
      for (const Actor& t : actors_) {
        if (!t.attribution && t.w0 > j && t.w0 <= j + kNounReach + 1 && !comma_in(j + 1, t.w0 + 1) &&
            (!t.modifier || state_group(t))) {
          target = &t;
          break;
        }
      }
      emit_sanctions({&a}, target, j, emit);
      return;
    }
  }

  // The word before an actor, past articles: "met (de) Wagner Groep".
  std::string_view word_before(const Actor& a) const {
    std::size_t k = a.w0;
    while (k > 0 && in<&RelationLexicon::articles>(k - 1)) --k;
    return k > 0 ? s_.folded[k - 1] : std::string_view();
  }

  // "Moskou onderhandelt met Xian Bingo": the subject negotiates with the partner. A
  // negotiation about something supplied is a supply still to come (the annotation's
  // `planned`): "Die Türkei … verhandelt mit Washington über weitere F-16", "onderhandelt
  // Caïro met Peking over de aankoop van J-10C-toestellen".
  template <typename Emit>
  void negotiate_verb(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    auto subj = subjects(j, cb, ce);
    for (const Actor& p : actors_) {
      if (p.attribution || p.modifier || p.w0 < cb || p.w1 > ce || !rl_.partner_preps.count(word_before(p)))
        continue;
      for (const Actor* s : subj) {
        emit("negotiates_with", *s, p.id, p.type, j, "");
        negotiated_supply(*s, p, j, cb, ce, emit);
      }
      return;
    }
  }

  // The supply a negotiation between `party` (its subject) and `partner` is about, if its
  // clause names something supplied. The seller is told as for a contract (seller_of(), by the
  // weapons of the clause, then of the sentence: "besitzt bereits F-16 … und verhandelt mit
  // Washington über weitere Maschinen"); failing that, a noun of buying makes the subject the
  // buyer, as does a state facing a state: who negotiates over arms is, as a rule, who wants them.
  template <typename Emit>
  void negotiated_supply(const Actor& party, const Actor& partner, std::size_t j, std::size_t cb,
                         std::size_t ce, Emit& emit) {
    if (party.id == partner.id) return;
    std::vector<std::string> supplied = items(j, cb, ce);
    if (supplied.empty()) return;
    const Actor* seller = seller_of(party, partner, cb, ce);
    if (!seller) seller = seller_of(party, partner, 0, s_.words.size());
    if (!seller) {
      bool sale = false;  // "negotiating with India over the sale of …"
      for (std::size_t k = cb; k < ce && !sale; ++k) {
        const Cue* c = cue_at(rl_.supply_nouns, &RelationWordFacts::supply_nouns, k);
        sale = c && !c->agent && c->kind == kSaleMode;
      }
      seller = sale ? &party : &partner;
    }
    const Actor& buyer = seller == &party ? partner : party;
    emit("supplies", *seller, buyer.id, buyer.type, j, kSale, std::move(supplied), Reading::pending);
  }

  // "de YJ-18, een eigen versie van de Kalibr", "… een eigen versie van de Kalibr; de
  // YJ-18": the weapon named next to the variant phrase is a version of the one after it.
  template <typename Emit>
  void variant_noun(std::size_t j, Emit& emit) {
    const Actor* original = nullptr;
    for (const Actor& w : weapons_) {
      // "versie van de Kalibr", "version of the Kalibr"; German marks it with the article ("der Kalibr")
      const bool genitive =
          rl_.genitive_preps.count(word_before(w)) || in<&RelationLexicon::genitive_preps>(w.w0 - 1);
      if (w.w0 > j && w.w0 <= j + 3 && genitive) {
        original = &w;
        break;
      }
    }
    if (!original) return;
    const Actor* variant = nullptr;
    for (const Actor& w : weapons_) {
      if (&w == original) continue;
      const bool before = w.w1 <= j && j - w.w1 <= 4;                       // "X, een versie van Y"
      const bool after = w.w0 >= original->w1 && w.w0 <= original->w1 + 2;  // "versie van Y; de X"
      if (before || after) variant = &w;
    }
    if (variant) emit("variant_of", *variant, original->id, original->type, j, "");
  }

  // A sanction noun names who sanctions whom:
  //  - who: a state adjective or possessive right before it ("EU sanctions", "een Amerikaanse
  //    sanctielijst", "the EU's new sanctions"), an actor after an agent preposition ("sanctions
  //    by the United States"), or the subject of a verb that imposes it ("The EU imposed
  //    sanctions on", "Die EU hat Sanktionen … verhängt", "De VS plaatsten … op de sanctielijst");
  //    in a passive clause the agent ("werd door de EU op de sanctielijst geplaatst");
  //  - whom: an actor after a target preposition ("on Russia", "gegen Belarus", "tegen Iran"),
  //    else, where a verb imposes the noun, a bare actor of the clause ("Dit bedrijf werd … op
  //    een Amerikaanse sanctielijst geplaatst", "legt Rusland sancties op"); a state adjective
  //    before a firm noun is the state ("sanctions on Chinese companies").
  // Sanctions that are lifted or eased name no relation ("The US lifted sanctions on …").
  template <typename Emit>
  void sanction_noun(std::size_t j, std::size_t cb, std::size_t ce, Emit& emit) {
    std::size_t verb_at = kNoWord;
    const VerbInfo* governor = nullptr;
    for (std::size_t k = cb; k < ce && !governor; ++k) {
      if (k == j || !facts_[k].verbs || in_actor(k)) continue;
      // (the noun is in the clause: a verb's particle need not be as the lexicon spells it,
      // "added … to its Entity List")
      for (const VerbInfo& v : *facts_[k].verbs) {
        if (v.kind == VerbKind::sanction && v.governs_sanction_noun && !governor) {
          governor = &v;
          verb_at = k;
        }
      }
    }
    if (governor && governor->mode == kLiftMode) return;
    const bool passive = governor && passive_before(cb, verb_at);
    const Actor* target = sanctioned_after(j, ce);
    std::vector<const Actor*> by;
    for (const Actor& a : actors_) {
      if (!a.attribution && a.w1 + 1 >= j && a.w1 <= j && (a.modifier || a.genitive)) by = {&a};
      // "US sanctions on Russia", "EU-Sanktionen gegen …": a name right before the noun, in
      // English only with a target after it ("Russia sanctions" may be those on Russia)
      if (!a.attribution && a.w1 == j && a.role == Role::none &&
          (s_.link[j] == Link::hyphen || (rl_.lang == "en" && target)))
        by = {&a};
    }
    if (by.empty()) {
      if (const Actor* g = genitive_before(j)) by = {g};
    }
    if (by.empty()) {
      for (const Actor& a : actors_) {
        if (a.role == Role::agent && usable(a) && a.w0 >= cb && a.w1 <= ce && (a.w0 > j || passive)) {
          by = {&a};
          break;
        }
      }
    }
    if (by.empty() && governor && !passive) by = subjects(verb_at, cb, ce);
    if (by.empty()) return;
    // (a bare actor is the target only of a noun a verb imposes: in "Ondanks de Amerikaanse
    // sancties levert China …" China is the subject of another verb)
    if (!target && governor) {
      for (const Actor& a : actors_) {
        if (usable(a) && a.role == Role::none && a.w0 >= cb && a.w1 <= ce &&
            std::find(by.begin(), by.end(), &a) == by.end()) {
          target = &a;
          break;
        }
      }
    }
    emit_sanctions(by, target, j, emit);
  }

  // Each of `by` sanctions `target` and those coordinated with it (not itself).
  template <typename Emit>
  void emit_sanctions(const std::vector<const Actor*>& by, const Actor* target, std::size_t j, Emit& emit) {
    if (!target) return;
    for (const Actor* who : by) {
      for_coordinated(target, [&](const Actor* t) {
        if (t->id != who->id) emit("sanctions", *who, t->id, t->type, j, "");
      });
    }
  }

  // A sanction verb: "The US sanctioned Rosoboronexport", "Die EU sanktionierte Wagner",
  // "De VS sanctioneerden drie Chinese bedrijven"; passive, the agent sanctions the subject
  // ("Rosoboronexport was sanctioned by the United States", "Wagner wurde von der EU sanktioniert").
  // A verb that governs a sanction noun leaves the clause to sanction_noun().
  template <typename Emit>
  void sanction_verb(std::size_t j, std::size_t cb, std::size_t ce, const VerbInfo& v, Emit& emit) {
    if (v.governs_sanction_noun) return;
    auto [subj, obj] = subject_object(j, cb, ce);
    const Actor* agent = nearest(Role::agent, j, cb, ce);
    std::vector<const Actor*> by = subj;
    const Actor* target = obj;
    // ("Rosoboronexport, sanctioned by the US in 2018, …": a participle with its agent)
    const bool passive_after = rl_.lang != "en" && j + 1 < ce && in<&RelationLexicon::passive_aux>(j + 1);
    if (agent && (passive_before(cb, j) || passive_after || (agent->w0 > j && !obj))) {
      by = {agent};
      target = nullptr;
      for (const Actor& a : actors_) {
        if (usable(a) && a.role == Role::none && a.w0 >= cb && a.w1 <= ce && &a != agent) {
          target = &a;
          break;
        }
      }
      if (!target) target = antecedent(cb);
    }
    // "Der von den USA sanktionierte Konzern Rosoboronexport", "het door de VS gesanctioneerde
    // Rosoboronexport": a participle between its agent and the noun it describes
    if (const Actor* described = agent ? attributive_participle_noun(*agent, j, ce) : nullptr) {
      by = {agent};
      target = described;
    }
    if (!target) target = state_group_after(j, ce);
    if (!target) target = person_after(j, ce);
    emit_sanctions(by, target, j, emit);
  }

  // Whether the clause that begins at cb is a relative clause after a comma whose antecedent is
  // what is supplied, no actor ("die Granaten, die Tschechien eingekauft hat").
  bool relative_after_thing(std::size_t cb) const {
    const std::size_t r = relative_after_comma(cb);
    return r != kNoWord && !ends_at_actor(r) && (word_is(r - 1, kWeapon) || item_at(r - 1));
  }

  // The relative pronoun that opens the clause beginning at cb (at cb or right before it), after
  // a comma or, with no comma, right after what is supplied (restrictive: "the Patriot systems
  // that the United States supplied", "de F-16's die Nederland heeft geleverd"); kNoWord if there
  // is none.
  std::size_t relative_after_comma(std::size_t cb) const {
    std::size_t r = cb;
    if (r > 0 && !in<&RelationLexicon::relative_pronouns>(r)) --r;
    if (!in<&RelationLexicon::relative_pronouns>(r) || r == 0) return kNoWord;
    return comma_before(r) || restrictive_relative(r) ? r : kNoWord;
  }

  // Whether the relative pronoun at r opens a clause with no comma before it: right after a
  // weapon or a noun of what is supplied, with an actor among the next words ("die Nederland",
  // "that the United States"): a pronoun of the lexicon's restrictive_relatives (none in German,
  // which sets every relative clause off by a comma).
  bool restrictive_relative(std::size_t r) const {
    constexpr std::size_t kSubjectReach = 3;  // the relative clause's subject: "die de VS", "that the US"
    if (r == 0 || comma_before(r) || !rl_.restrictive_relatives.contains(s_.folded[r]) ||
        !supplied_thing_at(r - 1))
      return false;
    for (std::size_t m = r + 1; m < s_.words.size() && m <= r + kSubjectReach; ++m) {
      if (is_actor_word(m)) return true;
    }
    return false;
  }

  // The word of what the relative clause opening at the pronoun r refers to: the word before it
  // when that is a weapon or a noun of what is supplied; where a German or Dutch clause's last
  // verb or separable particle stands between, the word before that ("setzt die Haubitzen ein,
  // die …"); kNoWord if neither is.
  std::size_t antecedent_thing(std::size_t r) const {
    if (r == 0) return kNoWord;
    if (supplied_thing_at(r - 1)) return r - 1;
    if (rl_.lang != "en" && r >= 2 && comma_before(r) && !s_.tokens[s_.words[r - 1]].upper &&
        (facts_[r - 1].verbs || separable_particle_at(r - 1)) && supplied_thing_at(r - 2))
      return r - 2;
    return kNoWord;
  }

  // Whether the word at k ends a phrase of what is supplied: a weapon, a noun of the item
  // lexicon, or a lower-case noun right after a weapon's name ("Patriot systems", "F-16's").
  bool supplied_thing_at(std::size_t k) const {
    if (k >= s_.words.size() || in_actor(k)) return false;
    if (word_is(k, kWeapon) || item_at(k)) return true;
    return k > 0 && word_is(k - 1, kWeapon) && !s_.tokens[s_.words[k]].upper && !facts_[k].verbs &&
           !preposition_role_at(k) && !in<&RelationLexicon::articles>(k) &&
           !in<&RelationLexicon::relative_pronouns>(k) && !in<&RelationLexicon::coordinators>(k);
  }

  // Whether something supplied is named in the clause [cb, ce) of the verb at j, with no comma
  // between it and the verb other than a list's ("Russische huurlingen vertrekken uit Mali, Africa
  // Corps neemt het over" takes over no mercenaries).
  bool names_items_near(std::size_t j, std::size_t cb, std::size_t ce) const {
    std::size_t b = j, e = j + 1;
    while (b > cb && !(comma_before(b) && !listed_at(b))) --b;
    while (e < ce && !(comma_before(e) && !listed_at(e))) ++e;
    return !items(j, b, e).empty();
  }

  // The state whose genitive opens the noun phrase of a state noun ending at word k ("Sudan's
  // army-led government", "Russlands neue Regierung"), with no more than adjectives between.
  const Actor* genitive_of_state_noun(std::size_t k) const {
    constexpr std::size_t kPhraseReach = 4;  // "Sudan's army - led government"
    if (k >= s_.words.size() || !s_.entries[k].lexicon.state_noun || in_actor(k)) return nullptr;
    for (std::size_t m = k; m-- > 0 && m + kPhraseReach >= k;) {
      if (comma_before(m + 1) || facts_[m].verbs || preposition_role_at(m)) return nullptr;
      for (const Actor* a : ending_at(m + 1)) {
        if (a->genitive && a->type == EntityType::state) return a;
      }
      if (in_actor(m)) return nullptr;
    }
    return nullptr;
  }

  // Whether a preposition governs the noun phrase that ends at word k: one stands before it, with
  // no more than articles and adjectives between (no verb, actor or comma), no earlier than cb.
  bool governed_noun(std::size_t k, std::size_t cb) const {
    constexpr std::size_t kPhraseReach = 4;  // "at the new Leopard 2 tanks"
    for (std::size_t m = k; m-- > cb && m + kPhraseReach >= k;) {
      if (in<&RelationLexicon::prepositions>(m) || preposition_role_at(m)) return true;
      if (facts_[m].verbs || in_actor(m) || comma_before(m + 1)) return false;
    }
    return false;
  }

  // Whether an actor stands among the words (a, b).
  bool actor_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a + 1; k < b; ++k) {
      if (in_actor(k)) return true;
    }
    return false;
  }

  // Whether the agent `a` follows a verb form other than j right before its preposition ("sanctioned
  // by Washington"): it is that verb's agent.
  bool agent_of_other_verb(const Actor& a, std::size_t j) const {
    return a.prep_at > 0 && a.prep_at - 1 != j && facts_[a.prep_at - 1].verbs && !in_actor(a.prep_at - 1);
  }

  // Whether the word at k is a separable particle of a verb earlier in its sentence ("ein" of
  // "setzt … ein").
  bool separable_particle_at(std::size_t k) const {
    for (std::size_t j = 0; j < k; ++j) {
      if (!facts_[j].verbs) continue;
      for (const VerbInfo& v : *facts_[j].verbs) {
        if (v.particle.size() == 1 && v.particle.front() == s_.folded[k]) return true;
      }
    }
    return false;
  }

  // What the antecedent of the relative clause that begins at cb names, as items: the weapon or
  // the item phrase it ends with ("the first K2 tanks, which …", "die Granaten, die …").
  std::vector<std::string> antecedent_items(std::size_t cb) const {
    const std::size_t r = relative_after_comma(cb);
    if (r == kNoWord) return {};
    std::size_t k = antecedent_thing(r);
    if (k == kNoWord) return {};
    if (!word_is(k, kWeapon) && !item_at(k)) --k;  // a noun after the weapon's name: "Patriot systems"
    for (const Actor& w : weapons_) {
      if (w.w0 <= k && k < w.w1) return {std::string(w.id)};
    }
    if (auto item = item_at(k)) return {item->second};
    return {};
  }

  // The subject of a verb of receiving or using in the clause before the relative clause that
  // opens at cb, whose antecedent is no actor: what it names is what that subject received
  // ("Poland received the K2 tanks, which South Korea delivered", "Ukraine uses the Patriot
  // systems that the United States supplied", "setzt die Haubitzen ein, die Polen geliefert
  // hat"). A verb of using needs the antecedent to be what is supplied ("Russia destroyed the
  // tanks that Germany supplied" names no recipient).
  const Actor* receiver_of_antecedent(std::size_t cb) {
    const std::size_t r = relative_after_comma(cb);
    if (r == kNoWord || ends_at_actor(r)) return nullptr;
    const auto [mb, me] = clause(r - 1);
    for (std::size_t k = mb; k < r && k < me; ++k) {
      if (!facts_[k].verbs || in_actor(k)) continue;
      const VerbInfo* v = choose(*facts_[k].verbs, k);
      if (!v || (v->kind != VerbKind::receive && v->kind != VerbKind::use)) continue;
      if (v->kind == VerbKind::use) {
        // (what is used is its object: "fired missiles at the tanks that Germany supplied" is no
        // use of the tanks)
        const std::size_t thing = antecedent_thing(r);
        if (thing == kNoWord || governed_noun(thing, mb)) continue;
      }
      const auto [subj, obj] = subject_object(k, mb, std::min(me, r));
      return subj.empty() ? nullptr : subj.front();
    }
    return nullptr;
  }

  // A person a verb at j acts on: the first named after it in its clause, with no preposition
  // or comma between ("The State Department sanctioned Viktor Kholodov, a … broker").
  const Actor* person_after(std::size_t j, std::size_t ce) const {
    for (const Actor& p : persons_) {
      if (p.w0 <= j || p.w1 > ce || comma_in(j + 1, p.w0 + 1)) continue;
      for (std::size_t k = j + 1; k < p.w0; ++k) {
        if (preposition_role_at(k) || in_actor(k)) return nullptr;
      }
      return &p;
    }
    return nullptr;
  }

  // The actor a Dutch or German attributive participle at j describes, its agent right before
  // it: the first actor within two words after it, no comma between.
  const Actor* attributive_participle_noun(const Actor& agent, std::size_t j, std::size_t ce) const {
    if (rl_.lang == "en" || agent.w1 != j) return nullptr;
    constexpr std::size_t kNounReach = 2;  // "sanktionierte (Konzern) Rosoboronexport"
    for (const Actor& a : actors_) {
      if (usable(a) && a.role == Role::none && a.w0 > j && a.w0 <= j + kNounReach + 1 && a.w1 <= ce &&
          !comma_in(j + 1, a.w0 + 1))
        return &a;
    }
    return nullptr;
  }

  // The actor a clause that begins at cb after a comma describes: "Rosoboronexport, sanctioned
  // by …" (the clause opens with its participle), "Rosoboronexport, which was sanctioned by …",
  // "…, das von den USA sanktioniert wurde" (with a relative pronoun).
  const Actor* antecedent(std::size_t cb) const {
    std::size_t comma = cb;
    if (cb > 0 && in<&RelationLexicon::relative_pronouns>(cb - 1)) comma = cb - 1;
    if (comma == 0 || !comma_before(comma)) return nullptr;
    for (const Actor& a : actors_) {
      if (usable(a) && a.role == Role::none && a.w1 == comma) return &a;
    }
    return nullptr;
  }

  // Whom a sanction noun at j targets: the first actor after a target preposition in the clause
  // ("sanctions on Russia", "Sanktionen gegen chinesische Firmen").
  const Actor* sanctioned_after(std::size_t j, std::size_t ce) const {
    for (const Actor& a : actors_) {
      if (a.attribution || a.role != Role::other || a.w0 <= j || a.w1 > ce ||
          !in<&RelationLexicon::target_preps>(a.prep_at))
        continue;
      if (!a.modifier || state_group(a)) return &a;
    }
    return nullptr;
  }

  // A state adjective before a firm or organisation noun names the state ("Chinese companies",
  // "chinesische Unternehmen", "Chinese bedrijven"), as the annotation conventions read a group.
  bool state_group(const Actor& a) const {
    return a.modifier && a.type == EntityType::state && a.w1 < s_.words.size() &&
           lx_.org_cues.word(s_.entries[a.w1].lexicon.org_cues) != nullptr;
  }

  // The first such group after the verb at j in its clause.
  const Actor* state_group_after(std::size_t j, std::size_t ce) const {
    for (const Actor& a : actors_) {
      if (!a.attribution && a.w0 > j && a.w1 <= ce && a.role == Role::none && state_group(a)) return &a;
    }
    return nullptr;
  }

  // The subject of a verb right after a preposition (and an article): the object of the verb
  // before it, the last bare actor before the preposition where another stands before that
  // ("Ukraine accused Iran of supplying", "sanctioned Rosoboronexport for supplying", "beschuldigt
  // Iran van het leveren"). Not after an agent preposition, whose gerund shares the subject
  // ("Russia helped Iran by supplying …"). nullptr where the verb follows no preposition.
  const Actor* controller(std::size_t j, std::size_t cb) const {
    std::size_t p = infinitive_head(j);
    if (p > 0 && in<&RelationLexicon::articles>(p - 1)) --p;
    if (p == 0 || p <= cb) return nullptr;
    // (a Dutch or German zu/te-infinitive: subject_object() finds who controls it)
    if (rl_.lang != "en" && in<&RelationLexicon::infinitive_markers>(p - 1)) return nullptr;
    const std::optional<Role> role = preposition_role_at(p - 1);
    if (!role || *role == Role::agent) return nullptr;
    const Actor* first = nullptr;
    const Actor* last = nullptr;
    const auto relative = enclosed_relative(cb, p - 1);  // (whose actors are not the verb's)
    for (const Actor& a : actors_) {
      // ("sanctioned three Chinese companies for supplying": a state's firms are the state)
      if (!(usable(a) || state_group(a)) || a.role != Role::none || a.w0 < cb || a.w1 > p - 1) continue;
      if (relative && a.w0 >= relative->first && a.w1 <= relative->second) continue;
      if (!first) first = &a;
      last = &a;
    }
    // (one list is the subject: "Germany and Poland plan to send …")
    if (last && last->lead == first) return nullptr;
    if (first == last) return nullptr;
    return last->lead ? last->lead : last;  // (the list's head stands for it: "accused Iran and Belarus of")
  }

  // Whether English "to" at p is the infinitive's marker before an actor at w, of a verb that
  // fights or opposes it ("weapons to fight Russia", "missiles to deter China"): the actor is
  // that verb's object and no recipient. A verb that helps keeps it the recipient ("tanks to
  // help Ukraine"), as does an adjective ("to neighbouring Poland").
  bool infinitive_after(std::size_t p, std::size_t w) const {
    if (rl_.lang != "en" || p + 1 >= w || s_.folded[p] != "to") return false;
    const std::size_t v = p + 1;
    return s_.link[v + 1] != Link::hyphen && rl_.adversative_verbs.contains(s_.folded[v]);
  }

  // Whether the English infinitive at j ("to send") has for its subject the object of a verb of
  // object_control_verbs before it that names no actor: "Germany urged its allies to send
  // tanks", "asked other countries to deliver". (An actor object is the subject controller()
  // finds: "Ukraine asked Germany to send".) The object holds an article, a possessive, a
  // capital or a plural ("urged allies"): an adverb is none ("pushed ahead to deliver").
  bool controlled_by_object(std::size_t j, std::size_t cb) const {
    constexpr std::size_t kLongestObject = 5;
    j = infinitive_head(j);
    if (rl_.lang != "en" || j < cb + 3 || s_.folded[j - 1] != "to") return false;
    const std::size_t to = j - 1;
    bool nominal = false;  // a word of the object that only a noun phrase has
    for (std::size_t c = to - 1; c > cb && to - c <= kLongestObject + 1; --c) {
      if ((in_actor(c) && !is_modifier_word(c)) || s_.link[c + 1] == Link::other) return false;
      nominal = nominal || s_.tokens[s_.words[c]].upper || s_.folded[c].ends_with("s") ||
                in<&RelationLexicon::articles>(c) || in<&RelationLexicon::possessive_determiners>(c);
      if (!in_actor(c - 1) && rl_.object_control_verbs.contains(s_.folded[c - 1])) return nominal;
    }
    return false;
  }

  // The word an English gerund at j stands for when a verb of aspect right before it heads the
  // infinitive ("to stop selling", "to keep sending": the aspect verb); j itself else.
  std::size_t infinitive_head(std::size_t j) const {
    if (rl_.lang != "en" || j < 2 || !s_.folded[j].ends_with("ing") ||
        !rl_.aspect_verbs.contains(s_.folded[j - 1]) || s_.folded[j - 2] != "to") {
      return j;
    }
    return j - 1;
  }

  // Whether a possessive and a noun that stand for a state ("his country", "seines Landes",
  // "zijn regering") stand in [from, to) as no actor: the resolver found no state for them.
  bool unnamed_state_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = from + 1; k < to; ++k) {
      if (s_.entries[k].lexicon.state_noun && !in_actor(k) && lx_.possessives.count(s_.folded[k - 1]) != 0)
        return true;
    }
    return false;
  }

  // Whether the English verb at j stands in a relative clause without a relative pronoun, its
  // subject a pronoun right after the item or weapon the clause describes ("the IRIS-T systems
  // it delivered", "the tanks they have sent"), auxiliaries at most between; none of it before
  // word `from`.
  bool contact_relative(std::size_t j, std::size_t from) const {
    std::size_t k = j;
    while (k > from && in<&RelationLexicon::auxiliaries>(k - 1)) --k;
    if (k < from + 2 || !in<&RelationLexicon::pronouns>(k - 1) || s_.link[k - 1] != Link::space) return false;
    const std::size_t noun = k - 2;
    if (in_actor(noun)) return false;
    if (in_weapon(noun) || item_at(noun)) return true;
    // a plural noun of no cue ("the systems it delivered"; not "Russia says it …")
    const RelationWordFacts& f = facts_[noun];
    const Token& t = s_.tokens[s_.words[noun]];
    return !t.upper && !t.digit && s_.folded[noun].ends_with("s") && f.verbs == nullptr && f.sets == 0 &&
           f.alleged == WordTrie::kNone && f.planned == WordTrie::kNone && f.denied == WordTrie::kNone &&
           f.negated == WordTrie::kNone;
  }

  // Whether the Dutch or German verb at j is a zu/te-infinitive: after its marker ("zu liefern",
  // "te leveren", "af te leveren") or with the marker inside a separable verb ("auszuliefern",
  // a form the lexicon lists: its lemma with "zu" after the particle).
  bool zu_infinitive(std::size_t j) const {
    if (j > 0 && in<&RelationLexicon::infinitive_markers>(j - 1)) return true;
    const auto* verbs = facts_[j].verbs;
    if (verbs == nullptr) return false;
    const std::string_view f = s_.folded[j];
    for (const std::string& marker : rl_.infinitive_markers) {
      if (f.find(marker, 1) == std::string_view::npos) continue;
      for (const VerbInfo& v : *verbs) {
        const std::string lemma = fold_lemma(v.lemma);
        if (f.size() != lemma.size() + marker.size()) continue;
        for (std::size_t i = 1; i + marker.size() < f.size(); ++i) {
          if (f.substr(i, marker.size()) == marker &&
              f.substr(0, i) == std::string_view(lemma).substr(0, i) &&
              f.substr(i + marker.size()) == std::string_view(lemma).substr(i))
            return true;
        }
      }
    }
    return false;
  }

  // The word of an object-control verb ("bat", "drängte", "vroeg") before the comma or opener
  // that sets off the infinitive clause of the verb at j, within the clause from cb; nullopt
  // where there is none.
  std::optional<std::size_t> object_control_before(std::size_t j, std::size_t cb) const {
    const std::size_t k = infinitive_clause_start(j, cb);
    if (k == cb) return std::nullopt;  // (no clause of its own: "beloofde Oekraïne tanks te leveren")
    for (std::size_t c = k; c-- > cb;) {
      if (!in_actor(c) && rl_.object_control_verbs.contains(s_.folded[c])) return c;
    }
    return std::nullopt;
  }

  // Whether the preposition at p, one that may open an infinitive clause ("om", "um"), opens
  // one: a zu/te-infinitive follows before the next comma. The actor after it is then no object
  // of it ("om Oekraïne tanks te leveren").
  bool opens_infinitive(std::size_t p) const {
    if (!in<&RelationLexicon::infinitive_openers>(p)) return false;
    for (std::size_t m = p + 1; m + 1 < s_.words.size() && !comma_before(m); ++m) {
      if (in<&RelationLexicon::infinitive_markers>(m) && !in_actor(m + 1) &&
          !in<&RelationLexicon::articles>(m + 1))
        return true;
    }
    return false;
  }

  // Where the clause an infinitive's subject is found in begins, for the zu/te-infinitive at j
  // in the clause from cb: the clause before its own where that is set off by a comma or an
  // opener that a clause break starts ("Deutschland versprach, der Ukraine … zu liefern": "der"
  // may be a relative pronoun), else cb.
  std::size_t infinitive_subject_clause(std::size_t j, std::size_t cb) const {
    const std::size_t k = infinitive_clause_start(j, 0);
    if (k == 0 || k > cb) return cb;
    return find_clause(k - 1).first;
  }

  // Where the infinitive clause of the verb at j begins: after the comma or the opener ("om",
  // "um") before it, not before word `floor` (returned when there is none).
  std::size_t infinitive_clause_start(std::size_t j, std::size_t floor) const {
    std::size_t k = j;
    while (k > floor && !comma_before(k) && !in<&RelationLexicon::infinitive_openers>(k - 1)) --k;
    return k;
  }

  // Whether an English word that is a sanction noun and a verb form ("sanctions", "blacklist")
  // is the verb: right after a bare actor (its subject), a pronoun or an auxiliary, or as the
  // infinitive after "to", and not before a target preposition ("US sanctions on Russia").
  bool sanction_verb_at(std::size_t j) const {
    if (j == 0 || (j + 1 < s_.words.size() && in<&RelationLexicon::target_preps>(j + 1))) return false;
    if (in<&RelationLexicon::auxiliaries>(j - 1) || in<&RelationLexicon::pronouns>(j - 1)) return true;
    // "plans to sanction": the infinitive after "to" (not "in response to sanctions")
    if (in<&RelationLexicon::recipient_preps>(j - 1) && facts_[j].verbs) {
      for (const VerbInfo& v : *facts_[j].verbs) {
        if (v.kind == VerbKind::sanction && fold_lemma(v.lemma) == s_.folded[j]) return true;
      }
    }
    for (const Actor& a : actors_) {
      if (a.w1 == j && !a.attribution && !a.modifier && !a.genitive) return true;
    }
    return false;
  }

  // The cue of a table at word j: the word itself, a compound ending with a head, or the longest
  // phrase from it ("military aid", "arms embargo", "zwarte lijst").
  const Cue* cue_at(const CueTable& table, CueStart RelationWordFacts::*field, std::size_t j) const {
    const auto m = table.match(s_.folded, j, facts_[j].*field);
    return m ? m->second : nullptr;
  }

  // "X levert drones, die door het Russische leger worden ingezet": the user of what was
  // supplied, named later in the sentence, is the recipient.
  const Actor* user_after(std::size_t j) const {
    for (std::size_t k = j + 1; k < s_.words.size(); ++k) {
      const auto* verbs = facts_[k].verbs;
      if (!verbs) continue;
      for (const VerbInfo& v : *verbs) {
        if (v.kind != VerbKind::use) continue;
        for (const Actor& a : actors_) {
          if (!a.attribution && !a.modifier && a.w0 > j && a.w1 <= k && a.role == Role::agent) return &a;
        }
      }
    }
    return nullptr;
  }

  // The actor a noun before the relative pronoun at r is predicated of: "Polen was het eerste
  // land dat …", "Polen war das erste Land, das …" — the noun phrase (an article, adjectives,
  // the noun) follows a form of "to be" right after the actor, which the relative clause's
  // verb then has for its subject.
  const Actor* predicated_of(std::size_t r) const {
    constexpr std::size_t kLongestPhrase = 5;
    bool article = false;
    for (std::size_t k = r; k-- > 0 && r - k <= kLongestPhrase;) {
      if (s_.link[k + 1] == Link::other && !(k + 1 == r && comma_before(r))) return nullptr;
      if (in_actor(k) || facts_[k].verbs) return nullptr;
      if (in<&RelationLexicon::articles>(k)) {
        article = true;
        continue;
      }
      if (!in<&RelationLexicon::auxiliaries>(k) || !article || k == 0) continue;
      for (const Actor* a : ending_at(k)) {
        if (usable(*a) && a->role == Role::none) return a;
      }
      return nullptr;
    }
    return nullptr;
  }

  // Only the subject(s) of the verb at j.
  std::vector<const Actor*> subjects(std::size_t j, std::size_t cb, std::size_t ce) {
    return subject_object(j, cb, ce).first;
  }

  // Subject(s) and a bare object of the verb at j, by word order.
  std::pair<std::vector<const Actor*>, const Actor*> subject_object(std::size_t j, std::size_t cb,
                                                                    std::size_t ce,
                                                                    bool modifiers_as_objects = false) {
    // a Dutch or German zu/te-infinitive has no subject of its own
    const bool infinitive = rl_.lang != "en" && zu_infinitive(j);
    if (infinitive) cb = infinitive_subject_clause(j, cb);
    std::vector<const Actor*> before, after;
    for (const Actor& a : actors_) {
      if (!usable(a) || a.w0 < cb || a.w1 > ce) continue;
      if (a.role != Role::none && !(modifiers_as_objects && a.w0 > j)) continue;
      if (a.modifier && !(modifiers_as_objects && a.w0 > j)) continue;
      (a.w1 <= j ? before : after).push_back(&a);
    }
    std::vector<const Actor*> subj;
    const Actor* obj = nullptr;
    const bool v2 = rl_.lang != "en";
    if (infinitive) {
      if (const std::optional<std::size_t> c = object_control_before(j, cb)) {
        // "Die Ukraine bat Deutschland, … zu liefern": the object of the verb of asking
        std::vector<const Actor*> objects;
        for (const Actor* a : before) {
          if (a->w0 > *c) objects.push_back(a);
        }
        if (objects.empty()) return {};  // ("bat darum, … zu liefern": no one named)
        subj = coordinated(objects.front(), objects);
        const Actor* next = first_not_in(objects, subj);
        return {subj, next ? next : (after.empty() ? nullptr : after.front())};
      }
    }
    // a relative clause between the subject and its verb: its actors are not the verb's
    // ("Britain, which builds the jets with Germany, Italy and Spain, wants to sell …",
    // "Deutschland, das selbst Panzer von Polen kauft, liefert …")
    std::size_t relative_end = 0;
    bool subject_before_relative = false;
    if (!before.empty() && !infinitive) {
      if (const auto r = enclosed_relative(before.front()->w1, j)) {
        std::erase_if(before, [&](const Actor* a) { return a->w0 >= r->first && a->w1 <= r->second; });
        relative_end = r->second;
        subject_before_relative = r->second == j && !before.empty() && before.back()->w1 == r->first;
      }
    }
    // Verb second: something other than the subject comes first, the subject follows the verb.
    const bool actor_right_before =
        subject_before_relative ||
        (!before.empty() && before.back()->w1 + 2 >= j && no_content_between(before.back()->w1, j));
    // (a comma after the verb ends its clause: ", sagte Xi Jinping" names a speaker, no subject)
    if (v2 && !actor_right_before && !after.empty() && after.front()->w0 <= j + 2 && finite_position(j, cb) &&
        !comma_in(j + 1, after.front()->w0 + 1)) {
      subj = coordinated(after.front(), after);
      return {subj, first_not_in(after, subj)};
    }
    if (before.empty() && cb > 0 && in<&RelationLexicon::relative_pronouns>(cb - 1)) {
      // "Iran, dat er … wil produceren": the antecedent right before the comma, or the pronoun
      // of a restrictive clause ("een Nederlands bedrijf dat onderdelen … exporteerde")
      for (const Actor& a : actors_) {
        if (usable(a) && a.w1 + 1 == cb) before.push_back(&a);
      }
    }
    if (before.empty() && cb > 0 && in<&RelationLexicon::relative_pronouns>(cb - 1)) {
      if (const Actor* a = predicated_of(cb - 1)) before.push_back(a);
    }
    if (before.empty() && cb > 1 && in<&RelationLexicon::relative_pronouns>(cb - 1)) {
      if (const Actor* a = genitive_of_state_noun(cb - 2)) before.push_back(a);
    }
    // an English relative clause without its pronoun whose subject is a pronoun ("thanked Germany
    // for the IRIS-T systems it delivered"): whom it stands for is not said among several
    if (!v2 && before.size() > 1 && contact_relative(j, before.back()->w1)) return {};
    // "Rheinmetall chief Armin Papperger said his country would send …": a state the resolver
    // could not name ("his country", "sein Land") is the subject, not an actor before it
    if (!before.empty() && unnamed_state_between(before.back()->w1, j)) return {};
    if (!before.empty()) {
      // reported speech: "X sagte, Russland habe … eingeführt" — the subject follows the comma;
      // not so an infinitive's clause, whose actors are objects and whose subject is the one
      // before ("Deutschland versprach, der Ukraine Panzer zu liefern")
      std::size_t last_comma = 0;  // (not one within a list: "Germany, France and Italy delivered")
      for (std::size_t k = before.front()->w1; k < j && !infinitive; ++k) {
        if (comma_before(k) && !listed_at(k)) last_comma = k;
      }
      if (last_comma > 0 && last_comma != relative_end) {
        std::vector<const Actor*> rest;
        for (const Actor* a : before) {
          if (a->w0 >= last_comma) rest.push_back(a);
        }
        if (!rest.empty()) before = rest;
      }
      // English is no verb-final language: an actor right before the verb that no list joins to
      // the actors before it is the verb's subject ("Hungary blocked EU funds …": EU funds)
      // — or with an auxiliary or an adverb between ("said North Korea has shipped …")
      if (!v2 && before.size() > 1 && auxiliaries_only_between(before.back()->w1, j)) {
        std::size_t k = before.back()->w0;
        while (k > 0 && in<&RelationLexicon::articles>(k - 1)) --k;
        if (k > 0 && !in<&RelationLexicon::coordinators>(k - 1) && !comma_before(k)) before = {before.back()};
      }
      subj = coordinated(before.front(), before);
      // verb-final double object: "nadat China Wit-Rusland assemblagelijnen verkocht"
      obj = first_not_in(before, subj);
      if (!obj && !after.empty()) obj = after.front();
      return {subj, obj};
    }
    // English is no verb-second language: a subject does not follow its verb ("it will
    // contribute …" has a pronoun subject, not the next actor)
    if (!after.empty() && v2) {
      subj = coordinated(after.front(), after);
      obj = first_not_in(after, subj);
    }
    if (subj.empty()) subj = elided_subject(j, cb);
    if (subj.empty()) {
      subj = speaker_of_pronoun(j, cb);
      if (!subj.empty() && !obj && !after.empty()) obj = after.front();  // ("it had shipped X")
    }
    return {subj, obj};
  }

  // "Germany said that it will send tanks": a pronoun that opens a clause said, before an
  // auxiliary or the verb at j itself, stands for the speaker, the subject of the verb of saying
  // before the complementizer.
  std::vector<const Actor*> speaker_of_pronoun(std::size_t j, std::size_t cb) {
    if (cb < 2 || cb >= j || !in<&RelationLexicon::complementizers>(cb - 1) ||
        !in<&RelationLexicon::attribution_verbs>(cb - 2) || !in<&RelationLexicon::pronouns>(cb))
      return {};
    if (cb + 1 != j && !in<&RelationLexicon::auxiliaries>(cb + 1)) return {};
    const std::size_t said = cb - 2;
    const std::size_t sb = clause(said).first;
    std::vector<const Actor*> bare;
    for (const Actor& a : actors_) {
      if (usable(a) && a.role == Role::none && !a.modifier && a.w0 >= sb && a.w1 <= said) bare.push_back(&a);
    }
    if (bare.empty()) return {};
    return coordinated(bare.front(), bare);
  }

  // Whether the sentence says it is its subject's own account ("nach eigenen Angaben", "naar
  // eigen zeggen", "by its own account").
  bool own_account() const {
    if (own_account_ < 0) {
      own_account_ = 0;
      for (std::size_t k = 0; k < s_.folded.size(); ++k) {
        if (rl_.own_account.longest(s_.folded, k, [](std::size_t) { return true; })) {
          own_account_ = 1;
          break;
        }
      }
    }
    return own_account_ != 0;
  }

  // Whether the actor `id` is named within three words of a speaker's verb, as who speaks
  // ("Iran said", "Iran's foreign minister said", "sagte der iranische Außenminister").
  bool speaks(std::string_view id) const {
    if (!speakers_known_) {
      // (the speakers found once for the sentence: a list of thousands denied asks for each)
      constexpr std::size_t kSpeakerReach = 3;
      for (std::size_t k = 0; k < s_.words.size(); ++k) {
        if (!in<&RelationLexicon::attribution_verbs>(k)) continue;
        for (std::size_t w = k >= kSpeakerReach ? k - kSpeakerReach : 0; w <= k + kSpeakerReach; ++w) {
          for (const Actor* a : w <= k ? ending_at(w) : starting_at(w)) speakers_.push_back(a->id);
        }
      }
      std::sort(speakers_.begin(), speakers_.end());
      speakers_known_ = true;
    }
    return std::binary_search(speakers_.begin(), speakers_.end(), id);
  }

  // Where the clause before ends, if the clause [cb, …) of the verb at j shares its subject: it
  // follows a conjunction with its verb (one adverb between at most: "but eventually delivered",
  // "and has sent"; not "en beide landen bouwen"), or in German and Dutch opens with its finite
  // verb after a comma; else 0.
  std::size_t coordinated_clause_after(std::size_t j, std::size_t cb) const {
    if (cb > 1 && j >= cb &&
        (in<&RelationLexicon::coordinators>(cb - 1) || in<&RelationLexicon::clause_breaks>(cb - 1))) {
      std::size_t other = 0;  // words before the verb that are no verb form or auxiliary
      for (std::size_t k = cb; k < j; ++k) {
        // (nor in German and Dutch, whose verb ends the clause, a governed phrase: "und an Kiew
        // übergeben", "en aan Oekraïne geleverd")
        if (rl_.lang != "en" &&
            (preposition_role_at(k) || in<&RelationLexicon::articles>(k) || governed_word(k)))
          continue;
        if (!facts_[k].verbs && !in<&RelationLexicon::auxiliaries>(k)) ++other;
      }
      return other <= 1 ? cb - 1 : 0;
    }
    if (rl_.lang != "en" && j == cb && cb > 0 && comma_before(cb)) return cb;
    return 0;
  }

  // Whether word k is in an actor a preposition governs.
  bool governed_word(std::size_t k) const {
    constexpr std::size_t kLongestName = 8;
    if (!in_actor(k)) return false;
    for (std::size_t m = k + 1; m-- > 0 && k - m < kLongestName;) {
      for (const Actor* a : starting_at(m)) {
        if (a->w1 > k && a->role != Role::none) return true;
      }
    }
    return false;
  }

  // The subject a coordinated clause leaves out, that of the clause before: "Germany hesitated
  // for months, but eventually delivered …", "Turkije veroordeelde de oorlog, maar leverde …",
  // and in German and Dutch a clause that opens with its finite verb after a comma ("Die Türkei
  // verurteilte den Krieg, lieferte aber …"). Empty where the clause follows no conjunction.
  std::vector<const Actor*> elided_subject(std::size_t j, std::size_t cb) {
    const std::size_t end = coordinated_clause_after(j, cb);  // where the clause before ends
    if (end == 0) return {};
    const std::size_t begin = clause(end - 1).first;
    std::vector<const Actor*> bare;
    for (const Actor& a : actors_) {
      if (usable(a) && a.role == Role::none && !a.modifier && a.w0 >= begin && a.w1 <= end)
        bare.push_back(&a);
    }
    if (bare.empty()) {
      // a passive's agent, which a coordinated participle shares: "Die Panzer waren von Polen
      // bezahlt und an Kiew übergeben worden", "were repaired by Poland and sent to Ukraine"
      const std::size_t ce = clause(j).second;
      bool passive = false;
      for (std::size_t k = begin; k < ce && !passive; ++k) passive = in<&RelationLexicon::passive_aux>(k);
      for (const Actor& a : actors_) {
        if (passive && usable(a) && a.role == Role::agent && !a.modifier && a.w0 >= begin && a.w1 <= end)
          bare.push_back(&a);
      }
    }
    if (bare.empty()) return {};
    return coordinated(bare.front(), bare);
  }

  // "Iran en Noord-Korea", "Russland und Nordkorea": actors joined by a coordinator.
  std::vector<const Actor*> coordinated(const Actor* first, const std::vector<const Actor*>& list) {
    std::vector<const Actor*> out{first};
    // "Nederland gaat samen met Denemarken … leveren": a comitative adds a co-actor
    for (const Actor& a : actors_) {
      if (a.attribution || a.modifier || a.w0 < 2 || a.w0 <= first->w0 || a.w0 > first->w1 + 4) continue;
      // (not in a relative clause after it: "Britain, which builds the jets together with Germany")
      bool relative = false;
      for (std::size_t k = first->w1; k < a.w0 && !relative; ++k)
        relative = in<&RelationLexicon::relative_pronouns>(k);
      for (std::size_t len = 2; len <= 3 && len <= a.w0 && !relative; ++len) {
        if (rl_.comitatives.find(std::span(s_.folded).subspan(a.w0 - len, len)) != WordTrie::kNone) {
          // with each of a list ("samen met Zweden, Finland en Litouwen")
          for_coordinated(&a, [&](const Actor* c) {
            if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
          });
          break;
        }
      }
    }
    const Actor* cur = first;
    for (const Actor* a : list) {
      if (a->w0 <= cur->w0) continue;
      // (past articles: "Germany and the Netherlands")
      std::size_t k = a->w0;
      while (k > cur->w1 + 1 && in<&RelationLexicon::articles>(k - 1)) --k;
      if ((k == cur->w1 + 1 && in<&RelationLexicon::coordinators>(cur->w1)) || a->conj == cur) {
        out.push_back(a);
        cur = a;
      }
    }
    return out;
  }

  // The first of `list` that is not in `subjects`.
  static const Actor* first_not_in(const std::vector<const Actor*>& list,
                                   std::vector<const Actor*> subjects) {
    std::sort(subjects.begin(), subjects.end(), std::less<>());
    for (const Actor* a : list) {
      if (!std::binary_search(subjects.begin(), subjects.end(), a, std::less<>())) return a;
    }
    return nullptr;
  }

  bool no_content_between(std::size_t a, std::size_t b) const {
    // only auxiliaries, adverbs and negations (lower-case short words) between subject and verb
    for (std::size_t k = a; k < b; ++k) {
      if (s_.tokens[s_.words[k]].upper) return false;
    }
    return b - a <= 2;
  }

  // Whether the words [a, b) are at most two auxiliaries or lower-case adverbs, and nothing that
  // could be a subject or open a phrase ("has", "reportedly had"; not "it would", "to", "in").
  bool auxiliaries_only_between(std::size_t a, std::size_t b) const {
    if (a > b || b - a > 2) return false;
    for (std::size_t k = a; k < b; ++k) {
      if (in<&RelationLexicon::auxiliaries>(k)) continue;
      if (s_.tokens[s_.words[k]].upper || in<&RelationLexicon::pronouns>(k) ||
          in<&RelationLexicon::infinitive_markers>(k) || preposition_role_at(k) ||
          in<&RelationLexicon::articles>(k) || in<&RelationLexicon::coordinators>(k) ||
          in<&RelationLexicon::relative_pronouns>(k) || in<&RelationLexicon::complementizers>(k) ||
          facts_[k].verbs)
        return false;
    }
    return true;
  }

  // The verb stands where a finite verb of a main clause stands: not first in its clause
  // and not at its end (Dutch and German put the subordinate verb last).
  bool finite_position(std::size_t j, std::size_t cb) const { return j > cb; }

  // Does a new clause start at word k? Conjunctions always; a complementizer when an actor
  // follows ("informatie dat China …"); a relative pronoun after a comma ("…, die door …").
  // Asked again and again while clauses are delimited: each word's answer is kept.
  bool clause_start(std::size_t k) const { return clause_start_kind(k) != ClauseStart::none; }
  // Whether word k is a lower-case word of no verb, actor or preposition right before a
  // contrasting conjunction: an adverb that opens the contrast ("wohl aber", "dafür aber").
  bool adverb_before_contrast(std::size_t k) const {
    return k + 1 < s_.words.size() && rl_.contrast_markers.contains(s_.folded[k + 1]) &&
           s_.link[k + 1] == Link::space && !s_.tokens[s_.words[k]].upper && !in_actor(k) &&
           !facts_[k].verbs && !preposition_role_at(k) && !rl_.contrast_markers.contains(s_.folded[k]);
  }

  // Does a main clause coordinated with the one before start at word k (after ";", a
  // coordinator or a comma alone, with its own subject)? Not a subordinate one.
  bool coordinate_start(std::size_t k) const { return clause_start_kind(k) == ClauseStart::coordinate; }
  enum class ClauseStart : std::int8_t { unknown = -1, none, subordinate, coordinate };
  ClauseStart clause_start_kind(std::size_t k) const {
    auto& known = clause_starts_[k];
    if (known < 0) known = static_cast<std::int8_t>(find_clause_start(k));
    return static_cast<ClauseStart>(known);
  }
  ClauseStart find_clause_start(std::size_t k) const {
    if (punct_before(k, ";") || punct_before(k, ":")) return ClauseStart::coordinate;
    if (comma_before(k) && asyndetic_clause_at(k)) return ClauseStart::coordinate;
    if (in_actor(k)) return ClauseStart::none;
    if (in<&RelationLexicon::coordinators>(k) && comma_before(k))
      return ClauseStart::coordinate;  // "…, en beide landen bouwen …"
    if (comma_before(k) && adverb_before_contrast(k)) return ClauseStart::coordinate;  // "…, wohl aber …"
    // "«…», zegt analist X van Y", "…, sagte der Minister": the clause that names the speaker
    if (comma_before(k) && in<&RelationLexicon::attribution_verbs>(k)) return ClauseStart::coordinate;
    if (comma_before(k) && closes_relative(k)) return ClauseStart::subordinate;  // "…, das … kauft, liefert"
    if (in<&RelationLexicon::coordinators>(k) && k > 0) {
      // "… a partner and Russia now also sells …"; after an actor a preposition governs, the
      // verb must follow the next actor right away ("from Iran and Belarus supplies"), else the
      // two are one phrase ("from Iran and Belarus")
      const bool governed = governed_actor_ends_at(k);
      if ((governed || !in_actor(k - 1)) && coordinated_clause(k + 1, governed ? 0 : 2))
        return ClauseStart::coordinate;
      if ((governed || !in_actor(k - 1)) && own_clause_at(k + 1)) return ClauseStart::coordinate;
    }
    // "…, but Poland reportedly sent …", "…, aber Polen …", "…, maar Polen …": a contrast after a
    // comma joins two main clauses (each with its own hedges)
    if (in<&RelationLexicon::clause_breaks>(k) && comma_before(k) &&
        rl_.contrast_markers.contains(s_.folded[k]) && subject_and_verb_after(k))
      return ClauseStart::coordinate;
    if (in<&RelationLexicon::clause_breaks>(k) && conjunction_at(k)) return ClauseStart::subordinate;
    if (in<&RelationLexicon::relative_pronouns>(k) && comma_before(k)) return ClauseStart::subordinate;
    // "…, some of which are to be assembled …", "…, von denen einige …": after a comma, a
    // preposition (a quantifier before it); not a pronoun that is also an article ("…, hat in den
    // vergangenen Jahren")
    if (in<&RelationLexicon::relative_pronouns>(k) && !in<&RelationLexicon::articles>(k) && k >= 2 &&
        in<&RelationLexicon::prepositions>(k - 1) &&
        (comma_before(k - 1) || (k >= 3 && comma_before(k - 2) && !in_actor(k - 2))))
      return ClauseStart::subordinate;
    if (in<&RelationLexicon::relative_pronouns>(k) && restrictive_relative(k))
      return ClauseStart::subordinate;
    // (after a preposition the word is a demonstrative: "in de zomer van dat jaar aan Ankara")
    // after a verb of saying it opens the clause said, whatever its subject ("Seoul said that the
    // North has sent …": no supply of Seoul's)
    if (in<&RelationLexicon::complementizers>(k) && k > 0 && in<&RelationLexicon::attribution_verbs>(k - 1))
      return ClauseStart::subordinate;
    if (in<&RelationLexicon::complementizers>(k) && !(k > 0 && preposition_role_at(k - 1))) {
      for (std::size_t m = k + 1; m < s_.words.size() && m <= k + 3; ++m) {
        if (is_actor_word(m)) return ClauseStart::subordinate;
      }
    }
    return ClauseStart::none;
  }

  // A clause joined by a comma alone to one with a verb before it: "Russia supplied weapons to
  // Syria, Iran supplied drones to Russia". Its subject, an actor (after an article at most),
  // stands right before a verb of the lexicon.
  bool asyndetic_clause_at(std::size_t k) const {
    std::size_t m = k;
    if (m < s_.words.size() && in<&RelationLexicon::articles>(m)) ++m;
    return coordinated_clause(m, 0) && first_verb() < k;
  }
  // The first verb of the lexicon in the sentence outside a name (asked once); the word count
  // when there is none.
  std::size_t first_verb() const {
    if (first_verb_ == kNoWord) {
      first_verb_ = s_.words.size();
      for (std::size_t v = 0; v < s_.words.size(); ++v) {
        if (!in_actor(v) && facts_[v].verbs) {
          first_verb_ = v;
          break;
        }
      }
    }
    return first_verb_;
  }

  // Whether the clause-break word at k joins a clause: first in the sentence, after punctuation,
  // or before the clause's subject (an actor or a pronoun, after an article at most). Else it
  // is an adverb or a preposition of the same spelling: "so far", "since 2022", "mehr als 100",
  // "als erstes Land", "während des Krieges", "hat jedoch geliefert".
  // Whether the words after k, up to the next punctuation, hold a subject (an actor or a
  // pronoun) and a verb: a clause of its own ("…, but Poland reportedly sent …"), not a remnant
  // that shares the clause before ("…, maar wel onderdelen").
  bool subject_and_verb_after(std::size_t k) const {
    bool subject = false;
    for (std::size_t m = k + 1; m < s_.words.size() && s_.link[m] != Link::other; ++m) {
      if ((in_actor(m) && !word_is(m, kModifier)) || in<&RelationLexicon::pronouns>(m)) {
        subject = true;
      } else if (subject && (facts_[m].verbs || in<&RelationLexicon::auxiliaries>(m) ||
                             in<&RelationLexicon::passive_aux>(m))) {
        return true;
      }
    }
    return false;
  }

  bool conjunction_at(std::size_t k) const {
    if (k == 0 || s_.link[k] == Link::other) return true;
    std::size_t m = k + 1;
    if (m < s_.words.size() && in<&RelationLexicon::articles>(m) && !in<&RelationLexicon::pronouns>(m)) ++m;
    return m < s_.words.size() && (in_actor(m) || is_modifier_word(m) || in<&RelationLexicon::pronouns>(m));
  }

  // An actor at word k followed by a verb the lexicon knows, with at most `reach` words
  // between ("Russia now also sells"): a clause with its own subject after a coordinator.
  // (Dutch and German end a clause with its participle or infinitive: a verb that closes the
  // sentence or meets punctuation right after the actor is the clause's own, "heeft tanks uit
  // Nederland en Denemarken ontvangen.")
  bool coordinated_clause(std::size_t k, std::size_t reach) const {
    const std::size_t n = s_.words.size();
    if (k >= n || !in_actor(k)) return false;
    std::size_t m = k;
    while (m < n && in_actor(m)) ++m;
    for (std::size_t v = m; v < n && v <= m + reach; ++v) {
      if (clause_verb_at(v) || plan_verb_at(v)) return v > m || !clause_final_verb(v);
      if (s_.tokens[s_.words[v]].upper || in_actor(v)) return false;
    }
    return false;
  }

  // Whether the verb at v closes a Dutch or German clause (the sentence ends or punctuation
  // follows): its participle or infinitive, "heeft tanks uit Nederland en Denemarken ontvangen".
  bool clause_final_verb(std::size_t v) const {
    return rl_.lang != "en" && (v + 1 >= s_.words.size() || s_.link[v + 1] == Link::other);
  }

  // An actor at word m followed by an auxiliary of the active voice and, before any punctuation,
  // a verb the lexicon knows: a clause of its own, even after a coordinator that follows a
  // governed actor ("… to Ukraine and Poland has also sent tanks", "… aan Oekraïne en Polen
  // heeft ook tanks gestuurd"). A passive auxiliary keeps the list ("weapons from Iran and
  // Belarus were delivered"), as does a verb of no relation ("… en Polen heeft vertraging
  // opgelopen"); the callers keep a subject's ("Neither France nor Germany has delivered").
  bool own_clause_at(std::size_t m) const {
    constexpr std::size_t kReach = 8;
    const std::size_t n = s_.words.size();
    if (m >= n || !in_actor(m)) return false;
    std::size_t e = m;
    while (e < n && in_actor(e)) ++e;
    if (e >= n || s_.link[e] == Link::other || !in<&RelationLexicon::auxiliaries>(e) ||
        in<&RelationLexicon::passive_aux>(e)) {
      return false;
    }
    for (std::size_t v = e + 1; v < n && v <= e + kReach; ++v) {
      if (s_.link[v] == Link::other || in<&RelationLexicon::passive_aux>(v)) return false;
      if (!in_actor(v) && clause_verb_at(v)) return true;
    }
    return false;
  }

  // A verb the relation rules know at word v: one of a relation, or one that governs a supply
  // noun ("approved", "unterzeichnete", "tekende").
  bool clause_verb_at(std::size_t v) const {
    return facts_[v].verbs || rl_.noun_governors.trie.longest(s_.folded, v, [](std::size_t) { return true; });
  }

  // A verb that opens a cue phrase of a plan or a denial at word v ("agreed to", "plans to",
  // "denied"); not an auxiliary, which may follow a list that is a subject ("the delivery to
  // Ukraine and Poland is set to begin"), nor a plan's one word ("soon", "order").
  bool plan_verb_at(std::size_t v) const {
    if (in<&RelationLexicon::auxiliaries>(v)) return false;
    const auto any = [](std::size_t) { return true; };
    const auto planned = rl_.planned.trie.longest(s_.folded, v, any);
    return (planned && planned->length >= 2) || rl_.denied.trie.longest(s_.folded, v, any).has_value();
  }

  // Whether an actor that a preposition governs ends right before word k.
  bool governed_actor_ends_at(std::size_t k) const {
    const auto before = ending_at(k);
    return std::any_of(before.begin(), before.end(), [](const Actor* a) { return a->role != Role::none; });
  }

  std::pair<std::size_t, std::size_t> clause(std::size_t j) const {
    if (clause_j_ != j) {
      clause_j_ = j;
      clause_ = find_clause(j);
    }
    return clause_;
  }
  std::pair<std::size_t, std::size_t> find_clause(std::size_t j) const {
    std::size_t cb = 0, ce = s_.words.size();
    for (std::size_t k = j; k-- > 0;) {
      if (clause_start(k)) {
        // a relative clause after an actor, closed before j: the clause goes on around it
        // ("Deutschland, das selbst Panzer kauft, liefert …", "Britain, which builds …, wants to")
        if (comma_before(k) && closes_relative(k)) {
          k = relative_opening(k);
          continue;
        }
        const std::size_t o = k > 0 && preposition_role_at(k - 1) && comma_before(k - 1) ? k - 1 : k;
        if (in<&RelationLexicon::relative_pronouns>(k) && comma_before(o) && ends_at_actor(o)) {
          if (const auto r = enclosed_relative(o, j); r && r->first == o) {
            k = o;
            continue;
          }
        }
        cb = in_actor(k) ? k : k + 1;  // (a clause's subject after ";" or a comma is in it)
        break;
      }
    }
    for (std::size_t k = j + 1; k < s_.words.size(); ++k) {
      if (clause_start(k)) {
        ce = k;
        break;
      }
    }
    // a fronted clause ends at the comma before a verb-second verb — unless the commas
    // enclose an apposition or a relative clause ("Rheinmetall, een Duitse wapenfabrikant,
    // levert …", "Deutschland, das selbst Panzer kauft, liefert …")
    if (j > 0 && s_.link[j] == Link::other && comma_before(j)) {
      std::size_t p = j - 1;
      while (p > cb && !comma_before(p)) --p;
      const bool apposition = p > cb && comma_before(p) && in<&RelationLexicon::articles>(p);
      const bool relative =
          enclosed_relative(cb, j).has_value() && ends_at_actor(enclosed_relative(cb, j)->first);
      if (!apposition && !relative) cb = j;
    }
    return {cb, ce};
  }

  bool punct_before(std::size_t j, std::string_view p) const {
    const std::size_t t = s_.words[j];
    return t > 0 && s_.tokens[t - 1].kind == TokenKind::punct &&
           text_.substr(s_.tokens[t - 1].b, s_.tokens[t - 1].e - s_.tokens[t - 1].b) == p;
  }
  bool comma_before(std::size_t j) const { return punct_before(j, ","); }
  // An apostrophe right after the words [w0, w1): the possessive of a name ending in s
  // ("Mauritius' sale", "Belarus’ deliveries"), unless one opens the name ("'Belarus' is …").
  bool possessive_apostrophe(std::size_t w0, std::size_t w1) const {
    const std::size_t t = s_.words[w1 - 1] + 1;
    const std::size_t open = s_.words[w0];
    if (open > 0 && s_.tokens[open - 1].kind == TokenKind::apostrophe) return false;
    return t < s_.tokens.size() && s_.tokens[t].kind == TokenKind::apostrophe && !s_.tokens[t].space_before;
  }
  // A comma before any word of [from, to).
  bool comma_in(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < s_.words.size(); ++k) {
      if (comma_before(k)) return true;
    }
    return false;
  }

  // Whether the verbs the lexicon knows in [a, j) each stand right before a coordinator, with no
  // comma up to j: participles that share the verb at j's agent ("von Polen bezahlt und an Kiew
  // übergeben", "by Poland and sent to Ukraine" has none).
  bool participles_coordinated(std::size_t a, std::size_t j) const {
    bool any = false;
    for (std::size_t k = a; k < j; ++k) {
      if (comma_before(k + 1) && k + 1 <= j) return false;
      if (in_actor(k) || !facts_[k].verbs) continue;
      if (!in<&RelationLexicon::coordinators>(k + 1)) return false;
      any = true;
    }
    return any;
  }

  // Another verb the lexicon knows between words a and b (exclusive).
  bool verb_between(std::size_t a, std::size_t b) const {
    for (std::size_t k = a + 1; k < b; ++k) {
      if (!in_actor(k) && facts_[k].verbs) return true;
    }
    return false;
  }

  const VerbInfo* choose(const std::vector<VerbInfo>& verbs, std::size_t j) const {
    const VerbInfo* plain = nullptr;
    for (const VerbInfo& v : verbs) {
      if (v.particle.empty()) {
        // a verb of both directions ("lease", "leasen"): the lessor's where a recipient follows in
        // its clause ("Sweden leases jets to Hungary"), else the lessee's ("Hungary leases jets
        // from Sweden")
        if (plain && plain->kind != v.kind &&
            (v.kind == VerbKind::supply) == recipient_after(j, clause(j).second)) {
          plain = &v;
        }
        if (!plain) plain = &v;
        continue;
      }
      // the particle completes the verb later in the clause; in English right after it or
      // after a short object ("handed over the tanks", "handed them over", "took delivery of")
      const bool en = rl_.lang == "en";
      const std::size_t last =
          en ? std::min(s_.folded.size(), j + 1 + kEnglishParticleReach) : s_.folded.size();
      // (a separable prefix, or any particle of a verb that names no relation, must stand
      // where a particle does: "gab … bekannt, dass … ab 2025" is no "abgeben")
      const bool placed = en || (v.kind != VerbKind::unrelated && !v.separable);
      for (std::size_t k = j + 1; k + v.particle.size() <= last; ++k) {
        if (std::equal(v.particle.begin(), v.particle.end(),
                       s_.folded.begin() + static_cast<std::ptrdiff_t>(k)) &&
            (placed || particle_ends_phrase(k + v.particle.size())))
          return &v;
        // an English particle comes before any prepositional phrase after the verb: "took
        // Bakhmut after the delivery of …" is no "take delivery"
        if (en && (preposition_role_at(k) || in<&RelationLexicon::clause_breaks>(k))) break;
      }
      if (en) continue;  // (an English particle never comes before its verb)
      for (std::size_t k = j >= v.particle.size() + 3 ? j - v.particle.size() - 3 : 0;
           k + v.particle.size() <= j; ++k) {
        if (std::equal(v.particle.begin(), v.particle.end(),
                       s_.folded.begin() + static_cast<std::ptrdiff_t>(k)))
          return &v;
      }
    }
    return plain;
  }

  // Whether a recipient's preposition stands after word j, before word ce and any comma.
  bool recipient_after(std::size_t j, std::size_t ce) const {
    for (std::size_t k = j + 1; k < ce && !comma_before(k); ++k) {
      if (in<&RelationLexicon::recipient_preps>(k)) return true;
    }
    return false;
  }

  // Whether a Dutch or German particle that ends before word k stands where a particle does, at
  // the end of its clause's middle: at the sentence's end or a comma, or before a preposition,
  // a conjunction or a verb ("leverde de verdachte uit aan de VS", "maakte bekend dat"). Before a
  // noun phrase the word is a preposition: "leverde F-16's uit voorraad".
  bool particle_ends_phrase(std::size_t k) const {
    if (k >= s_.words.size() || s_.link[k] == Link::other) return true;
    if (in_actor(k)) return false;
    return preposition_role_at(k).has_value() || in<&RelationLexicon::complementizers>(k) ||
           in<&RelationLexicon::clause_breaks>(k) || in<&RelationLexicon::coordinators>(k) ||
           facts_[k].verbs != nullptr;
  }

  // a state adjective alone ("voor Russische militaire operaties") fills no role, unless it
  // marks the owner of a weapon after a recipient preposition ("voor het Russische Grad-systeem")
  bool usable(const Actor& a) const {
    return !a.attribution && (!a.modifier || (a.role == Role::recipient && modifies_item(a)));
  }

  // What stands at each word, from the mentions, once their modifier flags are final: the
  // word-position questions below are then answered in constant time.
  enum WordFlag : std::uint8_t {
    kActor = 1,
    kPerson = 2,
    kModifier = 4,
    kWeapon = 8,
    kWeaponStart = 16,
    kNounTrigger = 32,  // read as a noun of supply, purchase or order (set as the rules go)
  };
  void index_words() {
    word_flags_.assign(s_.words.size(), 0);
    clause_starts_.assign(s_.words.size(), -1);
    auto mark = [&](const Actor& a, std::uint8_t flag) {
      for (std::size_t k = a.w0; k < a.w1 && k < word_flags_.size(); ++k) word_flags_[k] |= flag;
    };
    for (const Actor& a : actors_) mark(a, a.modifier ? kActor | kModifier : kActor);
    for (const Actor& p : persons_) mark(p, kPerson);
    for (const Actor& w : weapons_) {
      mark(w, kWeapon);
      if (w.w0 < word_flags_.size()) word_flags_[w.w0] |= kWeaponStart;
    }
  }
  // The actors by the word they start at and by the word they end before, in the order of
  // actors_ among equals: "the actor right before word k" is a binary search, so a sentence
  // naming thousands of actors costs n log n, not n squared.
  void index_actors() {
    const std::size_t n = s_.words.size();
    by_start_.clear();
    for (Actor& a : actors_) by_start_.push_back(&a);
    by_end_.assign(by_start_.begin(), by_start_.end());
    // (the mentions come in the order of the text, so both are nearly always sorted already)
    auto sort_by = [n](std::vector<Actor*>& index, std::size_t Actor::*edge) {
      auto before = [n, edge](const Actor* a, const Actor* b) {
        return std::min(a->*edge, n) < std::min(b->*edge, n);
      };
      if (!std::is_sorted(index.begin(), index.end(), before))
        std::stable_sort(index.begin(), index.end(), before);
    };
    sort_by(by_start_, &Actor::w0);
    sort_by(by_end_, &Actor::w1);
  }
  std::span<Actor* const> starting_at(std::size_t w) const { return at_word(by_start_, &Actor::w0, w); }
  std::span<Actor* const> ending_at(std::size_t w) const { return at_word(by_end_, &Actor::w1, w); }
  std::span<Actor* const> at_word(const std::vector<Actor*>& index, std::size_t Actor::*edge,
                                  std::size_t w) const {
    const std::size_t n = s_.words.size();
    const std::size_t at = std::min(w, n);
    auto lo = std::lower_bound(index.begin(), index.end(), at,
                               [&](const Actor* a, std::size_t x) { return std::min(a->*edge, n) < x; });
    auto hi = std::upper_bound(lo, index.end(), at,
                               [&](std::size_t x, const Actor* a) { return x < std::min(a->*edge, n); });
    return {lo, hi};
  }

  // Once the roles are coordinated: each actor's list lead, and the actors coordinated with each
  // (by their conj, in the order of actors_) for coordinated_with().
  void index_lists() {
    by_conj_.clear();
    if (!any_conj_) return;
    for (Actor* a : by_start_) {  // (word order: a conj stands before what it is coordinated with)
      if (a->conj) a->lead = a->conj->lead ? a->conj->lead : a->conj;
    }
    for (const Actor& a : actors_) {
      if (a.conj) by_conj_.push_back(&a);
    }
    std::stable_sort(by_conj_.begin(), by_conj_.end(), [](const Actor* a, const Actor* b) {
      return std::less<const Actor*>()(a->conj, b->conj);
    });
  }
  std::span<const Actor* const> coordinated_with(const Actor* head) const {
    const std::less<const Actor*> less;
    auto lo = std::lower_bound(by_conj_.begin(), by_conj_.end(), head,
                               [&](const Actor* a, const Actor* h) { return less(a->conj, h); });
    auto hi = std::upper_bound(lo, by_conj_.end(), head,
                               [&](const Actor* h, const Actor* a) { return less(h, a->conj); });
    return {lo, hi};
  }

  bool word_is(std::size_t j, std::uint8_t flags) const {
    return j < word_flags_.size() && (word_flags_[j] & flags) != 0;
  }

  bool in_actor(std::size_t j) const { return word_is(j, kActor | kPerson); }

  const Actor* nearest(Role r, std::size_t j, std::size_t cb, std::size_t ce) const {
    const Actor* best = nullptr;
    std::size_t best_d = 0;
    for (const Actor& a : actors_) {
      if (a.role != r || !usable(a) || a.w0 < cb || a.w1 > ce) continue;
      const std::size_t d = a.w0 > j ? a.w0 - j : j - a.w1;
      if (!best || d < best_d) {
        best = &a;
        best_d = d;
      }
    }
    // (the nearest of a list stands for the list: "uit Nederland en Denemarken ontvangen")
    if (best && best->lead && best->lead->role == r && usable(*best->lead)) best = best->lead;
    return best;
  }

  const Actor* nearest_after(Role r, std::size_t j, std::size_t ce) const {
    for (const Actor& a : actors_) {
      if (a.role == r && usable(a) && a.w0 > j && a.w1 <= ce) return &a;
    }
    return nullptr;
  }

  // "from Denmark and the Netherlands", "an Polen und die Slowakei": an actor coordinated right
  // after one a preposition governs shares its role, unless a verb of the lexicon follows it
  // at once ("from Iran and Belarus supplies trucks …" opens a clause of its own).
  void coordinate_roles() {
    for (Actor& a : actors_) {
      if (a.role != Role::none && !a.modifier && !a.attribution) {
        repeated_preposition(a);
        continue;
      }
      if (a.role != Role::none || a.modifier || a.attribution) continue;
      std::size_t k = a.w0;
      while (k > 0 && in<&RelationLexicon::articles>(k - 1)) --k;
      // the actor before it ends before its coordinator, or before its comma in a list that a
      // coordinator closes ("to Ukraine, Poland and Azerbaijan")
      std::size_t before_end = 0;
      if (k >= 2 && in<&RelationLexicon::coordinators>(k - 1)) {
        before_end = k - 1;
        // a comma before the coordinator of two actors joins clauses, not a list ("bought tanks
        // from France, and Paris agreed to …", "an Polen, und Ungarn kaufte …"); a list's last
        // comma follows a comma before ("to Poland, Hungary, and Slovakia")
        if (comma_before(k - 1) && !listed_before(k - 1)) continue;
      } else if (k >= 1 && comma_before(k) && list_closes_after(a.w1, bare_before(k))) {
        before_end = k;
      } else {
        continue;
      }
      const auto before = ending_at(before_end);
      // the sources of a claim listed together: "Laut Kiew, Washington und Berlin liefert …"
      if (std::any_of(before.begin(), before.end(),
                      [&](const Actor* b) { return b != &a && b->attribution && !b->modifier; })) {
        a.attribution = true;
        continue;
      }
      // (a German or Dutch agent's list ends at the participle: "von Polen und Dänemark bezahlt
      // und … übergeben", "door Polen en Denemarken betaald")
      const bool agents = rl_.lang != "en" && std::any_of(before.begin(), before.end(), [&](const Actor* b) {
                            return b != &a && b->role == Role::agent;
                          });
      if (a.w1 < s_.words.size() && !clause_final_verb(a.w1) && !agents) {
        if (facts_[a.w1].verbs) continue;
        // (a verb that governs a supply noun or opens a plan: after a governed actor only, as a
        // subject's list goes on to it, "Germany and Poland approved the delivery")
        if ((clause_verb_at(a.w1) || plan_verb_at(a.w1)) && governed_actor_ends_at(before_end)) continue;
      }
      // "… to Ukraine and Poland has also sent": a governed actor's list ends before a clause
      if (before_end == k - 1 && governed_actor_ends_at(before_end) && own_clause_at(a.w0)) continue;
      for (const Actor* b : before) {
        // (a bare actor too: "supplied Ukraine and Moldova with tanks")
        const bool bare = b->role == Role::none && !b->modifier && !b->genitive;
        if (b != &a && (bare || b->role != Role::other) && !b->attribution) {
          // "to Ukraine and Spain 10 to Poland": the subject of a gapped clause, no second recipient
          if (b->role == Role::recipient && gapped_subject_of(a)) break;
          a.role = b->role;
          a.prep_at = b->prep_at;
          a.conj = b;
          any_conj_ = true;
          break;
        }
      }
    }
  }

  // Actors joined by a coordinator of disjunctions ("Iran or North Korea", "an die Ukraine oder
  // Russland", past articles): each is one of two, none said for certain.
  void mark_disjuncts() {
    for (Actor& a : actors_) {
      std::size_t k = a.w0;
      while (k > 0 && in<&RelationLexicon::articles>(k - 1)) --k;
      if (k < 2 || !in<&RelationLexicon::disjunctions>(k - 1)) continue;
      for (const Actor* b : ending_at(k - 1)) {
        if (b == &a || b->modifier || b->attribution) continue;
        a.disjunct = true;
        actors_[static_cast<std::size_t>(b - actors_.data())].disjunct = true;
        any_disjunct_ = true;
      }
    }
  }
  bool disjunct(std::string_view id) const {
    return std::any_of(actors_.begin(), actors_.end(),
                       [&](const Actor& a) { return a.disjunct && a.id == id; });
  }

  // "an Algerien und an Serbien", "to Poland and to Romania": an actor whose preposition
  // repeats the one of the actor right before the coordinator is in its list.
  void repeated_preposition(Actor& a) {
    const std::size_t p = a.prep_at;
    if (p < 2 || a.conj || !in<&RelationLexicon::coordinators>(p - 1)) return;
    std::size_t k = a.w0;
    while (k > p + 1 && in<&RelationLexicon::articles>(k - 1)) --k;
    if (k != p + 1) return;
    for (const Actor* b : ending_at(p - 1)) {
      if (b != &a && b->role == a.role && !b->attribution && !b->modifier &&
          s_.folded[b->prep_at] == s_.folded[p]) {
        a.conj = b;
        any_conj_ = true;
        return;
      }
    }
  }

  // Whether an actor ending right before word k is itself a member of a list after a comma.
  bool listed_before(std::size_t k) const {
    const auto before = ending_at(k);
    return std::any_of(before.begin(), before.end(), [&](const Actor* b) {
      std::size_t m = b->w0;
      while (m > 0 && in<&RelationLexicon::articles>(m - 1)) --m;
      return b->conj != nullptr && m > 0 && !in<&RelationLexicon::coordinators>(m - 1);
    });
  }

  // Whether an actor coordinated with one before it starts at word k, past articles.
  bool listed_at(std::size_t k) const {
    while (k < s_.words.size() && in<&RelationLexicon::articles>(k)) ++k;
    const auto here = starting_at(k);
    return std::any_of(here.begin(), here.end(), [](const Actor* a) { return a->conj != nullptr; });
  }

  // Whether the comma before word k closes a relative clause that a comma opened after an actor
  // or what is supplied ("Deutschland, das selbst Panzer kauft, liefert …", "Die Granaten, die
  // Tschechien eingekauft hat, sind …"): the main clause goes on at k.
  bool closes_relative(std::size_t k) const { return relative_opening(k) != kNoWord; }
  // Where that relative clause opens (its comma is before the word returned); kNoWord if the
  // comma before k closes none.
  std::size_t relative_opening(std::size_t k) const {
    for (std::size_t m = k; m-- > 0;) {
      if (!comma_before(m) || list_comma(m)) continue;
      const std::size_t p = preposition_role_at(m) ? m + 1 : m;
      const bool antecedent = ends_at_actor(m) || (m > 0 && (word_is(m - 1, kWeapon) || item_at(m - 1)));
      return p < k && in<&RelationLexicon::relative_pronouns>(p) && antecedent ? m : kNoWord;
    }
    return kNoWord;
  }

  // Whether the comma before word k joins actors of a list: an actor before it and one after it
  // (past articles), as in "with Germany, Italy and Spain".
  bool list_comma(std::size_t k) const {
    if (listed_at(k)) return true;
    std::size_t m = k;
    while (m < s_.words.size() && in<&RelationLexicon::articles>(m)) ++m;
    return ends_at_actor(k) && is_actor_word(m);
  }

  // Whether an actor ends right before word k.
  bool ends_at_actor(std::size_t k) const { return !ending_at(k).empty(); }

  // The words [o, c) of a relative clause set off by commas between word `from` and the verb
  // at j: it opens with a relative pronoun after a comma (after its preposition too: ", with
  // which", ", mit dem") and closes at the next comma that is no list's, at j at the latest.
  std::optional<std::pair<std::size_t, std::size_t>> enclosed_relative(std::size_t from,
                                                                       std::size_t j) const {
    for (std::size_t o = from; o < j; ++o) {
      if (!comma_before(o)) continue;
      const std::size_t p = preposition_role_at(o) ? o + 1 : o;
      if (p >= j || !in<&RelationLexicon::relative_pronouns>(p)) return std::nullopt;
      for (std::size_t c = p + 1; c <= j; ++c) {
        if (comma_before(c) && !list_comma(c)) return std::pair{o, c};
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  // Whether the actor that ends right before word k may head a list that is a clause's subject:
  // it is bare (no preposition governs it) or a claim's source ("Laut Kiew, Washington und Berlin").
  bool bare_before(std::size_t k) const {
    const auto before = ending_at(k);
    return !before.empty() && (before.front()->role == Role::none || before.front()->attribution);
  }

  // Whether a list of actors goes on at word k to a coordinator and a last actor: ", Qatar and
  // Azerbaijan", "und Aserbaidschan" (more actors after commas between).
  bool list_closes_after(std::size_t k, bool subject_list) const {
    const ListEnd end = list_end(k);
    return end == ListEnd::closes || (end == ListEnd::closes_before_verb && subject_list);
  }
  // How a list that goes on at word k ends. Each word the walk passes keeps the answer, so the
  // actors of a list of thousands walk it once between them.
  enum class ListEnd : std::int8_t { unknown = -1, open, closes, closes_before_verb };
  ListEnd list_end(std::size_t k) const {
    const std::size_t n = s_.words.size();
    if (list_ends_.size() != n) list_ends_.assign(n, ListEnd::unknown);
    std::vector<std::size_t> passed;
    ListEnd end = ListEnd::open;
    while (k < n) {
      if (list_ends_[k] != ListEnd::unknown) {
        end = list_ends_[k];
        break;
      }
      passed.push_back(k);
      const bool coordinator = in<&RelationLexicon::coordinators>(k);
      if (!coordinator && !comma_before(k)) break;
      std::size_t m = coordinator ? k + 1 : k;
      while (m < n && in<&RelationLexicon::articles>(m)) ++m;
      if (m >= n || !is_actor_word(m)) break;
      if (coordinator) {
        // (the list's last actor: a verb after it makes a subject of what follows the governed
        // actor, "to Russia, Iran and North Korea supply …")
        while (m < n && is_actor_word(m)) ++m;
        // (not a German or Dutch verb that ends its clause: "mit Deutschland, Italien und Spanien baut,")
        end = m < n && facts_[m].verbs && !clause_final_verb(m) && !comma_before(m)
                  ? ListEnd::closes_before_verb
                  : ListEnd::closes;
        break;
      }
      while (m < n && is_actor_word(m) && (m == k || !comma_before(m))) ++m;
      k = m;
    }
    for (const std::size_t p : passed) list_ends_[p] = end;
    return end;
  }

  // Calls f on an actor and on each coordinated with it ("from Denmark and the Netherlands"),
  // depth first, in the order of actors_ (a list of thousands is a chain that deep: no recursion).
  template <typename F>
  void for_coordinated(const Actor* head, F&& f) const {
    if (!any_conj_) {
      f(head);
      return;
    }
    std::vector<const Actor*> todo{head};
    while (!todo.empty()) {
      const Actor* a = todo.back();
      todo.pop_back();
      f(a);
      const auto next = coordinated_with(a);
      for (auto it = next.rbegin(); it != next.rend(); ++it) {
        if (usable(**it)) todo.push_back(*it);
      }
    }
  }

  // "assembled by Embraer's American partner": an English possessor before a noun that names
  // no party of its own (no actor, group, role, organisation, firm, weapon or item within the
  // next three words) is not the one the preposition governs.
  bool possessor_only(const Actor& a) const {
    if (!a.genitive || rl_.lang != "en") return false;
    constexpr std::size_t kHeadReach = 3;  // "Russia's | state arms exporter"
    const std::size_t n = s_.words.size();
    for (std::size_t k = a.w1; k < n && k < a.w1 + kHeadReach; ++k) {
      if ((in_actor(k) && !word_is(k, kModifier)) || in_weapon(k) || item_at(k)) return false;
      const WordFacts& f = s_.entries[k].lexicon;
      if (f.group_head || f.state_noun || lx_.roles.word(f.roles) || lx_.org_cues.word(f.org_cues) ||
          lx_.firm_cues.word(f.firm_cues)) {
        return false;
      }
      if (s_.link[k] == Link::other) break;
    }
    return true;
  }

  // The preposition before an actor, skipping articles and adjectives.
  void classify(Actor& a) {
    std::size_t k = a.w0;
    int skipped = 0;  // adjectives and nouns passed; articles are free
    while (k > 0 && skipped < 3) {
      if (s_.link[k] == Link::other) {
        // punctuation right before the actor or its article: no preposition governs it ("forderte
        // Deutschland auf, der Ukraine … zu liefern")
        if (k != a.w0 || !comma_before(k)) break;
        return;
      }
      const Token& t = s_.tokens[s_.words[k - 1]];
      if (k >= 2 && s_.entries[k - 2].lexicon.group_head && !in_actor(k - 2) &&
          !in<&RelationLexicon::recipient_preps>(k - 1)) {
        // "the government of Iran", "het leger van Rusland": the state itself (a name that ends
        // in such a noun is none: "to Saudi Arabian Military Industries by Germany")
        break;
      }
      if (const std::size_t m = member_list_at(k); m != kNoWord) {
        // "to several countries, including Pakistan", "…, among them Ukraine": the group's
        // preposition governs its members
        constexpr std::size_t kGroupReach = 4;
        for (std::size_t p = m; p-- > 0 && m - p <= kGroupReach;) {
          if (in_actor(p) || facts_[p].verbs) break;
          if (const auto role = preposition_role_at(p)) {
            a.role = *role;
            a.prep_at = p;
            break;
          }
        }
        break;
      }
      if (const auto role = preposition_role_at(k - 1)) {
        if (opens_cue_phrase(k - 1, a.w0)) break;  // "naar verluidt heeft China …": a fixed phrase
        if (opens_infinitive(k - 1)) break;        // "om Oekraïne tanks te leveren": an object
        if (infinitive_after(k - 1, a.w0)) {       // "weapons to fight Russia": the verb's object
          a.role = Role::other;
          a.prep_at = k - 1;
          break;
        }
        a.role = *role;
        a.prep_at = k - 1;
        break;
      }
      const bool adjective_actor = is_modifier_word(k - 1);
      // a relative pronoun after a noun ends the phrase: "uit inlichtingen die Chinese bedrijven";
      // German sets a relative clause off by a comma, and "der" after a noun without one is the
      // genitive's article ("Trotz der Kritik der EU liefert China …")
      // (an English one is never an article: "under which France was to supply Lebanon")
      if (rl_.lang == "en" && in<&RelationLexicon::relative_pronouns>(k - 1) &&
          !in<&RelationLexicon::articles>(k - 1))
        break;
      if (in<&RelationLexicon::relative_pronouns>(k - 1) && k >= 2 && !preposition_role_at(k - 2) &&
          (rl_.lang != "de" || comma_before(k - 1)))
        break;
      if (in<&RelationLexicon::articles>(k - 1)) {
        --k;
        continue;
      }
      // German capitalises nouns: "an die russische Söldnertruppe Wagner"
      const bool noun = rl_.lang == "de" && t.upper && !is_actor_word(k - 1);
      // (no phrase runs across a finite auxiliary: "Im Januar hat Rumänien …")
      // (a span of time ends a phrase: "For decades Vietnam has bought …", "Seit Jahren liefert")
      if (in<&RelationLexicon::time_nouns>(k - 1)) break;
      if (adjective_actor ||
          ((!t.upper || noun) && !t.digit && skipped < 2 && !facts_[k - 1].verbs &&
           !in<&RelationLexicon::coordinators>(k - 1) && !in<&RelationLexicon::auxiliaries>(k - 1))) {
        // (a hyphened compound is one word: "van het Duits-Franse concern KNDS")
        if (s_.link[k] != Link::hyphen) ++skipped;
        --k;
        continue;
      }
      break;
    }
    // the source of a claim: "volgens (de Amerikaanse nieuwszender) CNN", "laut Kyiv Independent"
    std::size_t b = a.w0;
    bool described = false;  // an organisation noun passed: "the news agency Reuters"
    for (int steps = 0; b > 0 && steps < 5; ++steps) {
      if (in<&RelationLexicon::attribution_ends>(b - 1)) {  // (the word such a phrase ends with)
        for (std::size_t len = 1; len <= 3 && len <= b; ++len) {
          if (phrase_before(rl_.attribution_before, b, len)) {
            a.attribution = true;
            return;
          }
        }
      }
      const bool org_noun = lx_.org_cues.word(s_.entries[b - 1].lexicon.org_cues) != nullptr;
      const bool passable = in<&RelationLexicon::articles>(b - 1) || is_modifier_word(b - 1) || org_noun ||
                            (described && describing_word(b - 1));
      if (!passable) break;
      described = described || org_noun;
      --b;
    }
    // "schrijft de Wall Street Journal", "Politico meldde", "Reuters reported"
    if (a.type == EntityType::organization) {
      std::size_t k2 = a.w0;
      while (k2 > 0 && in<&RelationLexicon::articles>(k2 - 1)) --k2;
      const bool verb_before = k2 > 0 && in<&RelationLexicon::attribution_verbs>(k2 - 1);
      const bool verb_after = a.w1 < s_.words.size() && in<&RelationLexicon::attribution_verbs>(a.w1);
      if (verb_before || verb_after) a.attribution = true;
    }
  }

  // A lower-case word before the organisation noun of the phrase that describes a claim's
  // source ("according to the news agency Reuters"): no verb, no preposition, joined to the
  // next word by a space (a comma or a quote mark ends the phrase).
  bool describing_word(std::size_t k) const {
    const Token& t = s_.tokens[s_.words[k]];
    return !t.upper && !t.digit && k + 1 < s_.words.size() && s_.link[k + 1] == Link::space &&
           !facts_[k].verbs && !preposition_role_at(k) && !in<&RelationLexicon::coordinators>(k) &&
           !in<&RelationLexicon::clause_breaks>(k);
  }

  // An adjective actor right before an item noun or a weapon ("Russische Grad-systeem").
  bool modifies_item(const Actor& a) const {
    if (a.w1 >= s_.words.size()) return false;
    if (word_is(a.w1, kWeaponStart)) return true;
    if (rl_.items.word(facts_[a.w1].items) != nullptr) return true;
    // (one of two adjectives joined: "Amerikaanse en Franse wapens", "russische und chinesische Drohnen")
    if (!in<&RelationLexicon::coordinators>(a.w1)) return false;
    for (const Actor* b : starting_at(a.w1 + 1)) {
      if (b->modifier && b->w1 < s_.words.size() &&
          (word_is(b->w1, kWeaponStart) || rl_.items.word(facts_[b->w1].items) != nullptr))
        return true;
    }
    return false;
  }

  // The role the preposition at word k gives the actor it governs.
  std::optional<Role> preposition_role_at(std::size_t k) const {
    if (in<&RelationLexicon::recipient_preps>(k)) return Role::recipient;
    if (in<&RelationLexicon::agent_preps>(k)) return Role::agent;
    if (in<&RelationLexicon::source_preps>(k)) return Role::source;
    if (in<&RelationLexicon::with_preps>(k)) return Role::with;
    if (in<&RelationLexicon::prepositions>(k)) return Role::other;
    return std::nullopt;
  }

  // The firm a person acts through, named after a preposition of means, a possessive and a firm
  // noun ("via zijn bedrijf Maasdelta Aero Supplies BV", "über seine Firma …", "through his
  // company …"); null if none.
  const Actor* firm_acted_through() const {
    auto firm_noun = [&](std::size_t k) {
      return lx_.firm_cues.word(s_.entries[k].lexicon.firm_cues) != nullptr;
    };
    for (const Actor& f : actors_) {
      if (f.type != EntityType::firm || f.w0 < 2) continue;
      // (German may take the noun into the name: "über seine Firma Vorland Optik GmbH")
      const std::size_t noun = firm_noun(f.w0) ? f.w0 : f.w0 - 1;
      if (noun < 2) continue;
      if (firm_noun(noun) &&
          (in<&RelationLexicon::possessive_determiners>(noun - 1) ||
           lx_.possessives.contains(s_.folded[noun - 1])) &&
          rl_.via_preps.contains(s_.folded[noun - 2]))
        return &f;
    }
    return nullptr;
  }

  // Whether word j follows a possessive: an actor's genitive ("Lebanon's") or a possessive
  // determiner ("its").
  bool after_possessive(std::size_t j) const {
    if (j == 0) return false;
    if (in<&RelationLexicon::possessive_determiners>(j - 1)) return true;
    for (const Actor* a : ending_at(j)) {
      if (a->genitive) return true;
    }
    return false;
  }

  // Whether the supply noun at j stands in a prepositional phrase: a preposition before it, past at
  // most two articles or other words that are no verb ("für Waffenlieferungen", "for arms
  // deliveries"; not "sinds 1982 de export").
  bool in_prepositional_phrase(std::size_t j) const {
    std::size_t k = j;
    for (int steps = 0; k > 0 && steps < 3; ++steps) {
      const std::size_t p = k - 1;
      if (preposition_role_at(p) || in<&RelationLexicon::prepositions>(p)) return true;
      const Token& t = s_.tokens[s_.words[p]];
      if (s_.link[k] == Link::other || in_actor(p) || facts_[p].verbs || t.digit) return false;
      if (!in<&RelationLexicon::articles>(p) && t.upper && rl_.lang != "de") return false;
      k = p;
    }
    return false;
  }

  // Whether word j modifies the noun after it in a compound written apart, alone or as one of
  // two coordinated modifiers ("shipping documents", "shipping and licensing documents": the
  // lexicon's compound_heads).
  bool compound_modifier(std::size_t j) const {
    const std::size_t n = s_.words.size();
    if (j + 1 < n && s_.link[j + 1] == Link::space && in<&RelationLexicon::compound_heads>(j + 1))
      return true;
    return j + 3 < n && in<&RelationLexicon::coordinators>(j + 1) && s_.link[j + 3] == Link::space &&
           in<&RelationLexicon::compound_heads>(j + 3);
  }

  // Whether word k is in the word set `Set` of the lexicon (RelationWordFacts::sets).
  template <FlatStringSet RelationLexicon::*Set>
  bool in(std::size_t k) const {
    constexpr WordSetBits kBit = RelationLexicon::bit<Set>();
    return k < facts_.size() && (facts_[k].sets & kBit) != 0;
  }

  // Whether the `len` words before word `end` are a phrase of `trie`.
  bool phrase_before(const WordTrie& trie, std::size_t end, std::size_t len) const {
    std::uint32_t n = WordTrie::kRoot;
    for (std::size_t k = end - len; k < end && n != WordTrie::kNone; ++k) n = trie.child(n, s_.folded[k]);
    return trie.value(n) != WordTrie::kNone;
  }

  // The cues (planning cues or noun governors) of which the preposition at k ends one parted
  // from it by a short adverbial of no verb, actor or punctuation: "agreed in 2022 to", "agreed
  // last year to"; nullptr if it ends none.
  const WordTrie* parted_cue_before(std::size_t k) const {
    constexpr std::size_t kLongestGap = 3;
    constexpr std::size_t kLongestHead = 2;
    for (std::size_t gap = 1; gap <= kLongestGap && gap < k; ++gap) {
      const std::size_t g0 = k - gap;  // the gap is [g0, k)
      if (in_actor(g0) || facts_[g0].verbs || s_.link[g0 + 1] != Link::space) return nullptr;
      if (s_.link[g0] != Link::space) continue;
      for (std::size_t len = 1; len <= kLongestHead && len <= g0; ++len) {
        for (const WordTrie* trie : {&rl_.noun_governors.trie, &rl_.planned.trie}) {
          std::uint32_t n = WordTrie::kRoot;
          for (std::size_t w = g0 - len; w < g0 && n != WordTrie::kNone; ++w)
            n = trie->child(n, s_.folded[w]);
          if (n != WordTrie::kNone) n = trie->child(n, s_.folded[k]);
          if (trie->value(n) != WordTrie::kNone) return trie;
        }
      }
    }
    return nullptr;
  }

  bool is_modifier_word(std::size_t j) const { return word_is(j, kModifier); }

  bool is_actor_word(std::size_t j) const { return word_is(j, kActor); }

  std::string attribution_source() const {
    for (const Actor& a : actors_) {
      if (a.attribution && !a.modifier) return std::string(a.id);
    }
    for (const Actor& p : persons_) {
      // "…, aldus d'Hooghe", "said Shugaev": a person right after an attribution word
      if (p.w0 > 0 && (in<&RelationLexicon::attribution_verbs>(p.w0 - 1) ||
                       phrase_before(rl_.attribution_before, p.w0, 1))) {
        return std::string(p.id);
      }
    }
    return {};
  }

  // The modality of the relation whose trigger is word j, said of `subject`, from the cues of
  // its clause up to word `until` at most. (Kept for the last trigger, start and end of its
  // cues: each party of a list asks it again.)
  Modality modality(std::size_t j, const Actor& subject, std::size_t until = kNoWord) const {
    auto [cb, ce] = clause(j);
    ce = std::min(ce, until);
    // (a subject the clause shares with the one before it brings none of that clause's cues:
    // "Turkey refused …, but continued to sell drones")
    const bool shared_subject = subject.w1 <= cb && coordinated_clause_after(j, cb) >= subject.w1;
    // (a list's parties share the cues from its first on: "Germany, France and Italy delivered")
    const std::size_t from = shared_subject ? cb : std::min(cb, subject.lead ? subject.lead->w0 : subject.w0);
    if (modality_j_ != j || modality_from_ != from || modality_to_ != ce) {
      modality_j_ = j;
      modality_from_ = from;
      modality_to_ = ce;
      modality_ = modality_from(j, from, cb, ce);
    }
    return modality_;
  }
  Modality modality_from(std::size_t j, std::size_t from, std::size_t cb, std::size_t ce) const {
    const std::size_t n = s_.words.size();
    const std::size_t after = std::min(ce, j + 3);
    if (denied_in(0, std::min(n, j + 3), std::max(ce, j + 1))) return Modality::denied;
    // Dutch and German put the negation after the object: "levert de Taurus niet aan …"
    if (negation_in(from, rl_.lang == "en" ? after : ce) || gapped(rl_.negated, from, j + 1, ce)) {
      return Modality::negated;
    }
    // a plan, or a pledge in the present with its parts apart ("stelt … beschikbaar", "stellt …
    // zur Verfügung"), unless the supply is a completed act reported in a clause of its own
    // ("kondigde aan dat het … heeft geleverd": asked only once a plan is found)
    auto plan_from = [&](std::size_t f) {
      return planned_in(f, std::min(ce, j + 2), j) || gapped(rl_.planned, f, j + 1, ce);
    };
    // a noun's own predicate: "The sale of F-16s to Turkey was approved", "Germany's delivery
    // of tanks has been delayed", "… was blocked by Congress", "Die Lieferung … verzögert sich"
    if (word_is(j, kNounTrigger)) {
      if (const std::size_t p = noun_predicate(j, ce); p != kNoWord) {
        if (phrase_at(rl_.negated.trie, &RelationWordFacts::negated, p)) return Modality::negated;
        if (phrase_at(rl_.planned.trie, &RelationWordFacts::planned, p) ||
            rl_.delay_verbs.contains(s_.folded[p]))
          return Modality::planned;
      }
    }
    if (plan_from(from) && plan_from(completed_complement(from, j))) return Modality::planned;
    // a time to come anywhere in the clause: "levert later dit jaar", "soll noch in diesem Jahr",
    // "soll bis 2026 … liefern" (a year after the document's, the verb not in the perfect)
    if (future_time_in(cb, ce) || (future_year_in(cb, ce) && !perfect_at(j, from))) return Modality::planned;
    // Dutch and German end the clause with the participle that governs it: "hat die Lieferung
    // … an die Ukraine genehmigt"
    if (rl_.lang != "en" && j + 1 < ce && planned_in(ce - 1, ce, j)) return Modality::planned;
    if (alleged_for(j)) return Modality::alleged;
    return unrealised(j, cb) ? Modality::planned : Modality::asserted;
  }

  // The predicate of the noun at j, the subject of its clause up to word ce: the participle
  // after its auxiliaries ("The sale of F-16s to Turkey was approved", "has been delayed", "was
  // reportedly blocked", "is uitgesteld"), or in German and Dutch a finite verb of planning
  // ("Die Lieferung … verzögert sich"); kNoWord where another verb or a comma comes first.
  std::size_t noun_predicate(std::size_t j, std::size_t ce) const {
    constexpr std::size_t kLongestAdverbs = 1;
    for (std::size_t k = j + 1; k < ce; ++k) {
      if (comma_before(k)) return kNoWord;
      if (in_actor(k)) continue;
      const bool aux = in<&RelationLexicon::auxiliaries>(k) || in<&RelationLexicon::passive_aux>(k);
      if (!aux) {
        if (rl_.lang != "en" && (rl_.delay_verbs.contains(s_.folded[k]) ||
                                 phrase_at(rl_.negated.trie, &RelationWordFacts::negated, k))) {
          return k;
        }
        if (facts_[k].verbs) return kNoWord;
        continue;
      }
      std::size_t p = k + 1;
      while (p < ce && (in<&RelationLexicon::auxiliaries>(p) || in<&RelationLexicon::passive_aux>(p))) ++p;
      for (std::size_t adverbs = 0; p + 1 < ce && adverbs < kLongestAdverbs && !facts_[p].verbs &&
                                    !phrase_at(rl_.negated.trie, &RelationWordFacts::negated, p) &&
                                    !phrase_at(rl_.planned.trie, &RelationWordFacts::planned, p);
           ++adverbs) {
        ++p;
      }
      return p < ce ? p : kNoWord;
    }
    return kNoWord;
  }

  // Whether the infinitive at j names an act not (yet) done: any Dutch or German zu/te-infinitive
  // ("den Auftrag, … zu liefern", "versucht, … zu beschaffen", "om … te leveren") unless a verb
  // before it says it was done ("begann, … zu liefern", "slaagde erin … te leveren"); in English
  // one a verb of asking, urging or allowing governs ("Poland urged Germany to send").
  bool unrealised(std::size_t j, std::size_t cb) const {
    if (rl_.lang != "en") {
      if (!zu_infinitive(j)) return false;
      for (std::size_t k = infinitive_subject_clause(j, cb); k < j; ++k) {
        if (rl_.implicative_verbs.contains(s_.folded[k])) return false;
      }
      return true;
    }
    constexpr std::size_t kLongestObject = 6;
    j = infinitive_head(j);  // ("urged Germany to keep sending")
    if (j < 2 || !in<&RelationLexicon::infinitive_markers>(j - 1)) return false;
    // a headline's infinitive after its subject names what is to come: "Germany to send more
    // Patriot systems to Ukraine", "The Netherlands to deliver F-16s"
    for (const Actor* a : ending_at(j - 1)) {
      std::size_t k = a->w0;
      while (k > cb && in<&RelationLexicon::articles>(k - 1)) --k;
      if (k == cb && a->role == Role::none && !a->modifier) return true;
    }
    for (std::size_t c = j - 1; c-- > cb && j - 1 - c <= kLongestObject + 1;) {
      if (rl_.object_control_verbs.contains(s_.folded[c]) && !in_actor(c)) return true;
      if (s_.link[c + 1] == Link::other) return false;
    }
    return false;
  }

  // Whether an alleged cue bears on the verb at j: one in j's main clause, or one before the
  // first clause's subject, which hedges the sentence ("Reportedly, Iran supplied drones and
  // North Korea sold shells"). One in another main clause coordinated with j's does not: "Elbit
  // has reportedly supplied Baku with drones, and Azerbaijan bought TB2s from Turkey" hedges
  // Elbit's supply, not Turkey's sale.
  bool alleged_for(std::size_t j) const {
    if (!alleged_in_sentence()) return false;
    if (!coordinate_spans_found_) find_coordinate_spans();
    if (sentence_hedged_) return true;
    // the main clause j stands in: the last that starts at or before it
    const auto it = std::upper_bound(coordinate_spans_.begin(), coordinate_spans_.end(), j);
    return it == coordinate_spans_.begin() ||
           span_hedged_[static_cast<std::size_t>(it - coordinate_spans_.begin()) - 1];
  }
  // Where the main clauses coordinated in the sentence start, whether each has an alleged cue,
  // and whether the first has one before its subject (then it hedges the sentence). Once a
  // sentence.
  void find_coordinate_spans() const {
    const std::size_t n = s_.words.size();
    coordinate_spans_found_ = true;
    coordinate_spans_.assign(1, 0);
    for (std::size_t k = 1; k < n; ++k) {
      if (coordinate_start(k)) coordinate_spans_.push_back(k);
    }
    span_hedged_.assign(coordinate_spans_.size(), false);
    sentence_hedged_ = coordinate_spans_.size() == 1;
    for (std::size_t i = 0; i < coordinate_spans_.size() && !sentence_hedged_; ++i) {
      const std::size_t b = coordinate_spans_[i];
      const std::size_t e = i + 1 < coordinate_spans_.size() ? coordinate_spans_[i + 1] : n;
      std::size_t subject = e;  // the clause's first actor that is no claim's source
      for (std::size_t w = b; w < e && subject == e; ++w) {
        for (const Actor* a : starting_at(w)) {
          if (!a->attribution) subject = w;
        }
      }
      span_hedged_[i] = alleged_in(b, e);
      // (only the first clause's: "…, and reportedly North Korea sold …" hedges its own)
      sentence_hedged_ = i == 0 && span_hedged_[i] && alleged_in(b, subject);
    }
  }

  // An alleged cue within the words [from, to), not within a phrase that hedges nothing.
  bool alleged_in(std::size_t from, std::size_t to) const {
    if (gapped(rl_.alleged, from, to, to)) return true;
    for (std::size_t k = from; k < to; ++k) {
      auto m = phrase_at(rl_.alleged.trie, &RelationWordFacts::alleged, k);
      if (m && k + m->length <= to && !within_hedge_exception(k, k + m->length)) return true;
    }
    return false;
  }

  // An alleged cue anywhere in the sentence, whoever the subject (asked once), not within a
  // phrase that hedges nothing ("sehr wohl").
  bool alleged_in_sentence() const {
    if (alleged_ < 0) alleged_ = alleged_in(0, s_.words.size()) ? 1 : 0;
    return alleged_ == 1;
  }

  // Whether the words [b, e) lie within a phrase of hedge_exceptions (one that begins up to two
  // words before b).
  bool within_hedge_exception(std::size_t b, std::size_t e) const {
    for (std::size_t s = b >= 2 ? b - 2 : 0; s <= b; ++s) {
      auto m = rl_.hedge_exceptions.longest(s_.folded, s, [](std::size_t) { return true; });
      if (m && s + m->length >= e) return true;
    }
    return false;
  }

  // Where the plans that bear on the verb at j begin: after the complementizer of a statement
  // between `from` and j when the verb is in the perfect ("Nederland kondigde aan dat het F-16's
  // aan Oekraïne heeft geleverd", "announced that it has delivered"), for a completed act is no
  // plan of the clause that reports it; else at `from`. (The reported clause's own cues still
  // count: "… dat het de F-16's zal hebben geleverd".)
  std::size_t completed_complement(std::size_t from, std::size_t j) const {
    std::size_t c = kNoWord;
    for (std::size_t k = j; k-- > from;) {
      if (rl_.declarative_complementizers.contains(s_.folded[k])) {
        c = k;
        break;
      }
    }
    return c != kNoWord && perfect_at(j, c + 1) ? c + 1 : from;
  }

  // Whether the verb at j is in the perfect: an auxiliary of the perfect right after it
  // ("geleverd heeft", "geliefert hat") or before it, one lower-case word between at most
  // ("has already delivered"), none of it before word `from`.
  bool perfect_at(std::size_t j, std::size_t from) const {
    auto perfect = [&](std::size_t k) { return rl_.perfect_auxiliaries.contains(s_.folded[k]); };
    if (j + 1 < s_.words.size() && s_.link[j + 1] != Link::other && perfect(j + 1)) return true;
    if (j >= from + 1 && s_.link[j] != Link::other && perfect(j - 1)) return true;
    return j >= from + 2 && perfect(j - 2) && !s_.tokens[s_.words[j - 1]].upper && !is_actor_word(j - 1);
  }

  // A year in [from, to) later than the document's (known only where the document is dated).
  bool future_year_in(std::size_t from, std::size_t to) const {
    constexpr int kFirstYear = 1900, kLastYear = 2100;
    const std::string_view year_of_text = std::string_view(ev_.date).substr(0, 4);
    if (year_of_text.size() < 4 ||
        !std::all_of(year_of_text.begin(), year_of_text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return false;  // (undated, or a date that is no year: "n.d.")
    }
    const int now = std::atoi(std::string(year_of_text).c_str());
    for (std::size_t k = from; k < to && k < s_.words.size(); ++k) {
      if (!s_.tokens[s_.words[k]].digit) continue;
      const std::string_view w = word_text(text_, s_, k);
      if (w.size() != 4) continue;
      const int year = std::atoi(std::string(w).c_str());
      if (year >= kFirstYear && year <= kLastYear && year > now) return true;
    }
    return false;
  }

  // A phrase of future_times in [from, to), looked for only from words that begin one.
  bool future_time_in(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < s_.folded.size(); ++k) {
      if (!in<&RelationLexicon::future_heads>(k)) continue;
      auto m = rl_.future_times.longest(s_.folded, k, [](std::size_t) { return true; });
      if (m && k + m->length <= to) return true;
    }
    return false;
  }

  // gapped_in() for the gapped cues of `cues`, passed over in a sentence where no gapped cue
  // begins (most: one look at each word's facts, once per sentence).
  bool gapped(const Cues& cues, std::size_t from, std::size_t to, std::size_t tail_to) const {
    if (gapped_head_ < 0) {
      constexpr WordSetBits kHead = RelationLexicon::bit<&RelationLexicon::gapped_heads>();
      bool any = false;
      for (std::size_t k = 0; k < facts_.size() && !any; ++k) any = (facts_[k].sets & kHead) != 0;
      gapped_head_ = any ? 1 : 0;
    }
    return gapped_head_ == 1 && gapped_in(cues.gapped, s_, from, to, tail_to,
                                          [this](std::size_t end) { return particle_ends_phrase(end); });
  }

  // The longest phrase of `trie` starting at word k, from the node the word's facts give it
  // (`at`: the facts' field for that trie).
  std::optional<WordTrie::Match> phrase_at(const WordTrie& trie, std::uint32_t RelationWordFacts::*at,
                                           std::size_t k) const {
    return trie.longest_from(s_.folded, k, facts_[k].*at);
  }

  // Whether the word at k opens a modality cue of more than one word that ends at or before
  // word `to`: its preposition ("naar" of "naar verluidt") then governs no actor.
  bool opens_cue_phrase(std::size_t k, std::size_t to) const {
    for (const auto& [trie, at] : {std::pair{&rl_.alleged.trie, &RelationWordFacts::alleged},
                                   std::pair{&rl_.planned.trie, &RelationWordFacts::planned},
                                   std::pair{&rl_.denied.trie, &RelationWordFacts::denied},
                                   std::pair{&rl_.negated.trie, &RelationWordFacts::negated}}) {
      auto m = phrase_at(*trie, at, k);
      if (m && m->length > 1 && k + m->length <= to) return true;
    }
    return false;
  }

  // A phrase of `trie` that starts at or after `from` and ends before `to`.
  bool phrase_in(const WordTrie& trie, std::uint32_t RelationWordFacts::*at, std::size_t from,
                 std::size_t to) const {
    for (std::size_t k = from; k < to && k < s_.folded.size(); ++k) {
      auto m = phrase_at(trie, at, k);
      if (m && k + m->length <= to) return true;
    }
    return false;
  }

  // A planning cue in [from, to) used as a verb: a cue of one word after an article is an
  // adjective ("die zugesagten Kampfpanzer" are no plan), one of several is not ("an agreement
  // to deliver"). With the verb at `trigger` given, "werden" before its participle is no cue.
  bool planned_in(std::size_t from, std::size_t to, std::size_t trigger = kNoWord) const {
    for (std::size_t k = from; k < to && k < s_.folded.size(); ++k) {
      auto m = phrase_at(rl_.planned.trie, &RelationWordFacts::planned, k);
      if (!m || k + m->length > to) continue;
      if (m->length == 1 && attributive_at(k)) continue;
      // "In May 2023": a month's name written with a capital is no modal verb
      if (m->length == 1 && s_.tokens[s_.words[k]].upper && rl_.months.find(s_.folded[k]) != rl_.months.end())
        continue;
      if (m->length == 1 && trigger != kNoWord && passive_not_future(k, trigger)) continue;
      return true;
    }
    return false;
  }

  // Whether a negation of what is still to come ("nog geen", "noch nicht", "not yet": the
  // lexicon's pending_negations, two words each) stands in [cb, ce).
  bool pending_negation_in(std::size_t cb, std::size_t ce) const {
    std::string pair;
    for (std::size_t k = cb; k + 1 < ce && k + 1 < s_.folded.size(); ++k) {
      pair.assign(s_.folded[k]).append(" ").append(s_.folded[k + 1]);
      if (rl_.pending_negations.contains(pair)) return true;
    }
    return false;
  }

  // Whether the word at k stands before a noun as its adjective: after an article or a number
  // ("the promised jets", "de 24 beloofde F-16's", "die zugesagten Panzer").
  bool attributive_at(std::size_t k) const {
    // (not a word that ends its clause, nor one after a number that ends a name: "36 Skyranger
    // 30 bestellt.")
    if (k == 0 || k + 1 >= s_.words.size() || comma_before(k + 1) || word_is(k - 1, kWeapon)) return false;
    if (in<&RelationLexicon::articles>(k - 1)) return true;
    return s_.tokens[s_.words[k - 1]].digit || rl_.numbers.count(s_.folded[k - 1]) != 0;
  }

  // German "werden" is the future's auxiliary before an infinitive ("wird … liefern") and the
  // passive's before a participle ("werden … geliefert", "wird … versorgt"): the cue at k, a
  // passive auxiliary before the verb at `trigger`, marks no plan unless that verb is its
  // infinitive or an infinitive auxiliary follows it ("… geliefert werden").
  bool passive_not_future(std::size_t k, std::size_t trigger) const {
    if (k >= trigger || !in<&RelationLexicon::passive_aux>(k)) return false;
    if (trigger + 1 < s_.words.size() && in<&RelationLexicon::passive_aux>(trigger + 1)) return false;
    const std::vector<VerbInfo>* verbs = facts_[trigger].verbs;
    if (!verbs) return false;
    for (const VerbInfo& v : *verbs) {
      if (fold(v.lemma) == s_.folded[trigger]) return false;
    }
    return true;
  }

  // A negation word, not glued into a compound ("niet-dodelijke hulp" is no negation).
  bool negation_in(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to && k < s_.folded.size(); ++k) {
      auto m = phrase_at(rl_.negated.trie, &RelationWordFacts::negated, k);
      if (!m || k + m->length > to) continue;
      const std::size_t next = k + m->length;
      if (next < s_.folded.size() && s_.link[next] == Link::hyphen) continue;
      return true;
    }
    return false;
  }

  // The item phrase starting at word k ("artillery shells", "Artilleriegranaten"): its
  // length and English phrase.
  std::optional<std::pair<std::size_t, std::string>> item_at(std::size_t k) const {
    if (k >= facts_.size()) return std::nullopt;
    if (auto m = rl_.items.match(s_.folded, k, facts_[k].items); m && !m->second->kind.empty()) {
      return std::make_pair(m->first, m->second->kind);
    }
    return std::nullopt;
  }

  bool in_weapon(std::size_t k) const { return word_is(k, kWeapon); }

  std::vector<std::string> items(std::size_t j, std::size_t cb, std::size_t ce) const {
    std::vector<std::string> out;
    auto add = [&](std::string_view x) {
      if (std::find(out.begin(), out.end(), x) == out.end()) out.emplace_back(x);
    };
    // "in exchange for oil", "in return for Su-35 jets": what is paid (rare: no allocation else)
    std::vector<std::pair<std::size_t, std::size_t>> paid;
    for (std::size_t k = cb; k < ce; ++k) {
      if (const std::size_t end = payment_end(k, ce); end != k) {
        paid.emplace_back(k, end);
        k = end - 1;
      }
    }
    auto in_payment = [&](std::size_t b, std::size_t e) {
      return std::any_of(paid.begin(), paid.end(),
                         [&](const auto& p) { return b >= p.first && e <= p.second; });
    };
    for (const Actor& w : weapons_) {
      if (w.w0 >= cb && w.w1 <= ce && !in_payment(w.w0, w.w1)) add(w.id);
    }
    for (std::size_t k = cb; k < ce; ++k) {
      if (in_actor(k) || k == j) continue;
      if (const std::size_t end = attributed_phrase_end(k, ce); end != k) {
        k = end - 1;  // "according to US intelligence": the claim's source, no item
        continue;
      }
      if (const std::size_t end = payment_end(k, ce); end != k) {
        k = end - 1;
        continue;
      }
      if (auto it = item_at(k)) {
        // "South Korea's intelligence service": an item noun before an organisation's noun
        // names the organisation
        const std::size_t next = k + it->first;
        const bool org =
            next < s_.words.size() && lx_.org_cues.word(s_.entries[next].lexicon.org_cues) != nullptr;
        if (!org) add(it->second);
        k += it->first - 1;
      }
    }
    return out;
  }

  // Where the payment named by an exchange phrase starting at word k ends ("in ruil voor | olie
  // en voedsel"): at the next comma, verb or `ce`; k itself when no such phrase starts at k.
  std::size_t payment_end(std::size_t k, std::size_t ce) const {
    if (!in<&RelationLexicon::exchange_heads>(k)) return k;
    const auto m = rl_.exchange_phrases.longest(s_.folded, k, [](std::size_t) { return true; });
    if (!m) return k;
    std::size_t end = k + m->length;
    while (end < ce && !comma_before(end) && !facts_[end].verbs) ++end;
    return end;
  }

  // Where the source of a claim that follows an attribution phrase ending at word k ends
  // ("according to | US intelligence", "volgens | de Amerikaanse inlichtingendiensten"): at the
  // next comma, verb, actor that is not part of the source, or `ce`; k itself when no such
  // phrase ends at k.
  std::size_t attributed_phrase_end(std::size_t k, std::size_t ce) const {
    if (!in<&RelationLexicon::attribution_ends>(k)) return k;
    bool phrase = false;
    for (std::size_t len = 1; len <= 3 && len <= k + 1 && !phrase; ++len)
      phrase = phrase_before(rl_.attribution_before, k + 1, len);
    if (!phrase) return k;
    // ("Berichten zufolge": a hedge that holds its own source, and none follows it)
    for (std::size_t len = 1; len <= 3 && len <= k + 1; ++len) {
      if (phrase_before(rl_.alleged.trie, k + 1, len)) return k + 1;
    }
    std::size_t m = k + 1;
    while (m < ce && !comma_before(m) && !facts_[m].verbs && (!is_actor_word(m) || attribution_at(m)) &&
           !item_after_source(k, m))
      ++m;
    return m;
  }

  // Whether an item at word m follows the noun that ends a claim's source begun after word k:
  // "heeft volgens inlichtingendiensten raketten … verscheept" (Dutch and German need no comma
  // there); not the first word ("according to arms experts") nor one after an article or a
  // name of the source ("according to US intelligence").
  bool item_after_source(std::size_t k, std::size_t m) const {
    return m > k + 1 && !in<&RelationLexicon::articles>(m - 1) && !is_actor_word(m - 1) &&
           s_.link[m] == Link::space && (item_at(m) || in_weapon(m));
  }

  // Whether word m is part of an actor named as the source of a claim, or of a modifier.
  bool attribution_at(std::size_t m) const {
    for (const Actor& a : actors_) {
      if (a.w0 <= m && m < a.w1) return a.attribution || a.modifier;
    }
    return false;
  }

  // The number before the first item or weapon of the clause: "240.000 artilleriegranaten",
  // "honderd ZT-180-modellen", "1,5 Millionen Schuss"; bounded by a phrase before it ("more
  // than a million shells", "mehr als 100 Panzer", "ruim 240.000 granaten") or as a plural
  // number word alone ("dozens of drones", "Hunderte Drohnen", "honderden drones").
  Quantity quantity(std::size_t j) const {
    if (quantity_j_ != j) {
      quantity_j_ = j;
      quantity_ = find_quantity(j);
    }
    return quantity_;
  }
  Quantity find_quantity(std::size_t j) const {
    const auto [cb, ce] = clause(j);
    return quantity_in(cb, ce);
  }
  // The quantity of the first item or weapon in [cb, ce) that a number counts.
  Quantity quantity_in(std::size_t cb, std::size_t ce) const {
    for (std::size_t k = cb; k < ce; ++k) {
      std::string unit;
      if (auto it = item_at(k)) {
        unit = it->second;
      } else {
        if (!word_is(k, kWeaponStart)) continue;
        unit = "units";
      }
      if (k == 0) continue;
      std::size_t q = k - 1;
      // skip one adjective ("240.000 nieuwe granaten")
      if (!s_.tokens[s_.words[q]].digit && !rl_.numbers.count(s_.folded[q]) && q > cb) --q;
      double mult = 1;
      if (rl_.numbers.count(s_.folded[q]) && q > cb && s_.tokens[s_.words[q - 1]].digit) {
        mult = rl_.numbers.at(s_.folded[q]);  // "1,5 Millionen"
        --q;
      }
      if (in_weapon(q)) continue;             // "Shahed-136 drones", "Leopard 2 tanks": a model number
      if (mult == 1 && year_at(q)) continue;  // "soll 2025 Munition liefern": a year
      if (auto value = number_at(q, mult)) return {value, unit, quantity_bound(q, cb, mult == 1)};
    }
    return {};
  }

  // How the words before the number at q bound it, or the number word itself (`word_alone`:
  // no digit before it); empty for a number stated as it is.
  std::string quantity_bound(std::size_t q, std::size_t cb, bool word_alone) const {
    if (rl_.quantity_bounds.empty()) return {};
    if (word_alone && !s_.tokens[s_.words[q]].digit) {
      if (auto it = rl_.quantity_bounds.find(s_.folded[q]); it != rl_.quantity_bounds.end())
        return it->second;
    }
    std::size_t end = q;  // the phrase ends before the number, or before its article ("more than a million")
    if (end > cb && in<&RelationLexicon::articles>(end - 1)) --end;
    constexpr std::size_t kLongestBound = 3;
    std::string phrase;
    for (std::size_t len = std::min(kLongestBound, end - cb); len >= 1; --len) {
      phrase.clear();
      for (std::size_t k = end - len; k < end; ++k) {
        if (!phrase.empty()) phrase += ' ';
        phrase += s_.folded[k];
      }
      if (auto it = rl_.quantity_bounds.find(phrase); it != rl_.quantity_bounds.end()) {
        // "einen Vertrag über 180 K2-Panzer", "a contract for", "een order voor": a preposition
        // after a contract or order noun says what it covers, no bound
        const std::size_t before = end - len;
        if (len == 1 && before > 0 &&
            (in<&RelationLexicon::contract_nouns>(before - 1) ||
             cue_at(rl_.order_nouns, &RelationWordFacts::order_nouns, before - 1) != nullptr)) {
          return {};
        }
        // "negotiating with France over 26 more jets": after a negotiation's partner, its topic
        if (len == 1 && before > 0 && ends_at_actor(before) && negotiation_in(cb, before)) return {};
        // ("handed over 31 tanks": the verb's particle)
        if (len == 1 && before > 0 && facts_[before - 1].verbs) {
          for (const VerbInfo& v : *facts_[before - 1].verbs) {
            if (v.particle.size() == 1 && v.particle.front() == s_.folded[before]) return {};
          }
        }
        return it->second;
      }
    }
    return {};
  }

  // Whether a verb of negotiating stands in [from, to).
  bool negotiation_in(std::size_t from, std::size_t to) const {
    for (std::size_t k = from; k < to; ++k) {
      if (!facts_[k].verbs) continue;
      for (const VerbInfo& v : *facts_[k].verbs) {
        if (v.kind == VerbKind::negotiate) return true;
      }
    }
    return false;
  }

  // Where the words that open a list of a group's members end right before word k: a word of
  // member_lists after a comma, and one of member_list_tails after it ("…, including | Pakistan",
  // "…, among them | Ukraine", "…, onder meer | Egypte"); the list word's position, or kNoWord.
  std::size_t member_list_at(std::size_t k) const {
    if (k >= 1 && in<&RelationLexicon::member_lists>(k - 1) && comma_before(k - 1)) return k - 1;
    if (k >= 2 && in<&RelationLexicon::member_list_tails>(k - 1) &&
        in<&RelationLexicon::member_lists>(k - 2) && comma_before(k - 2)) {
      return k - 2;
    }
    return kNoWord;
  }

  // The number word q states: digits (times `mult`, "1,5 Millionen") or a number word above one
  // ("honderd", "dozens"); none for a number too big for a double ("10…0 Millionen"): JSON has no
  // infinity.
  std::optional<double> number_at(std::size_t q, double mult) const {
    if (s_.tokens[s_.words[q]].digit) {
      if (auto v = parse_number(word_text(text_, s_, q)); v && std::isfinite(*v * mult)) return *v * mult;
      return std::nullopt;
    }
    if (auto it = rl_.numbers.find(s_.folded[q]); it != rl_.numbers.end() && it->second > 1)
      return it->second;
    return std::nullopt;
  }

  // Whether word q is a year as news writes one: four digits, no separator, 1900 to 2100 (a count
  // that large is written "2.025" or "2,025").
  bool year_at(std::size_t q) const {
    const std::string_view w = word_text(text_, s_, q);
    return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
           w >= "1900" && w <= "2100";
  }

  std::optional<double> parse_number(std::string_view w) const {
    // nl/de: 240.000 and 1,5; en: 240,000 and 1.5
    const char thousands = rl_.lang == "en" ? ',' : '.';
    const char decimal = rl_.lang == "en" ? '.' : ',';
    std::string clean;
    for (char c : w) {
      if (c >= '0' && c <= '9') {
        clean += c;
      } else if (c == decimal) {
        clean += '.';
      } else if (c != thousands) {
        return std::nullopt;
      }
    }
    if (clean.empty()) return std::nullopt;
    try {
      return std::stod(clean);
    } catch (...) {
      return std::nullopt;
    }
  }

  // A date the sentence states: "12 november 2025", "im April 2022", "in 2024", "sinds 2022".
  std::optional<std::string> date() const {
    const std::size_t n = s_.words.size();
    for (std::size_t k = 0; k < n; ++k) {
      const std::string_view w = word_text(text_, s_, k);
      if (w.size() != 4 || !s_.tokens[s_.words[k]].digit) continue;
      const int year = std::atoi(std::string(w).c_str());
      if (year < 1900 || year > 2100) continue;
      char buf[16];
      if (k >= 1) {
        auto m = rl_.months.find(s_.folded[k - 1]);
        if (m != rl_.months.end()) {
          if (k >= 2 && s_.tokens[s_.words[k - 2]].digit) {
            const int day = std::atoi(std::string(word_text(text_, s_, k - 2)).c_str());
            if (day >= 1 && day <= 31) {
              std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m->second, day);
              return std::string(buf);
            }
          }
          std::snprintf(buf, sizeof buf, "%04d-%02d", year, m->second);
          return std::string(buf);
        }
        if (in<&RelationLexicon::prepositions>(k - 1) || in<&RelationLexicon::recipient_preps>(k - 1)) {
          std::snprintf(buf, sizeof buf, "%04d", year);
          return std::string(buf);
        }
      }
    }
    return std::nullopt;
  }

  const Knowledge& kb_;
  const RelationLexicon& rl_;
  const Lexicon& lx_;
  std::string_view text_;
  const SentenceWords& s_;
  const Evidence& ev_;
  std::vector<Actor>& actors_;
  std::vector<Actor>& weapons_;
  std::vector<Actor>& persons_;
  std::vector<Actor*>& by_start_;  // index_actors()
  std::vector<Actor*>& by_end_;
  std::vector<std::uint8_t>& word_flags_;              // WordFlag bits per word, from index_words()
  RelationFacts facts_;                                // what each word is to the relation lexicon
  std::vector<std::int8_t>& clause_starts_;            // per word: -1 not asked yet, else clause_start()
  mutable std::int8_t alleged_ = -1;                   // an alleged cue in the sentence: -1 not asked yet
  mutable std::vector<std::size_t> coordinate_spans_;  // find_coordinate_spans(): where main clauses start
  mutable std::vector<bool> span_hedged_;              // and whether each has an alleged cue
  mutable bool sentence_hedged_ = false;               // or one before its subject
  mutable bool coordinate_spans_found_ = false;
  mutable std::int8_t gapped_head_ = -1;      // a word that begins a gapped cue: -1 not asked yet
  std::string_view antecedent_weapon_;        // set_antecedent_weapon()
  std::vector<OpenSupply> open_;              // open_supply()
  bool any_disjunct_ = false;                 // an actor is joined by "or" (Actor::disjunct)
  bool any_conj_ = false;                     // an actor shares a coordinated one's role (Actor::conj)
  std::vector<const Actor*> by_conj_;         // index_lists()
  mutable std::vector<ListEnd> list_ends_;    // list_end() per word
  mutable std::size_t first_verb_ = kNoWord;  // first_verb(): kNoWord not asked yet
  mutable std::int8_t own_account_ = -1;      // own_account(): -1 not asked yet
  mutable bool speakers_known_ = false;       // speaks(): speakers_ found
  mutable std::vector<std::string_view> speakers_;
  // the last answers of modality(), quantity() and clause(), asked again for each party of a list
  mutable std::size_t modality_j_ = kNoWord, modality_from_ = 0, modality_to_ = 0;
  mutable Modality modality_ = Modality::asserted;
  mutable std::size_t quantity_j_ = kNoWord;
  mutable Quantity quantity_;
  mutable std::size_t clause_j_ = kNoWord;
  mutable std::pair<std::size_t, std::size_t> clause_;
};

// The supplies whose direction their sentence left out, matched against the supplies
// relations of the document (`out`, to which they are added): a relation with the sentence's
// evidence for each reported supply between two parties it names, or, where it names one
// party, between it and its only counterpart in the document's supplies.
void match_reported_supplies(std::vector<UndirectedSupply>& undirected, std::vector<Relation>& out) {
  const std::size_t reported = out.size();
  for (UndirectedSupply& d : undirected) {
    auto named = [&](std::string_view id) {
      return std::binary_search(d.parties.begin(), d.parties.end(), id);
    };
    // (copies: `out` grows below, and views into its strings would not survive that)
    std::vector<std::pair<std::string, std::string>> pairs;
    for (std::size_t i = 0; i < reported; ++i) {
      const Relation& r = out[i];
      if (r.type == "supplies" && named(r.source) && named(r.target)) pairs.emplace_back(r.source, r.target);
    }
    if (pairs.empty() && d.parties.size() == 1) {
      std::string counterpart;
      bool one = true;
      for (std::size_t i = 0; i < reported && one; ++i) {
        const Relation& r = out[i];
        if (r.type != "supplies" || (!named(r.source) && !named(r.target))) continue;
        const std::string& other = named(r.source) ? r.target : r.source;
        one = counterpart.empty() || counterpart == other;
        counterpart = other;
        pairs.emplace_back(r.source, r.target);
      }
      if (!one) pairs.clear();
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [source, target] : pairs) {
      Relation r = d.relation;
      r.source = source;
      r.target = target;
      out.push_back(std::move(r));
    }
  }
}

// The head noun of an English item phrase or weapon category, singular: "battle tanks" -> "tank",
// "self-propelled howitzer" -> "howitzer" (items and categories are English by design).
std::string_view item_head(std::string_view phrase) {
  if (const std::size_t sp = phrase.rfind(' '); sp != std::string_view::npos) phrase.remove_prefix(sp + 1);
  constexpr std::size_t kStem = 3;  // ("gas" stays)
  if (phrase.size() > kStem && phrase.ends_with('s')) phrase.remove_suffix(1);
  return phrase;
}

// What an item of a relation is: a weapon system's category ("main battle tank") or the phrase.
std::string_view item_kind(const Knowledge& kb, std::string_view item) {
  if (!item.starts_with("weapon:")) return item;
  const auto it = kb.by_id.find(std::string(item));
  return it == kb.by_id.end() ? std::string_view() : std::string_view(kb.entities[it->second].category);
}

// Whether `anaphor` (OpenSupply::anaphor) may stand for what a relation supplied: any of its items
// where it names no kind or they name none ("weapons", or nothing); else the same weapon system
// or a version of it, or an item of the same kind ("the tanks" for K2 Black Panthers).
bool names_same_thing(const Knowledge& kb, const RelationLexicon& rl, std::string_view anaphor,
                      const std::vector<std::string>& items) {
  if (anaphor.empty() || rl.generic_items.contains(anaphor) || items.empty()) return true;
  auto family = [&](std::string_view id) -> std::string_view {
    if (!id.starts_with("weapon:")) return {};
    const auto it = kb.by_id.find(std::string(id));
    if (it == kb.by_id.end()) return id;
    const KnownEntity& e = kb.entities[it->second];
    return e.variant_of.empty() ? std::string_view(e.id) : std::string_view(e.variant_of);
  };
  // (a system named stands for none of another name: "The TAI Aksungurs" are no Gerbera drones)
  const bool named = anaphor.starts_with("weapon:");
  const bool names_system =
      std::any_of(items.begin(), items.end(), [](const std::string& i) { return i.starts_with("weapon:"); });
  const std::string_view kind = item_head(item_kind(kb, anaphor));
  for (const std::string& item : items) {
    if (item == anaphor || rl.generic_items.contains(item)) return true;
    if (named && names_system) {
      if (item.starts_with("weapon:") && family(item) == family(anaphor)) return true;
    } else if (!kind.empty() && item_head(item_kind(kb, item)) == kind) {
      return true;
    }
  }
  return false;
}

// Completes the supplies whose clause named one end (`open`, in the order of their sentences)
// from the nearest supply of the same thing (names_same_thing()) that one of the sentences
// before states (in `out`, to which they are added) or names one end of (`open`): "Poland buys
// weapons from South Korea. … The tanks come from Hyundai Rotem" (Hyundai Rotem supplies
// Poland), "The first Patriot systems have arrived in Ukraine. The batteries were delivered by
// the United States" (the United States supplies Ukraine). The evidence is the open supply's
// sentence, its modality, and its quote opens at the sentence the other end was found in.
void complete_open_supplies(const Knowledge& kb, const RelationLexicon& rl, std::vector<OpenSupply>& open,
                            std::vector<Relation>& out, std::span<const Evidence> evidence) {
  constexpr std::uint32_t kReach = 3;  // sentences back
  // (`out` holds the sentences' relations in their order, then those completed here, in the
  // order of `open`: each window is found by a search, so a document of many supplies costs
  // the log of their number per open one)
  const std::size_t reported = out.size();
  for (std::size_t i = 0; i < open.size(); ++i) {
    const Relation& p = open[i].relation;
    const std::uint32_t si = p.evidence.sentence;
    const bool source_known = !p.source.empty();
    const std::string& known = source_known ? p.source : p.target;
    // (a supplier is not taken from a supply that names nothing for a system the sentence names:
    // "…, die der Hersteller Irkut an die belarussische Luftwaffe auslieferte. … liefert die
    // Fahrgestelle für russische Iskander-Startfahrzeuge" is no supply of Irkut's)
    const bool system = open[i].anaphor.starts_with("weapon:");
    auto before = [&](const Relation& r) {
      return r.evidence.sentence < si && r.evidence.sentence + kReach >= si &&
             !(!source_known && system && r.items.empty()) &&
             names_same_thing(kb, rl, open[i].anaphor, r.items);
    };
    // a firm's state: an earlier supply of the firm's state is the one it takes part in ("Poland
    // buys weapons from South Korea. … The tanks come from Hyundai Rotem")
    std::string_view home;
    if (const auto it = kb.by_id.find(known); it != kb.by_id.end()) home = kb.entities[it->second].country;
    // the nearest, one of the known end or its state before others
    const Relation* best = nullptr;
    std::string other;
    bool best_home = false;
    auto consider = [&](const Relation& r) {
      const std::string& same = source_known ? r.source : r.target;
      const std::string& end = source_known ? r.target : r.source;
      if (end.empty() || end == known || !before(r)) return;
      const bool at_home = same == known || (!home.empty() && same == home);
      if (best && (best_home && !at_home)) return;
      if (best && best_home == at_home && r.evidence.sentence < best->evidence.sentence) return;
      best = &r;
      other = end;
      best_home = at_home;
    };
    // (a sentence that states a supply of the known end in that role: found there)
    bool stated = false;
    const std::uint32_t from = si >= kReach ? si - kReach : 0;
    auto r = std::lower_bound(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(reported), from,
                              [](const Relation& x, std::uint32_t s) { return x.evidence.sentence < s; });
    for (; r != out.begin() + static_cast<std::ptrdiff_t>(reported) && r->evidence.sentence <= si; ++r) {
      if (r->type != "supplies") continue;
      if (r->evidence.sentence == si && (source_known ? r->source : r->target) == known) stated = true;
      consider(*r);
    }
    for (std::size_t k = out.size(); k-- > reported && out[k].evidence.sentence >= from;) {
      if (out[k].evidence.sentence == si && (source_known ? out[k].source : out[k].target) == known)
        stated = true;
      consider(out[k]);
    }
    for (std::size_t k = i; k-- > 0 && open[k].relation.evidence.sentence >= from;)
      consider(open[k].relation);
    if (stated || !best) continue;
    Relation done = p;
    (source_known ? done.target : done.source) = other;
    if (done.items.empty()) done.items = best->items;  // ("the batteries": what they stood for)
    done.evidence.start = evidence[best->evidence.sentence].start;
    out.push_back(std::move(done));
  }
}

}  // namespace

std::vector<Relation> extract_relations(const Knowledge& kb, const RelationLexicon& rl, std::string_view text,
                                        std::span<const SentenceWords> sentences, const ResolvedDoc& doc,
                                        const std::vector<Evidence>& evidence) {
  std::vector<Relation> out;
  // sentence by sentence, each with its mentions
  SentenceScratch scratch;
  std::vector<UndirectedSupply> undirected;
  std::vector<OpenSupply> open;
  std::string_view previous_weapon;  // the first weapon system of the sentence before
  std::uint32_t previous_sentence = std::numeric_limits<std::uint32_t>::max();
  const Lexicon& lx = kb.lexicon(rl.lang);
  for (std::size_t first = 0; first < doc.found.size();) {
    const std::uint32_t si = doc.found[first].sentence;
    const std::size_t last = doc.mentions_in(si).second;
    SentenceRelations sr(kb, rl, lx, text, sentences[si], evidence[si], scratch);
    if (si > 0 && previous_sentence == si - 1) sr.set_antecedent_weapon(previous_weapon);
    previous_weapon = {};
    for (std::size_t i = first; i < last; ++i) {
      sr.add_mention(doc.found[i], doc.entity_of[i]);
      if (previous_weapon.empty() && doc.found[i].type == EntityType::weapon_system)
        previous_weapon = doc.entity_of[i];
    }
    previous_sentence = si;
    auto rels = sr.run();
    for (OpenSupply& o : sr.take_open_supplies()) open.push_back(std::move(o));
    const bool supplies =
        std::any_of(rels.begin(), rels.end(), [](const Relation& r) { return r.type == "supplies"; });
    if (auto denial = sr.pronoun_denial()) {
      undirected.push_back(std::move(*denial));
    } else if (!supplies) {
      if (auto d = sr.undirected_supply()) undirected.push_back(std::move(*d));
    }
    out.insert(out.end(), std::make_move_iterator(rels.begin()), std::make_move_iterator(rels.end()));
    first = last;
  }
  if (!open.empty()) complete_open_supplies(kb, rl, open, out, evidence);
  if (!undirected.empty()) match_reported_supplies(undirected, out);
  return out;
}

}  // namespace actorgraph::detail
