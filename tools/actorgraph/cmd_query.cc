// actorgraph query supplies|chain|path|neighbors|top, and actorgraph show X.
#include <iostream>
#include <sstream>

#include "actorgraph/query.h"
#include "actorgraph/query_session.h"
#include "actorgraph/store.h"
#include "commands.h"

namespace actorgraph::cli {
namespace {

struct Loaded {
  std::unique_ptr<Store> store;
  const Extractor* extractor = nullptr;  // none when the data folder cannot be read
  std::unique_ptr<QuerySession> session;
};

// Opens the store and a query session over it: every actor's names, and the alias machinery.
std::unique_ptr<Loaded> load(const Global& g) {
  auto l = std::make_unique<Loaded>();
  auto store = open_sqlite_store(g.db);
  if (!store) {
    std::cerr << "actorgraph: " << store.message() << "\n";
    return nullptr;
  }
  l->store = std::move(*store);
  if (auto ex = process_extractor(g, ExtractorUse::names)) l->extractor = *ex;
  auto session = QuerySession::open(*l->store, l->extractor);
  if (!session) {
    std::cerr << "actorgraph: " << session.message() << "\n";
    return nullptr;
  }
  l->session = std::move(*session);
  return l;
}

// The id of the actor `name` stands for; the message on stderr when there is none.
std::optional<std::string> resolve(const Loaded& l, const std::string& name) {
  auto id = l.session->resolve(name);
  if (!id) {
    std::cerr << "actorgraph: " << id.message() << "\n";
    return std::nullopt;
  }
  return *id;
}

// The graph a question needs, or the message on stderr.
std::optional<ActorGraph> need(Result<ActorGraph> graph) {
  if (!graph) {
    std::cerr << "actorgraph: " << graph.message() << "\n";
    return std::nullopt;
  }
  return std::move(*graph);
}

struct Output {
  bool json = false, csv = false;
  void add(CLI::App* cmd) {
    cmd->add_flag("--json", json, "write JSON (schema/query.schema.json)");
    cmd->add_flag("--csv", csv, "write CSV");
  }
  [[nodiscard]] OutputFormat format() const {
    return json ? OutputFormat::json : csv ? OutputFormat::csv : OutputFormat::table;
  }
};

}  // namespace

std::function<int()> add_query(CLI::App& app, Global& g) {
  auto* q = app.add_subcommand("query",
                               "Ask the graph: who supplies whom, chains, paths, neighbours, central actors");
  q->require_subcommand(1);
  q->fallthrough();  // --db after the query's own subcommand
  q->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  struct Opts {
    std::string supplier, recipient, item, modality, since, until, actor, a, b, types, direction = "both",
                                                                                       by = "degree", type;
    bool asserted_only = false, upstream = false, downstream = false;
    int depth = 3, limit = 20;
    Output out;
  };
  auto o = std::make_shared<Opts>();

  auto* sup = q->add_subcommand("supplies", "Who supplies whom, with items, quantities, modality and dates");
  sup->add_option("--supplier", o->supplier, "supplier name (any language)");
  sup->add_option("--recipient", o->recipient, "recipient name (any language)");
  sup->add_option("--item", o->item, "only transfers of this item");
  sup->add_option("--modality", o->modality, "comma-separated: asserted,alleged,planned,denied,negated");
  sup->add_flag("--asserted-only", o->asserted_only, "hide alleged, planned, denied and negated transfers");
  sup->add_option("--since", o->since, "evidence dated on or after (YYYY[-MM[-DD]])");
  sup->add_option("--until", o->until, "evidence dated on or before");
  o->out.add(sup);
  sup->fallthrough();

  auto* chain = q->add_subcommand("chain", "Supply chains over several hops, as a tree");
  chain->add_option("actor", o->actor, "the actor at the root")->required();
  chain->add_flag("--upstream", o->upstream, "its suppliers, and theirs (default)");
  chain->add_flag("--downstream", o->downstream, "its recipients, and theirs");
  chain->add_option("--depth", o->depth, "hops")->capture_default_str()->check(CLI::Range(1, 20));
  o->out.add(chain);
  chain->fallthrough();

  auto* path = q->add_subcommand("path", "The shortest typed path between two actors");
  path->add_option("a", o->a, "from")->required();
  path->add_option("b", o->b, "to")->required();
  path->add_option("--types", o->types, "comma-separated relation types (default: all)");
  o->out.add(path);
  path->fallthrough();

  auto* nb = q->add_subcommand("neighbors", "The actors related to one actor");
  nb->add_option("actor", o->actor, "the actor")->required();
  nb->add_option("--types", o->types, "comma-separated relation types (default: all)");
  nb->add_option("--direction", o->direction, "in, out or both")->check(CLI::IsMember({"in", "out", "both"}));
  o->out.add(nb);
  nb->fallthrough();

  auto* top = q->add_subcommand("top", "Central actors by degree, betweenness or PageRank (Boost.Graph)");
  top->add_option("--by", o->by, "degree, betweenness or pagerank")
      ->check(CLI::IsMember({"degree", "betweenness", "pagerank"}))
      ->capture_default_str();
  top->add_option("--type", o->type, "only actors of this type");
  top->add_option("--limit", o->limit, "how many")->capture_default_str();
  o->out.add(top);
  top->fallthrough();

  return [&g, o, sup, chain, path, nb, top]() -> int {
    auto l = load(g);
    if (!l) return 1;
    QuerySession& session = *l->session;
    QueryTable table;
    if (sup->parsed()) {
      // about a supplier or a recipient: their relations and neighbours are enough
      std::vector<std::string> named;
      std::optional<std::string> supplier, recipient;
      if (!o->supplier.empty() && !(supplier = resolve(*l, o->supplier))) return 1;
      if (!o->recipient.empty() && !(recipient = resolve(*l, o->recipient))) return 1;
      for (const auto& id : {supplier, recipient}) {
        if (id) named.push_back(*id);
      }
      auto graph = need(named.empty() ? session.whole() : session.around(named));
      if (!graph) return 1;
      SupplyFilter f;
      if (supplier) f.supplier = graph->find(*supplier);
      if (recipient) f.recipient = graph->find(*recipient);
      f.item = o->item;
      auto mods = parse_modalities(o->modality);
      if (!mods) return 2;
      f.modalities = *mods;
      if (o->asserted_only) f.modalities = {Modality::asserted};
      f.since = o->since;
      f.until = o->until;
      table = supplies_table(*graph, query_supplies(*graph, f));
    } else if (chain->parsed()) {
      auto id = resolve(*l, o->actor);
      if (!id) return 1;
      const bool upstream = !o->downstream;
      auto graph = need(session.chain_around(*id, upstream, o->depth));
      if (!graph) return 1;
      table = chain_table(*graph, query_chain(*graph, *graph->find(*id), upstream, o->depth), upstream);
    } else if (path->parsed()) {
      auto a = resolve(*l, o->a);
      auto b = resolve(*l, o->b);
      if (!a || !b) return 1;
      const std::set<std::string> types = split_list(o->types);
      auto found = session.path_between(*a, *b, types);
      if (!found) {
        std::cerr << "actorgraph: " << found.message() << "\n";
        return 1;
      }
      std::optional<std::vector<PathStep>> steps;
      if (*found) steps = query_path(**found, *(*found)->find(*a), *(*found)->find(*b), types);
      if (!steps) {
        std::cerr << "actorgraph: no path between " << session.label(*a) << " and " << session.label(*b)
                  << (types.empty() ? "" : " over " + o->types) << "\n";
        return 1;
      }
      table = path_table(**found, *steps);
    } else if (nb->parsed()) {
      auto id = resolve(*l, o->actor);
      if (!id) return 1;
      auto graph = need(session.around(std::span(&*id, 1)));
      if (!graph) return 1;
      const Direction d = o->direction == "in"    ? Direction::in
                          : o->direction == "out" ? Direction::out
                                                  : Direction::both;
      table = neighbors_table(*graph, query_neighbors(*graph, *graph->find(*id), split_list(o->types), d));
    } else if (top->parsed()) {
      std::optional<EntityType> type;
      if (!o->type.empty()) {
        type = parse_entity_type(o->type);
        if (!type) {
          std::cerr << "actorgraph: unknown type \"" << o->type << "\"\n";
          return 2;
        }
      }
      const Centrality by = o->by == "betweenness" ? Centrality::betweenness
                            : o->by == "pagerank"  ? Centrality::pagerank
                                                   : Centrality::degree;
      auto central = session.top(by, type, o->limit);
      if (!central) {
        std::cerr << "actorgraph: " << central.message() << "\n";
        return 1;
      }
      table = top_table(central->graph, central->ranked, by);
      if (central->sources > 0) {
        std::cerr << "actorgraph: betweenness estimated from " << central->sources
                  << " start actors drawn at random (the graph is too big for the exact measure)\n";
      }
    }
    std::cout << render(table, o->out.format());
    return 0;
  };
}

std::function<int()> add_show(CLI::App& app, Global& g) {
  auto* cmd = app.add_subcommand(
      "show", "A dossier of one actor: aliases, roles, relations with evidence, documents");
  auto name = std::make_shared<std::string>();
  auto out = std::make_shared<Output>();
  cmd->add_option("actor", *name, "the actor (any language, any case)")->required();
  cmd->add_option("--db", g.db, "SQLite store to use")->capture_default_str();
  out->add(cmd);
  return [&g, name, out]() -> int {
    auto l = load(g);
    if (!l) return 1;
    auto id = resolve(*l, *name);
    if (!id) return 1;
    auto graph = need(l->session->around(std::span(&*id, 1)));
    if (!graph) return 1;
    std::cout << render(dossier_table(*graph, *graph->find(*id)), out->format());
    return 0;
  };
}

}  // namespace actorgraph::cli
