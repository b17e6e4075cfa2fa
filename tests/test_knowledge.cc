// Knowledge: the shipped data files load and validate; broken ones give file:line:column.
#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/ingest.h"
#include "common/json_file.h"
#include "recognise/knowledge.h"
#include "recognise/vocabulary.h"
#include "test_helper.h"
#include "word_facts_helper.h"

using namespace actorgraph;
namespace fs = std::filesystem;

TEST(Knowledge, ShippedDataValidatesAgainstTheSchemas) {
  for (const auto& f : fs::directory_iterator(agtest::source_dir() + "/data/gazetteer")) {
    auto doc = detail::read_json_file(f.path().string());
    ASSERT_TRUE(doc.is_ok()) << doc.message();
    Status s = detail::validate_json(*doc, f.path().string(),
                                     agtest::source_dir() + "/schema/gazetteer.schema.json");
    EXPECT_TRUE(s.is_ok()) << s.message();
  }
  const std::vector<std::pair<std::string, std::string>> files{{"lexicon/nl.json", "lexicon"},
                                                               {"lexicon/de.json", "lexicon"},
                                                               {"lexicon/en.json", "lexicon"},
                                                               {"lexicon/relations.nl.json", "relations"},
                                                               {"lexicon/relations.de.json", "relations"},
                                                               {"lexicon/relations.en.json", "relations"},
                                                               {"lexicon/given_names.json", "given_names"},
                                                               {"lexicon/name_key.json", "name_key"}};
  for (const auto& [file, schema] : files) {
    const std::string p = agtest::source_dir() + "/data/" + file;
    auto doc = detail::read_json_file(p);
    ASSERT_TRUE(doc.is_ok()) << doc.message();
    Status s = detail::validate_json(*doc, p, agtest::source_dir() + "/schema/" + schema + ".schema.json");
    EXPECT_TRUE(s.is_ok()) << file << ": " << s.message();
  }
  const std::string ontology = agtest::source_dir() + "/schema/ontology.json";
  auto doc = detail::read_json_file(ontology);
  ASSERT_TRUE(doc.is_ok()) << doc.message();
  EXPECT_TRUE(
      detail::validate_json(*doc, ontology, agtest::source_dir() + "/schema/ontology.schema.json").is_ok());
}

TEST(Knowledge, GazetteerCoversWhatTheIssueAsksFor) {
  const auto& kb = agtest::extractor().knowledge();
  std::map<EntityType, int> by_type;
  for (const auto& e : kb.entities) ++by_type[e.type];
  EXPECT_GE(by_type[EntityType::state], 197);  // UN members and the usual others
  EXPECT_GE(by_type[EntityType::weapon_system], 200);
  EXPECT_GE(by_type[EntityType::firm], 100);
  EXPECT_GE(by_type[EntityType::organization], 100);
  EXPECT_GE(by_type[EntityType::person], 100);
  for (const char* id : {"state:RU", "state:CN", "state:BY", "state:KP", "state:SU", "state:TW"}) {
    EXPECT_TRUE(kb.by_id.count(id)) << id;
  }
}

TEST(Knowledge, OntologyEnforcesDomainAndRange) {
  const auto& kb = agtest::extractor().knowledge();
  EXPECT_TRUE(kb.allows("supplies", EntityType::state, EntityType::state));
  EXPECT_TRUE(kb.allows("supplies", EntityType::firm, EntityType::organization));
  EXPECT_FALSE(kb.allows("supplies", EntityType::person, EntityType::state));
  EXPECT_FALSE(kb.allows("supplies", EntityType::state, EntityType::weapon_system));
  EXPECT_TRUE(kb.allows("official_of", EntityType::person, EntityType::state));
  EXPECT_FALSE(kb.allows("no_such_relation", EntityType::state, EntityType::state));
}

TEST(Knowledge, MalformedJsonNamesFileLineAndColumn) {
  agtest::TempDir dir;
  dir.write("bad.json", "{\n  \"entities\": [\n    {\"id\": \"state:XX\",, }\n  ]\n}\n");
  auto r = detail::read_json_file(dir.path("bad.json"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("bad.json:3:"), std::string::npos) << r.message();
}

TEST(Knowledge, InvalidUtf8InADataFileNamesFileLineAndColumn) {
  agtest::TempDir dir;
  dir.write("bad.json", "{\n  \"entities\": [\"Peking\", \"Pe\xC3\x28king\"]\n}\n");
  auto r = detail::read_json_file(dir.path("bad.json"));
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("bad.json:2:29: invalid JSON: invalid UTF-8"), std::string::npos) << r.message();
  dir.write("key.json", "{\"\xED\xA0\x80\": 1}");  // a surrogate, in a key
  auto k = detail::read_json_file(dir.path("key.json"));
  ASSERT_FALSE(k.is_ok());
  EXPECT_NE(k.message().find("key.json:1:3: invalid JSON: invalid UTF-8"), std::string::npos) << k.message();
}

TEST(Knowledge, SchemaViolationNamesTheJsonPath) {
  agtest::TempDir dir;
  dir.write("g.json",
            R"({"entities": [{"id": "state:NL", "type": "country", "label": "Netherlands", "names": {}}]})");
  auto doc = detail::read_json_file(dir.path("g.json"));
  ASSERT_TRUE(doc.is_ok());
  Status s =
      detail::validate_json(*doc, dir.path("g.json"), agtest::source_dir() + "/schema/gazetteer.schema.json");
  ASSERT_FALSE(s.is_ok());
  EXPECT_NE(s.message().find("/entities/0"), std::string::npos) << s.message();
}

TEST(Knowledge, ABrokenGazetteerStopsLoadingWithItsName) {
  agtest::TempDir dir;
  fs::copy(agtest::source_dir() + "/schema", dir.path("schema"), fs::copy_options::recursive);
  fs::copy(agtest::source_dir() + "/data", dir.path("data"), fs::copy_options::recursive);
  dir.write("data/gazetteer/zz-broken.json", "{\"entities\": [ {\"id\": 1} ");
  auto r = Extractor::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("zz-broken.json:1:"), std::string::npos) << r.message();
}

// Gazetteer files are read on a thread of their own and loaded in order: the error reported is
// still that of the first file in order that fails, whether it fails to load (a duplicate id)
// or to be read (malformed JSON, a schema violation) — and a good data folder still loads.
TEST(Knowledge, TheFirstBrokenGazetteerFileInOrderIsReported) {
  agtest::TempDir dir;
  fs::copy(agtest::source_dir() + "/schema", dir.path("schema"), fs::copy_options::recursive);
  fs::copy(agtest::source_dir() + "/data", dir.path("data"), fs::copy_options::recursive);
  const std::string twice =
      R"({"entities": [{"id": "state:NL", "type": "state", "label": "Netherlands", "names": {"en": ["NL"]}}]})";
  dir.write("data/gazetteer/zz-1-duplicate.json", twice);  // state:NL is in states.json
  dir.write("data/gazetteer/zz-2-malformed.json", "{\"entities\": [ ");
  auto r = Extractor::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("zz-1-duplicate.json"), std::string::npos) << r.message();
  EXPECT_NE(r.message().find("duplicate id state:NL"), std::string::npos) << r.message();
  fs::remove(dir.path("data/gazetteer/zz-1-duplicate.json"));
  dir.write("data/gazetteer/zz-0-invalid.json", R"({"entities": [{"id": "state:XX", "type": "country"}]})");
  r = Extractor::load(dir.path());
  ASSERT_FALSE(r.is_ok());
  EXPECT_NE(r.message().find("zz-0-invalid.json: does not match"), std::string::npos) << r.message();
  fs::remove(dir.path("data/gazetteer/zz-0-invalid.json"));
  fs::remove(dir.path("data/gazetteer/zz-2-malformed.json"));
  EXPECT_TRUE(Extractor::load(dir.path()).is_ok());
}

TEST(Knowledge, LanguageIsIdentifiedFromFunctionWords) {
  const auto& kb = agtest::extractor().knowledge();
  EXPECT_EQ(kb.identify_language("Het kabinet heeft besloten dat er geen wapens naar het land gaan."), "nl");
  EXPECT_EQ(kb.identify_language("Die Regierung hat beschlossen, dass keine Waffen in das Land gehen."),
            "de");
  EXPECT_EQ(kb.identify_language("The government has decided that no weapons will go to the country."), "en");
}

// Extraction reads a word's facts from one vocabulary lookup (recognise/vocabulary.h); they must
// be what asking each table and set on its own gives: for every word the tables and sets hold,
// for compounds ending with any of their words, and for the words of the sample corpus.
TEST(Knowledge, WordFactsFromTheVocabularyAreThoseOfEachTable) {
  const auto& kb = agtest::extractor().knowledge();
  const std::vector<std::string> words = agtest::sample_words();
  ASSERT_GT(words.size(), 1000u);
  std::size_t heads = 0, in_sets = 0;
  for (const auto& entry : kb.lexicons) {
    const std::string& lang = entry.first;  // (a lambda below names it: no structured binding)
    const detail::Lexicon& lx = entry.second;
    const detail::LanguageVocabulary vocabulary = kb.vocabulary(lang);
    std::vector<std::string> probe = words;
    for (const detail::FlatStringSet* set :
         {&lx.stopwords, &lx.not_names, &lx.particles, &lx.legal_suffixes}) {
      probe.insert(probe.end(), set->begin(), set->end());
    }
    for (const detail::CueTable* table : {&lx.roles, &lx.org_cues, &lx.firm_cues, &lx.weapon_nouns}) {
      table->for_each_first_word([&](std::string_view w) {
        probe.emplace_back(w);
        probe.push_back("wapen" + std::string(w));  // a closed compound ending with it
        probe.push_back("xy" + std::string(w));     // too short a rest for a compound
        probe.push_back(std::string(w) + "s");
      });
    }
    for (const std::string& w : probe) {
      const detail::WordFacts f = vocabulary.entry(w).lexicon;
      auto same = [&](const detail::CueStart& got, const detail::CueTable& table, const char* name) {
        agtest::expect_same_start(got, table, w, lang + " " + name, heads);
      };
      same(f.roles, lx.roles, "roles");
      same(f.org_cues, lx.org_cues, "org_cues");
      same(f.firm_cues, lx.firm_cues, "firm_cues");
      same(f.weapon_nouns, lx.weapon_nouns, "weapon_nouns");
      EXPECT_EQ(f.stopword, lx.stopwords.contains(w)) << lang << " \"" << w << "\"";
      EXPECT_EQ(f.not_name, lx.not_names.contains(w)) << lang << " \"" << w << "\"";
      EXPECT_EQ(f.particle, lx.particles.contains(w)) << lang << " \"" << w << "\"";
      EXPECT_EQ(f.legal_suffix, lx.legal_suffixes.contains(w)) << lang << " \"" << w << "\"";
      in_sets += f.stopword || f.not_name || f.particle || f.legal_suffix;
    }
  }
  // the probes reached both kinds of answer
  EXPECT_GT(heads, 100u);
  EXPECT_GT(in_sets, 100u);
}

// The tail filter in front of compound heads never turns away a word that has one of the
// endings, and turns away most words that have none.
TEST(Knowledge, TailFilterLetsThroughEveryWordWithAnEnding) {
  detail::TailFilter filter;
  const std::vector<std::string> endings = {"s", "er", "tag", "chef", "fabrik", "woordvoerder", "\xC3\xBC"};
  for (const auto& e : endings) filter.add(e);
  for (const auto& e : endings) {
    EXPECT_TRUE(filter.may_end(e)) << e;
    EXPECT_TRUE(filter.may_end("Rüstungs" + e)) << e;
    EXPECT_TRUE(filter.may_end("x" + e)) << e;
  }
  detail::TailFilter longer;  // endings of four bytes or more only
  for (const char* e : {"fabrik", "konzern", "minister", "woordvoerder"}) longer.add(e);
  int let_through = 0, words = 0;
  for (char a = 'a'; a <= 'z'; ++a) {
    for (char b = 'a'; b <= 'z'; ++b) {
      for (const char* end : {"ung", "xq", "en"}) {
        ++words;
        let_through += longer.may_end(std::string("wo") + a + b + end);
      }
    }
  }
  // a filter, not an index: a word may get through by chance, but hardly one in a hundred
  EXPECT_LE(let_through * 100, words) << let_through << " of " << words;
  detail::TailFilter both = longer;
  both.unite(filter);
  for (const auto& e : endings) EXPECT_TRUE(both.may_end("Rüstungs" + e)) << e;
  EXPECT_TRUE(both.may_end("Landesminister"));
}

// Loaded for extraction, the knowledge reads the Hunspell dictionaries on a thread of its own
// that goes on after the load: extraction can start at once (a dictionary not read yet is
// waited for), and all three are read in the end without any word asking for them.
TEST(Knowledge, DictionariesAtLoadAreReadBesideWhatComesNext) {
  auto ex = Extractor::load(agtest::source_dir());
  ASSERT_TRUE(ex.is_ok()) << ex.message();
  IngestOptions ingest;
  ingest.force_lang = "en";
  const Document english = make_document("Yesterday Russia delivered drones to Iran.", "en.txt", ingest);
  const Extraction x = ex->extract(english);
  ASSERT_FALSE(x.relations.empty());
  EXPECT_EQ(x.relations[0].source, agtest::extractor().extract(english).relations[0].source);
  const auto& kb = ex->knowledge();
  auto all_read = [&] {
    return kb.lexicon("nl").dictionary->loaded() && kb.lexicon("de").dictionary->loaded() &&
           kb.lexicon("en").dictionary->loaded();
  };
  for (int waited_ms = 0; !all_read() && waited_ms < 60'000; waited_ms += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(all_read());
}

// The dictionaries read at load come one after the other; one that a word has been looked up
// in (extraction waits for it) is read before those still in line, whatever its place.
TEST(Knowledge, ADictionaryWaitedForIsReadFirst) {
  const std::string dir = "/usr/share/hunspell/";
  const detail::Dictionary nl(dir + "nl.aff", dir + "nl.dic");
  const detail::Dictionary de(dir + "de_DE.aff", dir + "de_DE.dic");
  const detail::Dictionary en(dir + "en_US.aff", dir + "en_US.dic");
  const std::vector<const detail::Dictionary*> in_line{&nl, &de, &en};
  EXPECT_FALSE(en.wanted());
  en.want();
  EXPECT_EQ(detail::Dictionary::load_all(in_line), (std::vector<std::size_t>{2, 0, 1}));
  EXPECT_TRUE(nl.loaded() && de.loaded() && en.loaded());
  EXPECT_TRUE(en.knows("delivery"));
  EXPECT_TRUE(de.knows("Lieferung"));
  EXPECT_TRUE(detail::Dictionary::load_all(in_line).empty());  // (all read: nothing to do)
  // none wanted: in line
  const detail::Dictionary nl2(dir + "nl.aff", dir + "nl.dic");
  const detail::Dictionary en2(dir + "en_US.aff", dir + "en_US.dic");
  EXPECT_EQ(detail::Dictionary::load_all(std::vector<const detail::Dictionary*>{&nl2, &en2}),
            (std::vector<std::size_t>{0, 1}));
  // a word looked up before the reading marks its dictionary as waited for
  const detail::Dictionary en3(dir + "en_US.aff", dir + "en_US.dic");
  EXPECT_FALSE(en3.knows("Xqzzyv"));
  EXPECT_TRUE(en3.wanted() && en3.loaded());
}

// Loaded for name look-ups only, the knowledge reads no Hunspell dictionary; extraction reads
// each language's when it first needs it, on whichever thread asks first, and finds what an
// extractor that read them all at load finds.
TEST(Knowledge, DictionariesOnFirstUseAreReadWhenExtractionNeedsThem) {
  Extractor::LoadOptions options;
  options.dictionaries_on_first_use = true;
  auto lazy = Extractor::load(agtest::source_dir(), options);
  ASSERT_TRUE(lazy.is_ok()) << lazy.message();
  const auto& kb = lazy->knowledge();
  auto loaded = [&](const char* lang) { return kb.lexicon(lang).dictionary->loaded(); };
  EXPECT_FALSE(loaded("nl"));
  EXPECT_FALSE(loaded("de"));
  EXPECT_FALSE(loaded("en"));
  auto summary = [](const Extraction& x) {
    std::string s;
    for (const Mention& m : x.mentions) s += m.entity + "@" + std::to_string(m.start) + " ";
    for (const Relation& r : x.relations)
      s += r.source + ">" + r.type + ">" + r.target + ":" + std::string(to_string(r.evidence.modality)) + " ";
    return s;
  };
  auto document = [](const char* lang, const char* text) {
    IngestOptions ingest;
    ingest.force_lang = lang;
    return make_document(text, std::string(lang) + ".txt", ingest);
  };
  const Document german = document(
      "de",
      "Gestern lieferte Russland Drohnen an den Iran. Bundeskanzler Scholz sagte, Rheinmetall liefere "
      "Munition an die Ukraine. Angeblich schickte Nordkorea Granaten nach Moskau.");
  const std::string expected = summary(agtest::extractor().extract(german));
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(summary(lazy->extract(german)), expected);
  EXPECT_TRUE(loaded("de"));
  EXPECT_FALSE(loaded("nl"));
  // four threads need the Dutch dictionary at once: it is read once, and all four agree
  const Document dutch = document("nl",
                                  "Vandaag levert China drones aan Wit-Rusland. Het Ruslandbeleid van Iran "
                                  "verandert: volgens Kyiv stuurt Iran raketten naar Rusland.");
  const std::string dutch_expected = summary(agtest::extractor().extract(dutch));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t) {
    threads.emplace_back([&, t] { got[t] = summary(lazy->extract(dutch)); });
  }
  for (auto& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, dutch_expected);
  EXPECT_TRUE(loaded("nl"));
}
