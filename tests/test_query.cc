// Queries: supplies with filters, chains with cycles, paths, neighbours, centrality,
// dossiers, and name resolution (any language, case, diacritics; unknown and ambiguous).
#include <random>
#include <set>

#include "actorgraph/build.h"
#include "actorgraph/query.h"
#include "common/json_file.h"
#include "graph_fixture.h"
#include "test_helper.h"
#include "text/fold.h"

using namespace actorgraph;

namespace {
ActorGraph fixture() {
  StoreContents c = agtest::small_contents();
  // a second China-like name to make a name ambiguous, and a person
  c.nodes.push_back(
      {"person:~georgia-smith", EntityType::person, "Georgia Smith", false, {{"Georgia", "en", 1}}, 1, 1});
  c.nodes.push_back({"state:GE", EntityType::state, "Georgia", true, {{"Georgia", "en", 1}}, 1, 1});
  c.nodes.push_back({"person:~antti-halonen",
                     EntityType::person,
                     "Antti Hälönen",
                     false,
                     {{"Antti Hälönen", "fi", 1}},
                     1,
                     1});
  return build_graph(std::move(c));
}
Vertex v(const ActorGraph& g, const std::string& id) { return *g.find(id); }
}  // namespace

// Quantities as the evidence states them, bound first, numbers grouped by thousands.
TEST(QuerySupplies, ShowsEachQuantityWithItsBound) {
  ActorGraph g = fixture();
  SupplyFilter f;
  f.recipient = v(g, "state:RU");
  f.supplier = v(g, "state:BY");
  auto rows = query_supplies(g, f);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].quantities,
            (std::vector<std::string>{"at least 1,500,000 artillery shells", "240,000 artillery shells"}));
}

TEST(QuerySupplies, FiltersByRecipientAndShowsAllModalities) {
  ActorGraph g = fixture();
  SupplyFilter f;
  f.recipient = v(g, "state:RU");
  auto rows = query_supplies(g, f);
  ASSERT_EQ(rows.size(), 3u);  // Belarus (asserted + alleged), China (denied), the hostile org (alleged)
  EXPECT_EQ(g.g[rows[0].supplier].label, "Belarus");
  EXPECT_EQ(rows[0].strongest, Modality::asserted);
  EXPECT_EQ(rows[0].evidence.at(Modality::alleged), 1);
  EXPECT_EQ(rows[0].first_date, "2025-10");
  EXPECT_EQ(rows[0].last_date, "2025-12");
  f.modalities = {Modality::asserted};
  EXPECT_EQ(query_supplies(g, f).size(), 1u);  // --asserted-only
  f.modalities = {Modality::denied};
  auto denied = query_supplies(g, f);
  ASSERT_EQ(denied.size(), 1u);
  EXPECT_EQ(g.g[denied[0].supplier].label, "China");
}

TEST(QuerySupplies, FiltersByItemAndDate) {
  ActorGraph g = fixture();
  SupplyFilter f;
  f.item = "Artillery Shells";
  auto rows = query_supplies(g, f);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(g.g[rows[0].supplier].label, "Belarus");
  SupplyFilter d;
  d.since = "2025-11";
  auto late = query_supplies(g, d);
  for (const auto& r : late) EXPECT_GE(r.first_date, "2025-11");
  EXPECT_EQ(late.size(), 2u);  // CN->BY (2025-11) and BY->RU (its 2025-12 evidence)
}

TEST(QueryChain, UpstreamTreeWithCycles) {
  StoreContents c = agtest::small_contents();
  c.relations.push_back(
      agtest::relation("state:RU", "state:CN", "supplies", Modality::alleged, "Russia sells jets.", ""));
  ActorGraph g = build_graph(std::move(c));
  ChainNode root = query_chain(g, v(g, "state:RU"), /*upstream=*/true, 4);
  // Russia <- Belarus <- China <- Russia (cycle, not expanded)
  const ChainNode* by = nullptr;
  for (const auto& ch : root.children) {
    if (g.g[ch.actor].label == "Belarus") by = &ch;
  }
  ASSERT_NE(by, nullptr);
  ASSERT_EQ(by->children.size(), 1u);
  EXPECT_EQ(g.g[by->children[0].actor].label, "China");
  EXPECT_EQ(by->children[0].items, (std::vector<std::string>{"assembly lines"}));
  ASSERT_EQ(by->children[0].children.size(), 1u);
  EXPECT_TRUE(by->children[0].children[0].cycle);
  EXPECT_TRUE(by->children[0].children[0].children.empty());
}

TEST(QueryPath, ShortestTypedPathInEitherDirection) {
  ActorGraph g = fixture();
  auto p = query_path(g, v(g, "state:CN"), v(g, "state:RU"), {"supplies"});
  ASSERT_TRUE(p.has_value());
  ASSERT_EQ(p->size(), 1u);  // China -> Russia directly (denied, but a relation)
  auto q = query_path(g, v(g, "state:BY"), v(g, "org:~evil"), {"supplies"});
  ASSERT_TRUE(q.has_value());
  ASSERT_EQ(q->size(), 2u);  // Belarus -> Russia <- org
  EXPECT_FALSE((*q)[1].forward);
  EXPECT_FALSE(query_path(g, v(g, "state:CN"), v(g, "weapon:~zt180"), {}).has_value());
  EXPECT_FALSE(query_path(g, v(g, "state:CN"), v(g, "state:BY"), {"funds"}).has_value());
}

TEST(QueryNeighbors, DirectionsAndTypes) {
  ActorGraph g = fixture();
  EXPECT_EQ(query_neighbors(g, v(g, "state:RU"), {}, Direction::in).size(), 4u);
  EXPECT_EQ(query_neighbors(g, v(g, "state:RU"), {}, Direction::out).size(), 0u);
  EXPECT_EQ(query_neighbors(g, v(g, "state:RU"), {"funds"}, Direction::both).size(), 1u);
}

TEST(QueryTop, DegreeBetweennessAndPagerank) {
  ActorGraph g = fixture();
  auto deg = query_top(g, Centrality::degree, EntityType::state, 2);
  ASSERT_EQ(deg.size(), 2u);
  EXPECT_EQ(g.g[deg[0].actor].label, "Russia");
  EXPECT_EQ(deg[0].score, 4.0);
  // betweenness on a path Iran -> Belarus -> Ukraine: Belarus lies between the other two
  StoreContents line;
  line.nodes.push_back({"state:IR", EntityType::state, "Iran", true, {}, 1, 1});
  line.nodes.push_back({"state:BY", EntityType::state, "Belarus", true, {}, 1, 1});
  line.nodes.push_back({"state:UA", EntityType::state, "Ukraine", true, {}, 1, 1});
  line.relations.push_back(agtest::relation("state:IR", "state:BY", "supplies", Modality::asserted, "a", ""));
  line.relations.push_back(agtest::relation("state:BY", "state:UA", "supplies", Modality::asserted, "b", ""));
  ActorGraph lg = build_graph(std::move(line));
  auto btw = query_top(lg, Centrality::betweenness, std::nullopt, 3);
  ASSERT_EQ(btw.size(), 3u);
  EXPECT_EQ(lg.g[btw[0].actor].label, "Belarus");
  EXPECT_GT(btw[0].score, 0.0);
  EXPECT_EQ(btw[1].score, 0.0);
  auto pr = query_top(g, Centrality::pagerank, std::nullopt, 1);
  EXPECT_EQ(g.g[pr[0].actor].label, "Russia");
}

TEST(QueryNames, AnyLanguageCaseAndDiacritics) {
  ActorGraph g = fixture();
  NameIndex names(g, &agtest::extractor());
  for (const char* n : {"Rusland", "moskou", "KREMLIN", "Russia", "state:RU", "Russische Föderation"}) {
    auto r = names.resolve(n);
    ASSERT_TRUE(r.is_ok()) << n << ": " << r.message();
    EXPECT_EQ(*r, "state:RU") << n;
  }
  auto by = names.resolve("wit-rusland");
  ASSERT_TRUE(by.is_ok()) << by.message();
  EXPECT_EQ(*by, "state:BY");
  for (const char* n : {"Hälönen", "Halonen", "antti halonen"}) {
    auto r = names.resolve(n);
    ASSERT_TRUE(r.is_ok()) << n << ": " << r.message();
    EXPECT_EQ(g.g[*g.find(*r)].label, "Antti Hälönen");
  }
}

TEST(QueryNames, UnknownNameSuggestsAndAmbiguousNameLists) {
  ActorGraph g = fixture();
  NameIndex names(g, &agtest::extractor());
  auto narnia = names.resolve("Narnia");
  ASSERT_FALSE(narnia.is_ok());
  EXPECT_NE(narnia.message().find("no actor named \"Narnia\""), std::string::npos) << narnia.message();
  auto typo = names.resolve("Belarsu");
  ASSERT_FALSE(typo.is_ok());
  EXPECT_NE(typo.message().find("did you mean Belarus"), std::string::npos) << typo.message();
  auto amb = names.resolve("Georgia");
  ASSERT_FALSE(amb.is_ok());
  EXPECT_NE(amb.message().find("ambiguous"), std::string::npos) << amb.message();
  EXPECT_NE(amb.message().find("(state"), std::string::npos) << amb.message();
  EXPECT_NE(amb.message().find("(person"), std::string::npos) << amb.message();
}

// The index sorts names by their first seven bytes before it reads them whole: names that
// share those bytes, that are prefixes of one another, or that differ in a byte above 0x7F
// there (ids are not folded) must each still find their own actor.
TEST(QueryNames, NamesSharingTheirFirstBytesEachFindTheirActor) {
  const std::vector<std::string> id_parts = {"a", "b", "\u00f8", "\u00e9", "z", "ab"};
  const std::vector<std::string> label_parts = {"nord", "werk", " ", "a", "b", "no"};
  std::mt19937 rng(7);
  auto pick = [&](const std::vector<std::string>& parts, std::size_t max) {
    std::string s;
    for (std::size_t n = 1 + rng() % max; n > 0; --n) s += parts[rng() % parts.size()];
    return s;
  };
  StoreContents c;
  std::vector<std::pair<std::string, std::string>> actors;
  std::set<std::string> labels;
  for (int i = 0; actors.size() < 400; ++i) {
    std::string label = "N" + pick(label_parts, 4) + " " + std::to_string(i);
    if (!labels.insert(detail::fold_phrase(label)).second) continue;
    actors.emplace_back("org:~" + pick(id_parts, 5) + "-" + std::to_string(i), label);
  }
  for (const auto& [id, label] : actors) c.nodes.push_back({id, EntityType::firm, label, false, {}, 1, 1});
  ActorGraph g = build_graph(std::move(c));
  const NameIndex names(g, nullptr);
  const auto again = NameIndex::deserialize(names.serialize(), nullptr);  // as the cache gives it back
  ASSERT_TRUE(again.has_value());
  for (const NameIndex* ix : {&names, &*again}) {
    for (const auto& [id, label] : actors) {
      auto r = ix->resolve(label);
      ASSERT_TRUE(r.is_ok()) << label << ": " << r.message();
      EXPECT_EQ(*r, id) << label;
      auto by_id = ix->resolve(id);
      ASSERT_TRUE(by_id.is_ok()) << id << ": " << by_id.message();
      EXPECT_EQ(*by_id, id);
      EXPECT_EQ(ix->label_of(id), std::optional<std::string_view>(label));
    }
  }
}

TEST(QueryRender, JsonValidAgainstTheSchemaAndCsvQuoted) {
  ActorGraph g = fixture();
  const std::vector<QueryTable> tables{
      supplies_table(g, query_supplies(g, {})),
      chain_table(g, query_chain(g, v(g, "state:RU"), true, 3), true),
      path_table(g, *query_path(g, v(g, "state:BY"), v(g, "org:~evil"), {})),
      neighbors_table(g, query_neighbors(g, v(g, "state:RU"), {}, Direction::both)),
      top_table(g, query_top(g, Centrality::pagerank, std::nullopt, 3), Centrality::pagerank),
      dossier_table(g, v(g, "state:BY"))};
  for (const auto& t : tables) {
    const std::string json = render(t, OutputFormat::json);
    auto doc = detail::parse_json(json, t.query);
    ASSERT_TRUE(doc.is_ok()) << doc.message();
    Status s = detail::validate_json(*doc, t.query, agtest::source_dir() + "/schema/query.schema.json");
    EXPECT_TRUE(s.is_ok()) << s.message();
    EXPECT_EQ((*doc)["rows"].Size(), t.rows.size());
  }
  // the hostile org's label has quotes and commas: CSV quotes them
  const std::string csv =
      render(neighbors_table(g, query_neighbors(g, v(g, "state:RU"), {}, Direction::in)), OutputFormat::csv);
  EXPECT_NE(csv.find("\"<script>alert('x')</script> & \"\"Co\"\" ]]>"), std::string::npos) << csv;
}

// A NameIndex read from a store resolves as one built from the graph, and is cached there:
// the second load reads the cache; damaged cache bytes are refused.
TEST(QueryNames, IndexFromTheStoreIsCachedAndResolvesAsTheGraphs) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("s.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
  auto summary = build(paths, agtest::extractor(), **store, BuildOptions{});
  ASSERT_TRUE(summary.is_ok()) << summary.message();
  auto contents = (*store)->load();
  ASSERT_TRUE(contents.is_ok());
  const ActorGraph g = build_graph(std::move(*contents));
  const NameIndex from_graph(g, &agtest::extractor());

  const NameLoadOptions cache_all{.read_cache = true, .write_cache = true, .cache_from_actors = 0};
  auto first = NameIndex::load(**store, &agtest::extractor(), cache_all);
  ASSERT_TRUE(first.is_ok()) << first.message();
  EXPECT_FALSE(first->from_cache());
  auto second = NameIndex::load(**store, &agtest::extractor(), cache_all);
  ASSERT_TRUE(second.is_ok()) << second.message();
  EXPECT_TRUE(second->from_cache());
  EXPECT_EQ(second->actor_count(), boost::num_vertices(g.g));
  EXPECT_EQ(second->name_count(), from_graph.name_count());
  // without an extractor the cache (made with person keys) still serves
  auto plain = NameIndex::load(**store, nullptr, cache_all);
  ASSERT_TRUE(plain.is_ok());
  EXPECT_TRUE(plain->from_cache());

  std::vector<std::string> names{"Rusland", "moskou",  "Wit-Rusland", "Narnia",
                                 "Belarsu", "Georgia", "state:RU"};
  for (auto v : boost::make_iterator_range(boost::vertices(g.g))) {
    names.push_back(g.g[v].label);
    for (const auto& a : g.g[v].aliases) names.push_back(a.text);
  }
  for (const std::string& n : names) {
    auto want = from_graph.resolve(n);
    auto got = second->resolve(n);
    ASSERT_EQ(want.is_ok(), got.is_ok()) << n;
    EXPECT_EQ(want.is_ok() ? *want : want.message(), got.is_ok() ? *got : got.message()) << n;
  }

  const std::string bytes = second->serialize();
  EXPECT_TRUE(NameIndex::deserialize(bytes, nullptr).has_value());
  EXPECT_FALSE(
      NameIndex::deserialize(std::string_view(bytes).substr(0, bytes.size() - 1), nullptr).has_value());
  EXPECT_FALSE(NameIndex::deserialize(bytes + "x", nullptr).has_value());
  std::mt19937 rng(11);
  for (int i = 0; i < 300; ++i) {
    std::string damaged = bytes;
    damaged[rng() % damaged.size()] = static_cast<char>(rng());
    if (auto ix = NameIndex::deserialize(damaged, nullptr)) {
      (void)ix->resolve("Rusland");  // in range whatever it answers
      (void)ix->resolve("Narnai");
    }
  }
}
