// Hash containers keyed by std::string that can be searched with a std::string_view (or a
// const char*) without building a std::string first, with a hash made for short keys: the
// standard ones for tables that grow (caches), flat ones for tables filled once.
//
// Recognition looks every word of a text up in a dozen tables (tries, stop words, cues,
// verbs), so the lookup is among the hottest code there is: no key is copied, and the hash
// reads a short word in one or two 8-byte loads. Nothing iterates these containers, so their
// order, which depends on the hash, never reaches an output.
#ifndef ACTORGRAPH_TEXT_STRING_MAP_H_
#define ACTORGRAPH_TEXT_STRING_MAP_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace actorgraph::detail {

__extension__ using Uint128 = unsigned __int128;  // GCC and Clang

// A 64-bit hash of a byte string: one 64x64->128 multiply per 8 bytes (as wyhash mixes).
inline std::uint64_t hash_bytes(std::string_view s) noexcept {
  auto mix = [](std::uint64_t a, std::uint64_t b) {
    const Uint128 r = static_cast<Uint128>(a) * b;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  };
  auto load64 = [](const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load32 = [](const char* p) {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return static_cast<std::uint64_t>(v);
  };
  constexpr std::uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull;
  const char* p = s.data();
  std::size_t n = s.size();
  std::uint64_t h = k0 ^ n;
  while (n > 16) {
    h = mix(h ^ load64(p), k1);
    p += 8;
    n -= 8;
  }
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = load64(p);
    b = load64(p + n - 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0) {
    a = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
        (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8) |
        static_cast<unsigned char>(p[n - 1]);
  }
  return mix(a ^ k1, b ^ h);
}

// The hash of a key made of two numbers and a string (an edge: its two ends and its type).
inline std::uint64_t hash_pair_and_bytes(std::uint64_t a, std::uint64_t b, std::string_view s) noexcept {
  std::uint64_t h = hash_bytes(s) ^ (a * 0x9E3779B97F4A7C15ULL) ^ (b * 0xC2B2AE3D27D4EB4FULL);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}

// Not noexcept, on purpose: libstdc++ keeps each node's hash code only for a hash it cannot
// call without an exception possible (or one it knows to be slow). Without the codes, every
// lookup hashed the key of each node it met in a bucket again and a rehash hashed every key
// (a tenth of loading a 100k-alias gazetteer went to that).
struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return hash_bytes(s); }
};

template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// FlatIndex: open addressing from a hash to the index of an entry kept elsewhere (in
// insertion order). Each bucket holds 32 bits of the key's hash, so a lookup of a key that
// is not there — most lookups — reads one or two buckets of one cache line and no string.
class FlatIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  // The entry with this hash for which is(entry) holds, or kNone.
  template <typename Is>
  [[nodiscard]] std::uint32_t find(std::uint64_t hash, Is&& is) const {
    if (buckets_.empty()) return kNone;
    const auto tag = static_cast<std::uint32_t>(hash >> 32);
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Bucket& b = buckets_[i];
      if (b.entry == kNone) return kNone;
      if (b.tag == tag && is(b.entry)) return b.entry;
    }
  }
  // Asks the memory for the bucket a find(hash, ...) starts at, so that a find() soon after
  // need not wait for it (a hint only: it changes nothing).
  void prefetch(std::uint64_t hash) const {
    if (!buckets_.empty()) __builtin_prefetch(&buckets_[hash & mask_]);
  }
  // Records entry `index` (the next one: entries are numbered from 0) under `hash`;
  // hash_of(entry) gives the hash of any earlier entry when the buckets grow.
  template <typename HashOf>
  void add(std::uint64_t hash, std::uint32_t index, HashOf&& hash_of) {
    if ((static_cast<std::size_t>(count_) + 1) * 2 > buckets_.size()) {
      const std::size_t size = buckets_.empty() ? 16 : buckets_.size() * 2;
      buckets_.assign(size, Bucket{});
      mask_ = size - 1;
      for (std::uint32_t e = 0; e < count_; ++e) place(hash_of(e), e);
    }
    place(hash, index);
    ++count_;
  }
  void clear() {
    buckets_.clear();
    mask_ = 0;
    count_ = 0;
  }

 private:
  struct Bucket {
    std::uint32_t tag = 0;
    std::uint32_t entry = kNone;
  };
  void place(std::uint64_t hash, std::uint32_t index) {
    std::size_t i = hash & mask_;
    while (buckets_[i].entry != kNone) i = (i + 1) & mask_;
    buckets_[i] = {static_cast<std::uint32_t>(hash >> 32), index};
  }
  std::vector<Bucket> buckets_;
  std::size_t mask_ = 0;
  std::uint32_t count_ = 0;
};

// A map from strings that only grows (nothing is erased): the lexicon tables every word is
// looked up in, filled once while loading, and resolution's tables of one document. Entries
// stay in insertion order.
template <typename V>
class FlatStringMap {
 public:
  using value_type = std::pair<std::string, V>;
  using iterator = typename std::vector<value_type>::iterator;
  using const_iterator = typename std::vector<value_type>::const_iterator;

  [[nodiscard]] const_iterator find(std::string_view key) const { return find(key, hash_bytes(key)); }
  [[nodiscard]] iterator find(std::string_view key) {
    const std::uint32_t e = locate(key, hash_bytes(key));
    return e == FlatIndex::kNone ? entries_.end() : entries_.begin() + e;
  }
  // The same, with the key's hash_bytes() given.
  [[nodiscard]] const_iterator find(std::string_view key, std::uint64_t hash) const {
    const std::uint32_t e = locate(key, hash);
    return e == FlatIndex::kNone ? entries_.end() : entries_.begin() + e;
  }
  // See FlatIndex::prefetch; `hash` is the key's hash_bytes().
  void prefetch(std::uint64_t hash) const { index_.prefetch(hash); }
  [[nodiscard]] std::size_t count(std::string_view key) const { return find(key) == end() ? 0 : 1; }
  [[nodiscard]] const V& at(std::string_view key) const {
    auto it = find(key);
    if (it == end()) throw std::out_of_range("FlatStringMap::at");
    return it->second;
  }
  // Adds `key` with `value` unless it is there; like std::map::emplace.
  std::pair<iterator, bool> emplace(std::string_view key, V value) {
    const std::uint64_t h = hash_bytes(key);
    const std::uint32_t e = locate(key, h);
    if (e != FlatIndex::kNone) return {entries_.begin() + e, false};
    entries_.emplace_back(std::string(key), std::move(value));
    index_.add(h, static_cast<std::uint32_t>(entries_.size() - 1),
               [this](std::uint32_t k) { return hash_bytes(entries_[k].first); });
    return {entries_.end() - 1, true};
  }
  V& operator[](std::string_view key) { return emplace(key, V{}).first->second; }

  [[nodiscard]] iterator begin() { return entries_.begin(); }
  [[nodiscard]] iterator end() { return entries_.end(); }
  [[nodiscard]] const_iterator begin() const { return entries_.begin(); }
  [[nodiscard]] const_iterator end() const { return entries_.end(); }
  [[nodiscard]] std::size_t size() const { return entries_.size(); }
  [[nodiscard]] bool empty() const { return entries_.empty(); }
  void clear() {
    entries_.clear();
    index_.clear();
  }

 private:
  [[nodiscard]] std::uint32_t locate(std::string_view key, std::uint64_t hash) const {
    return index_.find(hash, [&](std::uint32_t e) { return entries_[e].first == key; });
  }
  std::vector<value_type> entries_;
  FlatIndex index_;
};

// A set of strings, filled once and then only read (see FlatStringMap).
class FlatStringSet {
 public:
  [[nodiscard]] std::size_t count(std::string_view key) const {
    return locate(key, hash_bytes(key)) == FlatIndex::kNone ? 0 : 1;
  }
  [[nodiscard]] bool contains(std::string_view key) const { return count(key) > 0; }
  bool insert(std::string_view key) {
    const std::uint64_t h = hash_bytes(key);
    if (locate(key, h) != FlatIndex::kNone) return false;
    keys_.emplace_back(key);
    index_.add(h, static_cast<std::uint32_t>(keys_.size() - 1),
               [this](std::uint32_t k) { return hash_bytes(keys_[k]); });
    return true;
  }
  [[nodiscard]] auto begin() const { return keys_.begin(); }
  [[nodiscard]] auto end() const { return keys_.end(); }
  [[nodiscard]] std::size_t size() const { return keys_.size(); }
  [[nodiscard]] bool empty() const { return keys_.empty(); }

 private:
  [[nodiscard]] std::uint32_t locate(std::string_view key, std::uint64_t hash) const {
    return index_.find(hash, [&](std::uint32_t e) { return keys_[e] == key; });
  }
  std::vector<std::string> keys_;
  FlatIndex index_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_TEXT_STRING_MAP_H_
