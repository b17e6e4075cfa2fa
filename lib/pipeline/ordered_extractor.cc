#include "pipeline/ordered_extractor.h"

#include <utility>

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

void OrderedExtractor::run(Slot& s, std::unique_lock<std::mutex>& lock) {
  lock.unlock();
  Extraction x;
  std::exception_ptr error;
  try {
    x = extractor_.extract(s.doc);
  } catch (...) {
    error = std::current_exception();
  }
  lock.lock();
  s.result = std::move(x);
  s.error = error;
  s.doc = Document();  // the extraction holds its own copy
  s.done = true;
  slot_done_.notify_all();
}

bool OrderedExtractor::help() {
  std::unique_lock<std::mutex> lock(mu_);
  if (next_to_start_ >= slots_.size()) return false;
  run(slots_[next_to_start_++], lock);
  return true;
}

void OrderedExtractor::work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_ready_.wait(lock, [this] { return stopping_ || next_to_start_ < slots_.size(); });
    if (stopping_) return;
    // deque references stay valid while other slots are added or the front one is taken;
    // this one is not taken before it is done
    run(slots_[next_to_start_++], lock);
  }
}

}  // namespace actorgraph::detail
