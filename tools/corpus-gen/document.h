// One document of the synthetic corpus: a dated news story in one language, its sentences
// the language's templates with actors, items, quantities and dates filled in. The supply
// sentences plant supplies relations, which the document keeps with the actors it names as
// its ground truth.
#ifndef ACTORGRAPH_TOOLS_CORPUS_GEN_DOCUMENT_H_
#define ACTORGRAPH_TOOLS_CORPUS_GEN_DOCUMENT_H_

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gazetteer.h"
#include "model.h"
#include "rng.h"
#include "vocabulary.h"

namespace actorgraph::corpus_gen {

struct Planted {
  Actor supplier, recipient;
  std::string item;
  std::optional<long> quantity;
  std::string modality, tmpl, date, quote;
  bool covered = true;
  std::size_t sentence = 0;
};

struct Doc {
  std::string lang, date, title;
  std::vector<std::string> paragraphs;
  std::vector<Actor> cast;
  std::vector<Planted> supplies;
};

// Writes the documents of one language. Invented firms are named from the corpus's firm
// stems that are not gazetteer aliases.
class DocWriter {
 public:
  DocWriter(const Corpus& c, const Lang& L, const Gazetteer& g, Rng& rng);

  // The next document, drawing from the Rng that all the writers share.
  Doc write();

  // From now on, respells the words of filler sentences from `v` with probability `share`,
  // drawing from `rng` (an Rng of its own, so that the documents are otherwise the same).
  void open_vocabulary(const OpenVocabulary* v, double share, Rng* rng) {
    vocabulary_ = v;
    vocabulary_share_ = share;
    vocabulary_rng_ = rng;
  }

 private:
  struct Bound {
    std::map<std::string, Actor> actors;
    std::string item_text, item_truth;
    const Item* item = nullptr;
    std::string weapon;  // the weapon name when the item is a weapon pattern
    std::optional<long> quantity;
    int year = 0, month = 0, day = 0;
  };

  // A pattern the document has not used yet, while there are some.
  const Pattern& fresh(const std::vector<Pattern>& v, std::set<std::size_t>& used);
  Actor invented_firm();
  Actor draw_actor();
  static void add_to_cast(Doc& d, const Actor& a);
  [[nodiscard]] const Forms* forms_of(const Actor& a) const;
  [[nodiscard]] bool plural(const Actor& a) const;
  // Puts `name` where the pattern has `var` ({N}, {W}); "{N}'s|{N}'" takes the second
  // alternative when the name ends in s, x or z.
  static std::string apply(const std::string& pattern, const std::string& name, const char* var = "{N}");
  [[nodiscard]] std::string form(const Actor& a, const std::string& c) const;
  [[nodiscard]] std::string pronoun(const Actor& a) const;
  std::string person();
  // An actor for `slot` that the template allows there (a state in a statement), not yet in
  // the sentence: mostly from the document's cast, so the same actors come back.
  Actor choose(Doc& d, const SupplyTemplate* t, const std::string& slot, const Bound& b);
  void bind_item(Bound& b, bool need_plural, bool need_countable);
  [[nodiscard]] std::string item_form(const Bound& b, const std::string& c) const;
  // Binds every slot the pattern uses, then writes it out.
  std::string render(const Pattern& p, Doc& d, const SupplyTemplate* t, Bound& b);
  std::string render_plain(const Pattern& p, Doc& d, const SupplyTemplate* t);
  std::string supply_sentence(Doc& d, std::size_t sentence);

  const Corpus& c_;
  const Lang& L_;
  Rng& rng_;
  std::vector<std::string> stems_;
  std::set<std::size_t> used_filler, used_statements;
  int year_ = 2020;
  const OpenVocabulary* vocabulary_ = nullptr;
  double vocabulary_share_ = 0;
  Rng* vocabulary_rng_ = nullptr;
};

}  // namespace actorgraph::corpus_gen

#endif  // ACTORGRAPH_TOOLS_CORPUS_GEN_DOCUMENT_H_
