// actorgraph export --format json|graphml [-o FILE]
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "actorgraph/export.h"
#include "actorgraph/graph.h"
#include "actorgraph/query.h"
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
  struct Filters {
    std::string types, modality, since, until, entity;
    std::uint32_t min_weight = 0;
    int hops = 1;
  };
  auto fl = std::make_shared<Filters>();
  cmd->add_option("--types", fl->types, "only these relation types (comma-separated: supplies,produces,...)");
  cmd->add_option("--modality", fl->modality,
                  "only evidence of these modalities (asserted,alleged,planned,denied,negated)");
  cmd->add_option("--min-weight", fl->min_weight,
                  "only relations with at least this many pieces of evidence");
  cmd->add_option("--since", fl->since, "only evidence dated on or after (YYYY[-MM[-DD]])");
  cmd->add_option("--until", fl->until, "only evidence dated on or before");
  cmd->add_option("--entity", fl->entity, "only this actor's neighbourhood (any language, any case)");
  cmd->add_option("--hops", fl->hops, "with --entity: how many relations away")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
  return [&g, format, output, fl]() -> int {
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
    GraphFilter filter;
    filter.types = split_list(fl->types);
    auto mods = parse_modalities(fl->modality);
    if (!mods) return 2;
    filter.modalities.insert(mods->begin(), mods->end());
    filter.min_weight = fl->min_weight;
    filter.since = fl->since;
    filter.until = fl->until;
    filter.hops = fl->hops;
    if (!fl->entity.empty()) {
      auto ex = Extractor::load(find_data_root(g.data));
      NameIndex names(graph, ex ? &*ex : nullptr);
      auto v = names.resolve(fl->entity);
      if (!v) {
        std::cerr << "actorgraph: " << v.message() << "\n";
        return 1;
      }
      filter.entity = *v;
    }
    graph = filter_graph(graph, filter);
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
