// The real gazetteer (data/gazetteer/*.json) as actorgraph-corpus-gen uses it: its files,
// read and validated, with an index from folded alias to entity ids; and, drawn from it, the
// pools of each language: actors (states, firms, organisations), news sources, persons and
// weapons, each under a name that is unambiguous in that language.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_H_

#include <rapidjson/document.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/result.h"
#include "model.h"

namespace actorgraph::corpus_gen {

struct Gazetteer {
  std::vector<std::string> files;  // sorted paths
  std::vector<rapidjson::Document> docs;
  std::map<std::string, std::set<std::string>> by_alias;  // folded alias -> entity ids
};

// Reads <root>/data/gazetteer/*.json, in file name order.
Result<Gazetteer> load_gazetteer(const std::string& root);

// Fills the pools of `L` (actors, frequent, sources, persons, weapons) from `g`: leaves out
// the entities in L.exclude, historical states and organisations that are neither
// suppliers nor sources by `c`'s kinds; a name from L.forms when it has one.
void build_pools(const Gazetteer& g, const Corpus& c, Lang& L);

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_H_
