// The extractor a command runs with, kept for the life of the process.
#include <memory>
#include <vector>

#include "commands.h"

namespace actorgraph::cli {

Result<const Extractor*> process_extractor(const Global& g, ExtractorUse use) {
  Extractor::LoadOptions options;
  options.dictionaries_on_first_use = use == ExtractorUse::names;
  auto ex = Extractor::load(find_data_root(g.data), options);
  if (!ex) return Error{ex.message()};
  // Never freed, on purpose (see commands.h); held through a static pointer, so it stays
  // reachable and LeakSanitizer does not count it as a leak.
  static auto* kept = new std::vector<std::unique_ptr<Extractor>>();
  kept->push_back(std::make_unique<Extractor>(std::move(*ex)));
  return static_cast<const Extractor*>(kept->back().get());
}

}  // namespace actorgraph::cli
