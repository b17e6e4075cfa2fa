// Fuzz target: the JSON Lines reader. The bytes are read with read_jsonl() exactly as a
// .jsonl file with that content would be.
//
// Beyond not crashing it checks what ingest promises: every Document's fields are valid
// UTF-8, its date is empty or YYYY[-MM[-DD]], its id is 32 hex digits and its body lies
// inside its text; every diagnostic names the file and is valid UTF-8, so it can be printed.
#include <cstdint>
#include <string>
#include <string_view>

#include "actorgraph/ingest.h"
#include "common/unicode.h"
#include "fuzz_check.h"
#include "fuzz_output_checks.h"

namespace {

using namespace actorgraph;

bool iso_date_or_empty(const std::string& d) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
    }
    return true;
  };
  if (d.empty()) return true;
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2);
  if (d.size() == 10) return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2);
  return false;
}

void check_document(const Document& d) {
  for (const std::string* field : {&d.text, &d.title, &d.date, &d.url, &d.source, &d.lang}) {
    AG_FUZZ_CHECK(agfuzz::valid_utf8(*field), "every field of a Document is valid UTF-8");
  }
  AG_FUZZ_CHECK(iso_date_or_empty(d.date), "a date is YYYY[-MM[-DD]]");
  AG_FUZZ_CHECK(d.id.size() == 32 && d.id.find_first_not_of("0123456789abcdef") == std::string::npos,
                "an id is 32 hex digits");
  AG_FUZZ_CHECK(d.body_start <= detail::count_code_points(d.text), "the body starts inside the text");
  AG_FUZZ_CHECK(d.source.rfind("fuzz.jsonl:", 0) == 0, "a record's source is file:line");
  AG_FUZZ_CHECK(d.lang.empty() || d.lang == "nl" || d.lang == "de" || d.lang == "en", "a known language");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto diags = read_jsonl(bytes, "fuzz.jsonl", {}, [](Document&& d) { check_document(d); });
  for (const Diagnostic& d : diags) {
    AG_FUZZ_CHECK(d.where.rfind("fuzz.jsonl", 0) == 0, "a diagnostic names the file");
    AG_FUZZ_CHECK(!d.message.empty(), "a diagnostic says what is wrong");
    AG_FUZZ_CHECK(agfuzz::valid_utf8(d.where) && agfuzz::valid_utf8(d.message),
                  "a diagnostic is valid UTF-8");
  }
  return 0;
}
