// actorgraph export --format json|graphml|gexf|csv [-o FILE] [filters]
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <vector>

#include "actorgraph/export.h"
#include "actorgraph/graph.h"
#include "actorgraph/query.h"
#include "actorgraph/store.h"
#include "commands.h"

namespace actorgraph::cli {

std::function<int()> add_export(CLI::App& app, Global& g) {
  auto* cmd =
      app.add_subcommand("export", "Write the graph as JSON, GraphML, GEXF or CSV (stdout without -o)");
  auto format = std::make_shared<std::string>("json");
  auto output = std::make_shared<std::string>();
  cmd->add_option("--format,-f", *format, "json, graphml, gexf or csv")->capture_default_str();
  cmd->add_option("-o,--output", *output, "file to write (for csv: a folder, given nodes.csv and edges.csv)");
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  auto fl = std::make_shared<FilterOptions>();
  add_filter_options(cmd, *fl);
  return [&g, format, output, fl]() -> int {
    auto fmt = parse_export_format(*format);
    if (!fmt) {
      std::cerr << "actorgraph: unknown export format \"" << *format
                << "\" (use json, graphml, gexf or csv)\n";
      return 2;
    }
    if (fl->empty() && *fmt != ExportFormat::csv) {
      // the whole store, written as it is read: no graph is built
      auto store = open_sqlite_store(g.db);
      if (!store) {
        std::cerr << "actorgraph: " << store.message() << "\n";
        return 1;
      }
      if (*fmt == ExportFormat::json) {  // every piece of evidence, formatted as it is read
        return write_output(*output, [&](std::ostream& out) { return write_store_json(**store, out); });
      }
      auto summary = StoreSummary::read(**store);  // GraphML, GEXF: each edge summed up
      if (!summary) {
        std::cerr << "actorgraph: " << summary.message() << "\n";
        return 1;
      }
      // kept until the process exits, as a loaded graph is (see commands.h)
      static auto* kept = new std::vector<StoreSummary>();
      const StoreSummary& read = kept->emplace_back(std::move(*summary));
      return write_output(*output, [&](std::ostream& out) { return read.write(*fmt, out); });
    }
    const FilteredGraph* kept = nullptr;
    if (int status = load_filtered_graph(g, *fl, kept); status != 0) return status;
    const FilteredGraph& loaded = *kept;
    const ActorGraph& graph = loaded.graph;
    if (*fmt == ExportFormat::csv) {
      if (output->empty()) {
        std::cerr << "actorgraph: --format csv writes nodes.csv and edges.csv: give a folder with -o\n";
        return 2;
      }
      std::error_code ec;
      std::filesystem::create_directories(*output, ec);
      std::ofstream nodes(*output + "/nodes.csv", std::ios::binary),
          edges(*output + "/edges.csv", std::ios::binary);
      if (ec || !nodes || !edges) {
        std::cerr << "actorgraph: " << *output << ": cannot write nodes.csv and edges.csv there\n";
        return 1;
      }
      Status s = write_csv(graph, nodes, edges);
      if (!s) std::cerr << "actorgraph: " << *output << ": " << s.message() << "\n";
      return s ? 0 : 1;
    }
    return write_output(*output, [&](std::ostream& out) { return write_export(graph, *fmt, out); });
  };
}

}  // namespace actorgraph::cli
