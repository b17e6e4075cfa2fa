// Extractor: the pure function from one Document to its Extraction.
//
// An Extractor holds the knowledge loaded from the data folder (gazetteers, lexicons,
// ontology) and is immutable after load, so one instance can serve many threads at once.
// extract() recognises actors, resolves them to stable entity ids within the document and
// extracts relations with their evidence. It touches no store.
#ifndef ACTORGRAPH_EXTRACT_H_
#define ACTORGRAPH_EXTRACT_H_

#include <memory>
#include <string>

#include "actorgraph/records.h"
#include "actorgraph/result.h"

namespace actorgraph {

namespace detail {
class Knowledge;
}

// Folder holding data/ and schema/; empty means: $ACTORGRAPH_DATA, else the built-in places.
std::string find_data_root(const std::string& hint = {});

class Extractor {
 public:
  struct LoadOptions {
    // Hunspell's dictionaries (a third of loading) are read by load(), on a thread beside the
    // rest; when true, each is read when extraction first needs it instead, so that a program
    // that only resolves names against the gazetteer (the query commands) never reads them.
    bool dictionaries_on_first_use = false;
  };
  static Result<Extractor> load(const std::string& data_root, LoadOptions options);
  static Result<Extractor> load(const std::string& data_root) { return load(data_root, LoadOptions{}); }
  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  [[nodiscard]] Extraction extract(const Document& doc) const;
  // The same, taking the document over: the extraction holds it without a copy of its text.
  [[nodiscard]] Extraction extract(Document&& doc) const;

  // The language extract() reads `doc` in: its lang, else the one its body is identified as.
  [[nodiscard]] std::string language_of(const Document& doc) const;
  // Whether extracting a document in `lang` now would wait for knowledge still being read (a
  // dictionary the loading thread has not reached yet). A caller with other documents at hand
  // can extract those first; extract() is correct either way, it only waits.
  [[nodiscard]] bool would_wait(const std::string& lang) const;

  // Facts about what was loaded, for summaries and tests.
  [[nodiscard]] std::size_t entity_count() const;
  [[nodiscard]] std::size_t alias_count() const;
  [[nodiscard]] const detail::Knowledge& knowledge() const { return *kb_; }

 private:
  explicit Extractor(std::shared_ptr<const detail::Knowledge> kb);
  std::shared_ptr<const detail::Knowledge> kb_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_H_
