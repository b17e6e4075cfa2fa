// The filters every export and report takes, and loading the graph they narrow.
#include <iostream>
#include <memory>
#include <vector>

#include "actorgraph/query.h"
#include "actorgraph/store.h"
#include "commands.h"

namespace actorgraph::cli {

void add_filter_options(CLI::App* cmd, FilterOptions& f) {
  cmd->add_option("--types", f.types, "only these relation types (comma-separated: supplies,produces,...)");
  cmd->add_option("--modality", f.modality,
                  "only evidence of these modalities (asserted,alleged,planned,denied,negated)");
  cmd->add_option("--min-weight", f.min_weight, "only relations with at least this many pieces of evidence");
  cmd->add_option("--since", f.since, "only evidence dated on or after (YYYY[-MM[-DD]])");
  cmd->add_option("--until", f.until, "only evidence dated on or before");
  cmd->add_option("--entity", f.entity, "only this actor's neighbourhood (any language, any case)");
  cmd->add_option("--hops", f.hops, "with --entity: how many relations away")
      ->capture_default_str()
      ->check(CLI::Range(0, 50));
}

int load_filtered_graph(const Global& g, const FilterOptions& f, const FilteredGraph*& kept) {
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
  filter.types = split_list(f.types);
  auto mods = parse_modalities(f.modality);
  if (!mods) return 2;
  filter.modalities.insert(mods->begin(), mods->end());
  filter.min_weight = f.min_weight;
  filter.since = f.since;
  filter.until = f.until;
  filter.hops = f.hops;
  std::string entity_id;
  if (!f.entity.empty()) {
    auto ex = process_extractor(g, ExtractorUse::names);
    NameIndex names(graph, ex ? *ex : nullptr);
    auto id = names.resolve(f.entity);
    if (!id) {
      std::cerr << "actorgraph: " << id.message() << "\n";
      return 1;
    }
    filter.entity = graph.find(*id);
    entity_id = *id;
  }
  // Never freed, on purpose (see commands.h); held through a static pointer, so it stays
  // reachable and LeakSanitizer does not count it as a leak.
  static auto* graphs = new std::vector<std::unique_ptr<FilteredGraph>>();
  auto& out = *graphs->emplace_back(std::make_unique<FilteredGraph>());
  out.graph = filter_graph(std::move(graph), filter);
  if (!entity_id.empty()) out.entity = out.graph.find(entity_id);
  kept = &out;
  return 0;
}

}  // namespace actorgraph::cli
