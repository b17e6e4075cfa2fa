#include "export/chunked.h"

#include <algorithm>
#include <array>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>

namespace actorgraph::detail {

namespace {

constexpr std::size_t kChunk = kItemsPerChunk;
constexpr std::size_t kFormatters = 2;  // threads formatting chunks
constexpr std::size_t kSlots = 4;       // chunks of text held at once: chunk c in slot c % kSlots

void format_range(std::size_t from, std::size_t to,
                  const std::function<void(std::size_t, std::string&)>& format, std::string& out) {
  out.clear();
  for (std::size_t i = from; i < to; ++i) format(i, out);
}

// Chunks handed out in order to the formatting threads, each into its slot once the chunk
// kSlots before it has been written; the writer takes them in order as they are ready.
class ChunkRing {
 public:
  ChunkRing(std::size_t items, const std::function<void(std::size_t, std::string&)>& format)
      : items_(items), chunks_((items + kChunk - 1) / kChunk), format_(format) {}

  // A formatting thread: chunks until none is left or one failed.
  void format_chunks() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      free_.wait(lock, [&] { return failed_ || next_ == chunks_ || next_ < written_ + kSlots; });
      if (failed_ || next_ == chunks_) return;
      const std::size_t c = next_++;
      Slot& slot = slots_[c % kSlots];
      lock.unlock();
      try {
        format_range(c * kChunk, std::min(items_, (c + 1) * kChunk), format_, slot.text);
      } catch (...) {
        lock.lock();
        if (!failed_) error_ = std::current_exception();
        failed_ = true;
        ready_.notify_all();
        free_.notify_all();
        return;
      }
      lock.lock();
      slot.ready = true;
      ready_.notify_all();
    }
  }

  // The writing thread: each chunk in order.
  void write_chunks(std::ostream& out) {
    for (std::size_t c = 0; c < chunks_; ++c) {
      Slot& slot = slots_[c % kSlots];
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [&] { return failed_ || slot.ready; });
        if (failed_) return;
      }
      out << slot.text;
      std::lock_guard<std::mutex> lock(mu_);
      slot.ready = false;
      ++written_;
      free_.notify_all();
    }
  }

  // Stops the formatting threads at their next chunk (when writing fails).
  void stop() {
    std::lock_guard<std::mutex> lock(mu_);
    failed_ = true;
    free_.notify_all();
  }

  [[nodiscard]] std::exception_ptr error() const { return error_; }

 private:
  struct Slot {
    std::string text;
    bool ready = false;
  };
  const std::size_t items_, chunks_;
  const std::function<void(std::size_t, std::string&)>& format_;
  std::mutex mu_;
  std::condition_variable ready_, free_;
  std::array<Slot, kSlots> slots_;
  std::size_t next_ = 0;     // the first chunk not yet handed out
  std::size_t written_ = 0;  // chunks written
  bool failed_ = false;
  std::exception_ptr error_;
};

}  // namespace

void write_in_chunks(std::size_t n, const std::function<void(std::size_t, std::string&)>& format,
                     std::ostream& out) {
  if (std::thread::hardware_concurrency() < 2 || n <= kChunk) {
    std::string text;
    for (std::size_t from = 0; from < n; from += kChunk) {
      format_range(from, std::min(n, from + kChunk), format, text);
      out << text;
    }
    return;
  }
  // Two threads format chunks while this one writes them: writing the text (a copy into the
  // kernel's page cache) overlaps formatting. The threads live for the whole export: a thread
  // per chunk cost more in the allocator's clean-up at each thread's end than its formatting.
  ChunkRing ring(n, format);
  std::array<std::thread, kFormatters> formatters;
  for (std::thread& t : formatters) t = std::thread([&ring] { ring.format_chunks(); });
  struct Join {
    ChunkRing& ring;
    std::array<std::thread, kFormatters>& threads;
    ~Join() {
      ring.stop();
      for (std::thread& t : threads) t.join();
    }
  };
  {
    Join join{ring, formatters};
    ring.write_chunks(out);
  }
  if (ring.error()) std::rethrow_exception(ring.error());
}

}  // namespace actorgraph::detail
