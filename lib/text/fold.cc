#include "text/fold.h"

#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <mutex>

#include "text/string_map.h"
#include "text/word_break.h"

namespace actorgraph::detail {
namespace {

// The folding transliterator. Building it from its rules takes about 25 ms, so it is built
// once and each thread that folds gets a clone of it (a transliterator is not shared between
// threads; cloning one is cheap).
icu::Transliterator* folder() {
  static const std::unique_ptr<const icu::Transliterator> prototype = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> p(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) p.reset();
    return std::unique_ptr<const icu::Transliterator>(std::move(p));
  }();
  static std::mutex cloning;
  thread_local std::unique_ptr<icu::Transliterator> t = []() -> std::unique_ptr<icu::Transliterator> {
    if (!prototype) return nullptr;
    const std::lock_guard<std::mutex> lock(cloning);
    return std::unique_ptr<icu::Transliterator>(prototype->clone());
  }();
  return t.get();
}

bool is_ascii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

std::string fold_uncached(std::string_view token) {
  std::string out;
  icu::UnicodeString s =
      icu::UnicodeString::fromUTF8(icu::StringPiece(token.data(), static_cast<std::int32_t>(token.size())));
  if (auto* t = folder()) {
    t->transliterate(s);
  } else {
    s.foldCase();
  }
  std::string folded;
  s.toUTF8String(folded);
  out.reserve(folded.size());
  for (char c : folded) {
    if (fold_drops(c)) continue;
    out += c;
  }
  return out;
}

// Appends fold_ascii(token) to `out`.
void append_fold_ascii(std::string_view token, std::string& out) {
  // what the transliterator does to ASCII: lower case; apostrophes dropped afterwards
  const std::size_t at = out.size();
  out.resize(at + token.size());
  std::size_t kept = at;
  for (const char c : token) {
    out[kept] = fold_ascii_byte(c);
    kept += fold_drops(c) ? 0 : 1;
  }
  out.resize(kept);
}

}  // namespace

std::string fold_ascii(std::string_view token) {
  std::string out;
  append_fold_ascii(token, out);
  return out;
}

std::string fold(std::string_view token) {
  if (is_ascii(token)) return fold_ascii(token);
  // Transliteration is slow: each thread remembers the words it has folded.
  thread_local StringMap<std::string> cache;
  if (token.size() > 64) return fold_uncached(token);
  auto it = cache.find(token);
  if (it != cache.end()) return it->second;
  if (cache.size() > 200000) cache.clear();
  std::string f = fold_uncached(token);
  cache.emplace(std::string(token), f);
  return f;
}

std::string fold_phrase(std::string_view phrase) {
  // the words tokenize() would give, folded, without the rest of their tokens
  thread_local std::vector<WordSegment> segments;
  segments.clear();
  word_segments(phrase, segments);
  std::string out;
  out.reserve(phrase.size());
  for (const WordSegment& w : segments) {
    if (w.status < UBRK_WORD_NONE_LIMIT) continue;
    if (!out.empty()) out += ' ';
    const std::string_view word = phrase.substr(w.b, w.e - w.b);
    if (is_ascii(word)) {  // (without a string of its own)
      append_fold_ascii(word, out);
    } else {
      out += fold(word);
    }
  }
  return out;
}

std::vector<std::string> split_words(std::string_view folded) {
  std::vector<std::string> out;
  std::size_t b = 0;
  while (b < folded.size()) {
    std::size_t e = folded.find(' ', b);
    if (e == std::string_view::npos) e = folded.size();
    if (e > b) out.emplace_back(folded.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

namespace {
template <typename F>
void for_each_cp(std::string_view s, F&& f) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s.data());
  const auto n = static_cast<std::int32_t>(s.size());
  std::int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && !f(c)) return;
  }
}
}  // namespace

bool starts_upper(std::string_view token) {
  if (is_ascii(token)) {
    for (char c : token) {
      if (ascii_upper(c)) return true;
      if (!ascii_digit(c)) return false;  // a lower-case letter or anything else
    }
    return false;
  }
  bool r = false;
  for_each_cp(token, [&](UChar32 c) {
    if (u_isalpha(c)) {
      r = u_isupper(c) || u_istitle(c);
      return false;
    }
    return !u_isdigit(c) ? false : true;
  });
  return r;
}

bool all_upper(std::string_view token) {
  if (is_ascii(token)) {
    int upper = 0;
    for (char c : token) {
      if (ascii_lower(c)) return false;
      if (ascii_upper(c)) ++upper;
    }
    return upper >= 2;
  }
  int letters = 0;
  bool ok = true;
  for_each_cp(token, [&](UChar32 c) {
    if (u_isalpha(c)) {
      ++letters;
      if (!u_isupper(c)) ok = false;
    }
    return ok;
  });
  return ok && letters >= 2;
}

bool has_upper(std::string_view token) {
  if (is_ascii(token)) {
    for (char c : token) {
      if (ascii_upper(c)) return true;
    }
    return false;
  }
  bool r = false;
  for_each_cp(token, [&](UChar32 c) {
    if (u_isupper(c)) r = true;
    return !r;
  });
  return r;
}

}  // namespace actorgraph::detail
