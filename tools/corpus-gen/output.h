// How actorgraph-corpus-gen writes a document out: as one line of a .jsonl corpus or as a
// .txt file, and as its entry in the --truth file; and the sizes --size takes.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_OUTPUT_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_OUTPUT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "document.h"

namespace actorgraph::corpus_gen {

// One document's truth: its id, where it is (the .txt file relative to --out, or the line of
// the .jsonl file), its cast of actors and the supplies relations it states.
std::string truth_entry(const Doc& d, const std::string& key, const std::string& file, std::size_t line,
                        std::size_t bytes);

// The document as a line of the .jsonl corpus (id, title, date, lang, url, text), with its
// newline.
std::string jsonl_record(const Doc& d, const std::string& id);

// The document as a .txt file: a " date YYYY-MM-DD" line, the title, and each paragraph
// after an empty line.
std::string txt_file(const Doc& d);

// The bytes in a size such as 500KB, 20MB or 1GB (10^3 units; KiB, MiB, GiB are 2^10
// units), or nothing when it is not one.
std::optional<std::uint64_t> parse_size(const std::string& s);

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_OUTPUT_H_
