// Plain values and arrays of them as bytes, and back: the format of the caches a store keeps
// for queries (CompactGraph, NameIndex), with a checksum and the read of a current cache.
// Reading checks every length against what is left, so damaged bytes are refused, never
// misread.
#ifndef ACTORGRAPH_QUERY_BYTES_H_
#define ACTORGRAPH_QUERY_BYTES_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "actorgraph/result.h"
#include "actorgraph/store.h"

namespace actorgraph::detail {

class ByteWriter {
 public:
  template <typename T>
  void value(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  template <typename T>
  void array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    value<std::uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  void text(std::string_view t) {
    value<std::uint64_t>(t.size());
    out_.append(t);
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  bool value(T& v) {
    if (in_.size() < sizeof v) return false;
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return true;
  }
  // An array of exactly `expect` elements.
  template <typename T>
  bool array(std::vector<T>& v, std::uint64_t expect) {
    std::uint64_t n = 0;
    if (!value(n) || n != expect || n > in_.size() / sizeof(T)) return false;
    v.resize(n);
    if (n) std::memcpy(v.data(), in_.data(), n * sizeof(T));
    in_.remove_prefix(n * sizeof(T));
    return true;
  }
  bool text(std::string& t) {
    std::uint64_t n = 0;
    if (!value(n) || n > in_.size()) return false;
    t.assign(in_.data(), n);
    in_.remove_prefix(n);
    return true;
  }
  [[nodiscard]] bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

// A checksum of the cached bytes, eight at a time (a multiply-xorshift mix: fast, and damaged
// bytes pass only by a chance of one in 2^64; no defence against deliberate forgery, which
// needs write access to the store anyway).
inline std::uint64_t checksum(std::string_view bytes) {
  std::uint64_t h = 0x9e3779b97f4a7c15ULL ^ bytes.size();
  std::size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t w = 0;
    std::memcpy(&w, bytes.data() + i, 8);
    h = ((h ^ w) * 0xff51afd7ed558ccdULL);
    h ^= h >> 29;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 0x100000001b3ULL;
  return h ^ (h >> 32);
}

// A cache as a load finds it: the store's generation, read first (should a build commit while
// the caller rebuilds, what it writes is labelled with the older generation and never read),
// and the cached bytes when they were written for that generation and `read` asks for them.
struct CurrentCache {
  std::uint64_t generation = 0;
  std::optional<std::string> bytes;
};
inline Result<CurrentCache> read_current_cache(Store& store, std::string_view name, bool read) {
  auto generation = store.generation();
  if (!generation) return Error{generation.message()};
  CurrentCache c{*generation, std::nullopt};
  if (!read) return c;
  auto cached = store.read_cache(name, c.generation);
  if (!cached) return Error{cached.message()};
  c.bytes = std::move(*cached);
  return c;
}

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_QUERY_BYTES_H_
