// NameKey: a spelling-invariant key for personal names across the press conventions of
// Dutch, German and English (rules in data/lexicon/name_key.json). Two spellings of one
// name get one key: "Kyrylo Boedanov" (nl) and "Kyrylo Budanov" (en) both give
// "kirilo budanov".
#ifndef ACTORGRAPH_RESOLVE_NAME_KEY_H_
#define ACTORGRAPH_RESOLVE_NAME_KEY_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actorgraph/result.h"

namespace actorgraph::detail {

class NameKey {
 public:
  // Reads the rules from `path`, validated against `schema` when one is given.
  static Result<NameKey> load(const std::string& path, const std::string& schema = {});
  // `folded` is a folded phrase (lower-case ASCII words separated by spaces).
  [[nodiscard]] std::string key(std::string_view folded, const std::string& lang) const;

 private:
  using Rules = std::vector<std::pair<std::string, std::string>>;
  std::map<std::string, Rules> by_lang_;
  Rules common_;
  bool collapse_ = true;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RESOLVE_NAME_KEY_H_
