#include "recognise/knowledge.h"

#include <unicode/ubrk.h>
#include <hunspell/hunspell.hxx>

#include <future>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iterator>
#include <utility>

#include "common/json_file.h"
#include "recognise/vocabulary.h"
#include "relate/relation_lexicon.h"
#include "text/fold.h"
#include "text/segment.h"
#include "text/word_break.h"

namespace fs = std::filesystem;

namespace actorgraph::detail {
namespace {

constexpr const char* kLanguages[] = {"nl", "de", "en"};

std::vector<std::string> strings(const rapidjson::Value& v, const char* key) {
  std::vector<std::string> out;
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& s : it->value.GetArray()) {
    if (s.IsString()) out.emplace_back(s.GetString(), s.GetStringLength());
  }
  return out;
}

std::string str(const rapidjson::Value& v, const char* key) {
  auto it = v.FindMember(key);
  return it != v.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : std::string();
}

// Inflected forms of a state adjective, from its base form, by the rules of the language.
std::vector<std::string> inflect_demonym(const std::string& base, const std::string& lang) {
  std::vector<std::string> out{base};
  if (base.empty()) return out;
  if (lang == "de") {
    for (const char* e : {"e", "en", "er", "es", "em"}) out.push_back(base + e);
  } else if (lang == "nl") {
    const char last = base.back();
    const bool vowel_end = std::string("aeiouy").find(last) != std::string::npos;
    if (!vowel_end) {
      // Chinees -> Chinese, Portugees -> Portugese: a long vowel before one final consonant
      // is written single once the syllable opens; Russisch -> Russische, Iraans -> Iraanse.
      const std::size_t n = base.size();
      if (n >= 3 && base[n - 2] == base[n - 3] &&
          std::string("aeou").find(base[n - 2]) != std::string::npos) {
        out.push_back(base.substr(0, n - 2) + base.substr(n - 1) + "e");
      } else {
        out.push_back(base + "e");
      }
    }
  }
  return out;
}

// The dative and genitive forms of a German name of a state, organisation or firm that the
// text may use besides the one listed: the adjectives before the head take the weak ending
// (Vereinigte Staaten -> den Vereinigten Staaten, Vereinigtes Königreich -> im Vereinigten
// Königreich, Deutsche Bank -> der Deutschen Bank), and a head ending in -e its plural dative
// -n (Niederlande -> den Niederlanden, Emirate -> den Emiraten). Other languages: none.
std::vector<std::string> inflect_name(const std::string& name, const std::string& lang) {
  std::vector<std::string> out;
  if (lang != "de") return out;
  std::vector<std::string> words;
  for (std::size_t b = 0; b < name.size();) {
    const std::size_t e = std::min(name.find(' ', b), name.size());
    words.push_back(name.substr(b, e - b));
    b = e + 1;
  }
  if (words.empty()) return out;
  bool adjective = false;
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    std::string& w = words[i];
    if (w.empty() || w.front() < 'A' || w.front() > 'Z') continue;
    if (w.ends_with("es")) {
      w = w.substr(0, w.size() - 2) + "en";
      adjective = true;
    } else if (w.ends_with("e")) {
      w += "n";
      adjective = true;
    }
  }
  auto join = [&](bool plural_head) {
    std::string r;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (i) r += ' ';
      r += words[i];
      if (plural_head && i + 1 == words.size()) r += 'n';
    }
    return r;
  };
  if (adjective) out.push_back(join(false));
  if (words.back().ends_with("e")) out.push_back(join(true));
  return out;
}

Status load_ontology(Knowledge& kb, const std::string& root) {
  const std::string path = root + "/schema/ontology.json";
  auto doc = read_json_file(path);
  if (!doc) return Error{doc.message()};
  Status valid = validate_json(*doc, path, root + "/schema/ontology.schema.json");
  if (!valid) return valid;
  for (const auto& r : (*doc)["relation_types"].GetArray()) {
    RelationType t;
    t.name = r["name"].GetString();
    for (const auto& d : r["domain"].GetArray()) t.domain.push_back(*parse_entity_type(d.GetString()));
    for (const auto& d : r["range"].GetArray()) t.range.push_back(*parse_entity_type(d.GetString()));
    t.organs_as_state = r.HasMember("organs_as_state") && r["organs_as_state"].GetBool();
    kb.relation_types[t.name] = t;
  }
  if (auto organs = doc->FindMember("state_organs"); organs != doc->MemberEnd()) {
    for (const auto& k : organs->value["kinds"].GetArray()) kb.state_organ_kinds.insert(k.GetString());
  }
  return Status::ok();
}

void add_cues(CueTable& table, const rapidjson::Value& doc, const char* key) {
  auto it = doc.FindMember(key);
  if (it == doc.MemberEnd()) return;
  for (const auto& c : it->value.GetArray()) {
    Cue cue;
    cue.kind = str(c, "kind");
    cue.role = str(c, "role");
    cue.relation = str(c, "relation");
    auto head = c.FindMember("compound_head");
    table.add(c["cue"].GetString(), cue,
              head != c.MemberEnd() && head->value.IsBool() && head->value.GetBool());
  }
}

// A Hunspell dictionary a lexicon names: its two files, read later (see Knowledge::load).
struct DictionaryFiles {
  std::string lang, aff, dic;
};

// A language's lexicon file, read and valid, and the Hunspell dictionary it names.
struct LexiconFile {
  std::string lang, path;
  rapidjson::Document doc;
  std::optional<DictionaryFiles> dictionary;
};

Result<LexiconFile> read_lexicon(const std::string& root, const std::string& lang) {
  LexiconFile f{lang, root + "/data/lexicon/" + lang + ".json", {}, std::nullopt};
  auto doc = read_json_file(f.path);
  if (!doc) return Error{doc.message()};
  if (Status valid = validate_json(*doc, f.path, root + "/schema/lexicon.schema.json"); !valid)
    return Error{valid.message()};
  f.doc = std::move(*doc);
  const std::string dict = str(f.doc, "hunspell");
  if (!dict.empty()) {
    const std::string aff = "/usr/share/hunspell/" + dict + ".aff";
    const std::string dic = "/usr/share/hunspell/" + dict + ".dic";
    if (!fs::exists(aff) || !fs::exists(dic)) {
      return Error{f.path + ": Hunspell dictionary " + dic +
                   " is missing (install the Debian package hunspell-" +
                   (lang == "en"   ? std::string("en-us")
                    : lang == "de" ? std::string("de-de")
                                   : lang) +
                   ")"};
    }
    f.dictionary = DictionaryFiles{lang, aff, dic};
  }
  return f;
}

void load_lexicon(Knowledge& kb, const LexiconFile& file) {
  Lexicon& lx = kb.lexicons[file.lang];
  lx.lang = file.lang;
  const auto& d = file.doc;
  for (const auto& w : strings(d, "stopwords")) lx.stopwords.insert(fold(w));
  for (const auto& w : strings(d, "not_names")) lx.not_names.insert(fold(w));
  for (const auto& w : strings(d, "name_particles")) lx.particles.insert(fold(w));
  for (const auto& w : strings(d, "legal_suffixes")) {
    lx.legal_suffixes.insert(fold_phrase(w));
    if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') lx.small_legal_suffixes.insert(w);
    if (w.ends_with('.')) lx.dotted_legal_suffixes.insert(w);
  }
  for (const auto& w : strings(d, "designation_stoplist"))
    lx.designation_stop.insert(designation_key(fold_phrase(w)));
  for (const auto& w : strings(d, "name_suffixes")) {
    std::string f = fold(w);
    if (!f.empty()) lx.name_suffixes.push_back(f);
  }
  std::sort(lx.name_suffixes.begin(), lx.name_suffixes.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  lx.name_suffixes.erase(std::unique(lx.name_suffixes.begin(), lx.name_suffixes.end()),
                         lx.name_suffixes.end());
  for (const std::string& suffix : lx.name_suffixes)
    lx.name_suffix_ends[static_cast<unsigned char>(suffix.back())] = true;
  for (const std::string& a : strings(d, "abbreviations")) lx.abbreviations.insert(a);
  for (const auto& w : strings(d, "state_nouns")) lx.state_nouns.insert(fold(w));
  for (const auto& w : strings(d, "possessives")) lx.possessives.insert(fold(w));
  for (const auto& w : strings(d, "subject_pronouns")) lx.subject_pronouns.insert(fold(w));
  for (const auto& w : strings(d, "firm_heads")) lx.firm_heads.insert(fold(w));
  add_cues(lx.roles, d, "person_roles");
  add_cues(lx.org_cues, d, "org_cues");
  add_cues(lx.firm_cues, d, "firm_cues");
  add_cues(lx.weapon_nouns, d, "weapon_nouns");
  for (const auto& m : d["group_heads"].GetObject()) {
    for (const auto& w : m.value.GetArray()) lx.group_heads[fold_phrase(w.GetString())] = m.name.GetString();
  }
}

Status load_given_names(Knowledge& kb, const std::string& root) {
  const std::string path = root + "/data/lexicon/given_names.json";
  auto doc = read_json_file(path);
  if (!doc) return Error{doc.message()};
  if (Status s = validate_json(*doc, path, root + "/schema/given_names.schema.json"); !s)
    return Error{s.message()};
  for (const auto& w : strings(*doc, "names")) kb.given_names.insert(fold(w));
  return Status::ok();
}

struct GazetteerLoader {
  Knowledge& kb;
  StringMap<std::size_t> phrase_index;                                   // folded phrase -> index in hits
  std::vector<std::pair<std::string, std::vector<AliasHit>>> hits = {};  // in the order first seen

  void add_alias(const std::string& text, std::uint32_t entity, AliasKind kind, bool weak) {
    add_alias(text, fold_phrase(text), entity, kind, weak);
  }
  void add_alias(const std::string& text, const std::string& folded, std::uint32_t entity, AliasKind kind,
                 bool weak) {
    if (folded.empty()) return;
    AliasHit h;
    h.entity = entity;
    h.kind = kind;
    h.weak = weak;
    h.cased = kind != AliasKind::demonym && has_upper(text);
    h.acronym = all_upper(text) && text.find(' ') == std::string::npos;
    auto [at, fresh] = phrase_index.try_emplace(folded, hits.size());
    if (fresh) hits.emplace_back(folded, std::vector<AliasHit>{});
    auto& list = hits[at->second].second;
    for (const AliasHit& o : list) {
      if (o.entity == entity && o.kind == kind) return;
    }
    list.push_back(h);
    ++kb.alias_count;
  }

  // A gazetteer file, parsed and valid against `schema`: what load_doc() takes. Depends on
  // nothing loaded, so Knowledge::load reads the files on a thread of their own.
  static Result<rapidjson::Document> read_valid(std::string_view json, const std::string& path,
                                                const std::string& schema) {
    auto doc = parse_json(json, path);
    if (!doc) return Error{doc.message()};
    if (Status valid = validate_json(*doc, path, schema); !valid) return Error{valid.message()};
    return doc;
  }
  static Result<rapidjson::Document> read_valid_file(const std::string& path, const std::string& schema) {
    auto text = read_file(path);
    if (!text) return Error{text.message()};
    return read_valid(*text, path, schema);
  }

  Status load_text(std::string_view json, const std::string& path, const std::string& schema) {
    auto doc = read_valid(json, path, schema);
    if (!doc) return Error{doc.message()};
    return load_doc(*doc, path);
  }

  // The entities of a valid gazetteer file.
  Status load_doc(const rapidjson::Document& doc, const std::string& path) {
    const auto& arr = doc["entities"];
    for (rapidjson::SizeType i = 0; i < arr.Size(); ++i) {
      const auto& e = arr[i];
      KnownEntity k;
      k.id = e["id"].GetString();
      k.type = *parse_entity_type(e["type"].GetString());
      k.label = e["label"].GetString();
      k.country = str(e, "country");
      k.organ = k.type == EntityType::organization && !k.country.empty() &&
                kb.state_organ_kinds.contains(str(e, "kind"));
      k.origin = str(e, "origin");
      k.producer = str(e, "producer");
      k.category = str(e, "category");
      k.variant_of = str(e, "variant_of");
      if (kb.by_id.count(k.id)) {
        return Error{path + ": /entities/" + std::to_string(i) + ": duplicate id " + k.id};
      }
      auto roles = e.FindMember("roles");
      if (roles != e.MemberEnd()) {
        for (const auto& r : roles->value.GetArray()) {
          k.roles.push_back(
              {str(r, "role"), str(r, "of"), str(r, "relation"), str(r, "from"), str(r, "until")});
        }
      }
      const auto idx = static_cast<std::uint32_t>(kb.entities.size());
      std::unordered_set<std::string> weak;
      for (const auto& w : strings(e, "weak")) weak.insert(fold_phrase(w));
      auto each = [&](const char* field, AliasKind kind) {
        auto it = e.FindMember(field);
        if (it == e.MemberEnd()) return;
        for (const auto& m : it->value.GetObject()) {
          const std::string lang = m.name.GetString();
          for (const auto& s : m.value.GetArray()) {
            const std::string text = s.GetString();
            if (kind == AliasKind::demonym) {
              for (const auto& form : inflect_demonym(text, lang)) add_alias(form, idx, kind, false);
              continue;
            }
            const std::string folded = fold_phrase(text);
            add_alias(text, folded, idx, kind, weak.count(folded) > 0);
            if (kind != AliasKind::name) continue;
            if (k.type == EntityType::state || k.type == EntityType::organization ||
                k.type == EntityType::firm) {
              for (const auto& form : inflect_name(text, lang))
                add_alias(form, idx, kind, weak.count(folded) > 0);
            }
            auto words = split_words(folded);
            if (words.size() >= 2) k.name_words.push_back(words);
            if (k.type == EntityType::weapon_system &&
                folded.find_first_of("0123456789") != std::string::npos) {
              kb.designations.emplace(designation_key(folded), idx);
            }
            if (k.type == EntityType::person && words.size() >= 2) {
              kb.person_keys.emplace(kb.name_key.key(folded, lang == "xx" ? "en" : lang), idx);
              auto [at, fresh] = kb.surnames.emplace(words.back(), idx);
              if (!fresh && at->second != idx) at->second = Knowledge::kSeveral;
            }
          }
        }
      };
      each("names", AliasKind::name);
      each("capitals", AliasKind::capital);
      each("demonyms", AliasKind::demonym);
      each("people", AliasKind::people);
      // the label is a name too
      add_alias(k.label, idx, AliasKind::name, weak.count(fold_phrase(k.label)) > 0);
      if (k.type == EntityType::weapon_system && k.label.find_first_of("0123456789") != std::string::npos) {
        kb.designations.emplace(designation_key(fold_phrase(k.label)), idx);
      }
      kb.by_id.emplace(k.id, idx);
      kb.entities.push_back(std::move(k));
    }
    return Status::ok();
  }

  void finish() {
    for (auto& [phrase, list] : hits) {
      const std::uint32_t slot = kb.aliases.insert(split_words(phrase));
      if (slot >= kb.alias_hits.size()) kb.alias_hits.resize(slot + 1);
      for (const auto& h : list) kb.alias_hits[slot].push_back(h);
    }
  }
};

}  // namespace

Status load_gazetteer(Knowledge& kb, std::string_view text, const std::string& path,
                      const std::string& schema_path) {
  GazetteerLoader loader{kb, {}};
  if (Status s = loader.load_text(text, path, schema_path); !s) return s;
  loader.finish();
  return Status::ok();
}

std::string designation_key(std::string_view folded_words) {
  std::string out;
  for (char c : folded_words) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

void CueTable::add(std::string_view phrase, Cue cue, bool compound_head) {
  std::string folded = fold_phrase(phrase);
  if (folded.empty()) return;
  const std::uint32_t slot = trie_.insert(split_words(folded));
  if (slot >= cues_.size()) cues_.resize(slot + 1);
  cues_[slot] = std::move(cue);
  if (compound_head && folded.find(' ') == std::string::npos) heads_.add(folded, slot);
}

std::optional<std::pair<std::size_t, const Cue*>> CueTable::match(std::span<const std::string_view> words,
                                                                  std::size_t i) const {
  if (i >= words.size()) return std::nullopt;
  return match(words, i, start(words[i]));
}

std::optional<std::pair<std::size_t, const Cue*>> CueTable::match_phrase(
    std::span<const std::string_view> words, std::size_t i, const CueStart& first) const {
  std::optional<std::pair<std::size_t, const Cue*>> best;
  std::uint32_t n = first.node;
  for (std::size_t j = i; n != WordTrie::kNone;) {
    if (const std::uint32_t v = trie_.value(n); v != WordTrie::kNone) best.emplace(j - i + 1, &cues_[v]);
    if (++j >= words.size()) break;
    n = trie_.child(n, words[j]);
  }
  if (best) return best;
  // no phrase starts here, so the word is no cue by itself: only a compound head is left
  if (first.head != SuffixIndex::kNone) return std::make_pair(std::size_t{1}, &cues_[first.head]);
  return std::nullopt;
}

const Cue* CueTable::word(const CueStart& first) const {
  const std::uint32_t exact = trie_.value(first.node);
  if (exact != WordTrie::kNone) return &cues_[exact];
  // a compound ending with a head, with at least three letters before it
  return first.head == SuffixIndex::kNone ? nullptr : &cues_[first.head];
}

namespace {
// The lexicon's cue tables and word sets, each with the field of WordFacts it answers: facts(),
// other_word_facts() and for_each_word() go through these lists, so a table is added once.
constexpr std::pair<CueTable Lexicon::*, CueStart WordFacts::*> kCueTables[] = {
    {&Lexicon::roles, &WordFacts::roles},
    {&Lexicon::org_cues, &WordFacts::org_cues},
    {&Lexicon::firm_cues, &WordFacts::firm_cues},
    {&Lexicon::weapon_nouns, &WordFacts::weapon_nouns}};
constexpr std::pair<FlatStringSet Lexicon::*, bool WordFacts::*> kWordSets[] = {
    {&Lexicon::stopwords, &WordFacts::stopword},
    {&Lexicon::not_names, &WordFacts::not_name},
    {&Lexicon::particles, &WordFacts::particle},
    {&Lexicon::legal_suffixes, &WordFacts::legal_suffix},
    {&Lexicon::state_nouns, &WordFacts::state_noun},
    {&Lexicon::subject_pronouns, &WordFacts::subject_pronoun}};
}  // namespace

WordFacts Lexicon::facts(std::string_view folded) const {
  WordFacts f;
  for (const auto& [table, field] : kCueTables) f.*field = (this->*table).start(folded);
  for (const auto& [set, field] : kWordSets) f.*field = (this->*set).contains(folded);
  f.group_head = group_heads.find(folded) != group_heads.end();
  return f;
}

WordFacts Lexicon::other_word_facts(std::string_view folded) const {
  WordFacts f;
  for (const auto& [table, field] : kCueTables) f.*field = (this->*table).start_of_no_phrase(folded);
  return f;
}

void Lexicon::for_each_word(const std::function<void(std::string_view)>& f, TailFilter& heads) const {
  for (const auto& [set, field] : kWordSets) {
    for (const std::string& w : this->*set) f(std::string_view(w));
  }
  for (const auto& [w, role] : group_heads) f(std::string_view(w));
  for (const auto& [table, field] : kCueTables) {
    (this->*table).for_each_first_word(f);
    heads.unite((this->*table).head_tails());
  }
}

namespace {
std::atomic<std::uint64_t> next_dictionary_id{0};

// libhunspell keeps a process-wide count of the objects sharing one of its tables, without a
// lock: two dictionaries must not be read at the same time.
std::mutex& hunspell_reading() {
  static std::mutex m;
  return m;
}
}  // namespace

Dictionary::Dictionary(std::string aff, std::string dic)
    : aff_(std::move(aff)), dic_(std::move(dic)), id_(next_dictionary_id++) {}
Dictionary::~Dictionary() = default;

void Dictionary::load() const {
  std::call_once(once_, [this] {
    std::lock_guard<std::mutex> lock(hunspell_reading());
    h_ = std::make_unique<Hunspell>(aff_.c_str(), dic_.c_str());
    read_.store(true, std::memory_order_release);
  });
}

std::vector<std::size_t> Dictionary::load_all(std::span<const Dictionary* const> dictionaries) {
  std::vector<std::size_t> order;
  for (std::size_t round = 0; round < dictionaries.size(); ++round) {
    std::optional<std::size_t> next;
    for (std::size_t i = 0; i < dictionaries.size(); ++i) {
      if (dictionaries[i]->loaded()) continue;
      if (!next) next = i;
      if (dictionaries[i]->wanted()) {
        next = i;
        break;
      }
    }
    if (!next) break;
    if (!dictionaries[*next]->loaded()) order.push_back(*next);
    dictionaries[*next]->load();
  }
  return order;
}

std::uint8_t Dictionary::spell(const std::string& word) const {
  if (!loaded()) want();
  load();
  std::lock_guard<std::mutex> lock(mu_);
  int info = 0;
  if (!h_->spell(word, &info)) return 0;
  return (info & SPELL_COMPOUND) != 0 ? kKnownAsCompound : kKnown;
}

std::uint8_t Dictionary::verdict(std::string_view word) const {
  // per thread, per dictionary (by id: an address may be reused by a later dictionary)
  thread_local std::unordered_map<std::uint64_t, StringMap<std::uint8_t>> memo;
  StringMap<std::uint8_t>& verdicts = memo[id_];
  if (auto it = verdicts.find(word); it != verdicts.end()) return it->second;
  if (verdicts.size() > 200000) verdicts.clear();
  std::string w(word);
  const std::uint8_t v = spell(w);
  verdicts.emplace(std::move(w), v);
  return v;
}

bool Dictionary::knows(std::string_view word) const { return verdict(word) != 0; }

bool Dictionary::knows_uncompounded(std::string_view word) const { return verdict(word) == kKnown; }

const Lexicon& Knowledge::lexicon(const std::string& lang) const {
  auto it = lexicons.find(lang);
  return it != lexicons.end() ? it->second : lexicons.at("en");
}

bool Knowledge::allows(const std::string& type, EntityType source, EntityType target) const {
  auto it = relation_types.find(type);
  if (it == relation_types.end()) return false;
  const auto& t = it->second;
  return std::find(t.domain.begin(), t.domain.end(), source) != t.domain.end() &&
         std::find(t.range.begin(), t.range.end(), target) != t.range.end();
}

std::string_view Knowledge::party(const std::string& type, std::string_view id) const {
  if (!id.starts_with("org:")) return id;
  const auto t = relation_types.find(type);
  if (t == relation_types.end() || !t->second.organs_as_state) return id;
  const auto it = by_id.find(std::string(id));
  if (it == by_id.end() || !entities[it->second].organ) return id;
  return entities[it->second].country;
}

Result<std::shared_ptr<const Knowledge>> Knowledge::load(const std::string& root, Dictionaries when) {
  auto kb = std::make_shared<Knowledge>();
  if (!fs::is_directory(root + "/data") || !fs::is_directory(root + "/schema")) {
    return Error{root + ": not an actorgraph data folder (needs data/ and schema/); use --data"};
  }
  // The gazetteer files are read, parsed and validated on a thread of their own, in order,
  // while this one reads the rest (with 100k aliases that is half of start-up); they are
  // loaded here in the same order, each as it is ready, with the same errors as one thread.
  std::vector<std::string> files;
  std::error_code listing;
  for (const auto& f : fs::directory_iterator(root + "/data/gazetteer", listing)) {
    if (f.path().extension() == ".json") files.push_back(f.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::promise<Result<rapidjson::Document>>> read_files(files.size());
  std::vector<std::future<Result<rapidjson::Document>>> gazetteer;
  gazetteer.reserve(read_files.size());
  for (auto& r : read_files) gazetteer.push_back(r.get_future());
  const std::string gazetteer_schema = root + "/schema/gazetteer.schema.json";
  auto reader = std::async(std::launch::async, [&files, &read_files, &gazetteer_schema] {
    for (std::size_t i = 0; i < files.size(); ++i) {
      try {
        read_files[i].set_value(GazetteerLoader::read_valid_file(files[i], gazetteer_schema));
      } catch (...) {
        read_files[i].set_exception(std::current_exception());
      }
    }
  });
  // The lexicon files name the Hunspell dictionaries: they are read first, so that the
  // dictionaries' reading starts before the rest.
  std::vector<LexiconFile> lexicon_files;
  std::vector<DictionaryFiles> dictionaries;
  for (const char* lang : kLanguages) {
    auto file = read_lexicon(root, lang);
    if (!file) return Error{file.message()};
    if (file->dictionary) dictionaries.push_back(*file->dictionary);
    lexicon_files.push_back(std::move(*file));
  }
  // Hunspell reads its dictionaries (a third of start-up), one after the other (see
  // Dictionary), on another thread while this one reads the rest and returns: extraction waits
  // only for a dictionary it needs that is not read yet. Or each is read when first used. An
  // early return waits for the reading in the future's destructor. (Read smallest first, the
  // English and German ones came sooner, but a Dutch-only corpus waited 50 ms longer.)
  std::vector<std::unique_ptr<Dictionary>> read;
  read.reserve(dictionaries.size());
  for (const DictionaryFiles& d : dictionaries) read.push_back(std::make_unique<Dictionary>(d.aff, d.dic));
  std::future<void> hunspell;
  if (when == Dictionaries::at_load) {
    std::vector<const Dictionary*> in_order;  // (they stay where they are when kb takes them)
    in_order.reserve(read.size());
    for (const auto& d : read) in_order.push_back(d.get());
    hunspell = std::async(std::launch::async,
                          [in_order = std::move(in_order)] { (void)Dictionary::load_all(in_order); });
  }
  if (Status s = load_ontology(*kb, root); !s) return Error{s.message()};
  auto nk = NameKey::load(root + "/data/lexicon/name_key.json", root + "/schema/name_key.schema.json");
  if (!nk) return Error{nk.message()};
  kb->name_key = std::move(*nk);
  for (const LexiconFile& file : lexicon_files) load_lexicon(*kb, file);
  lexicon_files.clear();
  for (const char* lang : kLanguages) {
    auto rl = RelationLexicon::load(root + "/data/lexicon/relations." + lang + ".json",
                                    root + "/schema/relations.schema.json");
    if (!rl) return Error{rl.message()};
    kb->relation_lexicons[lang] = std::make_shared<const RelationLexicon>(std::move(*rl));
  }
  if (Status s = load_given_names(*kb, root); !s) return Error{s.message()};
  if (listing) return Error{root + "/data/gazetteer: " + listing.message()};
  GazetteerLoader loader{*kb, {}};
  for (std::size_t i = 0; i < files.size(); ++i) {
    Result<rapidjson::Document> doc = gazetteer[i].get();  // (rethrows what reading threw; freed once loaded)
    if (!doc) return Error{doc.message()};
    if (Status s = loader.load_doc(*doc, files[i]); !s) return Error{s.message()};
  }
  loader.finish();
  kb->index_stopwords();
  kb->index_vocabulary();
  for (std::size_t i = 0; i < dictionaries.size(); ++i) {
    kb->lexicons[dictionaries[i].lang].dictionary = std::move(read[i]);
  }
  kb->reading_ = std::move(hunspell);
  return std::shared_ptr<const Knowledge>(std::move(kb));
}

std::string Knowledge::identify_language(std::string_view text) const {
  // Count function words among the first few thousand bytes (cut at a space).
  std::size_t cut = std::min<std::size_t>(text.size(), 6000);
  if (cut < text.size()) {
    const std::size_t sp = text.rfind(' ', cut);
    cut = sp == std::string_view::npos ? 0 : sp;
  }
  std::vector<int> score(lexicons.size(), 0);  // in the order of `lexicons`
  // the words tokenize() would give, without the rest of their tokens
  thread_local std::vector<WordSegment> segments;
  segments.clear();
  word_segments(text.substr(0, cut), segments);
  for (const WordSegment& w : segments) {
    if (w.status < UBRK_WORD_NONE_LIMIT) continue;
    const std::uint32_t langs = stopword_languages(fold(text.substr(w.b, w.e - w.b)));
    for (std::size_t i = 0; i < score.size(); ++i) score[i] += (langs >> i) & 1u;
  }
  std::string best = "en";
  int best_score = 0;
  std::size_t i = 0;
  for (const auto& [lang, lx] : lexicons) {
    if (score[i] > best_score) {
      best = lang;
      best_score = score[i];
    }
    ++i;
  }
  return best;
}

std::uint32_t Knowledge::stopword_languages(std::string_view folded) const {
  if (!stop_langs_.empty()) {
    auto it = stop_langs_.find(folded);
    return it == stop_langs_.end() ? 0 : it->second;
  }
  std::uint32_t langs = 0, bit = 1;  // a Knowledge filled by hand: no index yet
  for (const auto& [lang, lx] : lexicons) {
    if (lx.stopwords.count(folded)) langs |= bit;
    bit <<= 1;
  }
  return langs;
}

std::shared_ptr<const Vocabulary> Knowledge::make_vocabulary(bool indexed) const {
  std::vector<Vocabulary::Language> languages;
  for (const auto& [lang, lx] : lexicons) {
    const auto rl = relation_lexicons.find(lang);
    languages.push_back({&lx, rl == relation_lexicons.end() ? nullptr : rl->second.get()});
  }
  return std::make_shared<const Vocabulary>(std::move(languages), aliases, indexed);
}

LanguageVocabulary Knowledge::vocabulary(const std::string& lang) const {
  auto it = lexicons.find(lang);
  if (it == lexicons.end()) it = lexicons.find("en");
  const auto language = static_cast<std::size_t>(std::distance(lexicons.begin(), it));
  return {vocabulary_ ? vocabulary_ : make_vocabulary(false), language};
}

void Knowledge::index_vocabulary() { vocabulary_ = make_vocabulary(true); }

void Knowledge::index_stopwords() {
  stop_langs_.clear();
  std::uint32_t bit = 1;
  for (const auto& [lang, lx] : lexicons) {
    for (const std::string& w : lx.stopwords) stop_langs_[w] |= bit;
    bit <<= 1;
  }
}

}  // namespace actorgraph::detail
