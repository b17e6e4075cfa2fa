// build(): the main job. Reads inputs, extracts each new document and merges the
// extractions into the store in one transaction, reporting progress as it goes. Documents
// may be extracted on several threads; they are merged in input order all the same.
#ifndef ACTORGRAPH_BUILD_H_
#define ACTORGRAPH_BUILD_H_

#include <cstdint>
#include <functional>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/ingest.h"
#include "actorgraph/store.h"

namespace actorgraph {

struct BuildOptions {
  IngestOptions ingest;
  // Threads that extract documents. 1: everything on the calling thread. N > 1: N-1 worker
  // threads extract while the calling thread reads the inputs, writes the store in input
  // order and extracts when it has nothing else to do; the store is the same, byte for byte,
  // whatever N. 0: one per hardware thread. Either way, while the Hunspell dictionaries are
  // being read at start-up, documents in a language whose dictionary is read go first.
  unsigned threads = 1;
  // How far extraction may run ahead of the store: at most this many documents, and this much
  // text (a bigger document goes alone). The store stops now and then to write the build's
  // totals; a window too small for those pauses leaves the workers idle. (With one thread,
  // extraction runs ahead only while a dictionary is being read.)
  std::size_t window_documents = 1024;
  std::uint64_t window_bytes = std::uint64_t{8} << 20;
};

// The number of extraction threads `threads` stands for (0: one per hardware thread).
unsigned extraction_threads(unsigned threads);

struct BuildProgress {
  std::uint32_t documents_seen = 0;
  std::uint64_t bytes_seen = 0;
  std::string current;  // the source being read
};

struct BuildSummary {
  std::uint32_t documents_new = 0, documents_skipped = 0;
  std::uint64_t bytes = 0;
  std::uint64_t mentions = 0;
  std::map<std::string, std::uint32_t> entities_by_type;   // over the whole store
  std::map<std::string, std::uint32_t> relations_by_type;  // aggregated edges, whole store
  std::vector<Diagnostic> diagnostics;
};

Result<BuildSummary> build(std::span<const std::string> paths, const Extractor& extractor, Store& store,
                           const BuildOptions& options,
                           const std::function<void(const BuildProgress&)>& progress = {});

}  // namespace actorgraph

#endif  // ACTORGRAPH_BUILD_H_
