#include "vocabulary.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <utility>

#include "common/json_file.h"

namespace actorgraph::corpus_gen {
namespace {

constexpr double kRankOffset = 10;  // flattens the head of the Zipf law: no word is a tenth of all
constexpr std::int32_t kMinLetters = 4;

// What a run of letters is: its length in code points and whether all of them are lower case.
struct Run {
  std::int32_t letters = 0;
  bool lower = true;
};

// Reads the letters from p[i] on (moving i past them) and says what they were.
Run letters_at(const std::uint8_t* p, std::int32_t& i, std::int32_t n) {
  Run r;
  while (i < n) {
    std::int32_t next = i;
    UChar32 c;
    U8_NEXT(p, next, n, c);
    if (c < 0 || !u_isalpha(c)) break;
    r.lower = r.lower && u_islower(c);
    ++r.letters;
    i = next;
  }
  return r;
}

// A dictionary stem fit for filler prose: letters only, four or more, all lower case.
bool usable(std::string_view stem) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(stem.data());
  const auto n = static_cast<std::int32_t>(stem.size());
  std::int32_t i = 0;
  const Run r = letters_at(p, i, n);
  return i == n && r.lower && r.letters >= kMinLetters;
}

}  // namespace

Result<OpenVocabulary> OpenVocabulary::load(const std::string& root, const std::string& lang,
                                            std::uint64_t seed) {
  const std::string lexicon = root + "/data/lexicon/" + lang + ".json";
  auto doc = detail::read_json_file(lexicon);
  if (!doc) return Error{doc.message()};
  const auto it = doc->FindMember("hunspell");
  if (it == doc->MemberEnd() || !it->value.IsString() || it->value.GetStringLength() == 0) {
    return Error{lexicon + ": names no Hunspell dictionary (\"hunspell\"), so there is no open vocabulary"};
  }
  const std::string dic = std::string("/usr/share/hunspell/") + it->value.GetString() + ".dic";
  auto text = detail::read_file(dic);
  if (!text) return Error{text.message()};

  // A .dic file: the number of entries, then one entry a line: "stem/FLAGS" and, in some
  // dictionaries, morphological fields after white space.
  std::vector<std::string> words;
  std::string_view rest = *text;
  bool first = true;
  while (!rest.empty()) {
    const std::size_t eol = std::min(rest.find('\n'), rest.size());
    std::string_view line = rest.substr(0, eol);
    rest.remove_prefix(std::min(eol + 1, rest.size()));
    if (std::exchange(first, false)) continue;  // the count
    const std::size_t end = line.find_first_of("/ \t\r");
    const std::string_view stem = line.substr(0, end);
    if (usable(stem)) words.emplace_back(stem);
  }
  if (words.empty()) return Error{dic + ": no lower-case words of four letters or more"};
  std::sort(words.begin(), words.end());  // (a stem may be listed with several flag sets)
  words.erase(std::unique(words.begin(), words.end()), words.end());

  OpenVocabulary v;
  Rng rng(seed);
  for (std::size_t i = words.size() - 1; i > 0; --i) std::swap(words[i], words[rng.below(i + 1)]);
  v.words_ = std::move(words);
  v.cumulative_.reserve(v.words_.size());
  double sum = 0;
  for (std::size_t rank = 0; rank < v.words_.size(); ++rank) {
    sum += 1.0 / (static_cast<double>(rank) + kRankOffset);
    v.cumulative_.push_back(sum);
  }
  return v;
}

const std::string& OpenVocabulary::draw(Rng& rng) const {
  const double x = static_cast<double>(rng.next() >> 11) * (1.0 / 9007199254740992.0) * cumulative_.back();
  const auto at = std::upper_bound(cumulative_.begin(), cumulative_.end(), x) - cumulative_.begin();
  return words_[std::min(static_cast<std::size_t>(at), words_.size() - 1)];
}

std::string OpenVocabulary::respell(std::string_view sentence, double share, Rng& rng) const {
  std::string out;
  out.reserve(sentence.size() + 16);
  const auto* p = reinterpret_cast<const std::uint8_t*>(sentence.data());
  const auto n = static_cast<std::int32_t>(sentence.size());
  std::int32_t i = 0;
  while (i < n) {
    const std::int32_t start = i;
    const Run r = letters_at(p, i, n);
    if (r.letters == 0) {  // not a letter: copied as it is
      U8_FWD_1(p, i, n);
      out.append(sentence.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    if (r.lower && r.letters >= kMinLetters && rng.chance(share)) {
      out += draw(rng);
    } else {
      out.append(sentence.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    }
  }
  return out;
}

void WordCounter::add(std::string_view text) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto n = static_cast<std::int32_t>(text.size());
  std::int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c >= 0 && u_isalpha(c)) {
      std::uint8_t buf[U8_MAX_LENGTH];
      std::int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, u_tolower(c));
      word_.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(k));
      if (i < n) continue;
    }
    if (!word_.empty()) {
      ++words_;
      if (!seen_.count(word_)) seen_.insert(word_);
      word_.clear();
    }
  }
}

}  // namespace actorgraph::corpus_gen
