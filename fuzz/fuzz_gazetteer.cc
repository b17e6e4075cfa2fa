// Fuzz target: loading one gazetteer file (data/gazetteer/*.json) from its text, as
// Knowledge::load() does for each file: parse, validate against schema/gazetteer.schema.json,
// then index names, capitals, demonyms and people nouns in the alias trie.
//
// Beyond not crashing it checks that a refusal names the file, and that an accepted file
// leaves a consistent index: one id per entity, alias hits pointing at loaded entities, and
// every multi-word name findable in the trie.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "actorgraph/extract.h"
#include "fuzz_check.h"
#include "recognise/knowledge.h"

namespace {

using namespace actorgraph;

struct Setup {
  std::string schema;
  detail::NameKey name_key;
};

const Setup& setup() {
  static const Setup* s = [] {
    const std::string root = find_data_root();
    auto nk =
        detail::NameKey::load(root + "/data/lexicon/name_key.json", root + "/schema/name_key.schema.json");
    if (!nk) {
      std::fprintf(stderr, "fuzz_gazetteer: %s\n", nk.message().c_str());
      std::abort();
    }
    return new Setup{root + "/schema/gazetteer.schema.json", std::move(*nk)};
  }();
  return *s;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  (void)setup();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  detail::Knowledge kb;
  kb.name_key = setup().name_key;
  const Status s = detail::load_gazetteer(kb, text, "fuzz.json", setup().schema);
  if (!s) {
    AG_FUZZ_CHECK(s.message().rfind("fuzz.json", 0) == 0, "a refusal names the file");
    return 0;
  }
  AG_FUZZ_CHECK(kb.by_id.size() == kb.entities.size(), "one id per entity");
  for (const auto& hits : kb.alias_hits) {
    for (const auto& h : hits) AG_FUZZ_CHECK(h.entity < kb.entities.size(), "an alias names a loaded entity");
  }
  for (const auto& e : kb.entities) {
    for (const auto& words : e.name_words) {
      AG_FUZZ_CHECK(kb.aliases.find(words) != detail::WordTrie::kNone, "a multi-word name is in the trie");
    }
  }
  return 0;
}
