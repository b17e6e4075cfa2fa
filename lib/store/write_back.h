// WriteBack: starts the kernel writing a store's files to disk while a build is still writing
// them, so that the commit's sync finds little left to write.
//
// A build writes tens of megabytes into the operating system's page cache; without this, all
// of it goes to disk in the commit's fdatasync, while the caller waits and no core extracts
// (about 140 ms of a 20 MB corpus's 2-thread build). Each time the database has written
// another `every_bytes`, WriteBack asks the kernel to start writing the files' dirty pages
// (Linux sync_file_range with SYNC_FILE_RANGE_WRITE: it queues the writes and does not wait
// for them), as RocksDB's bytes_per_sync does. It only starts writes: durability still comes
// from SQLite's own sync at the commit, and a file that cannot be opened (a WAL not made yet)
// is passed over. Elsewhere than on Linux it does nothing.
#ifndef ACTORGRAPH_STORE_WRITE_BACK_H_
#define ACTORGRAPH_STORE_WRITE_BACK_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace actorgraph::detail {

class WriteBack {
 public:
  static constexpr std::uint64_t kEveryBytes = std::uint64_t{4} << 20;

  explicit WriteBack(std::vector<std::string> files, std::uint64_t every_bytes = kEveryBytes)
      : files_(std::move(files)), every_(every_bytes) {}

  // `bytes`: what the database has written to these files so far (never less than the last
  // call's). Starts writing them back when that is `every_bytes` more than at the last start;
  // true if it did.
  bool written(std::uint64_t bytes);

 private:
  std::vector<std::string> files_;
  std::uint64_t every_;
  std::uint64_t at_last_start_ = 0;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_STORE_WRITE_BACK_H_
