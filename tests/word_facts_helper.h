// Shared by the tests of what the vocabulary says of words (the lexicon's facts in
// test_knowledge.cc, the relation lexicon's in test_relate.cc, all of it in test_vocabulary.cc):
// the words to probe it with, and the check that its answer for one cue table is what the table
// itself gives.
#ifndef ACTORGRAPH_TESTS_WORD_FACTS_HELPER_H_
#define ACTORGRAPH_TESTS_WORD_FACTS_HELPER_H_

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "recognise/knowledge.h"
#include "test_helper.h"
#include "text/segment.h"

namespace agtest {

// The folded words of the sample corpus (data/sample), in order, repeats kept.
inline std::vector<std::string> sample_words() {
  std::vector<std::string> words;
  for (const auto& f : std::filesystem::directory_iterator(source_dir() + "/data/sample")) {
    const std::string text = slurp(f.path().string());
    const auto tokens = actorgraph::detail::tokenize(text, 0, static_cast<std::uint32_t>(text.size()), "nl");
    for (const auto& t : tokens.list) {
      if (t.kind == actorgraph::detail::TokenKind::word) words.emplace_back(t.fold);
    }
  }
  return words;
}

// Expects `got` (the vocabulary's answer for `word`) to be table.start(word); counts the words that
// end with one of the table's compound heads in `heads`.
inline void expect_same_start(const actorgraph::detail::CueStart& got,
                              const actorgraph::detail::CueTable& table, const std::string& word,
                              const std::string& where, std::size_t& heads) {
  const actorgraph::detail::CueStart want = table.start(word);
  EXPECT_EQ(got.node, want.node) << where << " \"" << word << "\"";
  EXPECT_EQ(got.head, want.head) << where << " \"" << word << "\"";
  heads += want.head != actorgraph::detail::SuffixIndex::kNone;
}

}  // namespace agtest

#endif  // ACTORGRAPH_TESTS_WORD_FACTS_HELPER_H_
