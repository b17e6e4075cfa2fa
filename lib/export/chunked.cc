#include "export/chunked.h"

#include <algorithm>
#include <future>
#include <thread>

namespace actorgraph::detail {

namespace {

// Items per chunk: enough that a thread's start-up is noise, few enough that the text of two
// chunks stays small (a GraphML edge is about 600 bytes).
constexpr std::size_t kChunk = 4096;

void format_range(std::size_t from, std::size_t to,
                  const std::function<void(std::size_t, std::string&)>& format, std::string& out) {
  out.clear();
  for (std::size_t i = from; i < to; ++i) format(i, out);
}

}  // namespace

void write_in_chunks(std::size_t n, const std::function<void(std::size_t, std::string&)>& format,
                     std::ostream& out) {
  std::string mine, theirs;
  const bool two = std::thread::hardware_concurrency() > 1 && n > kChunk;
  for (std::size_t from = 0; from < n;) {
    const std::size_t middle = std::min(n, from + kChunk);
    const std::size_t end = two ? std::min(n, middle + kChunk) : middle;
    // the second chunk on another thread while this one formats the first
    std::future<void> other;
    if (middle < end) {
      other = std::async(std::launch::async, [&] { format_range(middle, end, format, theirs); });
    }
    format_range(from, middle, format, mine);
    out << mine;
    if (other.valid()) {
      other.get();  // (rethrows what the other thread threw)
      out << theirs;
    }
    from = end;
  }
}

}  // namespace actorgraph::detail
