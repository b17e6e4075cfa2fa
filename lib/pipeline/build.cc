// build(): ingest → extract → store, in one store transaction. With more than one thread the
// documents are extracted on worker threads and merged in input order (OrderedExtractor).
#include "actorgraph/build.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <thread>
#include <unordered_set>

#include "pipeline/ordered_extractor.h"
#include "text/string_map.h"

namespace actorgraph {

unsigned extraction_threads(unsigned threads) {
  if (threads > 0) return threads;
  return std::max(1u, std::thread::hardware_concurrency());
}

namespace {

// Merges extractions into the store in the order they come, counting what it does.
class Merger {
 public:
  Merger(Store& store, BuildSummary& summary) : store_(store), summary_(summary) {}

  // A document read twice in one build is merged once: the first copy is in the store
  // (within this build's transaction) by the time the second comes. (Each was not in the
  // store when it was read, so only one whose id this build has merged already can be stored
  // now: the store is asked about those alone.)
  void merge(const Extraction& x) {
    if (!failed_) return;
    const std::uint64_t id_hash = detail::hash_bytes(x.document.id);
    if (merged_.count(id_hash) > 0) {
      auto have = store_.has_document(x.document.id);
      if (!have) {
        failed_ = Error{have.message()};
        return;
      }
      if (*have) {
        ++summary_.documents_skipped;
        return;
      }
    }
    summary_.bytes += x.document.text.size();
    summary_.mentions += x.mentions.size();
    failed_ = store_.add(x);  // (ok until now: the first failure returned above)
    if (!failed_) return;
    ++summary_.documents_new;
    merged_.insert(id_hash);
  }

  [[nodiscard]] const Status& status() const { return failed_; }
  void fail(Status s) { failed_ = std::move(s); }

 private:
  Store& store_;
  BuildSummary& summary_;
  Status failed_;
  std::unordered_set<std::uint64_t> merged_;  // hashes of the ids of the documents merged
};

}  // namespace

Result<BuildSummary> build(std::span<const std::string> paths, const Extractor& extractor, Store& store,
                           const BuildOptions& options,
                           const std::function<void(const BuildProgress&)>& progress) {
  BuildSummary summary;
  if (Status s = store.begin_build(); !s) return Error{s.message()};
  // N threads: N-1 workers, and this one, which reads, writes the store and extracts when it
  // would otherwise wait (three busy threads on two cores would starve the store's). One
  // thread: no worker; this one extracts each document as it submits it, except one that
  // would wait for a dictionary still being read at start-up, which it extracts once that is
  // read or its window is full (documents in other languages go on meanwhile).
  const unsigned threads = extraction_threads(options.threads);
  detail::OrderedExtractor::Limits limits;
  limits.documents = std::max<std::size_t>(1, options.window_documents);
  limits.bytes = options.window_bytes;
  std::optional<detail::OrderedExtractor> pool;
  pool.emplace(extractor, threads - 1, limits);
  BuildProgress p;
  Merger merger(store, summary);
  // merges what is ready; else extracts a document itself; else waits for the oldest
  auto merge_or_help = [&] {
    if (auto x = pool->take_ready()) {
      merger.merge(*x);
    } else if (!pool->help()) {
      merger.merge(*pool->take_oldest());
    }
  };
  auto diags = read_documents(paths, options.ingest, [&](Document&& doc) {
    if (!merger.status()) return;
    ++p.documents_seen;
    p.bytes_seen += doc.text.size();
    p.current = doc.source;
    if (progress) progress(p);
    auto have = store.has_document(doc.id);
    if (!have) {
      merger.fail(Error{have.message()});
      return;
    }
    if (*have) {
      ++summary.documents_skipped;
      return;
    }
    while (!pool->has_room(doc.text.size())) merge_or_help();
    pool->submit(std::move(doc));
    if (threads == 1) {
      while (pool->help_ready()) {
      }
    }
    while (auto x = pool->take_ready()) merger.merge(*x);
  });
  // the workers still extract what is queued: the store writes its totals beside them
  if (threads > 1 && diags && merger.status()) {
    if (Status s = store.inputs_read(); !s) merger.fail(std::move(s));
  }
  while (!pool->empty()) merge_or_help();
  pool.reset();
  if (!diags) {
    store.abort_build();
    return Error{diags.message()};
  }
  if (!merger.status()) {
    store.abort_build();
    return Error{merger.status().message()};
  }
  summary.diagnostics = std::move(*diags);
  if (Status s = store.finish_build(); !s) return Error{s.message()};

  // the whole store counted where it is: loading it would take as much memory as it holds
  auto tally = store.tally();
  if (!tally) return Error{tally.message()};
  summary.entities_by_type = std::move(tally->entities_by_type);
  summary.relations_by_type = std::move(tally->relations_by_type);
  return summary;
}

}  // namespace actorgraph
