// actorgraph export --format json|graphml [-o FILE]
#include <filesystem>
#include <fstream>
#include <iostream>

#include "actorgraph/export.h"
#include "actorgraph/graph.h"
#include "actorgraph/store.h"
#include "commands.h"

namespace actorgraph::cli {

std::function<int()> add_export(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand("export", "Write the graph as JSON or GraphML (stdout without -o)");
  auto format = std::make_shared<std::string>("json");
  auto output = std::make_shared<std::string>();
  cmd->add_option("--format,-f", *format, "json, graphml, gexf or csv")->capture_default_str();
  cmd->add_option("-o,--output", *output, "file to write (for csv: a folder, given nodes.csv and edges.csv)");
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  return [&g, format, output]() -> int {
    auto fmt = parse_export_format(*format);
    if (!fmt) {
      std::cerr << "actorgraph: unknown export format \"" << *format
                << "\" (use json, graphml, gexf or csv)\n";
      return 2;
    }
    auto store = open_sqlite_store(g.db);
    if (!store) {
      std::cerr << "actorgraph: " << store.message() << "\n";
      return 1;
    }
    auto contents = (*store)->load();
    if (!contents) {
      std::cerr << "actorgraph: " << contents.message() << "\n";
      return 1;
    }
    ActorGraph graph = build_graph(std::move(*contents));
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
    if (output->empty()) {
      Status s = write_export(graph, *fmt, std::cout);
      if (!s) std::cerr << "actorgraph: " << s.message() << "\n";
      return s ? 0 : 1;
    }
    const std::string tmp = *output + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary);
      if (!out) {
        std::cerr << "actorgraph: " << *output << ": cannot write\n";
        return 1;
      }
      Status s = write_export(graph, *fmt, out);
      out.close();
      if (!s || !out) {
        std::cerr << "actorgraph: " << *output << ": write failed\n";
        std::remove(tmp.c_str());
        return 1;
      }
    }
    if (std::rename(tmp.c_str(), output->c_str()) != 0) {
      std::cerr << "actorgraph: " << *output << ": cannot replace\n";
      return 1;
    }
    return 0;
  };
}

}  // namespace actorgraph::cli
