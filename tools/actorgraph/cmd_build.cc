// actorgraph build PATH... : extracts new documents into the store.
#include <iostream>

#include "actorgraph/build.h"
#include "actorgraph/query_session.h"
#include "commands.h"

namespace actorgraph::cli {

std::function<int()> add_build(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand(
      "build", "Read articles (files, folders, .jsonl) into the store and update the graph");
  auto paths = std::make_shared<std::vector<std::string>>();
  auto lang = std::make_shared<std::string>();
  cmd->add_option("paths", *paths, "text files, folders (read recursively) or JSON Lines files")->required();
  cmd->add_option("--lang", *lang, "force the language of every document instead of detecting it")
      ->check(CLI::IsMember({"nl", "de", "en"}));
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  auto threads = std::make_shared<unsigned>(0);
  cmd->add_option("--threads,-j", *threads,
                  "threads extracting documents (0: one per hardware thread); the store is the same "
                  "whatever the number")
      ->capture_default_str();
  return [&g, paths, lang, threads]() -> int {
    auto ex = process_extractor(g, ExtractorUse::extraction);
    if (!ex) {
      std::cerr << "actorgraph: " << ex.message() << "\n";
      return 1;
    }
    auto store = open_sqlite_store(g.db);
    if (!store) {
      std::cerr << "actorgraph: " << store.message() << "\n";
      return 1;
    }
    BuildOptions opt;
    opt.ingest.force_lang = *lang;
    opt.threads = *threads;
    Progress bar;
    auto summary = build(*paths, **ex, **store, opt, [&](const BuildProgress& p) {
      bar.update(p.documents_seen, p.bytes_seen, p.current);
    });
    bar.done();
    if (!summary) {
      std::cerr << "actorgraph: build failed, the store is unchanged: " << summary.message() << "\n";
      return 1;
    }
    bool fatal = false;
    for (const auto& d : summary->diagnostics) {
      std::cerr << d.where << ": " << (d.fatal ? "error: " : "warning: ") << d.message << "\n";
      fatal = fatal || d.fatal;
    }
    std::cout << "documents: " << summary->documents_new << " new, " << summary->documents_skipped
              << " already in the store (" << summary->bytes << " bytes read)\n";
    std::cout << "mentions:  " << summary->mentions << " new\n";
    std::cout << "entities:";
    std::uint32_t total = 0;
    for (const auto& [t, n] : summary->entities_by_type) {
      std::cout << " " << t << "=" << n;
      total += n;
    }
    std::cout << " (total " << total << ")\n";
    std::cout << "relations:";
    if (summary->relations_by_type.empty()) std::cout << " none";
    for (const auto& [t, n] : summary->relations_by_type) std::cout << " " << t << "=" << n;
    std::cout << "\nstore:     " << g.db << "\n";
    // a big store's first query should not pay for indexing it: the query caches are written now
    if (Status s = QuerySession::prepare(**store, *ex); !s) {
      std::cerr << "actorgraph: warning: the query caches were not written (queries build them): "
                << s.message() << "\n";
    }
    return fatal && summary->documents_new + summary->documents_skipped == 0 ? 1 : 0;
  };
}

}  // namespace actorgraph::cli
