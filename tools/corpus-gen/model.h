// The material actorgraph-corpus-gen makes documents from: the sentence templates of one
// language (data/bench/templates.<lang>.json), parsed into literal text and slots such as
// {S}, {I} or {R:dat}, with the items, case forms and words that fill them; the shape of the
// corpus (data/bench/corpus.json: years, lengths, shares, invented names); and the actors
// and weapons of a document. Both files are validated against their schemas when loaded.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_MODEL_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_MODEL_H_

#include <rapidjson/document.h>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "actorgraph/result.h"

namespace actorgraph::corpus_gen {

// ---- templates ------------------------------------------------------------------------------

// A template as literal text and slots: "{S} levert {I} aan {R}." or "{R:dat}".
struct Piece {
  std::string text;  // literal, when slot is empty
  std::string slot;
  std::string form;  // case form of an actor or item slot: nom (default), acc, dat, gen
};
using Pattern = std::vector<Piece>;

// The slots that take an actor (the others: SRC, P, I, IP, Q, Y, M, D, PRON).
extern const std::set<std::string> kActorSlots;

// Whether `p` has the slot `slot` ("S", "IP", ...).
bool uses(const Pattern& p, const std::string& slot);

using Forms = std::map<std::string, std::string>;

struct SupplyTemplate {
  std::string id, modality, construction;
  bool covered = true;
  double weight = 1;
  Pattern text;
  std::vector<std::pair<std::string, std::string>> relations;
  std::set<std::string> singular;
  std::map<std::string, std::set<std::string>> types;
};

struct Item {
  std::string text, item;
  bool plural = false, countable = false;
  Forms forms;
};

struct Actor {
  std::string id;  // gazetteer id; empty for an invented actor
  std::string type;
  std::string name;
};

struct Weapon {
  std::string id, name;
};

struct Lang {
  std::string code;
  std::vector<SupplyTemplate> supplies;
  double total_weight = 0;
  std::vector<Pattern> statements, filler, headlines;
  std::vector<Item> items, weapon_patterns;
  double weapon_share = 0.3;
  std::vector<std::string> roles, legal_suffixes, firm_words, months;
  std::string thousands;
  Forms default_forms, invented_firm_forms, pronouns;
  std::map<std::string, Forms> forms;
  std::set<std::string> exclude;
  // pools drawn from the gazetteer
  std::vector<Actor> actors, sources;
  std::vector<std::size_t> frequent;
  std::vector<Weapon> weapons;
  std::vector<std::string> persons;
};

struct Corpus {
  std::vector<std::string> languages;
  int year_from = 2014, year_to = 2025;
  int par_min = 2, par_max = 5, sent_min = 2, sent_max = 5;
  double supply_share = 0.35, statement_share = 0.2;
  std::vector<std::string> frequent;
  double frequent_share = 0.5;
  std::set<std::string> supplier_org_kinds, source_org_kinds;
  double invented_firm_share = 0.1, invented_person_share = 0.7;
  std::vector<std::string> firm_stems, given_names, surnames, syllables;
  std::vector<std::string> synthetic_firm_words, synthetic_org_words;
};

// ---- reading them ---------------------------------------------------------------------------

// The string member `key` of `v`, or `def` when it has none.
std::string str(const rapidjson::Value& v, const char* key, const std::string& def = "");
// The array of strings `key` of `v`; empty when it has none.
std::vector<std::string> strings(const rapidjson::Value& v, const char* key);
// Reads the JSON file `path` and validates it against the schema file `schema`.
Result<rapidjson::Document> load_valid(const std::string& path, const std::string& schema);

// The corpus shape, from <root>/data/bench/corpus.json.
Result<Corpus> load_corpus(const std::string& root);
// The templates of language `code` ("nl", "de", "en"), from
// <root>/data/bench/templates.<code>.json. Its actor pools are empty: build_pools fills them.
Result<Lang> load_lang(const std::string& root, const std::string& code);

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_MODEL_H_
