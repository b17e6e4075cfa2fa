// Text stage: folding, sentences and tokens per language, offsets back into the text.
#include <algorithm>
#include <cctype>
#include <random>

#include "common/unicode.h"
#include "recognise/knowledge.h"
#include "relate/relation_lexicon.h"
#include "test_helper.h"
#include "text/fold.h"
#include "text/segment.h"

using actorgraph::detail::fold;
using actorgraph::detail::fold_phrase;
using actorgraph::detail::SentenceStops;
using actorgraph::detail::split_sentences;
using actorgraph::detail::Token;
using actorgraph::detail::tokenize;
using actorgraph::detail::TokenKind;
using actorgraph::detail::Tokens;

TEST(Fold, CaseAndDiacritics) {
  EXPECT_EQ(fold("Häkkänen"), "hakkanen");
  EXPECT_EQ(fold("Selçuk"), "selcuk");
  EXPECT_EQ(fold("Oekraïne"), "oekraine");
  EXPECT_EQ(fold("Weißrussland"), "weissrussland");
  EXPECT_EQ(fold("KREML"), "kreml");
}

TEST(Fold, ApostrophesAreDropped) {
  EXPECT_EQ(fold("Xi\u2019an"), "xian");
  EXPECT_EQ(fold("Xi'an"), "xian");
  EXPECT_EQ(fold("d\u2019Hooghe"), fold("d'Hooghe"));
}

// fold() takes a path of its own for ASCII words: it must do to each ASCII character what
// the transliterator does to it inside a word that goes through the transliterator.
TEST(Fold, AsciiIsFoldedAsTheTransliteratorFoldsIt) {
  int checked = 0;
  for (int c = 0x20; c < 0x7f; ++c) {
    const std::string ascii = std::string("Ab") + static_cast<char>(c) + "Z9";
    const std::string folded = actorgraph::detail::fold_ascii(ascii);
    EXPECT_EQ(fold(ascii), folded) << ascii;
    EXPECT_EQ(fold("\u00C9" + ascii), "e" + folded) << ascii;  // É sends it through ICU
    ++checked;
  }
  EXPECT_EQ(checked, 95);
  EXPECT_EQ(actorgraph::detail::fold_ascii("O'Neil`s"), "oneils");
}

TEST(Fold, OtherScriptsAreTransliterated) {
  EXPECT_EQ(fold("Путин"), "putin");
  EXPECT_FALSE(fold("Лукашенко").empty());
}

TEST(Fold, PhraseJoinsWordsAndIgnoresHyphens) {
  EXPECT_EQ(fold_phrase("Wit-Rusland"), "wit rusland");
  EXPECT_EQ(fold_phrase("Noord\u2011Korea"), "noord korea");
  EXPECT_EQ(fold_phrase("  Verenigde   Staten "), "verenigde staten");
}

// fold_phrase() folds an ASCII word in place: each word must be what fold() makes of it.
TEST(Fold, PhraseIsEachWordFolded) {
  EXPECT_EQ(fold_phrase("O'Neil F-16 X\u00E4"), fold("O'Neil") + " f 16 " + fold("X\u00E4"));
  EXPECT_EQ(fold_phrase("O'Neil`s"), "oneil s");  // a backtick is no apostrophe to the word rules
  EXPECT_EQ(fold_phrase("Xi'an, D\u2019Hooghe (NATO) 2024"), "xian dhooghe nato 2024");
  EXPECT_EQ(fold_phrase("STRA\u00DFE Krämer-Müller"), "strasse kramer muller");
}

TEST(Segment, DutchSentences) {
  const std::string t = "Iran levert drones. Rusland zet ze in tegen Oekraïne! Is dat nieuw?";
  auto s = split_sentences(t, 0, "nl");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(t.substr(s[1].b, s[1].e - s[1].b), "Rusland zet ze in tegen Oekraïne!");
}

TEST(Segment, GermanAbbreviationsDoNotSplit) {
  const std::string t = "Der Konzern liefert z. B. Munition an die Ukraine. Das ist bekannt.";
  const auto& abbreviations = agtest::extractor().knowledge().lexicon("de").abbreviations;
  auto s = split_sentences(t, 0, "de", SentenceStops{.abbreviations = &abbreviations});
  EXPECT_EQ(s.size(), 2u);
}

// A legal form's full stop ends a sentence unless another legal form goes on: "Ltd. The" and
// "N.V. Saudi-Arabië" end one, "Co. KG" does not.
TEST(Segment, LegalFormsEndASentenceUnlessTheNameGoesOn) {
  auto stops = [](const std::string& lang) {
    const auto& lx = agtest::extractor().knowledge().lexicon(lang);
    return SentenceStops{.abbreviations = &lx.abbreviations,
                         .legal_forms = &lx.dotted_legal_suffixes,
                         .legal_suffixes = &lx.legal_suffixes};
  };
  const std::string en =
      "Turkey sent helicopters to Jorvaken Technologies Ltd. The sale was completed in 2017.";
  EXPECT_EQ(split_sentences(en, 0, "en", stops("en")).size(), 2u);
  const std::string de = "Diehl hat Munition an Rastoven GmbH & Co. KG geliefert. Das ist bekannt.";
  EXPECT_EQ(split_sentences(de, 0, "de", stops("de")).size(), 2u);
  EXPECT_EQ(split_sentences(de, 0, "de").size(), 3u);  // (without the lexicon, ICU's breaks)
  const std::string nl = "Frankrijk leverde raketten aan Acme N.V. Saudi-Arabië levert drones.";
  EXPECT_EQ(split_sentences(nl, 0, "nl", stops("nl")).size(), 2u);
}

// A day's number before its month ends no sentence ("Berlin, 15. Januar 2025 (dpa) -"); a
// number before another word may.
TEST(Segment, ADayBeforeItsMonthEndsNoSentence) {
  const auto& rl = *agtest::extractor().knowledge().relation_lexicons.at("de");
  const SentenceStops stops{.months = &rl.months};
  const std::string t =
      "Berlin, 15. Januar 2025 (dpa) - Deutschland liefert. Die Zahl stieg auf 15. Das ist neu.";
  const auto s = split_sentences(t, 0, "de", stops);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(t.substr(s[0].b, s[0].e - s[0].b), "Berlin, 15. Januar 2025 (dpa) - Deutschland liefert.");
  EXPECT_EQ(split_sentences(t, 0, "de").size(), 4u);  // (without the months, ICU's breaks)
}

TEST(Segment, HeadlinesEndAtLineBreaks) {
  const std::string t = "Drones voor Rusland\nIran levert al maanden drones aan Moskou.";
  auto s = split_sentences(t, 0, "nl");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(t.substr(s[0].b, s[0].e - s[0].b), "Drones voor Rusland");
}

TEST(Segment, TokensKeepOffsetsAndSplitCompounds) {
  const std::string t = "De Iskander-raketten en ZT-180-modellen.";
  const auto toks = tokenize(t, 0, static_cast<std::uint32_t>(t.size()), "nl").list;
  std::vector<std::string> words;
  for (const auto& k : toks) {
    if (k.kind == TokenKind::word) words.push_back(t.substr(k.b, k.e - k.b));
  }
  EXPECT_EQ(words, (std::vector<std::string>{"De", "Iskander", "raketten", "en", "ZT", "180", "modellen"}));
  // hyphens inside compounds are glued: no space before them
  bool glued_hyphen = false;
  for (const auto& k : toks) glued_hyphen = glued_hyphen || (k.kind == TokenKind::hyphen && !k.space_before);
  EXPECT_TRUE(glued_hyphen);
}

TEST(Segment, TypographicApostropheStaysInsideAName) {
  const std::string t = "dronefabrikant Xi\u2019an Bingo";
  const Tokens tokens = tokenize(t, 0, static_cast<std::uint32_t>(t.size()), "nl");
  const std::vector<Token>& toks = tokens.list;
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(t.substr(toks[1].b, toks[1].e - toks[1].b), "Xi\u2019an");
  EXPECT_EQ(toks[1].fold, "xian");
  EXPECT_TRUE(toks[1].upper);
}

// Words of ASCII bytes are described in one pass: each flag and the fold must be what the
// general functions give for the same word.
TEST(Segment, AsciiWordsAreDescribedAsTheGeneralFunctionsDescribeThem) {
  const std::string t =
      "NATO and Su-35s, J-10CEs in 1990s: McDonald's d'Hooghe O'NEIL rock`n A1 ABC1 IT x 7 "
      "Lockheed_Martin 3D 11AB Ab aB";
  const Tokens tokens = tokenize(t, 0, static_cast<std::uint32_t>(t.size()), "en");
  int words = 0;
  for (const auto& k : tokens.list) {
    if (k.kind != TokenKind::word) continue;
    ++words;
    const std::string w = t.substr(k.b, k.e - k.b);
    EXPECT_EQ(k.fold, fold(w)) << w;
    EXPECT_EQ(k.upper, actorgraph::detail::starts_upper(w)) << w;
    EXPECT_EQ(k.caps, actorgraph::detail::all_upper(w)) << w;
    EXPECT_EQ(k.digit, w[0] >= '0' && w[0] <= '9') << w;
    bool alpha = true;
    for (char c : w) alpha = alpha && (std::isalpha(static_cast<unsigned char>(c)) || c == '\'');
    EXPECT_EQ(k.alpha, alpha) << w;
  }
  EXPECT_GE(words, 20);
}

// The same for random words: up to 16 bytes a word is classed sixteen bytes at a time (the
// bytes after it read too, where the text goes on), a longer one byte by byte; a word at the
// very end of the text is classed without reading past it.
TEST(Segment, RandomWordsAreDescribedAsTheGeneralFunctionsDescribeThem) {
  const std::vector<std::string> alphabet = {"a", "z", "Q", "E", "7", "0",      "'",      "`",   "_",
                                             ".", "@", " ", "-", ",", "\u00e9", "\u00c4", "NATO"};
  std::mt19937 rng(61);
  int words = 0, long_words = 0;
  for (int k = 0; k < 20000; ++k) {
    std::string t;
    for (std::size_t n = 1 + rng() % 30; n > 0; --n) t += alphabet[rng() % alphabet.size()];
    const std::string text(t);  // its own allocation, ending where the text ends
    const Tokens tokens = tokenize(text, 0, static_cast<std::uint32_t>(text.size()), "en");
    for (const auto& w : tokens.list) {
      if (w.kind != TokenKind::word) continue;
      ++words;
      const std::string s = text.substr(w.b, w.e - w.b);
      long_words += s.size() > 16 ? 1 : 0;
      ASSERT_EQ(w.fold, fold(s)) << s;
      ASSERT_EQ(w.upper, actorgraph::detail::starts_upper(s)) << s;
      ASSERT_EQ(w.caps, actorgraph::detail::all_upper(s)) << s;
      ASSERT_EQ(w.digit, s[0] >= '0' && s[0] <= '9') << s;
      if (std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        const bool alpha = std::all_of(s.begin(), s.end(), [](char c) {
          return std::isalpha(static_cast<unsigned char>(c)) || c == '\'';
        });
        ASSERT_EQ(w.alpha, alpha) << s;
      }
    }
  }
  EXPECT_GT(words, 20000);
  EXPECT_GT(long_words, 100);
}

// A token that folds to itself views the text; the others view the buffer of folds, and stay
// valid when the tokens are moved (as a document's sentences are when their vector grows).
TEST(Segment, FoldsViewTheTextOrTheBufferAndSurviveAMove) {
  const std::string t = "de Häkkänen-raketten, NAVO's Xi\u2019an d'Hooghe en 1990s: rock`n -";
  Tokens first = tokenize(t, 0, static_cast<std::uint32_t>(t.size()), "nl");
  auto inside = [](std::string_view view, const char* b, std::size_t size) {
    return !view.empty() && view.data() >= b && view.data() + view.size() <= b + size;
  };
  std::vector<std::string> expected;
  for (const Token& k : first.list) {
    const std::string_view w = std::string_view(t).substr(k.b, k.e - k.b);
    const bool lower_ascii = std::all_of(
        w.begin(), w.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
    if (k.kind == TokenKind::word) {
      EXPECT_EQ(k.fold, fold(w)) << w;
      if (lower_ascii) {
        EXPECT_TRUE(inside(k.fold, t.data(), t.size())) << w << ": not a view of the text";
      } else {
        EXPECT_TRUE(inside(k.fold, first.folds.data(), first.folds.size())) << w << ": not in the buffer";
      }
    } else if (k.kind == TokenKind::punct) {
      EXPECT_EQ(k.fold, w);
      EXPECT_TRUE(inside(k.fold, t.data(), t.size())) << w;
    }
    expected.emplace_back(k.fold);
  }
  EXPECT_NE(std::find(expected.begin(), expected.end(), "hakkanen"), expected.end());
  EXPECT_NE(std::find(expected.begin(), expected.end(), "xian"), expected.end());
  EXPECT_NE(std::find(expected.begin(), expected.end(), "navos"), expected.end());
  // moved, and the buffer it leaves reused by another sentence: the folds are unchanged
  const Tokens moved = std::move(first);
  const std::string other = "ÄÖÜ Überall Ærø Ødegaard";
  first = Tokens{};
  tokenize(other, 0, static_cast<std::uint32_t>(other.size()), "de", first.list, first.folds);
  ASSERT_EQ(moved.list.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_EQ(moved.list[i].fold, expected[i]) << i;
}

TEST(Segment, MissingSpaceAfterAFullStopStillEndsTheSentence) {
  const std::string t =
      "Die Granaten sind alt.Vadym Orlenko, stellvertretender Direktor, sagte das. Z.B. nicht.";
  auto s = split_sentences(t, 0, "de");
  ASSERT_GE(s.size(), 2u);
  EXPECT_EQ(t.substr(s[0].b, s[0].e - s[0].b), "Die Granaten sind alt.");
  EXPECT_EQ(t.substr(s[1].b, 6), "Vadym ");
}

// The rule wants two lower-case letters before the full stop (ASCII or not) and a capital
// after it; anything else leaves the sentence whole.
TEST(Segment, MissingSpaceNeedsTwoLowerCaseLettersAndACapital) {
  auto pieces = [](const std::string& t) {
    std::vector<std::string> out;
    for (const auto& r : split_sentences(t, 0, "de")) out.push_back(t.substr(r.b, r.e - r.b));
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(pieces("Das ist zu groß.Übrigens nicht"), (V{"Das ist zu groß.", "Übrigens nicht"}));
  EXPECT_EQ(pieces("Er kam aus Kyjiw.Dann fuhr er"), (V{"Er kam aus Kyjiw.", "Dann fuhr er"}));
  EXPECT_EQ(pieces("Der Wert steigt a.B nicht"), (V{"Der Wert steigt a.B nicht"}));  // one letter
  EXPECT_EQ(pieces("Ein Gerät der USA.Armee"), (V{"Ein Gerät der USA.Armee"}));      // capitals
  EXPECT_EQ(pieces("Sie liefert ab.dann nicht"), (V{"Sie liefert ab.dann nicht"}));  // no capital
  EXPECT_EQ(pieces("Drei Raketen 1a.B und"), (V{"Drei Raketen 1a.B und"}));          // a digit
  EXPECT_EQ(pieces("Nur ab.Cde.Fg weiter"), (V{"Nur ab.", "Cde.", "Fg weiter"}));
}

// check_utf8 skips ASCII eight bytes at a time: an ill-formed or multibyte sequence is found
// wherever it falls relative to those words, and the first offset is exact.
TEST(Utf8Check, FindsSequencesAtEveryOffset) {
  using actorgraph::detail::check_utf8;
  for (std::size_t at = 0; at < 40; ++at) {
    std::string bad(40, 'a');
    bad.insert(at, "\xFF");
    auto r = check_utf8(bad);
    EXPECT_EQ(r.invalid, 1u) << at;
    EXPECT_EQ(r.first_invalid, at) << at;
    std::string two(40, 'a');
    two.insert(at, "\xC3\xA9\xE2\x82\xAC");  // e-acute and the euro sign
    r = check_utf8(two);
    EXPECT_EQ(r.invalid, 0u) << at;
    EXPECT_EQ(r.multibyte, 2u) << at;
    std::string cut(at, 'a');
    cut += "\xE2\x82";  // a sequence cut short at the end
    r = check_utf8(cut);
    EXPECT_EQ(r.invalid, 1u) << at;
    EXPECT_EQ(r.first_invalid, at) << at;
  }
  // ICU's count: each byte of a surrogate or an overlong form is ill-formed on its own
  EXPECT_EQ(check_utf8("\xED\xA0\x80 surrogate").invalid, 3u);
  EXPECT_EQ(check_utf8("\xC0\xAF overlong").invalid, 2u);
  EXPECT_EQ(check_utf8(std::string(1000, 'x')).invalid, 0u);
}

// CodePointCursor counts eight bytes at a time: at every byte offset, going forwards and
// going back, it gives the number of code points that start before that offset.
TEST(CodePointCursor, CountsCodePointsAtEveryOffset) {
  using actorgraph::detail::CodePointCursor;
  const std::string text =
      "a\xC3\xA9z \xE2\x82\xAC\xF0\x9F\x98\x80 Wit-Rusland \xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD "
      "levert \xE2\x80\x9C"
      "drones\xE2\x80\x9D"
      " aan Moskou.";
  std::vector<std::uint32_t> expected(text.size() + 1, 0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool starts = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    expected[i + 1] = expected[i] + (starts ? 1 : 0);
  }
  CodePointCursor forwards(text);
  for (std::size_t i = 0; i <= text.size(); ++i) EXPECT_EQ(forwards.at(i), expected[i]) << i;
  EXPECT_EQ(forwards.at(text.size() + 5), expected[text.size()]);  // past the end: the end
  for (std::size_t step : {3u, 7u, 9u, 13u}) {
    CodePointCursor jumps(text);
    for (std::size_t i = 0; i <= text.size(); i += step)
      EXPECT_EQ(jumps.at(i), expected[i]) << step << " " << i;
    for (std::size_t i = text.size() + 1; i-- > 0;) {  // backwards: it starts over each time
      if (i % step == 0) {
        EXPECT_EQ(jumps.at(i), expected[i]) << step << " back " << i;
      }
    }
  }
}
