// The records that flow through actorgraph: documents in, entities, mentions and relations
// out. Extracting one document is a pure function from a Document to an Extraction; merging
// Extractions into a Store is a separate step. All offsets into a document's text are in
// Unicode code points (what Python's str indexing and most readers expect); sentences are
// numbered from 0 within their document.
#ifndef ACTORGRAPH_RECORDS_H_
#define ACTORGRAPH_RECORDS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class EntityType : std::uint8_t { person, state, organization, firm, weapon_system };
inline constexpr EntityType kEntityTypes[] = {EntityType::person, EntityType::state, EntityType::organization,
                                              EntityType::firm, EntityType::weapon_system};
std::string_view to_string(EntityType t);
std::optional<EntityType> parse_entity_type(std::string_view s);

// How sure the text is of a relation. Ordered from the strongest claim to the weakest;
// an aggregated edge shows the strongest modality among its evidence.
enum class Modality : std::uint8_t { asserted, alleged, planned, denied, negated };
inline constexpr Modality kModalities[] = {Modality::asserted, Modality::alleged, Modality::planned,
                                           Modality::denied, Modality::negated};
std::string_view to_string(Modality m);
std::optional<Modality> parse_modality(std::string_view s);

struct Document {
  std::string id;      // hash of the normalised text: the same article ingested twice is one
  std::string source;  // where it came from: a file path, or path:line for JSON Lines
  std::string title;
  std::string date;  // ISO 8601, possibly partial (2023, 2023-03, 2023-03-14); may be empty
  std::string lang;  // nl, de or en
  std::string url;
  std::string text;              // the original text, valid UTF-8
  std::uint32_t body_start = 0;  // code point where the article starts (after a metadata line)
};

struct Sentence {
  std::uint32_t start = 0, end = 0;  // code points
};

// One entity mentioned by a document: a gazetteer entry or one found by a rule.
struct EntityRecord {
  std::string id;  // stable: "state:CN", "person:vladimir-putin"; found ones "person:~<key>"
  EntityType type = EntityType::person;
  std::string label;
  bool known = false;  // from the gazetteer
};

struct Mention {
  std::string entity;
  std::uint32_t sentence = 0;
  std::uint32_t start = 0, end = 0;  // code points into Document::text
  std::string surface;               // the text between start and end
  std::string how;   // gazetteer, capital, demonym, people, group, role, cue, designation, short, byline
  std::string role;  // for generic groups: business, military or government
};

struct Evidence {
  std::string doc;
  std::uint32_t sentence = 0;
  std::uint32_t start = 0, end = 0;  // the sentence, code points
  std::string date;
  Modality modality = Modality::asserted;
  std::string quote;
  std::string source;  // attributed to (entity id), may be empty
};

struct Relation {
  std::string source, target;  // entity ids
  std::string type;            // from schema/ontology.json
  Evidence evidence;
  std::vector<std::string> items;  // entity ids of weapon systems, or English item phrases
  std::optional<double> quantity;
  std::string unit;
  std::string role;  // affiliations: "Minister of Defence"
  std::string mode;  // supplies: sale, donation, export, licensed production, ... where stated
  // supplies: how the text bounds the quantity ("at least", "at most", "about"); empty when it
  // states the number
  std::string quantity_bound;
};

struct Extraction {
  Document document;
  std::vector<Sentence> sentences;
  std::vector<EntityRecord> entities;
  std::vector<Mention> mentions;
  std::vector<Relation> relations;
  std::vector<std::string> warnings;  // e.g. invalid UTF-8 repaired
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_RECORDS_H_
