#include "relate/relation_lexicon.h"

#include <iterator>
#include <utility>

#include "common/json_file.h"
#include "text/fold.h"

namespace actorgraph::detail {
namespace {

void words(const rapidjson::Value& d, const char* key, FlatStringSet& out) {
  auto it = d.FindMember(key);
  if (it == d.MemberEnd()) return;
  for (const auto& w : it->value.GetArray()) out.insert(fold_phrase(w.GetString()));
}

// The phrases of `arr` into `out`, and (given) the last word of each into `last_words`, the
// first into `first_words`.
void phrases(const rapidjson::Value& arr, WordTrie& out, FlatStringSet* last_words = nullptr,
             FlatStringSet* first_words = nullptr) {
  for (const auto& w : arr.GetArray()) {
    auto ws = split_words(fold_phrase(w.GetString()));
    if (ws.empty()) continue;
    if (last_words) last_words->insert(ws.back());
    if (first_words) first_words->insert(ws.front());
    out.insert(ws);
  }
}

void gapped(const rapidjson::Value& arr, Cues& out) {
  for (const auto& w : arr.GetArray()) {
    std::string text = w.GetString();
    std::size_t gap = text.find("\xE2\x80\xA6");  // …
    std::size_t gap_len = 3;
    if (gap == std::string::npos) {
      gap = text.find("...");
    }
    if (gap == std::string::npos) {
      auto ws = split_words(fold_phrase(text));
      if (!ws.empty()) out.trie.insert(ws);
      continue;
    }
    auto head = split_words(fold_phrase(text.substr(0, gap)));
    auto tail = split_words(fold_phrase(text.substr(gap + gap_len)));
    if (!head.empty() && !tail.empty()) out.gapped.push_back(GappedCue{std::move(head), std::move(tail)});
  }
}

// Whether a gapped cue's tail is a word that may be a particle or not (GappedCue::particle).
bool particle_tail(const RelationLexicon& rl, const GappedCue& cue) {
  if (cue.tail.size() != 1) return false;
  const std::string& tail = cue.tail.front();
  if (rl.complementizers.count(tail) != 0) return false;
  if (rl.articles.count(tail) == 0 && rl.prepositions.count(tail) == 0) return false;
  if (const auto* verbs = rl.verb(cue.head.back())) {
    for (const VerbInfo& v : *verbs) {
      if (!v.separable && v.particle == cue.tail) return false;  // "wartet … auf"
    }
  }
  return true;
}

void cues(const rapidjson::Value& d, const char* key, CueTable& out, const char* value_field) {
  auto it = d.FindMember(key);
  if (it == d.MemberEnd()) return;
  for (const auto& c : it->value.GetArray()) {
    Cue cue;
    auto v = c.FindMember(value_field);
    if (v != c.MemberEnd() && v->value.IsString()) cue.kind = v->value.GetString();
    auto pledge = c.FindMember("pledge");
    cue.pledge = pledge != c.MemberEnd() && pledge->value.IsBool() && pledge->value.GetBool();
    auto agent = c.FindMember("agent");
    cue.agent = agent != c.MemberEnd() && agent->value.IsBool() && agent->value.GetBool();
    auto h = c.FindMember("compound_head");
    out.add(c["cue"].GetString(), cue, h != c.MemberEnd() && h->value.IsBool() && h->value.GetBool());
  }
}

}  // namespace

Result<RelationLexicon> RelationLexicon::load(const std::string& path, const std::string& schema) {
  auto doc = read_json_file(path);
  if (!doc) return Error{doc.message()};
  if (Status s = validate_json(*doc, path, schema); !s) return Error{s.message()};
  const auto& d = *doc;
  RelationLexicon rl;
  rl.lang = d["lang"].GetString();
  auto verbs = [&](const char* key, VerbKind kind) {
    auto it = d.FindMember(key);
    if (it == d.MemberEnd()) return;
    for (const auto& v : it->value.GetArray()) {
      VerbInfo info;
      info.kind = kind;
      info.lemma = v["lemma"].GetString();
      if (v.HasMember("particle")) {
        info.particle = split_words(fold_phrase(v["particle"].GetString()));
        const std::string lemma = fold_phrase(info.lemma);
        info.separable = info.particle.size() == 1 && lemma.find(' ') == std::string::npos &&
                         lemma.size() > info.particle.front().size() &&
                         lemma.starts_with(info.particle.front());
      }
      if (v.HasMember("mode")) info.mode = v["mode"].GetString();
      info.market = v.HasMember("market") && v["market"].GetBool();
      info.needs_items = v.HasMember("needs_items") && v["needs_items"].GetBool();
      for (const auto& f : v["forms"].GetArray()) {
        const std::string folded = fold_phrase(f.GetString());
        if (folded.find(' ') != std::string::npos) continue;  // one word per form
        rl.verbs[folded].push_back(info);
      }
    }
  };
  verbs("supply_verbs", VerbKind::supply);
  verbs("receive_verbs", VerbKind::receive);
  verbs("use_verbs", VerbKind::use);
  verbs("produce_verbs", VerbKind::produce);
  verbs("fund_verbs", VerbKind::fund);
  verbs("sanction_verbs", VerbKind::sanction);
  verbs("negotiate_verbs", VerbKind::negotiate);
  verbs("unrelated_verbs", VerbKind::unrelated);
  cues(d, "supply_nouns", rl.supply_nouns, "mode");
  cues(d, "purchase_nouns", rl.purchase_nouns, "mode");
  cues(d, "order_nouns", rl.order_nouns, "mode");
  cues(d, "sanction_nouns", rl.sanction_nouns, "mode");
  cues(d, "items", rl.items, "item");
  if (auto it = d.FindMember("items"); it != d.MemberEnd()) {
    for (const auto& c : it->value.GetArray()) {
      auto g = c.FindMember("generic");
      if (g != c.MemberEnd() && g->value.IsBool() && g->value.GetBool())
        rl.generic_items.insert(c["item"].GetString());
    }
  }
  words(d, "recipient_preps", rl.recipient_preps);
  words(d, "source_preps", rl.source_preps);
  words(d, "agent_preps", rl.agent_preps);
  words(d, "with_preps", rl.with_preps);
  words(d, "passive_aux", rl.passive_aux);
  words(d, "origin_adjectives", rl.origin_adjectives);
  words(d, "articles", rl.articles);
  words(d, "prepositions", rl.prepositions);
  words(d, "clause_breaks", rl.clause_breaks);
  words(d, "coordinators", rl.coordinators);
  words(d, "complementizers", rl.complementizers);
  words(d, "relative_pronouns", rl.relative_pronouns);
  words(d, "definite_determiners", rl.definite_determiners);
  words(d, "conditionals", rl.conditionals);
  words(d, "partner_preps", rl.partner_preps);
  words(d, "variant_nouns", rl.variant_nouns);
  words(d, "genitive_preps", rl.genitive_preps);
  words(d, "arrival_verbs", rl.arrival_verbs);
  words(d, "origin_verbs", rl.origin_verbs);
  words(d, "denial_objects", rl.denial_objects);
  words(d, "vendor_preps", rl.vendor_preps);
  words(d, "market_preps", rl.market_preps);
  words(d, "win_verbs", rl.win_verbs);
  words(d, "possessive_determiners", rl.possessive_determiners);
  words(d, "pronouns", rl.pronouns);
  words(d, "auxiliaries", rl.auxiliaries);
  words(d, "target_preps", rl.target_preps);
  words(d, "member_lists", rl.member_lists);
  words(d, "member_list_tails", rl.member_list_tails);
  words(d, "disjunctions", rl.disjunctions);
  words(d, "member_nouns", rl.member_nouns);
  words(d, "contract_nouns", rl.contract_nouns);
  words(d, "declarative_complementizers", rl.declarative_complementizers);
  words(d, "perfect_auxiliaries", rl.perfect_auxiliaries);
  words(d, "contrast_markers", rl.contrast_markers);
  words(d, "restrictive_relatives", rl.restrictive_relatives);
  words(d, "verb_first_conditionals", rl.verb_first_conditionals);
  words(d, "pending_negations", rl.pending_negations);
  words(d, "compound_heads", rl.compound_heads);
  words(d, "time_nouns", rl.time_nouns);
  words(d, "via_preps", rl.via_preps);
  words(d, "object_control_verbs", rl.object_control_verbs);
  words(d, "infinitive_markers", rl.infinitive_markers);
  words(d, "infinitive_openers", rl.infinitive_openers);
  words(d, "implicative_verbs", rl.implicative_verbs);
  words(d, "thank_verbs", rl.thank_verbs);
  words(d, "thank_preps", rl.thank_preps);
  words(d, "adversative_verbs", rl.adversative_verbs);
  words(d, "benefactive_preps", rl.benefactive_preps);
  words(d, "copulas", rl.copulas);
  words(d, "anaphoric_nouns", rl.anaphoric_nouns);
  words(d, "aspect_verbs", rl.aspect_verbs);
  words(d, "delay_verbs", rl.delay_verbs);
  words(d, "denial_pronouns", rl.denial_pronouns);
  // a sanction verb whose lemma is a phrase with a sanction noun governs that noun ("impose
  // sanctions on"; not "sanction", whose lemma is the noun's form)
  for (auto& [form, infos] : rl.verbs) {
    for (VerbInfo& v : infos) {
      if (v.kind != VerbKind::sanction) continue;
      const std::vector<std::string> words = split_words(fold_phrase(v.lemma));
      if (words.size() < 2) continue;
      const std::vector<std::string_view> views(words.begin(), words.end());
      for (std::size_t i = 0; i < views.size() && !v.governs_sanction_noun; ++i)
        v.governs_sanction_noun = rl.sanction_nouns.match(views, i).has_value();
    }
  }
  const auto& m = d["modality"];
  gapped(m["alleged"], rl.alleged);
  gapped(m["planned"], rl.planned);
  gapped(m["denied"], rl.denied);
  gapped(m["negated"], rl.negated);
  if (auto g = d.FindMember("noun_governors"); g != d.MemberEnd()) gapped(g->value, rl.noun_governors);
  for (Cues* cues : {&rl.alleged, &rl.planned, &rl.denied, &rl.negated, &rl.noun_governors}) {
    for (GappedCue& cue : cues->gapped) {
      rl.gapped_heads.insert(cue.head.front());
      cue.particle = particle_tail(rl, cue);
    }
  }
  if (auto c = d.FindMember("comitatives"); c != d.MemberEnd()) phrases(c->value, rl.comitatives);
  if (auto f = d.FindMember("future_times"); f != d.MemberEnd())
    phrases(f->value, rl.future_times, nullptr, &rl.future_heads);
  if (auto f = d.FindMember("own_account"); f != d.MemberEnd()) phrases(f->value, rl.own_account);
  if (auto f = d.FindMember("hedge_exceptions"); f != d.MemberEnd()) phrases(f->value, rl.hedge_exceptions);
  if (auto f = d.FindMember("exchange_phrases"); f != d.MemberEnd())
    phrases(f->value, rl.exchange_phrases, nullptr, &rl.exchange_heads);
  if (auto a = d.FindMember("attribution"); a != d.MemberEnd()) {
    if (a->value.HasMember("before"))
      phrases(a->value["before"], rl.attribution_before, &rl.attribution_ends);
    words(a->value, "verbs", rl.attribution_verbs);
  }
  if (auto n = d.FindMember("numbers"); n != d.MemberEnd()) {
    for (const auto& kv : n->value.GetObject())
      rl.numbers[fold_phrase(kv.name.GetString())] = kv.value.GetDouble();
  }
  if (auto n = d.FindMember("quantity_bounds"); n != d.MemberEnd()) {
    for (const auto& kv : n->value.GetObject())
      rl.quantity_bounds[fold_phrase(kv.name.GetString())] = kv.value.GetString();
  }
  if (auto n = d.FindMember("months"); n != d.MemberEnd()) {
    for (const auto& kv : n->value.GetObject())
      rl.months[fold_phrase(kv.name.GetString())] = kv.value.GetInt();
  }
  // each word's set bits in one table: facts() asks once, not once per set
  for (std::size_t i = 0; i < std::size(kRelationWordSets); ++i) {
    for (const std::string& w : rl.*kRelationWordSets[i]) rl.set_bits_[w] |= WordSetBits{1} << i;
  }
  return rl;
}

namespace {
// The cue tables of compound heads, each with the field of RelationWordFacts it answers, and the
// modality cues with theirs: facts(), other_word_facts() and for_each_word() go through these.
constexpr std::pair<CueTable RelationLexicon::*, CueStart RelationWordFacts::*> kCueTables[] = {
    {&RelationLexicon::supply_nouns, &RelationWordFacts::supply_nouns},
    {&RelationLexicon::purchase_nouns, &RelationWordFacts::purchase_nouns},
    {&RelationLexicon::order_nouns, &RelationWordFacts::order_nouns},
    {&RelationLexicon::sanction_nouns, &RelationWordFacts::sanction_nouns},
    {&RelationLexicon::items, &RelationWordFacts::items}};
constexpr std::pair<Cues RelationLexicon::*, std::uint32_t RelationWordFacts::*> kModalityCues[] = {
    {&RelationLexicon::alleged, &RelationWordFacts::alleged},
    {&RelationLexicon::planned, &RelationWordFacts::planned},
    {&RelationLexicon::denied, &RelationWordFacts::denied},
    {&RelationLexicon::negated, &RelationWordFacts::negated}};
}  // namespace

RelationWordFacts RelationLexicon::facts(std::string_view folded) const {
  RelationWordFacts f;
  f.verbs = verb(folded);
  for (const auto& [table, field] : kCueTables) f.*field = (this->*table).start(folded);
  for (const auto& [cues, field] : kModalityCues)
    f.*field = (this->*cues).trie.child(WordTrie::kRoot, folded);
  if (auto it = set_bits_.find(folded); it != set_bits_.end()) f.sets = it->second;
  return f;
}

RelationWordFacts RelationLexicon::other_word_facts(std::string_view folded) const {
  RelationWordFacts f;
  for (const auto& [table, field] : kCueTables) f.*field = (this->*table).start_of_no_phrase(folded);
  return f;
}

void RelationLexicon::for_each_word(const std::function<void(std::string_view)>& f, TailFilter& heads) const {
  for (const auto& [form, infos] : verbs) {
    f(std::string_view(form));
    // the participles with adjective endings verb() finds them under
    if (lang == "de" || lang == "nl") {
      for (std::string_view end : {"en", "er", "es", "em", "e"}) f(std::string_view(form + std::string(end)));
    }
  }
  for (const auto set : kRelationWordSets) {
    for (const std::string& w : this->*set) f(std::string_view(w));
  }
  for (const auto& [cues, field] : kModalityCues) (this->*cues).trie.for_each_first_word(f);
  for (const auto& [table, field] : kCueTables) {
    (this->*table).for_each_first_word(f);
    heads.unite((this->*table).head_tails());
  }
}

const std::vector<VerbInfo>* RelationLexicon::verb(std::string_view folded) const {
  if (auto it = verbs.find(folded); it != verbs.end()) return &it->second;
  if (lang == "de" || lang == "nl") {
    for (std::string_view end : {"en", "er", "es", "em", "e"}) {
      if (folded.size() > end.size() + 4 && folded.ends_with(end)) {
        auto it = verbs.find(folded.substr(0, folded.size() - end.size()));
        if (it != verbs.end()) return &it->second;
      }
    }
  }
  return nullptr;
}

}  // namespace actorgraph::detail
