// The fast word and sentence segmentation give exactly ICU's segments (and rule statuses)
// wherever they answer: on the sample corpus (and the shared corpora when present), on cases
// chosen for each rule, and on hundreds of thousands of random strings over the characters
// the rules distinguish. Where they do not answer (combining marks, format characters, other
// scripts) tokenize() and split_sentences() fall back to ICU.
#include <filesystem>
#include <random>

#include "test_helper.h"
#include "text/segment.h"
#include "text/sentence_break.h"
#include "text/word_break.h"

using namespace actorgraph::detail;

namespace {

std::string show(std::string_view text, const std::vector<WordSegment>& segs) {
  std::string out;
  for (const auto& s : segs) {
    out += "[" + std::string(text.substr(s.b, s.e - s.b)) + "|" + std::to_string(s.status) + "]";
  }
  return out;
}

// True when the fast rules answered; then their answer must be ICU's.
bool expect_same_as_icu(std::string_view text) {
  std::vector<WordSegment> fast, icu;
  const bool answered = fast_word_segments(text, fast);
  EXPECT_TRUE(icu_word_segments(text, icu));
  if (!answered) {
    EXPECT_TRUE(fast.empty());
    return false;
  }
  EXPECT_EQ(show(text, fast), show(text, icu)) << "text: \"" << text << "\"";
  return true;
}

bool expect_same_sentences_as_icu(std::string_view text) {
  std::vector<std::uint32_t> fast, icu;
  const bool answered = fast_sentence_breaks(text, fast);
  EXPECT_TRUE(icu_sentence_breaks(text, icu));
  if (!answered) {
    EXPECT_TRUE(fast.empty());
    return false;
  }
  EXPECT_EQ(fast, icu) << "text: \"" << text << "\"";
  return true;
}

void expect_files_same_as_icu(const std::string& folder) {
  int answered = 0, files = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(folder)) {
    if (!f.is_regular_file()) continue;
    const std::string text = agtest::slurp(f.path().string());
    ++files;
    // whole files and every sentence, as tokenize() sees them
    answered += expect_same_as_icu(text) ? 1 : 0;
    answered += expect_same_sentences_as_icu(text) ? 1 : 0;
    for (const ByteRange& r : split_sentences(text, 0, "en")) expect_same_as_icu(text.substr(r.b, r.e - r.b));
  }
  EXPECT_GT(files, 0);
  EXPECT_GT(answered, 0) << "the fast rules answered for no file of " << folder;
}

// Random texts, each `1..max_length` pieces of `alphabet` drawn with the given weights (equal
// when none are given), put to `check` (the fast rules against ICU's); how many the fast rules
// answered. Stops at the first difference: one clear failure, not thousands.
int random_texts(const std::vector<std::string>& alphabet, const std::vector<double>& weights,
                 std::size_t max_length, unsigned seed, int total, bool (*check)(std::string_view)) {
  std::mt19937 rng(seed);
  const std::vector<double> w = weights.empty() ? std::vector<double>(alphabet.size(), 1.0) : weights;
  std::discrete_distribution<std::size_t> pick(w.begin(), w.end());
  std::uniform_int_distribution<std::size_t> length(1, max_length);
  int answered = 0;
  for (int k = 0; k < total; ++k) {
    std::string text;
    for (std::size_t n = length(rng); n > 0; --n) text += alphabet[pick(rng)];
    answered += check(text) ? 1 : 0;
    if (::testing::Test::HasFailure()) break;
  }
  return answered;
}

}  // namespace

TEST(WordBreak, EachRuleAsIcuHasIt) {
  const char* cases[] = {
      "Poetin",
      "Xi’an",
      "d'Hooghe",
      "U.S.",
      "a.b.c",
      "a..b",
      "e-mail",
      "S-400",
      "J-10CEs",
      "240.000",
      "1,5",
      "3;4",
      "1'000",
      "1.a",
      "a.1",
      "a1",
      "1a",
      "a1b2",
      "_",
      "__",
      "a_",
      "_a",
      "1_",
      "_1",
      "a_1",
      "1__",
      "foo@bar.com",
      "a:b",
      "12:30",
      "a·b",
      "l’Estrange",
      "‘quoted’",
      "\"x\"",
      "«x»",
      "„Zitat“",
      "a\r\nb",
      "a\rb",
      "a\nb",
      "a\v\fb",
      "a  \t  b",
      "a\u00A0b",
      "a\u202Fb",
      "a\u2009\u2009b",
      "Häkkänen",
      "Straße",
      "Ελλάδα",
      "Россия",
      "1\u20442",
      "x\u2024y",
      "5 %",
      "€ 10",
      "2022–2023",
      "end.",
      "",
      "ŁÓDŹ",
      "ǅ",
      "ı",
      "z.\u00A0B.",
      "o.a.",
      "A.B.C.",
      "it's",
      "'tis",
      "rock'n'roll",
      "...",
      "a...b",
  };
  for (const char* c : cases) EXPECT_TRUE(expect_same_as_icu(c)) << "not answered: " << c;
}

TEST(WordBreak, LeavesWhatItDoesNotKnowToIcu) {
  std::vector<WordSegment> segs;
  EXPECT_FALSE(fast_word_segments("Cafe\u0301", segs));        // a combining accent
  EXPECT_FALSE(fast_word_segments("soft\u00ADhyphen", segs));  // a format character
  EXPECT_FALSE(fast_word_segments("\u5317\u4eac", segs));      // Han: ICU's dictionary
  EXPECT_FALSE(fast_word_segments("\xF0\x9F\x98\x80", segs));  // an emoji
  EXPECT_FALSE(fast_word_segments("bad \xFF byte", segs));     // not UTF-8
  EXPECT_TRUE(segs.empty());
  // and tokenize() still gives ICU's words there
  const std::string text = "Caf\u00e9 Cafe\u0301 \u5317\u4eac";
  const auto tokens = tokenize(text, 0, static_cast<std::uint32_t>(text.size()), "en");
  ASSERT_GE(tokens.list.size(), 3u);
  EXPECT_EQ(tokens.list[1].fold, "cafe");
}

TEST(WordBreak, SampleCorpusAsIcu) { expect_files_same_as_icu(agtest::source_dir() + "/data/sample"); }

TEST(WordBreak, SharedCorporaAsIcu) {
  const std::string corpus = agtest::shared_dir() + "/corpus";
  if (!std::filesystem::is_directory(corpus)) GTEST_SKIP() << corpus << " is absent";
  expect_files_same_as_icu(corpus);
}

// Random strings over every class the rules tell apart, and a few they leave to ICU.
TEST(WordBreak, RandomTextAsIcu) {
  const std::vector<std::string> alphabet = {
      "a",      "Z",      "e",      "\u00e9", "\u00df", "\u0142", "\u03b1", "\u0434", "@",
      "0",      "7",      "\u0663", ".",      ",",      ";",      ":",      "'",      "\u2019",
      "\u2018", "\u00b7", "\u2027", "_",      "\u202f", " ",      "  ",     "\t",     "\n",
      "\r",     "\r\n",   "\v",     "\u2028", "\u00a0", "\u2009", "-",      "\u2013", "\"",
      "(",      ")",      "/",      "%",      "\u20ac", "\u2026", "\u201e", "\u00ab", "\u02bc",
      "\u2044", "\u0301", "\u00ad", "\u05d0", "\u30a2", "!",      "?",
  };
  const int total = 200000;
  EXPECT_GT(random_texts(alphabet, {}, 16, 20240611, total, expect_same_as_icu), total / 4);
}

TEST(SentenceBreak, EachRuleAsIcuHasIt) {
  const char* cases[] = {
      "Hallo. Wereld.",
      "He said 3.5 times.",
      "U.S. Army",
      "etc. and so",
      "Mr. Smith went.",
      "Is it? Yes!",
      "(Done.) Next",
      "\"Stop.\" he said",
      "He left.\u201d She came.",
      "A.B. c",
      "Ja.\n\nNee.",
      "a\r\nb.\r\nc",
      "end.)  (next",
      "x.\u2029y",
      "Wait\u2026 what",
      "3.5.2024",
      "z. B. die",
      "Peking. Moskou!?",
      "a.b",
      "",
      "\u00bfQu\u00e9? S\u00ed.",
      "Fin.\u00a0Debut",
      "ok ;. Then",
      ". . .",
      "?!",
      "A. b",
      "a. B",
      "1. 2. 3.",
  };
  for (const char* c : cases) EXPECT_TRUE(expect_same_sentences_as_icu(c)) << "not answered: " << c;
}

TEST(SentenceBreak, LeavesWhatItDoesNotKnowToIcu) {
  std::vector<std::uint32_t> ends;
  EXPECT_FALSE(fast_sentence_breaks("Cafe\u0301. Next", ends));        // a combining accent
  EXPECT_FALSE(fast_sentence_breaks("soft\u00ADhyphen. Next", ends));  // a format character
  EXPECT_FALSE(fast_sentence_breaks("\u5317\u4eac\u3002", ends));      // Han
  EXPECT_TRUE(ends.empty());
  const std::string text = "Cafe\u0301 ist offen. Morgen nicht.";
  EXPECT_EQ(split_sentences(text, 0, "de").size(), 2u);
}

TEST(SentenceBreak, RandomTextAsIcu) {
  const std::vector<std::string> alphabet = {
      "a",      "Z",      "e",  "\u00e9", "\u00df", "\u03b1", "\u0414", "0",      "7",
      ".",      ".",      "?",  "!",      "\u2026", ",",      ";",      ":",      "'",
      "\u2019", "\"",     "(",  ")",      "\u201c", "\u201d", "\u00ab", "\u00bb", " ",
      "  ",     "\t",     "\n", "\r",     "\r\n",   "\u2028", "\u2029", "\u0085", "\u00a0",
      "-",      "\u2013", "Mr", "U",      "S",      "z",      "B",      "\u00aa", "\u0301",
  };
  const int total = 200000;
  EXPECT_GT(random_texts(alphabet, {}, 24, 20240612, total, expect_same_sentences_as_icu), total / 4);
}

// Prose: long runs of letters, digits and spaces between the characters the rules stop at
// (terminators, line ends, and characters not ASCII: quotes, U+2028, the ellipsis), which the
// fast rules pass over sixteen bytes at a time.
TEST(SentenceBreak, RandomProseAsIcu) {
  const std::vector<std::pair<std::string, double>> pieces = {{"Rheinmetall ", 9},
                                                              {"liefert ", 9},
                                                              {"the ", 9},
                                                              {"Panzer ", 9},
                                                              {"U.S. ", 1},
                                                              {"z. B. ", 1},
                                                              {"2024 ", 2},
                                                              {"Xi\u2019an ", 1},
                                                              {"\u00fcber ", 2},
                                                              {"(Reuters) ", 1},
                                                              {"\u201cja\u201d ", 1},
                                                              {", ", 2},
                                                              {"; ", 1},
                                                              {"", 4},
                                                              {". ", 2},
                                                              {"? ", 1},
                                                              {"!\n", 1},
                                                              {"\n\n", 1},
                                                              {"\r\n", 1},
                                                              {"...", 1},
                                                              {"\u2028", 1},
                                                              {"\u2026 ", 1}};
  std::vector<std::string> alphabet;
  std::vector<double> weights;
  for (const auto& [piece, weight] : pieces) {
    alphabet.push_back(piece);
    weights.push_back(weight);
  }
  const int total = 20000;
  EXPECT_GT(random_texts(alphabet, weights, 60, 20261206, total, expect_same_sentences_as_icu), total / 2);
}
