// The data folders of the gazetteer scaling benchmark (bench/run): a copy of a data folder's
// schema/ and data/lexicon/ with a data/gazetteer/ that has exactly the number of aliases
// asked for, as the Extractor counts them: a reduced copy of the real gazetteer, or the
// real one plus invented firms and organisations (data/gazetteer/zz-synthetic.json).
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_WRITER_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_WRITER_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "actorgraph/result.h"
#include "gazetteer.h"
#include "model.h"

namespace actorgraph::corpus_gen {

// Writes such a folder to `out` from the data folder `root`, whose gazetteer is `g`, with
// `target` aliases, and prints what it wrote. A reduced copy keeps `c`'s frequent actors
// first; invented names are made of `c`'s syllables, drawn with `seed`.
Status write_gazetteer(const std::string& root, const std::string& out, std::size_t target,
                       const Gazetteer& g, const Corpus& c, std::uint64_t seed);

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_GAZETTEER_WRITER_H_
