// actorgraph report [--format html|md] [-o FILE] [--entity X --hops N] [filters]
#include <filesystem>
#include <iostream>

#include "actorgraph/report.h"
#include "commands.h"

namespace actorgraph::cli {

std::function<int()> add_report(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand(
      "report",
      "Write a report people read: summary, supply matrix, a picture of the graph and every relation "
      "with its evidence (HTML: one self-contained file; Markdown: the picture as an SVG beside it)");
  struct Options {
    std::string format = "html", output, title;
    std::size_t picture_limit = ReportOptions{}.picture_limit;
    std::size_t evidence_limit = ReportOptions{}.evidence_limit;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--format,-f", o->format, "html or md")->capture_default_str();
  cmd->add_option("-o,--output", o->output, "file to write (stdout without it; required for md)");
  cmd->add_option("--title", o->title, "the report's title");
  cmd->add_option("--picture-limit", o->picture_limit, "the picture shows at most this many actors")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--evidence-limit", o->evidence_limit, "quotes shown per relation")
      ->capture_default_str()
      ->check(CLI::Range(1, 100000));
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  auto fl = std::make_shared<FilterOptions>();
  add_filter_options(cmd, *fl);
  return [&g, o, fl]() -> int {
    auto format = parse_report_format(o->format);
    if (!format) {
      std::cerr << "actorgraph: unknown report format \"" << o->format << "\" (use html or md)\n";
      return 2;
    }
    if (*format == ReportFormat::markdown && o->output.empty()) {
      std::cerr << "actorgraph: --format md writes the picture as an SVG file beside the Markdown: give the "
                   "Markdown file with -o\n";
      return 2;
    }
    const FilteredGraph* kept = nullptr;
    if (int status = load_filtered_graph(g, *fl, kept); status != 0) return status;
    const FilteredGraph& loaded = *kept;
    ReportOptions options;
    options.focus = loaded.entity;
    options.picture_limit = o->picture_limit;
    options.evidence_limit = o->evidence_limit;
    if (!o->title.empty())
      options.title = o->title;
    else if (loaded.entity)
      options.title = "actorgraph report: " + loaded.graph.g[*loaded.entity].label;
    if (*format == ReportFormat::html) {
      return write_output(o->output,
                          [&](std::ostream& out) { return write_html_report(loaded.graph, options, out); });
    }
    const std::filesystem::path md(o->output);
    const std::filesystem::path svg = std::filesystem::path(md).replace_extension(".svg");
    options.picture_file = svg.filename().string();
    if (int status = write_output(
            svg.string(), [&](std::ostream& out) { return write_graph_svg(loaded.graph, options, out); });
        status != 0)
      return status;
    return write_output(o->output,
                        [&](std::ostream& out) { return write_markdown_report(loaded.graph, options, out); });
  };
}

}  // namespace actorgraph::cli
