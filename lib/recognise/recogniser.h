// Recogniser: finds the actors a sentence names, before they are given entity ids.
//
// Rules, in order of precedence, each one a linguist would state for the language:
//  1. gazetteer names of two words or more (longest first);
//  2. persons: a given name followed by capitalised words ("Frank Slijper"); a role cue
//     before a name ("minister van Defensie Antti Häkkänen", "HUR-Chef Krylo Budanow"); a
//     name followed by an apposition with a role ("Vadym Skibitsky, stellvertretender
//     Direktor");
//  3. one-word gazetteer names, with inflection endings (Poetins, Kalibrs, Russlands), and
//     names that are also ordinary words (Grad, Patriot) only next to a weapon noun or in a
//     compound with one (Grad-systeem), or once the document has named them plainly;
//  4. names at the start of closed compounds (Ukrainekriegs);
//  5. organisations and firms after a cue noun ("denktank Clingendael", "dronefabrikant
//     …", "Rüstungskonzern …"), before a legal suffix ("… GmbH"), or spelled out before
//     their acronym ("Federal Service for Military-Technical Cooperation (FSMTC)");
//  6. weapon designations by shape (YJ-18, ZT-180-modellen, Su-35, J-10CEs);
//  7. a state adjective before a group noun stands for the state, keeping the role
//     ("Chinese bedrijven" → China, business; "het Russische leger" → Russia, military).
#ifndef ACTORGRAPH_RECOGNISE_RECOGNISER_H_
#define ACTORGRAPH_RECOGNISE_RECOGNISER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "recognise/knowledge.h"
#include "recognise/vocabulary.h"
#include "text/segment.h"

namespace actorgraph::detail {

enum class Link : std::uint8_t { start, space, hyphen, other };

// The words of one sentence, with how each is joined to the one before. The folds view the
// document's text and `folds`: a SentenceWords can be moved, not copied, and lives no longer
// than the text.
struct SentenceWords {
  SentenceWords() = default;
  SentenceWords(SentenceWords&&) noexcept = default;
  SentenceWords& operator=(SentenceWords&&) noexcept = default;
  SentenceWords(const SentenceWords&) = delete;
  SentenceWords& operator=(const SentenceWords&) = delete;
  ~SentenceWords() = default;

  ByteRange range;
  std::vector<Token> tokens;
  std::vector<char> folds;               // the tokens' folds that are not views of the text
  std::vector<std::uint32_t> words;      // indices into tokens of the word tokens
  std::vector<std::string_view> folded;  // folded form of each word (its token's fold)
  std::vector<Link> link;                // link of each word to the previous word
  std::vector<WordEntry> entries;        // what each word is to the language's word tables
};

// The words of one sentence of `text`, each looked up once in the language's vocabulary, into
// `s` (whose vectors are cleared first and their memory reused).
void words_of(std::string_view text, ByteRange sentence, const std::string& lang,
              const LanguageVocabulary& vocabulary, SentenceWords& s);

// How a mention was found: by the recogniser (gazetteer … compound), by resolution (anaphor,
// short: a short form of a name the document gave), or, for a sitting head of state standing
// for the state in a relation, leader; byline: an agency a dateline names. Mention::how spells it out
// (how_name).
enum class How : std::uint8_t {
  gazetteer,
  capital,
  demonym,
  people,
  group,
  role,
  given,
  apposition,
  cue,
  acronym,
  legal,
  head,
  designation,
  compound,
  anaphor,
  short_form,
  leader,
  byline,  // a news agency in a dateline's brackets: named, no party to anything
};
std::string_view how_name(How how);

struct Found {
  std::uint32_t sentence = 0;
  std::uint32_t w0 = 0, w1 = 0;  // words [w0, w1) of the sentence
  std::uint32_t b = 0, e = 0;    // bytes of the mention in the text
  std::int64_t known = -1;       // gazetteer entity index, or -1 for a new entity
  EntityType type = EntityType::person;
  std::string name;  // new entities: the name as written (cleaned)
  How how = How::gazetteer;
  std::string group_role;                 // business, military, government
  const Cue* role_cue = nullptr;          // persons: the role cue that introduced them
  std::int64_t cue_w0 = -1, cue_w1 = -1;  // and where it stands
  bool weak = false;
};

class Recogniser {
 public:
  Recogniser(const Knowledge& kb, std::string_view text, std::string lang)
      : kb_(kb), lx_(kb.lexicon(lang)), text_(text), lang_(std::move(lang)) {}

  // Recognises the actors of one sentence and appends them to `out`, in text order; sentences
  // must come in document order.
  void sentence(std::uint32_t index, const SentenceWords& s, std::vector<Found>& out);

  [[nodiscard]] const Lexicon& lexicon() const { return lx_; }
  // Whether word j can be part of a name: capitalised letters, no stop word, no "not a name".
  [[nodiscard]] bool name_word(const SentenceWords& s, std::size_t j) const;
  [[nodiscard]] bool ordinary_word(std::string_view word) const;
  // The same, where a German word built as a compound of others counts as none: it may be a name
  // made of words ("Nordholm Marinetechnik GmbH").
  [[nodiscard]] bool plain_word(std::string_view word) const;

 private:
  const Knowledge& kb_;
  const Lexicon& lx_;
  std::string_view text_;
  std::string lang_;
  std::vector<std::uint32_t> seen_;  // known entities named plainly so far (sorted)
  // Per-word working state of sentence(), kept from one sentence to the next so that its
  // buffers are allocated once per document, not once per sentence.
  struct GazetteerMatch {
    std::size_t len = 0;
    const AliasHit* hit = nullptr;
  };
  struct Scratch {
    std::vector<char> covered;
    std::vector<std::vector<std::string_view>> uninflected;
    std::vector<GazetteerMatch> gm;
    std::vector<std::uint32_t> path;
    std::vector<std::pair<std::size_t, const Cue*>> role_at;
    std::vector<std::int64_t> role_ending_at;
  };
  Scratch scratch_;
};

}  // namespace actorgraph::detail

#endif  // ACTORGRAPH_RECOGNISE_RECOGNISER_H_
