#include "text/icu_breaks.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace actorgraph::detail {
namespace {

std::unique_ptr<icu::BreakIterator> make(BreakKind kind) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      kind == BreakKind::word ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), err)
                              : icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), err));
  if (U_FAILURE(err)) bi.reset();
  return bi;
}

icu::BreakIterator* this_threads(BreakKind kind) {
  static const std::unique_ptr<icu::BreakIterator> word = make(BreakKind::word);
  static const std::unique_ptr<icu::BreakIterator> sentence = make(BreakKind::sentence);
  thread_local std::unique_ptr<icu::BreakIterator> word_here(word ? word->clone() : nullptr);
  thread_local std::unique_ptr<icu::BreakIterator> sentence_here(sentence ? sentence->clone() : nullptr);
  return kind == BreakKind::word ? word_here.get() : sentence_here.get();
}

}  // namespace

bool for_each_icu_segment(BreakKind kind, std::string_view text,
                          const std::function<void(std::uint32_t, std::uint32_t, std::int32_t)>& visit) {
  icu::BreakIterator* bi = this_threads(kind);
  if (bi == nullptr) return false;
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &err);
  if (U_FAILURE(err)) return false;
  bi->setText(ut, err);
  if (U_FAILURE(err)) {
    utext_close(ut);
    return false;
  }
  std::int32_t start = bi->first();
  for (std::int32_t end = bi->next(); end != icu::BreakIterator::DONE; start = end, end = bi->next()) {
    visit(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), bi->getRuleStatus());
  }
  utext_close(ut);  // the iterator is given another text before it is used again
  return true;
}

}  // namespace actorgraph::detail
