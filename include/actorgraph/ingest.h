// Ingest: turns files and folders into Documents.
//
// Accepts UTF-8 plain text files, folders (walked recursively, in sorted order) and JSON
// Lines files (*.jsonl) of records {"id","title","date","lang","url","text"}. A leading
// metadata line " date 2023-03" sets a text file's date. Invalid UTF-8 is repaired with
// U+FFFD; binary files are skipped. Every problem becomes a Diagnostic that names the file
// and the place, and reading goes on with the rest.
#ifndef ACTORGRAPH_INGEST_H_
#define ACTORGRAPH_INGEST_H_

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/records.h"
#include "actorgraph/result.h"

namespace actorgraph {

struct Diagnostic {
  std::string where;  // "file", "file:line", "file:byte 1234"
  std::string message;
  bool fatal = false;  // nothing could be read from this input
};

struct IngestOptions {
  std::string force_lang;  // nl, de or en; empty: a JSON Lines record's "lang", else detected
                           // by the Extractor
};

// Calls `sink` for every document found under `paths`, in a stable order.
// Returns the diagnostics; fails only if an argument itself is unusable.
Result<std::vector<Diagnostic>> read_documents(std::span<const std::string> paths,
                                               const IngestOptions& options,
                                               const std::function<void(Document&&)>& sink);

// Makes a Document from text already in memory, as a text file with that content would
// give: repairs UTF-8, reads a leading " date ..." line and the title.
Document make_document(std::string_view text, std::string_view source, const IngestOptions& options = {});

// Reads JSON Lines already in memory exactly as read_documents() reads a .jsonl file with
// these bytes: `source` stands for the file name in diagnostics and in each Document's
// source ("source:line"). Returns the diagnostics. For callers that hold the bytes (tests,
// the fuzzer in fuzz/, a network reader).
std::vector<Diagnostic> read_jsonl(std::string_view bytes, std::string_view source,
                                   const IngestOptions& options, const std::function<void(Document&&)>& sink);

// The id of a document: a hash of its NFC-normalised text with white space collapsed.
std::string document_id(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_INGEST_H_
