#include "text/fold.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <unordered_map>

#include "text/segment.h"

namespace actorgraph::detail {
namespace {

icu::Transliterator* folder() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> p(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) p.reset();
    return p;
  }();
  return t.get();
}

bool is_apostrophe(char c) { return c == '\'' || c == '`'; }

std::string fold_uncached(std::string_view token) {
  std::string out;
  bool ascii = true;
  for (char c : token) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    out.reserve(token.size());
    for (char c : token) {
      if (is_apostrophe(c)) continue;
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
  }
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
    if (is_apostrophe(c)) continue;
    out += c;
  }
  return out;
}

}  // namespace

std::string fold(std::string_view token) {
  thread_local std::unordered_map<std::string, std::string> cache;
  if (token.size() > 64) return fold_uncached(token);
  auto it = cache.find(std::string(token));
  if (it != cache.end()) return it->second;
  if (cache.size() > 200000) cache.clear();
  std::string f = fold_uncached(token);
  cache.emplace(std::string(token), f);
  return f;
}

std::string fold_phrase(std::string_view phrase) {
  std::string out;
  for (const Token& t : tokenize(phrase, 0, static_cast<std::uint32_t>(phrase.size()), "")) {
    if (t.kind != TokenKind::word) continue;
    if (!out.empty()) out += ' ';
    out += t.fold;
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
  bool r = false;
  for_each_cp(token, [&](UChar32 c) {
    if (u_isupper(c)) r = true;
    return !r;
  });
  return r;
}

}  // namespace actorgraph::detail
