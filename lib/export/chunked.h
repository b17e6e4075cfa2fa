// write_in_chunks: the text of items 0..n-1, formatted a chunk at a time on two threads and
// written in order. Contract: the bytes are those of formatting every item one after another
// on one thread, whatever the number of cores; format(i, out) appends item i to `out` and
// must only read shared data. At most two chunks of text are held at once.
#ifndef ACTORGRAPH_EXPORT_CHUNKED_H_
#define ACTORGRAPH_EXPORT_CHUNKED_H_

#include <cstddef>
#include <functional>
#include <ostream>
#include <string>

namespace actorgraph::detail {

void write_in_chunks(std::size_t n, const std::function<void(std::size_t, std::string&)>& format,
                     std::ostream& out);

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_EXPORT_CHUNKED_H_
