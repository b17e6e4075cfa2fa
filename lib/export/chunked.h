// write_in_chunks: the text of items 0..n-1, formatted a chunk at a time on two threads and
// written in order by the calling thread. Contract: the bytes are those of formatting every
// item one after another on one thread, whatever the number of cores; format(i, out) appends
// item i to `out` and must only read shared data. At most three chunks of text are held at
// once (two being formatted, one being written).
#ifndef ACTORGRAPH_EXPORT_CHUNKED_H_
#define ACTORGRAPH_EXPORT_CHUNKED_H_

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace actorgraph::detail {

// Items per chunk: enough that a thread's start-up is noise (a GraphML edge is about 600
// bytes, a JSON edge with its evidence a few kilobytes), few enough that the two formatting
// threads finish close together.
inline constexpr std::size_t kItemsPerChunk = 1024;

void write_in_chunks(std::size_t n, const std::function<void(std::size_t, std::string&)>& format,
                     std::ostream& out);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_CHUNKED_H_
