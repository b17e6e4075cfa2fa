// actorgraph: builds a knowledge graph of actors and their relations from news articles.
#include <iostream>
#include <system_error>
#include <thread>

#include "commands.h"

namespace {

int run(int argc, char** argv) {
  CLI::App app{
      "actorgraph reads news articles (Dutch, German, English) and builds a graph of the actors\n"
      "they name - states, people, firms, organisations, weapon systems - and who supplies whom.",
      "actorgraph"};
  app.require_subcommand(1);
  app.set_version_flag("--version",
                       "actorgraph 0.1.0 (memory allocator: " + actorgraph::cli::allocator_name() + ")");
  actorgraph::cli::Global g;
  app.add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  app.add_option("--data", g.data,
                 "folder with data/ and schema/ (default: $ACTORGRAPH_DATA or the built-in one)");
  auto build = actorgraph::cli::add_build(app, g);
  auto exp = actorgraph::cli::add_export(app, g);
  auto ents = actorgraph::cli::add_entities(app, g);
  auto query = actorgraph::cli::add_query(app, g);
  auto show = actorgraph::cli::add_show(app, g);
  auto report = actorgraph::cli::add_report(app, g);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  if (app.got_subcommand("build")) return build();
  if (app.got_subcommand("export")) return exp();
  if (app.got_subcommand("entities")) return ents();
  if (app.got_subcommand("query")) return query();
  if (app.got_subcommand("show")) return show();
  if (app.got_subcommand("report")) return report();
  return 2;
}

}  // namespace

// The command runs on a thread started after tune_allocator(): the main thread's memory was
// set up before main() in 4 KiB pages, a new thread's is set up in 2 MiB pages, and a page
// fault is dear on a virtual machine (see allocator.cc).
int main(int argc, char** argv) {
  actorgraph::cli::tune_allocator();
  int status = 2;
  std::thread command;
  try {
    command = std::thread([&] { status = run(argc, argv); });
  } catch (const std::system_error&) {  // no thread to be had: on this one
    return run(argc, argv);
  }
  command.join();
  return status;
}
