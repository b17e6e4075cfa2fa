#include "export/relation_scan.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph::detail {
namespace {

constexpr std::size_t kRowsPerBatch = 2048;
// Read at most this far ahead of the visits (32,768 rows, about 12 MB of a summary's columns):
// while the calling thread reads the actors (`before`), the rows are read ahead.
constexpr std::size_t kBatchesAhead = 16;

// Rows copied out of the store's buffers: every string in one text, each by offset and length.
struct Batch {
  // A row's strings, in this order, then its items.
  enum Field : std::size_t {
    source,
    target,
    type,
    date,
    quote,
    doc,
    attribution,
    unit,
    role,
    mode,
    quantity_bound,
    items
  };
  struct Row {
    std::int64_t id = 0;
    Modality modality = Modality::alleged;
    std::uint32_t sentence = 0, start = 0, end = 0;
    std::optional<double> quantity;
    std::size_t first = 0;  // its first string
    std::size_t items = 0;
  };
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> strings;
  std::vector<Row> rows;

  // An empty batch with room for as much as `last` held.
  static Batch like(const Batch& last) {
    Batch b;
    b.text.reserve(last.text.size());
    b.strings.reserve(last.strings.size());
    b.rows.reserve(kRowsPerBatch);
    return b;
  }
  // Empty, keeping its room (a spent batch read into again).
  void clear() {
    text.clear();
    strings.clear();
    rows.clear();
  }

  void add(const RelationView& r) {
    rows.push_back(
        {r.id, r.modality, r.sentence, r.start, r.end, r.quantity, strings.size(), r.items.size()});
    for (std::string_view s : {r.source, r.target, r.type, r.date, r.quote, r.doc, r.attribution, r.unit,
                               r.role, r.mode, r.quantity_bound}) {
      keep(s);
    }
    for (const std::string& item : r.items) keep(item);
  }
  void keep(std::string_view s) {
    strings.emplace_back(text.size(), s.size());
    text.append(s);
  }
  [[nodiscard]] std::string_view string(std::size_t i) const {
    return std::string_view(text).substr(strings[i].first, strings[i].second);
  }
};

// Batches from the reading thread to the visiting one, at most kBatchesAhead waiting. The
// reader closes it when done; a visitor that stops early abandons it, and the reader's further
// batches are dropped rather than waited for. The visitor hands its spent batches back, and
// the reader reads into them again: memory already in use costs nothing, where fresh memory
// costs a page fault.
class BatchQueue {
 public:
  void give_back(Batch spent) {
    spent.clear();
    std::lock_guard<std::mutex> lock(mu_);
    spare_.push_back(std::move(spent));
  }
  // A spent batch, else an empty one with room for as much as `last` held.
  Batch next_like(const Batch& last) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (!spare_.empty()) {
        Batch b = std::move(spare_.back());
        spare_.pop_back();
        return b;
      }
    }
    return Batch::like(last);
  }
  // False once the visitor has abandoned the queue: nothing more is wanted.
  bool push(Batch batch) {
    std::unique_lock<std::mutex> lock(mu_);
    room_.wait(lock, [&] { return waiting_.size() < kBatchesAhead || abandoned_; });
    if (abandoned_) return false;
    waiting_.push_back(std::move(batch));
    ready_.notify_one();
    return true;
  }
  std::optional<Batch> pop() {
    std::unique_lock<std::mutex> lock(mu_);
    ready_.wait(lock, [&] { return !waiting_.empty() || closed_; });
    if (waiting_.empty()) return std::nullopt;
    Batch b = std::move(waiting_.front());
    waiting_.pop_front();
    room_.notify_one();
    return b;
  }
  void close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    ready_.notify_all();
  }
  void abandon() {
    std::lock_guard<std::mutex> lock(mu_);
    abandoned_ = true;
    waiting_.clear();
    room_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<Batch> waiting_;
  std::vector<Batch> spare_;
  bool closed_ = false, abandoned_ = false;
};

}  // namespace

Status scan_relations_beside(Store& store, RelationColumns columns,
                             const std::function<void(const RelationView&)>& visit,
                             const std::function<Status(Store&)>& then,
                             const std::function<Status()>& before) {
  // `before` runs beside the reading where the rows can be read over a handle of their own
  std::unique_ptr<Store> own;
  if (before) {
    if (auto handle = store.reader()) own = std::move(*handle);
  }
  if (before && !own) {
    if (Status s = before(); !s) return s;
  }
  Store& source = own ? *own : store;
  BatchQueue queue;
  struct Abandoned {};  // thrown into the scan once the visitor wants no more rows
  auto reader = std::async(std::launch::async, [&]() -> Status {
    struct Close {
      BatchQueue& q;
      ~Close() { q.close(); }  // also when reading throws: the visitor must not wait forever
    } close{queue};
    Batch batch;
    batch.rows.reserve(kRowsPerBatch);
    Status read = Status::ok();
    try {
      read = source.scan_relations(columns, [&](const RelationView& r) {
        batch.add(r);
        if (batch.rows.size() == kRowsPerBatch) {
          Batch next = queue.next_like(batch);
          if (!queue.push(std::exchange(batch, std::move(next)))) throw Abandoned{};
        }
      });
    } catch (const Abandoned&) {
      return Status::ok();  // (the visitor's failure is the one reported)
    }
    if (!batch.rows.empty()) queue.push(std::move(batch));
    if (read && then) {
      queue.close();  // every row handed over
      return then(source);
    }
    return read;
  });
  {
    struct Abandon {
      BatchQueue& q;
      ~Abandon() { q.abandon(); }  // a visit that throws leaves the reader nothing to wait for
    } abandon{queue};
    if (before && own) {
      if (Status s = before(); !s) return s;  // (the reader, abandoned, stops at its next batch)
    }
    std::vector<std::string> items;  // one row's, reused
    while (auto batch = queue.pop()) {
      auto field = [&](const Batch::Row& row, std::size_t k) { return batch->string(row.first + k); };
      for (const Batch::Row& row : batch->rows) {
        items.clear();
        for (std::size_t k = 0; k < row.items; ++k) items.emplace_back(field(row, Batch::items + k));
        RelationView r;
        r.id = row.id;
        r.source = field(row, Batch::source);
        r.target = field(row, Batch::target);
        r.type = field(row, Batch::type);
        r.modality = row.modality;
        r.date = field(row, Batch::date);
        r.items = items;
        r.quote = field(row, Batch::quote);
        r.doc = field(row, Batch::doc);
        r.sentence = row.sentence;
        r.start = row.start;
        r.end = row.end;
        r.attribution = field(row, Batch::attribution);
        r.quantity = row.quantity;
        r.unit = field(row, Batch::unit);
        r.role = field(row, Batch::role);
        r.mode = field(row, Batch::mode);
        r.quantity_bound = field(row, Batch::quantity_bound);
        visit(r);
      }
      queue.give_back(*std::move(batch));
    }
  }
  return reader.get();  // (rethrows what reading threw)
}

}  // namespace actorgraph::detail
