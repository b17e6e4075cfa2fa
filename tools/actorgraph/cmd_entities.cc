// actorgraph entities [--type T]: the entities with their mention counts.
#include <algorithm>
#include <iomanip>
#include <iostream>

#include "actorgraph/graph.h"
#include "actorgraph/store.h"
#include "commands.h"

namespace actorgraph::cli {

std::function<int()> add_entities(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand("entities", "List entities with their mention and document counts");
  auto type = std::make_shared<std::string>();
  cmd->add_option("--type,-t", *type, "only this type: person, state, organization, firm, weapon_system");
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  return [&g, type]() -> int {
    std::optional<EntityType> want;
    if (!type->empty()) {
      want = parse_entity_type(*type);
      if (!want) {
        std::cerr << "actorgraph: unknown type \"" << *type
                  << "\" (person, state, organization, firm, weapon_system)\n";
        return 2;
      }
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
    auto& nodes = contents->nodes;
    std::stable_sort(nodes.begin(), nodes.end(), [](const NodeRow& a, const NodeRow& b) {
      return a.mentions != b.mentions ? a.mentions > b.mentions : a.label < b.label;
    });
    std::cout << std::left << std::setw(14) << "TYPE" << std::setw(36) << "LABEL" << std::right
              << std::setw(9) << "MENTIONS" << std::setw(6) << "DOCS"
              << "  ID\n";
    for (const NodeRow& n : nodes) {
      if (want && n.type != *want) continue;
      std::cout << std::left << std::setw(14) << to_string(n.type) << std::setw(36) << n.label << std::right
                << std::setw(9) << n.mentions << std::setw(6) << n.documents << "  " << n.id << "\n";
    }
    return 0;
  };
}

}  // namespace actorgraph::cli
