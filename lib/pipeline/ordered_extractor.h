// OrderedExtractor: extracts documents on worker threads and hands the extractions back in
// the order the documents were submitted, so that what is merged into the store does not
// depend on the number of threads or on which thread finished first. The caller can lend a
// hand (help()): on N cores, N-1 workers and a caller that writes the store and extracts
// when it has nothing else to do keep every core busy without a thread too many.
//
// The documents in flight (queued, being extracted, or extracted and not yet taken) are
// bounded by a count and by their bytes, so memory stays bounded whatever the size of the
// corpus: before submitting, the caller takes the oldest extractions until has_room().
//
// Documents are started oldest first, except that one whose extraction would wait for
// knowledge still being read (Extractor::would_wait: at start-up, the Hunspell dictionary of
// its language) is passed over for a later one that would not, while there is one. With no
// workers at all, a caller that helps after each submit() extracts on one thread with the same
// benefit. The extractions still come back in submission order.
#ifndef ACTORGRAPH_PIPELINE_ORDERED_EXTRACTOR_H_
#define ACTORGRAPH_PIPELINE_ORDERED_EXTRACTOR_H_

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/records.h"

namespace actorgraph::detail {

class OrderedExtractor {
 public:
  struct Limits {
    std::size_t documents = 16;       // in flight at most (at least one is always allowed)
    std::uint64_t bytes = 64u << 20;  // text in flight at most (a bigger document goes alone)
  };

  OrderedExtractor(const Extractor& extractor, unsigned threads, Limits limits);
  OrderedExtractor(const OrderedExtractor&) = delete;
  OrderedExtractor& operator=(const OrderedExtractor&) = delete;
  // Stops the workers; extractions not taken are dropped.
  ~OrderedExtractor();

  // Whether a document of `bytes` may be submitted now without exceeding the limits. When it
  // may not, take the oldest extraction first (take_oldest() waits for it).
  [[nodiscard]] bool has_room(std::uint64_t bytes) const;
  void submit(Document doc);

  [[nodiscard]] bool empty() const;  // nothing in flight
  // Extracts a document no worker has started, on the calling thread (the oldest that would
  // not wait, else the oldest); false when there is none.
  bool help();
  // The same, but only a document whose extraction would not wait; false when there is none.
  bool help_ready();
  // The oldest extraction if it is ready, without waiting.
  std::optional<Extraction> take_ready();
  // The oldest extraction, waiting for it; nothing if nothing is in flight. An exception
  // thrown by extract() is rethrown here, in submission order.
  std::optional<Extraction> take_oldest();

 private:
  struct Slot {
    Document doc;  // its lang filled in by submit()
    std::uint64_t bytes = 0;
    bool started = false;
    bool done = false;
    Extraction result;
    std::exception_ptr error;
  };
  void work();
  bool help_with(bool or_oldest);
  // The slot to start next: the oldest not started whose extraction would not wait, else (with
  // `or_oldest`) the oldest not started; slots_.size() when there is none.
  [[nodiscard]] std::size_t pick_locked(bool or_oldest);
  // Starts slots_[i]: extracts it with the lock released, then marks it done (the lock is held
  // again).
  void run(std::size_t i, std::unique_lock<std::mutex>& lock);
  std::optional<Extraction> pop_front_locked();

  const Extractor& extractor_;
  const Limits limits_;
  mutable std::mutex mu_;
  std::condition_variable work_ready_;  // a slot to extract, or stopping
  std::condition_variable slot_done_;   // a slot has been extracted
  std::deque<Slot> slots_;              // in submission order, oldest first
  std::size_t next_to_start_ = 0;       // index into slots_ of the first slot not started
  // What the last pick found: the slots not started in [next_to_start_, resume_) are all in a
  // language of `waiting_`, whose extraction would wait.
  std::size_t resume_ = 0;
  std::vector<std::string> waiting_;
  std::uint64_t bytes_in_flight_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_PIPELINE_ORDERED_EXTRACTOR_H_
