// Extractor: loads the knowledge once; extract() runs text → recognise → resolve → relate
// on one document and returns its records, touching nothing else.
#include "actorgraph/extract.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <string_view>
#include <vector>

#include "common/unicode.h"
#include "recognise/knowledge.h"
#include "recognise/recogniser.h"
#include "relate/affiliation.h"
#include "relate/relations.h"
#include "resolve/resolver.h"
#include "text/segment.h"

namespace actorgraph {

std::string find_data_root(const std::string& hint) {
  namespace fs = std::filesystem;
  auto ok = [](const std::string& d) {
    return !d.empty() && fs::is_directory(d + "/data/gazetteer") && fs::is_directory(d + "/schema");
  };
  if (!hint.empty()) return hint;
  if (const char* env = std::getenv("ACTORGRAPH_DATA"); env && *env) return env;
  std::string dirs = ACTORGRAPH_DATA_DIRS;
  std::size_t b = 0;
  while (b <= dirs.size()) {
    std::size_t e = dirs.find('|', b);
    if (e == std::string::npos) e = dirs.size();
    std::string d = dirs.substr(b, e - b);
    if (ok(d)) return d;
    b = e + 1;
  }
  return ".";
}

namespace {

// A relation may name a known entity the document does not: a sitting head of state stands for
// his state ("wapens levert aan Poetin", "Zelensky thanked Germany for …"). Each such end is
// added to the document's entities, as known and with no mention, so that the store's graph,
// whose edges join stored entities, keeps the relation.
void add_relation_ends(const detail::Knowledge& kb, Extraction& x) {
  if (x.relations.empty()) return;
  std::vector<std::string_view> listed;  // (views of the entities, which stay put until the end)
  listed.reserve(x.entities.size());
  for (const EntityRecord& e : x.entities) listed.emplace_back(e.id);
  std::sort(listed.begin(), listed.end());
  std::vector<const detail::KnownEntity*> missing;
  for (const Relation& r : x.relations) {
    for (const std::string* end : {&r.source, &r.target}) {
      if (std::binary_search(listed.begin(), listed.end(), std::string_view(*end))) continue;
      const auto it = kb.by_id.find(*end);
      if (it == kb.by_id.end()) continue;
      const detail::KnownEntity* k = &kb.entities[it->second];
      if (std::find(missing.begin(), missing.end(), k) == missing.end()) missing.push_back(k);
    }
  }
  for (const detail::KnownEntity* k : missing)
    x.entities.push_back(EntityRecord{k->id, k->type, k->label, true});
}

}  // namespace

Extractor::Extractor(std::shared_ptr<const detail::Knowledge> kb) : kb_(std::move(kb)) {}
Extractor::Extractor(Extractor&&) noexcept = default;
Extractor& Extractor::operator=(Extractor&&) noexcept = default;
Extractor::~Extractor() = default;

Result<Extractor> Extractor::load(const std::string& data_root, LoadOptions options) {
  auto kb = detail::Knowledge::load(data_root, options.dictionaries_on_first_use
                                                   ? detail::Dictionaries::on_first_use
                                                   : detail::Dictionaries::at_load);
  if (!kb) return Error{kb.message()};
  return Extractor(std::move(*kb));
}

std::size_t Extractor::entity_count() const { return kb_->entities.size(); }
std::size_t Extractor::alias_count() const { return kb_->alias_count; }

std::string Extractor::language_of(const Document& doc) const {
  if (!doc.lang.empty()) return doc.lang;
  const std::string_view text = doc.text;
  return kb_->identify_language(text.substr(detail::byte_offset_of(text, doc.body_start)));
}

bool Extractor::would_wait(const std::string& lang) const {
  const auto& dictionary = kb_->lexicon(lang).dictionary;
  return dictionary && !dictionary->loaded();
}

Extraction Extractor::extract(const Document& doc) const { return extract(Document(doc)); }

Extraction Extractor::extract(Document&& document) const {
  using namespace detail;
  Extraction x;
  x.document = std::move(document);
  const Document& doc = x.document;
  const std::string_view text = x.document.text;
  const std::size_t body = byte_offset_of(text, doc.body_start);
  std::string& lang = x.document.lang;
  if (lang.empty()) lang = language_of(doc);

  const Lexicon& lexicon = kb_->lexicon(lang);
  const auto rl = kb_->relation_lexicons.find(lang);
  const bool has_relations = rl != kb_->relation_lexicons.end();
  const std::vector<ByteRange> ranges =
      split_sentences(text, static_cast<std::uint32_t>(body), lang,
                      SentenceStops{.abbreviations = &lexicon.abbreviations,
                                    .legal_forms = &lexicon.dotted_legal_suffixes,
                                    .legal_suffixes = &lexicon.legal_suffixes,
                                    .months = has_relations ? &rl->second->months : nullptr});
  // The words of each sentence, in vectors this thread keeps from one document to the next (so
  // that their memory is allocated once, not once per sentence).
  thread_local std::vector<SentenceWords> words;
  if (words.size() < ranges.size()) words.resize(ranges.size());
  const std::span<const SentenceWords> sentences(words.data(), ranges.size());
  std::vector<Evidence> evidence;
  evidence.reserve(ranges.size());
  x.sentences.reserve(ranges.size());
  CodePointCursor cur(text);
  const LanguageVocabulary vocabulary = kb_->vocabulary(lang);
  for (const ByteRange& r : ranges) {
    words_of(text, r, lang, vocabulary, words[x.sentences.size()]);
    Sentence s{cur.at(r.b), cur.at(r.e)};
    x.sentences.push_back(s);
    Evidence ev;  // its document, like its quote, is added to the relations found, at the end
    ev.sentence = static_cast<std::uint32_t>(x.sentences.size() - 1);
    ev.start = s.start;
    ev.end = s.end;
    ev.date = doc.date;
    evidence.push_back(std::move(ev));
  }

  Recogniser rec(*kb_, text, lang);
  std::vector<Found> found;
  for (std::uint32_t i = 0; i < sentences.size(); ++i) rec.sentence(i, sentences[i], found);
  ResolvedDoc resolved = resolve(*kb_, rec, text, lang, sentences, std::move(found));
  x.relations = affiliations(*kb_, rec.lexicon(), sentences, resolved, evidence);
  if (has_relations) {
    auto more = extract_relations(*kb_, *rl->second, text, sentences, resolved, evidence);
    x.relations.insert(x.relations.end(), std::make_move_iterator(more.begin()),
                       std::make_move_iterator(more.end()));
  }
  // The entities and mentions last: they take the resolution's strings, which the relations
  // have read.
  x.entities = std::move(resolved.entities);
  add_relation_ends(*kb_, x);
  x.mentions.reserve(resolved.found.size());
  CodePointCursor mcur(text);
  for (std::size_t i = 0; i < resolved.found.size(); ++i) {
    Found& f = resolved.found[i];
    Mention m;
    m.entity = std::move(resolved.entity_of[i]);
    m.sentence = f.sentence;
    m.start = mcur.at(f.b);
    m.end = mcur.at(f.e);
    m.surface = std::string(text.substr(f.b, f.e - f.b));
    m.how = std::string(how_name(f.how));
    m.role = std::move(f.group_role);
    x.mentions.push_back(std::move(m));
  }
  // each relation names its document and quotes its sentence (most sentences have none), from
  // an earlier one where its evidence opens there (an end found in it)
  for (Relation& r : x.relations) {
    r.evidence.doc = doc.id;
    std::size_t first = r.evidence.sentence;
    while (first > 0 && x.sentences[first].start > r.evidence.start) --first;
    const ByteRange& q = sentences[r.evidence.sentence].range;
    const std::size_t b = sentences[first].range.b;
    r.evidence.quote = std::string(text.substr(b, q.e - b));
  }
  return x;
}

}  // namespace actorgraph
