// actorgraph-corpus-gen: writes a synthetic news corpus for the throughput benchmark
// (bench/run) and tests/test_corpus_gen.cc.
//
// With a fixed seed it writes the same bytes every time: documents in Dutch, German and
// English about the arms trade, as .txt files in a folder (a " date YYYY-MM-DD" first line)
// or one .jsonl file, and with --truth the supplies relations it planted, per document. With
// --gazetteer-aliases N --gazetteer-out DIR it writes a data folder whose gazetteer has
// exactly N aliases. This file reads the options; the work is in rng.h, model.h (templates
// and corpus shape), gazetteer.h (actor pools), gazetteer_writer.h (that data folder),
// document.h (one document), vocabulary.h (filler words from the dictionaries, and counting
// words) and output.h (.jsonl lines, .txt files, truth entries).
#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "actorgraph/extract.h"
#include "actorgraph/result.h"
#include "document.h"
#include "gazetteer.h"
#include "gazetteer_writer.h"
#include "model.h"
#include "output.h"
#include "rng.h"
#include "vocabulary.h"

namespace fs = std::filesystem;
using actorgraph::Status;
using namespace actorgraph::corpus_gen;  // NOLINT(google-build-using-namespace): the tool's own units

int main(int argc, char** argv) {
  CLI::App app{
      "Writes a synthetic, seeded news corpus (nl/de/en) about the arms trade with the ground truth of\n"
      "the supplies relations it states, and synthetic gazetteers of a given size, for actorgraph's\n"
      "benchmarks and tests. The same seed and options give the same bytes.",
      "actorgraph-corpus-gen"};
  std::string out, format, truth, data, size_text, langs_text, gaz_out;
  std::uint64_t seed = 20240601;
  std::size_t docs = 0, gaz_aliases = 0;
  double open_share = 0;
  bool count_words = false;
  app.add_option("--out,-o", out, "a folder (.txt files) or a .jsonl file to write the corpus to");
  app.add_option("--format", format, "txt or jsonl (default: jsonl when --out ends in .jsonl, else txt)")
      ->check(CLI::IsMember({"txt", "jsonl"}));
  app.add_option("--size", size_text,
                 "stop once this much text is written: 500KB, 20MB, 1GB (10^3 units; KiB, MiB)");
  app.add_option("--docs", docs, "stop after this many documents (default 100 when --size is not given)");
  app.add_option("--seed", seed, "random seed")->capture_default_str();
  app.add_option("--truth", truth, "write the planted supplies relations (JSON) to this file");
  app.add_option("--langs", langs_text, "languages to write, e.g. nl,de (default: data/bench/corpus.json's)");
  app.add_option("--data", data,
                 "folder with data/ and schema/ (default: $ACTORGRAPH_DATA or the built-in one)");
  app.add_option(
         "--open-vocabulary", open_share,
         "respell this share (0 to 1) of the lower-case words of filler sentences with words drawn from\n"
         "the language's Hunspell dictionary, for the vocabulary of real news; the documents are\n"
         "otherwise the same as without it (default 0: the templates' words only)")
      ->check(CLI::Range(0.0, 1.0));
  app.add_flag("--count-words", count_words, "report the words written, and how many distinct ones");
  app.add_option("--gazetteer-aliases", gaz_aliases,
                 "write a data folder whose gazetteer has exactly this many aliases (needs --gazetteer-out)");
  app.add_option("--gazetteer-out", gaz_out, "where to write that data folder (data/ and schema/)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if ((gaz_aliases > 0) != !gaz_out.empty()) {
    std::cerr << "actorgraph-corpus-gen: --gazetteer-aliases and --gazetteer-out go together\n";
    return 2;
  }
  if (out.empty() && gaz_out.empty()) {
    std::cerr << "actorgraph-corpus-gen: nothing to do: give --out (a corpus) or --gazetteer-out\n";
    return 2;
  }
  std::optional<std::uint64_t> max_bytes;
  if (!size_text.empty()) {
    max_bytes = parse_size(size_text);
    if (!max_bytes || *max_bytes == 0) {
      std::cerr << "actorgraph-corpus-gen: --size " << size_text << ": not a size (500KB, 20MB, 1GB)\n";
      return 2;
    }
  }
  if (!max_bytes && docs == 0) docs = 100;

  const std::string root = actorgraph::find_data_root(data);
  auto corpus = load_corpus(root);
  if (!corpus) {
    std::cerr << "actorgraph-corpus-gen: " << corpus.message() << "\n";
    return 1;
  }
  auto gaz = load_gazetteer(root);
  if (!gaz) {
    std::cerr << "actorgraph-corpus-gen: " << gaz.message() << "\n";
    return 1;
  }
  if (!gaz_out.empty()) {
    if (Status s = write_gazetteer(root, gaz_out, gaz_aliases, *gaz, *corpus, seed); !s) {
      std::cerr << "actorgraph-corpus-gen: " << s.message() << "\n";
      return 1;
    }
  }
  if (out.empty()) return 0;

  std::vector<std::string> langs = corpus->languages;
  if (!langs_text.empty()) {
    langs.clear();
    std::size_t b = 0;
    while (b <= langs_text.size()) {
      std::size_t e = langs_text.find(',', b);
      if (e == std::string::npos) e = langs_text.size();
      const std::string l = langs_text.substr(b, e - b);
      if (l != "nl" && l != "de" && l != "en") {
        std::cerr << "actorgraph-corpus-gen: --langs: unknown language '" << l << "' (nl, de, en)\n";
        return 2;
      }
      langs.push_back(l);
      b = e + 1;
    }
  }
  std::vector<Lang> L;
  for (const auto& code : langs) {
    auto l = load_lang(root, code);
    if (!l) {
      std::cerr << "actorgraph-corpus-gen: " << l.message() << "\n";
      return 1;
    }
    build_pools(*gaz, *corpus, *l);
    if (l->actors.size() < 4 || l->items.empty()) {
      std::cerr << "actorgraph-corpus-gen: too few actors or items for " << code << "\n";
      return 1;
    }
    L.push_back(std::move(*l));
  }

  if (format.empty()) format = fs::path(out).extension() == ".jsonl" ? "jsonl" : "txt";
  std::ofstream jsonl;
  std::error_code ec;
  if (format == "jsonl") {
    if (fs::path(out).has_parent_path()) fs::create_directories(fs::path(out).parent_path(), ec);
    jsonl.open(out, std::ios::binary | std::ios::trunc);
    if (!jsonl) {
      std::cerr << "actorgraph-corpus-gen: " << out << ": cannot write\n";
      return 1;
    }
  } else {
    fs::create_directories(out, ec);
    if (ec) {
      std::cerr << "actorgraph-corpus-gen: " << out << ": " << ec.message() << "\n";
      return 1;
    }
  }
  std::ofstream truth_out;
  if (!truth.empty()) {
    truth_out.open(truth, std::ios::binary | std::ios::trunc);
    if (!truth_out) {
      std::cerr << "actorgraph-corpus-gen: " << truth << ": cannot write\n";
      return 1;
    }
    truth_out << "{\"generator\": \"actorgraph-corpus-gen\", \"seed\": " << seed << ", \"format\": \""
              << format << "\",\n \"documents\": [\n";
  }

  Rng rng(seed);
  std::vector<DocWriter> writers;
  writers.reserve(L.size());
  for (const auto& l : L) writers.emplace_back(*corpus, l, *gaz, rng);
  Rng vocabulary_rng(seed ^ 0x6f70656e766f6361ULL);  // its own stream: the documents stay the same
  std::vector<OpenVocabulary> vocabularies;
  if (open_share > 0) {
    vocabularies.reserve(L.size());
    for (std::size_t i = 0; i < L.size(); ++i) {
      auto v = OpenVocabulary::load(root, L[i].code, seed);
      if (!v) {
        std::cerr << "actorgraph-corpus-gen: --open-vocabulary: " << v.message() << "\n";
        return 1;
      }
      vocabularies.push_back(std::move(*v));
      writers[i].open_vocabulary(&vocabularies.back(), open_share, &vocabulary_rng);
    }
  }
  WordCounter counter;
  std::uint64_t bytes = 0;
  std::size_t n = 0, planted = 0;
  while ((docs == 0 || n < docs) && (!max_bytes || bytes < *max_bytes)) {
    const std::size_t li = rng.below(L.size());
    Doc d = writers[li].write();
    char id[32];
    std::snprintf(id, sizeof id, "cg-%07zu", n + 1);
    std::string where, text;
    if (format == "jsonl") {
      text = jsonl_record(d, id);
      jsonl << text;
    } else {
      char rel[64];
      std::snprintf(rel, sizeof rel, "%04zu/%07zu-%s.txt", n / 1000, n + 1, d.lang.c_str());
      where = rel;
      text = txt_file(d);
      fs::create_directories((fs::path(out) / rel).parent_path(), ec);
      std::ofstream f(fs::path(out) / rel, std::ios::binary | std::ios::trunc);
      f << text;
      if (!f) {
        std::cerr << "actorgraph-corpus-gen: " << (fs::path(out) / rel).string() << ": cannot write\n";
        return 1;
      }
    }
    bytes += text.size();
    planted += d.supplies.size();
    if (count_words) {
      counter.add(d.title);
      for (const auto& par : d.paragraphs) counter.add(par);
    }
    if (truth_out.is_open()) {
      truth_out << (n ? ",\n  " : "  ") << truth_entry(d, id, where, n + 1, text.size());
    }
    ++n;
  }
  if (truth_out.is_open()) {
    truth_out << "\n ]}\n";
    if (!truth_out) {
      std::cerr << "actorgraph-corpus-gen: " << truth << ": write error\n";
      return 1;
    }
  }
  if (jsonl.is_open() && !jsonl) {
    std::cerr << "actorgraph-corpus-gen: " << out << ": write error\n";
    return 1;
  }
  std::cout << "corpus: " << n << " documents, " << bytes << " bytes, " << planted
            << " planted supplies relations -> " << out << (truth.empty() ? "" : " (truth: " + truth + ")")
            << "\n";
  if (count_words) {
    std::cout << "words: " << counter.words() << " words, " << counter.distinct()
              << " distinct (runs of letters, in lower case; titles and text)\n";
  }
  return 0;
}
