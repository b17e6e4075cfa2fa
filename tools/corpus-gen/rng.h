// Random numbers for actorgraph-corpus-gen. Everything the tool invents (documents, their
// truth, synthetic gazetteer entries) is drawn from an Rng, and a seed has to give the same
// bytes on every machine, so the generator is written out here rather than taken from
// <random>.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_RNG_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_RNG_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace actorgraph::corpus_gen {

// xoshiro256** seeded through splitmix64: the same numbers on every platform and standard
// library (the std distributions are not specified bit for bit).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) {
    for (auto& w : s_) w = splitmix(seed);
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  int between(int lo, int hi) {
    return lo + static_cast<int>(below(static_cast<std::size_t>(hi) - static_cast<std::size_t>(lo) + 1));
  }
  bool chance(double p) { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0) < p; }
  template <typename T>
  const T& pick(const std::vector<T>& v) {
    return v[below(v.size())];
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  static std::uint64_t splitmix(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  std::uint64_t s_[4] = {};
};

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_RNG_H_
