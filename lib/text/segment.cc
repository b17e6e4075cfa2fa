#include "text/segment.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>

#include "text/fold.h"

namespace actorgraph::detail {
namespace {

const char* locale_of(const std::string& lang) {
  if (lang == "nl") return "nl_NL";
  if (lang == "de") return "de_DE";
  if (lang == "en") return "en_US";
  return "";
}

// One iterator of each kind per language per thread: ICU iterators are not thread-safe.
icu::BreakIterator* iterator(bool sentences, const std::string& lang) {
  thread_local std::map<std::pair<bool, std::string>, std::unique_ptr<icu::BreakIterator>> its;
  auto key = std::make_pair(sentences, lang);
  auto it = its.find(key);
  if (it != its.end()) return it->second.get();
  UErrorCode err = U_ZERO_ERROR;
  icu::Locale loc(locale_of(lang));
  std::unique_ptr<icu::BreakIterator> bi(sentences ? icu::BreakIterator::createSentenceInstance(loc, err)
                                                   : icu::BreakIterator::createWordInstance(loc, err));
  if (U_FAILURE(err)) bi.reset();
  auto* raw = bi.get();
  its.emplace(key, std::move(bi));
  return raw;
}

// The last white-space separated chunk of text[b, e): "z." in "liefert z."
std::string_view last_chunk(std::string_view text, std::uint32_t b, std::uint32_t e) {
  std::uint32_t k = e;
  while (k > b && text[k - 1] != ' ' && text[k - 1] != '\n' && text[k - 1] != '\t') --k;
  return text.substr(k, e - k);
}

struct UTextHolder {
  UText* ut = nullptr;
  ~UTextHolder() {
    if (ut) utext_close(ut);
  }
};

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF || c == 0x200B; }

}  // namespace

std::vector<ByteRange> split_sentences(std::string_view text, std::uint32_t from, const std::string& lang,
                                       const std::vector<std::string>& abbreviations) {
  std::vector<ByteRange> out;
  icu::BreakIterator* bi = iterator(true, lang);
  if (!bi || from >= text.size()) return out;
  UErrorCode err = U_ZERO_ERROR;
  UTextHolder h;
  h.ut = utext_openUTF8(nullptr, text.data() + from, static_cast<int64_t>(text.size() - from), &err);
  if (U_FAILURE(err)) return out;
  bi->setText(h.ut, err);
  if (U_FAILURE(err)) return out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::int32_t start = bi->first();
  for (std::int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    std::int32_t b = start + static_cast<std::int32_t>(from);
    std::int32_t e = end + static_cast<std::int32_t>(from);
    // trim white space on both sides
    while (b < e) {
      std::int32_t i = b;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c >= 0 && !is_space(c)) break;
      b = i;
    }
    while (e > b) {
      std::int32_t i = e;
      UChar32 c;
      U8_PREV(p, 0, i, c);
      if (c >= 0 && !is_space(c)) break;
      e = i;
    }
    if (e <= b) continue;
    // Scraped text often loses the space after a full stop ("funktionstüchtig.Vadym"): a
    // word of two or more lower-case letters, ".", then a capital starts a new sentence.
    std::int32_t from_b = b;
    std::int32_t i = b;
    int lower_run = 0;
    while (i < e) {
      UChar32 c;
      U8_NEXT(p, i, e, c);
      if (c == '.' && lower_run >= 2 && i < e) {
        std::int32_t k = i;
        UChar32 d;
        U8_NEXT(p, k, e, d);
        if (u_isupper(d)) {
          out.push_back({static_cast<std::uint32_t>(from_b), static_cast<std::uint32_t>(i)});
          from_b = i;
        }
      }
      lower_run = u_islower(c) ? lower_run + 1 : 0;
    }
    out.push_back({static_cast<std::uint32_t>(from_b), static_cast<std::uint32_t>(e)});
  }
  // No sentence ends on a known abbreviation ("z. B.", "Dr.", "o.a."): whole words only.
  if (!abbreviations.empty() && out.size() > 1) {
    std::vector<ByteRange> merged;
    for (const ByteRange& r : out) {
      if (!merged.empty()) {
        const std::string_view tail = last_chunk(text, merged.back().b, merged.back().e);
        if (std::find(abbreviations.begin(), abbreviations.end(), tail) != abbreviations.end()) {
          merged.back().e = r.e;
          continue;
        }
      }
      merged.push_back(r);
    }
    out = std::move(merged);
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text, std::uint32_t b, std::uint32_t e,
                            const std::string& lang) {
  std::vector<Token> out;
  icu::BreakIterator* bi = iterator(false, lang);
  if (!bi || b >= e || e > text.size()) return out;
  UErrorCode err = U_ZERO_ERROR;
  UTextHolder h;
  h.ut = utext_openUTF8(nullptr, text.data() + b, static_cast<int64_t>(e - b), &err);
  if (U_FAILURE(err)) return out;
  bi->setText(h.ut, err);
  if (U_FAILURE(err)) return out;
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  bool space = true;
  std::int32_t start = bi->first();
  for (std::int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    const auto sb = static_cast<std::int32_t>(b) + start;
    const auto se = static_cast<std::int32_t>(b) + end;
    std::int32_t i = sb;
    UChar32 c;
    U8_NEXT(p, i, se, c);
    if (c < 0 || is_space(c)) {
      space = true;
      continue;
    }
    Token t;
    t.b = static_cast<std::uint32_t>(sb);
    t.e = static_cast<std::uint32_t>(se);
    t.space_before = space;
    space = false;
    std::string_view s = text.substr(t.b, t.e - t.b);
    const std::int32_t status = bi->getRuleStatus();
    if (status >= UBRK_WORD_NONE_LIMIT) {
      t.kind = TokenKind::word;
      t.digit = u_isdigit(c);
      t.upper = starts_upper(s);
      t.caps = all_upper(s);
      bool alpha = true;
      std::int32_t j = sb;
      while (j < se) {
        UChar32 d;
        U8_NEXT(p, j, se, d);
        if (d >= 0 && !u_isalpha(d) && d != '\'' && d != 0x2019 && d != 0x02BC) {
          alpha = false;
          break;
        }
      }
      t.alpha = alpha;
      t.fold = fold(s);
    } else if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
               c == 0x2212) {
      t.kind = TokenKind::hyphen;
      t.fold = "-";
    } else if (c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == '`') {
      t.kind = TokenKind::apostrophe;
      t.fold = "'";
    } else {
      t.kind = TokenKind::punct;
      t.fold = std::string(s);
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace actorgraph::detail
