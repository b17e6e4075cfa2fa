// Shared helpers for the actorgraph tests: the data folder, one Extractor loaded once per
// test binary, and small queries over an Extraction.
#ifndef ACTORGRAPH_TESTS_TEST_HELPER_H_
#define ACTORGRAPH_TESTS_TEST_HELPER_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/ingest.h"
#include "actorgraph/records.h"

namespace agtest {

inline std::string source_dir() { return AG_SOURCE_DIR; }
inline std::string shared_dir() { return AG_SHARED_DIR; }

inline const actorgraph::Extractor& extractor() {
  static actorgraph::Extractor* ex = [] {
    auto r = actorgraph::Extractor::load(source_dir());
    if (!r) {
      std::fprintf(stderr, "cannot load data: %s\n", r.message().c_str());
      std::abort();
    }
    return new actorgraph::Extractor(std::move(r).value());
  }();
  return *ex;
}

inline actorgraph::Extraction extract(const std::string& text, const std::string& lang,
                                      const std::string& date = "") {
  actorgraph::IngestOptions opt;
  opt.force_lang = lang;
  actorgraph::Document d = actorgraph::make_document(text, "test", opt);
  if (!date.empty()) d.date = date;
  return extractor().extract(d);
}

// Entity id of the mention whose surface is `surface` (first one), or "".
inline std::string entity_at(const actorgraph::Extraction& x, const std::string& surface) {
  for (const auto& m : x.mentions) {
    if (m.surface == surface) return m.entity;
  }
  return "";
}

inline const actorgraph::Mention* mention(const actorgraph::Extraction& x, const std::string& surface) {
  for (const auto& m : x.mentions) {
    if (m.surface == surface) return &m;
  }
  return nullptr;
}

inline const actorgraph::EntityRecord* entity(const actorgraph::Extraction& x, const std::string& id) {
  for (const auto& e : x.entities) {
    if (e.id == id) return &e;
  }
  return nullptr;
}

inline bool has_entity_labelled(const actorgraph::Extraction& x, const std::string& label,
                                actorgraph::EntityType type) {
  return std::any_of(x.entities.begin(), x.entities.end(),
                     [&](const auto& e) { return e.label == label && e.type == type; });
}

inline std::vector<std::string> surfaces(const actorgraph::Extraction& x) {
  std::vector<std::string> v;
  for (const auto& m : x.mentions) v.push_back(m.surface);
  return v;
}

inline std::string describe(const actorgraph::Extraction& x) {
  std::ostringstream s;
  for (const auto& m : x.mentions) s << "[" << m.surface << " -> " << m.entity << " (" << m.how << ")] ";
  return s.str();
}

// A fresh temporary folder, removed at the end of the test.
class TempDir {
 public:
  TempDir() {
    path_ = std::filesystem::temp_directory_path() /
            ("actorgraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  [[nodiscard]] std::string path(const std::string& name = "") const { return (path_ / name).string(); }
  void write(const std::string& name, const std::string& content) const {
    std::filesystem::create_directories((path_ / name).parent_path());
    std::ofstream(path_ / name, std::ios::binary) << content;
  }

 private:
  static int& counter() {
    static int c = 0;
    return c;
  }
  std::filesystem::path path_;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A document written by hand for store and export tests: its id, source and language set, and
// a text; entities, mentions and relations to be added by the test.
inline actorgraph::Extraction hand_made(const std::string& id, const std::string& lang = "") {
  actorgraph::Extraction x;
  x.document.id = id;
  x.document.source = id + ".txt";
  x.document.lang = lang;
  x.document.text = "text";
  return x;
}

inline int run(const std::string& cmd) {
  const int rc = std::system(cmd.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace agtest

#endif  // ACTORGRAPH_TESTS_TEST_HELPER_H_
