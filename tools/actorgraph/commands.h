// The actorgraph subcommands. Each registers its options on the CLI11 app and runs by
// calling the library; errors are printed with their context and give a non-zero status.
#ifndef ACTORGRAPH_TOOLS_COMMANDS_H_
#define ACTORGRAPH_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <optional>
#include <set>
#include <vector>

#include <string>

#include "actorgraph/extract.h"
#include "actorgraph/graph.h"
#include "actorgraph/records.h"
#include "actorgraph/result.h"

namespace actorgraph::cli {

struct Global {
  std::string db = "actorgraph.db";
  std::string data;  // data folder (gazetteers, lexicons, schemas)
};

// The memory allocator this binary was linked with, as --version names it.
std::string allocator_name();
// Sets the allocator up for this process (first thing in main): large OS pages with mimalloc.
void tune_allocator();

// Each returns the action to run once arguments are parsed; it returns the exit status.
std::function<int()> add_build(CLI::App& app, Global& g);
std::function<int()> add_export(CLI::App& app, Global& g);
std::function<int()> add_entities(CLI::App& app, Global& g);
std::function<int()> add_query(CLI::App& app, Global& g);
std::function<int()> add_show(CLI::App& app, Global& g);
std::function<int()> add_report(CLI::App& app, Global& g);

// The filters every export and report takes: --types, --modality, --min-weight,
// --since, --until, --entity, --hops.
struct FilterOptions {
  std::string types, modality, since, until, entity;
  std::uint32_t min_weight = 0;
  int hops = 1;
  // No filter given: the whole store.
  [[nodiscard]] bool empty() const {
    return types.empty() && modality.empty() && since.empty() && until.empty() && entity.empty() &&
           min_weight == 0;
  }
};
void add_filter_options(CLI::App* cmd, FilterOptions& f);

struct FilteredGraph {
  ActorGraph graph;
  std::optional<Vertex> entity;  // --entity, in `graph`
};
// Loads the store's graph and narrows it; prints what went wrong and returns the exit status
// (0 on success). The graph is kept until the process exits, as the extractor is: freeing
// every vertex, edge and quote of it took 13% of an export of 50,000 edges.
int load_filtered_graph(const Global& g, const FilterOptions& f, const FilteredGraph*& out);

// The extractor for this run, loaded from the data folder (--data) and kept until the
// process exits: freeing its hundreds of thousands of small allocations (gazetteer, lexicons,
// Hunspell's dictionaries) took 0.1–0.2 s at the end of every command, for memory the
// operating system takes back anyway.
// `names`: the command only resolves names, and Hunspell's dictionaries are never read
// unless something is extracted after all.
enum class ExtractorUse { extraction, names };
Result<const Extractor*> process_extractor(const Global& g, ExtractorUse use);

// "a,b,c" -> {a, b, c}
std::set<std::string> split_list(const std::string& s);
// "asserted,alleged" -> modalities; prints the error and returns nothing for an unknown one.
std::optional<std::vector<Modality>> parse_modalities(const std::string& s);

// Writes to `path` through a temporary file renamed into place (so a failed write never
// leaves half a file), or to stdout when `path` is empty. Prints what went wrong; returns
// the exit status.
int write_output(const std::string& path, const std::function<Status(std::ostream&)>& write);

// Progress on stderr when it is a terminal.
class Progress {
 public:
  Progress();
  ~Progress();
  void update(std::uint32_t documents, std::uint64_t bytes, const std::string& current);
  void done();

 private:
  bool tty_;
  bool drawn_ = false;
};

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_TOOLS_COMMANDS_H_
