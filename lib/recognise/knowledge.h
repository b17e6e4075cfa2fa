// Knowledge: everything the recogniser knows, loaded from the data folder and immutable
// afterwards (safe to share between threads).
//
//  - the gazetteer (data/gazetteer/*.json): entities with names per language, capitals,
//    demonyms (inflected forms generated per language) and people nouns, in a trie over
//    folded words;
//  - the lexicons (data/lexicon/{nl,de,en}.json): role, organisation, firm and weapon cues,
//    generic-group heads, function words, name particles and suffixes;
//  - given names (data/lexicon/given_names.json), and Debian's Hunspell dictionaries to tell
//    ordinary words from names.
// Every file is validated against its JSON Schema in schema/ when loaded.
#ifndef ACTORGRAPH_RECOGNISE_KNOWLEDGE_H_
#define ACTORGRAPH_RECOGNISE_KNOWLEDGE_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/records.h"
#include "actorgraph/result.h"
#include "recognise/matcher.h"
#include "resolve/name_key.h"
#include "text/string_map.h"

class Hunspell;

namespace actorgraph::detail {

struct RoleFact {
  std::string role, of, relation, from, until;
};

struct KnownEntity {
  std::string id;
  EntityType type = EntityType::person;
  std::string label;
  std::vector<RoleFact> roles;
  std::string country;
  bool organ = false;  // an organisation that is an organ of its country's state (ontology's state_organs)
  std::string origin, producer;  // a weapon system's: the state it comes from, the firm that makes it
  // a weapon system's: what it is, in English ("main battle tank"), and the system it is a version of
  std::string category, variant_of;
  std::vector<std::vector<std::string>> name_words;  // folded words of each full name
};

enum class AliasKind : std::uint8_t { name, capital, demonym, people };

struct AliasHit {
  std::uint32_t entity = 0;
  AliasKind kind = AliasKind::name;
  bool weak = false;     // also an ordinary word: needs context
  bool cased = false;    // written with a capital: an all-lower-case match is not it
  bool acronym = false;  // written in capitals (PLA): "Plas" is not its plural
};

struct Cue {
  std::string kind;      // org/firm kind, or the group role
  std::string role;      // person roles: canonical English role
  std::string relation;  // person roles: official_of, leader_of, member_of
  bool pledge = false;   // supply nouns: a pledge, its delivery still to come ("aid package")
  bool agent = false;    // supply and purchase nouns: the one who supplies or buys ("supplier")
};

// What one folded word starts in a CueTable: the trie node of the phrases that begin with it,
// and the compound head it ends with. Found once per word (the Vocabulary), it answers the
// table's questions about the word without looking the word up again.
struct CueStart {
  std::uint32_t node = WordTrie::kNone;     // phrases beginning with the word, or none
  std::uint32_t head = SuffixIndex::kNone;  // the compound head it ends with, or none
  bool operator==(const CueStart&) const = default;
};

// Phrases of folded words mapped to cues, with closed-compound heads ("wapenhandelexpert").
class CueTable {
 public:
  void add(std::string_view phrase, Cue cue, bool compound_head);
  // Longest phrase starting at words[i]; returns the number of words and the cue.
  [[nodiscard]] std::optional<std::pair<std::size_t, const Cue*>> match(
      std::span<const std::string_view> words, std::size_t i) const;
  // The same, given what words[i] starts (start(words[i])). Most words start nothing: that is
  // answered here, without a call.
  [[nodiscard]] std::optional<std::pair<std::size_t, const Cue*>> match(
      std::span<const std::string_view> words, std::size_t i, const CueStart& first) const {
    if (first.node == WordTrie::kNone) {
      if (first.head == SuffixIndex::kNone) return std::nullopt;
      return std::make_pair(std::size_t{1}, &cues_[first.head]);
    }
    return match_phrase(words, i, first);
  }
  // Whether one folded word is a cue or ends with a compound-head cue.
  [[nodiscard]] const Cue* word(std::string_view folded) const { return word(start(folded)); }
  [[nodiscard]] const Cue* word(const CueStart& first) const;
  // What `folded` starts here; start_of_no_phrase() for a word known to begin no phrase.
  [[nodiscard]] CueStart start(std::string_view folded) const {
    return {trie_.child(WordTrie::kRoot, folded), heads_.first_match(folded, kMinCompoundRest)};
  }
  [[nodiscard]] CueStart start_of_no_phrase(std::string_view folded) const {
    return {WordTrie::kNone, heads_.first_match(folded, kMinCompoundRest)};
  }
  // Calls f(word) for each word a phrase begins with.
  template <typename F>
  void for_each_first_word(F&& f) const {
    trie_.for_each_first_word(f);
  }
  // Lets through every word that ends with a compound head of the table.
  [[nodiscard]] const TailFilter& head_tails() const { return heads_.tails(); }
  // Whether one folded word is itself a cue (not only the end of a compound).
  [[nodiscard]] bool trie_word(std::string_view folded) const {
    return trie_.find_word(folded) != WordTrie::kNone;
  }
  [[nodiscard]] std::size_t size() const { return cues_.size(); }

 private:
  // match() of a word that begins a phrase
  [[nodiscard]] std::optional<std::pair<std::size_t, const Cue*>> match_phrase(
      std::span<const std::string_view> words, std::size_t i, const CueStart& first) const;
  static constexpr std::size_t kMinCompoundRest = 3;  // letters before a compound head
  WordTrie trie_;
  std::vector<Cue> cues_;
  SuffixIndex heads_;  // folded compound heads -> cue index; the first listed wins
};

// A Hunspell dictionary, read from its two files when first needed (or by load()): reading
// them is a third of loading the knowledge, and commands that only resolve names never need
// it. Hunspell is slow and not thread-safe: dictionaries are read one at a time process-wide,
// calls are serialised, and each thread remembers the verdicts it has been given (words recur
// a lot in news).
class Dictionary {
 public:
  Dictionary(std::string aff, std::string dic);
  ~Dictionary();
  // Reads the dictionary unless it has been read; safe from any thread, once.
  void load() const;
  [[nodiscard]] bool loaded() const { return read_.load(std::memory_order_acquire); }
  // Marks it as waited for: a word is looked up in it before it is read (knows() does this).
  void want() const { wanted_.store(true, std::memory_order_release); }
  [[nodiscard]] bool wanted() const { return wanted_.load(std::memory_order_acquire); }
  // Reads `dictionaries` one after the other, each next the first that is wanted(), else the
  // first not read yet, so that the one extraction waits for is read first. Returns the
  // indices of those it found unread, in the order it took them.
  static std::vector<std::size_t> load_all(std::span<const Dictionary* const> dictionaries);
  // Is `word` (as written) an ordinary word of the language? Reads the dictionary first.
  bool knows(std::string_view word) const;
  // Is it one without being built as a compound of others ("Regierung", not "Nordholm" from
  // "Nord" and "Holm", which German compounding accepts)?
  bool knows_uncompounded(std::string_view word) const;

 private:
  static constexpr std::uint8_t kKnown = 1, kKnownAsCompound = 2;
  std::uint8_t spell(const std::string& word) const;  // 0, kKnown or kKnownAsCompound
  std::uint8_t verdict(std::string_view word) const;  // spell(), remembered per thread
  std::string aff_, dic_;
  mutable std::once_flag once_;
  mutable std::unique_ptr<Hunspell> h_;
  mutable std::atomic<bool> read_{false};
  mutable std::atomic<bool> wanted_{false};
  mutable std::mutex mu_;
  std::uint64_t id_;  // names this dictionary in the per-thread memo
};

// When Knowledge::load() reads the Hunspell dictionaries: from the load on, one after the other
// on a thread beside the rest of the load and then beside extraction (a word looked up in one
// not read yet waits for it, and it is read next); or only when a word is first looked up in one.
enum class Dictionaries { at_load, on_first_use };

// What a folded word is to one language's lexicon: its place in each cue table and in the word
// sets the recogniser asks about for every word of a sentence.
struct WordFacts {
  CueStart roles, org_cues, firm_cues, weapon_nouns;
  bool stopword = false, not_name = false, particle = false, legal_suffix = false;
  bool group_head = false;       // a key of Lexicon::group_heads
  bool state_noun = false;       // in Lexicon::state_nouns
  bool subject_pronoun = false;  // in Lexicon::subject_pronouns
  bool operator==(const WordFacts&) const = default;
};

struct Lexicon {
  std::string lang;
  FlatStringSet stopwords, not_names, particles, legal_suffixes;
  FlatStringSet small_legal_suffixes;   // as written, those in small letters: "plc", "mbH"
  FlatStringSet dotted_legal_suffixes;  // as written, those with a full stop: "Ltd.", "B.V."
  FlatStringSet designation_stop;       // folded, letters and digits only
  // folded: nouns that stand for a state after one of the possessives ("his country", "seines
  // Landes", "haar regering"), which stand for the state named before them (resolve/resolver.h)
  FlatStringSet state_nouns, possessives;
  // folded: personal pronouns that, as a clause's subject, stand for the party the sentence before
  // made its subject ("It also sent …", "Sie liefert …"; resolve/resolver.h)
  FlatStringSet subject_pronouns;
  std::vector<std::string> name_suffixes;    // folded, longest first
  std::array<bool, 256> name_suffix_ends{};  // the last bytes of name_suffixes
  FlatStringSet abbreviations;               // as written, for sentence breaks
  FlatStringSet firm_heads;                  // folded: words of trade that end a firm's name
  CueTable roles, org_cues, firm_cues, weapon_nouns;
  FlatStringMap<std::string> group_heads;  // folded word -> role
  std::unique_ptr<Dictionary> dictionary;

  // The facts of a folded word, asked of each table and set (a lookup in each). Extraction
  // reads them from the Vocabulary (recognise/vocabulary.h), which asks this once per word.
  [[nodiscard]] WordFacts facts(std::string_view folded) const;
  // The facts of a folded word that is in no set and begins no phrase: only the compound heads
  // it may end with.
  [[nodiscard]] WordFacts other_word_facts(std::string_view folded) const;
  // Calls f(word) for each word a set holds, each group head and each word a table's phrase
  // begins with; `heads` is then let through every word that ends with a compound head of a table.
  void for_each_word(const std::function<void(std::string_view)>& f, TailFilter& heads) const;
};

struct RelationType {
  std::string name;
  std::vector<EntityType> domain, range;
  bool organs_as_state = false;  // a state organ at either end stands for its state (ontology)
};

class RelationLexicon;
class Vocabulary;
class LanguageVocabulary;

class Knowledge {
 public:
  static Result<std::shared_ptr<const Knowledge>> load(const std::string& data_root,
                                                       Dictionaries dictionaries = Dictionaries::at_load);

  std::vector<KnownEntity> entities;
  std::unordered_map<std::string, std::uint32_t> by_id;
  WordTrie aliases;                               // folded words -> alias hits
  std::vector<std::vector<AliasHit>> alias_hits;  // indexed by trie value
  FlatStringMap<std::uint32_t> designations;      // "s400" -> weapon
  FlatStringMap<std::uint32_t> person_keys;       // name key -> person
  // the folded last word of a person's full name -> the person, or kSeveral where persons
  // share it ("pistorius" -> Boris Pistorius, "lawrow" -> Sergei Lavrov)
  FlatStringMap<std::uint32_t> surnames;
  static constexpr std::uint32_t kSeveral = static_cast<std::uint32_t>(-1);
  FlatStringSet given_names;                                                        // folded
  std::map<std::string, Lexicon> lexicons;                                          // by language
  std::map<std::string, std::shared_ptr<const RelationLexicon>> relation_lexicons;  // by language
  std::map<std::string, RelationType> relation_types;
  FlatStringSet state_organ_kinds;  // the ontology's state_organs
  NameKey name_key;
  std::size_t alias_count = 0;

  [[nodiscard]] const Lexicon& lexicon(const std::string& lang) const;
  // "nl", "de" or "en" for a text, from function-word counts.
  [[nodiscard]] std::string identify_language(std::string_view text) const;
  // The languages whose stop words include `folded`: bit i for the i-th of `lexicons`.
  [[nodiscard]] std::uint32_t stopword_languages(std::string_view folded) const;
  // Indexes the stop words of all lexicons at once (load() does; one lookup per word).
  void index_stopwords();
  // What each word is to the word tables of a language (recognise/vocabulary.h), `lang` as for
  // lexicon(). Built by index_vocabulary(); for a Knowledge filled by hand, one that asks the
  // tables themselves.
  [[nodiscard]] LanguageVocabulary vocabulary(const std::string& lang) const;
  // Builds the vocabulary of all languages (load() does, once every table is filled).
  void index_vocabulary();
  // Whether a relation of `type` may link these entity types (schema/ontology.json).
  [[nodiscard]] bool allows(const std::string& type, EntityType source, EntityType target) const;
  // The end a relation of `type` names for the entity `id`: its state where the entity is a state
  // organ and the type takes organs as their state (the Bundeswehr supplies as Germany); else `id`.
  [[nodiscard]] std::string_view party(const std::string& type, std::string_view id) const;

 private:
  FlatStringMap<std::uint32_t> stop_langs_;  // folded stop word -> stopword_languages()
  // all languages' words, the languages in the order of `lexicons`
  [[nodiscard]] std::shared_ptr<const Vocabulary> make_vocabulary(bool indexed) const;
  std::shared_ptr<const Vocabulary> vocabulary_;
  // The thread reading the dictionaries (Dictionaries::at_load). Declared after `lexicons`, so
  // that it is joined before they are freed.
  std::future<void> reading_;
};

// Adds the entities of one gazetteer file to `kb`: `text` is the file's content, `path` names
// it in messages, `schema_path` is schema/gazetteer.schema.json. Knowledge::load() reads each
// file of data/gazetteer the same way; tests and fuzz/fuzz_gazetteer.cc call it on text in
// memory. Refused text leaves `kb` partly filled: use a fresh Knowledge for each attempt.
Status load_gazetteer(Knowledge& kb, std::string_view text, const std::string& path,
                      const std::string& schema_path);

// Letters and digits of a folded designation: "S-400" -> "s400", "Dong-Feng 11" -> "dongfeng11".
std::string designation_key(std::string_view folded_words);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_KNOWLEDGE_H_
