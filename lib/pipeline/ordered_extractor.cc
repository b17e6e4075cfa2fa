#include "pipeline/ordered_extractor.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace actorgraph::detail {

OrderedExtractor::OrderedExtractor(const Extractor& extractor, unsigned threads, Limits limits)
    : extractor_(extractor), limits_(limits) {
  workers_.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) workers_.emplace_back([this] { work(); });
}

OrderedExtractor::~OrderedExtractor() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

bool OrderedExtractor::has_room(std::uint64_t bytes) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (slots_.empty()) return true;
  return slots_.size() < limits_.documents && bytes_in_flight_ + bytes <= limits_.bytes;
}

void OrderedExtractor::submit(Document doc) {
  // (what extract() would find; known here, a document can be passed over without it)
  if (doc.lang.empty()) doc.lang = extractor_.language_of(doc);
  {
    std::lock_guard<std::mutex> lock(mu_);
    Slot& s = slots_.emplace_back();
    s.bytes = doc.text.size();
    s.doc = std::move(doc);
    bytes_in_flight_ += s.bytes;
  }
  work_ready_.notify_one();
}

bool OrderedExtractor::empty() const {
  std::lock_guard<std::mutex> lock(mu_);
  return slots_.empty();
}

std::optional<Extraction> OrderedExtractor::pop_front_locked() {
  Slot s = std::move(slots_.front());
  slots_.pop_front();
  --next_to_start_;
  if (resume_ > 0) --resume_;
  bytes_in_flight_ -= s.bytes;
  if (s.error) std::rethrow_exception(s.error);
  return std::move(s.result);
}

std::optional<Extraction> OrderedExtractor::take_ready() {
  std::lock_guard<std::mutex> lock(mu_);
  if (slots_.empty() || !slots_.front().done) return std::nullopt;
  return pop_front_locked();
}

std::optional<Extraction> OrderedExtractor::take_oldest() {
  std::unique_lock<std::mutex> lock(mu_);
  if (slots_.empty()) return std::nullopt;
  slot_done_.wait(lock, [this] { return slots_.front().done; });
  return pop_front_locked();
}

std::size_t OrderedExtractor::pick_locked(bool or_oldest) {
  // A language found waiting may have become ready (that only ever goes one way): then every
  // slot not started is looked at again. Else the look goes on where the last one stopped, and
  // each submit() costs one look, not one per document in flight.
  for (const std::string& lang : waiting_) {
    if (!extractor_.would_wait(lang)) {
      waiting_.clear();
      resume_ = next_to_start_;
      break;
    }
  }
  auto found_waiting = [&](const std::string& lang) {
    return std::find(waiting_.begin(), waiting_.end(), lang) != waiting_.end();
  };
  std::size_t i = std::max(resume_, next_to_start_);
  for (; i < slots_.size(); ++i) {
    if (slots_[i].started) continue;
    const std::string& lang = slots_[i].doc.lang;
    if (found_waiting(lang)) continue;
    if (!extractor_.would_wait(lang)) break;
    waiting_.push_back(lang);
  }
  resume_ = i;
  if (i < slots_.size()) return i;
  return or_oldest ? next_to_start_ : slots_.size();
}

void OrderedExtractor::run(std::size_t i, std::unique_lock<std::mutex>& lock) {
  // deque references stay valid while other slots are added or the front one is taken; this
  // one is not taken before it is done
  Slot& s = slots_[i];
  s.started = true;
  while (next_to_start_ < slots_.size() && slots_[next_to_start_].started) ++next_to_start_;
  lock.unlock();
  Extraction x;
  std::exception_ptr error;
  try {
    x = extractor_.extract(std::move(s.doc));
  } catch (...) {
    error = std::current_exception();
  }
  lock.lock();
  s.result = std::move(x);
  s.error = error;
  s.doc = Document();  // (taken over by the extraction, or its extraction failed)
  s.done = true;
  slot_done_.notify_all();
}

bool OrderedExtractor::help() { return help_with(true); }

bool OrderedExtractor::help_ready() { return help_with(false); }

bool OrderedExtractor::help_with(bool or_oldest) {
  std::unique_lock<std::mutex> lock(mu_);
  const std::size_t i = pick_locked(or_oldest);
  if (i >= slots_.size()) return false;
  run(i, lock);
  return true;
}

void OrderedExtractor::work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_ready_.wait(lock, [this] { return stopping_ || next_to_start_ < slots_.size(); });
    if (stopping_) return;
    run(pick_locked(true), lock);
  }
}

}  // namespace actorgraph::detail
