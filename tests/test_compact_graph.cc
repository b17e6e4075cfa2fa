// CompactGraph: loaded from the store's aggregated edges, it must hold exactly the relations
// of the full graph (same ends, types, strongest modalities and evidence counts), and its
// queries must agree with the full graph's.
#include <map>
#include <memory>
#include <random>
#include <set>
#include <tuple>

#include "actorgraph/build.h"
#include "actorgraph/compact_graph.h"
#include "actorgraph/query.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

struct Built {
  agtest::TempDir dir;
  std::unique_ptr<Store> store;
  ActorGraph full;
  std::optional<CompactGraph> compact;
};

Built& sample() {
  static const std::unique_ptr<Built> b = [] {
    auto x = std::make_unique<Built>();
    auto store = open_sqlite_store(x->dir.path("s.db"));
    EXPECT_TRUE(store.is_ok());
    x->store = std::move(*store);
    const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
    auto summary = build(paths, agtest::extractor(), *x->store, BuildOptions{});
    EXPECT_TRUE(summary.is_ok()) << summary.message();
    auto contents = x->store->load();
    EXPECT_TRUE(contents.is_ok());
    x->full = build_graph(std::move(*contents));
    auto compact = CompactGraph::load(*x->store);
    EXPECT_TRUE(compact.is_ok()) << compact.message();
    x->compact.emplace(std::move(*compact));
    return x;
  }();
  return *b;
}

using EdgeKey = std::tuple<std::string, std::string, std::string, Modality, std::uint32_t>;

}  // namespace

TEST(CompactGraph, HoldsExactlyTheFullGraphsRelations) {
  Built& b = sample();
  const CompactGraph& c = *b.compact;
  std::multiset<EdgeKey> full, compact;
  for (auto e : boost::make_iterator_range(boost::edges(b.full.g))) {
    const EdgeProps& p = b.full.g[e];
    full.emplace(b.full.g[boost::source(e, b.full.g)].id, b.full.g[boost::target(e, b.full.g)].id, p.type,
                 p.modality, p.weight());
  }
  for (auto e : boost::make_iterator_range(boost::edges(c.csr()))) {
    const CompactEdge& p = c.csr()[e];
    compact.emplace(std::string(c.id(boost::source(e, c.csr()))),
                    std::string(c.id(boost::target(e, c.csr()))), c.relation_types()[p.type], p.modality,
                    p.weight);
  }
  ASSERT_GT(full.size(), 20u);
  EXPECT_EQ(full, compact);
}

TEST(CompactGraph, FindsActorsByIdWithTheirLabelsAndTypes) {
  Built& b = sample();
  const CompactGraph& c = *b.compact;
  EXPECT_GE(c.actor_count(), boost::num_vertices(b.full.g));
  for (auto v : boost::make_iterator_range(boost::vertices(b.full.g))) {
    const NodeProps& n = b.full.g[v];
    auto a = c.find(n.id);
    ASSERT_TRUE(a.has_value()) << n.id;
    EXPECT_EQ(c.id(*a), n.id);
    EXPECT_EQ(c.label(*a), n.label);
    EXPECT_EQ(c.type(*a), n.type);
  }
  EXPECT_FALSE(c.find("state:NARNIA").has_value());
}

TEST(CompactGraph, SuppliesAgreeWithTheFullGraph) {
  Built& b = sample();
  const CompactGraph& c = *b.compact;
  std::size_t checked = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(b.full.g))) {
    SupplyFilter f;
    f.recipient = v;
    std::set<std::pair<std::string, Modality>> want, got;
    for (const SupplyRow& r : query_supplies(b.full, f)) want.emplace(b.full.g[r.supplier].id, r.strongest);
    for (const CompactSupply& s : compact_suppliers_of(c, *c.find(b.full.g[v].id)))
      got.emplace(std::string(c.id(s.supplier)), s.modality);
    EXPECT_EQ(want, got) << b.full.g[v].id;
    checked += want.size();
  }
  EXPECT_GT(checked, 5u);
}

TEST(CompactGraph, EvidenceOfOneRelationComesFromTheStore) {
  Built& b = sample();
  for (auto e : boost::make_iterator_range(boost::edges(b.full.g))) {
    const EdgeProps& p = b.full.g[e];
    auto rows = b.store->evidence(b.full.g[boost::source(e, b.full.g)].id,
                                  b.full.g[boost::target(e, b.full.g)].id, p.type);
    ASSERT_TRUE(rows.is_ok()) << rows.message();
    ASSERT_EQ(rows->size(), p.evidence.size());
    for (std::size_t i = 0; i < rows->size(); ++i) {
      EXPECT_EQ((*rows)[i].evidence.quote, p.evidence[i].evidence.quote);
      EXPECT_EQ((*rows)[i].evidence.modality, p.evidence[i].evidence.modality);
    }
  }
}

TEST(CompactGraph, ChainsAndPathsOnAKnownShape) {
  // China -> Belarus -> Russia, China -> Russia (denied), org -> Russia: the fixture's shape.
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("c.db"));
  ASSERT_TRUE(store.is_ok());
  ASSERT_TRUE((*store)->begin_build().is_ok());
  Extraction x;
  x.document.id = "d";
  x.document.source = "d.txt";
  x.document.text = "t";
  for (const char* id : {"state:CN", "state:BY", "state:RU", "state:KP", "state:UA"})
    x.entities.push_back({id, EntityType::state, id, true});
  auto rel = [&](const char* s, const char* t, const char* type) {
    Relation r;
    r.source = s;
    r.target = t;
    r.type = type;
    x.relations.push_back(r);
  };
  rel("state:CN", "state:BY", "supplies");
  rel("state:BY", "state:RU", "supplies");
  rel("state:RU", "state:BY", "supplies");  // a cycle
  rel("state:KP", "state:RU", "supplies");
  rel("state:UA", "state:KP", "sanctions");
  ASSERT_TRUE((*store)->add(x).is_ok());
  ASSERT_TRUE((*store)->finish_build().is_ok());
  auto c = CompactGraph::load(**store);
  ASSERT_TRUE(c.is_ok());
  auto id = [&](CompactGraph::Actor a) { return std::string(c->id(a)); };
  std::map<std::string, int> upstream;
  for (const auto& [a, hop] : compact_chain(*c, *c->find("state:RU"), true, 5)) upstream[id(a)] = hop;
  EXPECT_EQ(upstream,
            (std::map<std::string, int>{{"state:RU", 0}, {"state:BY", 1}, {"state:KP", 1}, {"state:CN", 2}}));
  std::vector<std::string> path;
  for (auto a : compact_path(*c, *c->find("state:CN"), *c->find("state:UA"))) path.push_back(id(a));
  EXPECT_EQ(path, (std::vector<std::string>{"state:CN", "state:BY", "state:RU", "state:KP", "state:UA"}));
  EXPECT_TRUE(compact_path(*c, *c->find("state:CN"), *c->find("state:CN")).size() == 1);
  EXPECT_LE(c->structure_bytes(), 100 * c->relation_count() + 8 * (c->actor_count() + 1));
}

namespace {

// Everything a CompactGraph answers with, in one comparable value.
std::vector<std::string> describe(const CompactGraph& c) {
  std::vector<std::string> out;
  for (CompactGraph::Actor a = 0; a < c.actor_count(); ++a) {
    std::string line = std::string(c.id(a)) + "|" + std::string(c.label(a)) + "|" +
                       std::to_string(static_cast<int>(c.type(a))) + " out:";
    for (auto e : boost::make_iterator_range(boost::out_edges(a, c.csr()))) {
      const CompactEdge& p = c.csr()[e];
      line += " " + std::string(c.id(boost::target(e, c.csr()))) + "/" + c.relation_types()[p.type] + "/" +
              std::to_string(static_cast<int>(p.modality)) + "/" + std::to_string(p.weight);
    }
    line += " in:";
    for (auto e : boost::make_iterator_range(boost::in_edges(a, c.csr()))) {
      line += " " + std::string(c.id(boost::source(e, c.csr())));
    }
    out.push_back(line);
  }
  return out;
}

}  // namespace

TEST(CompactGraph, TheStoresCacheGivesTheSameGraphUntilABuildChangesIt) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("c.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  const std::vector<std::string> paths{agtest::source_dir() + "/data/sample"};
  ASSERT_TRUE(build(paths, agtest::extractor(), **store, BuildOptions{}).is_ok());

  auto first = CompactGraph::load(**store, {.cache_from_relations = 0});  // rebuilt, then cached
  ASSERT_TRUE(first.is_ok()) << first.message();
  EXPECT_FALSE(first->from_cache());
  auto second = CompactGraph::load(**store);
  ASSERT_TRUE(second.is_ok());
  EXPECT_TRUE(second->from_cache());
  EXPECT_EQ(describe(*first), describe(*second));
  EXPECT_EQ(second->find("state:RU"), first->find("state:RU"));
  ASSERT_TRUE(second->find("state:RU").has_value());

  // a build that adds a relation starts a new generation: the cache is stale and not read
  dir.write("more.txt", "Frankrijk levert raketten aan Rusland, meldt een bron.");
  const std::vector<std::string> more{dir.path("more.txt")};
  ASSERT_TRUE(build(more, agtest::extractor(), **store, BuildOptions{}).is_ok());
  auto third = CompactGraph::load(**store);
  ASSERT_TRUE(third.is_ok());
  EXPECT_FALSE(third->from_cache());
  EXPECT_GT(third->relation_count(), first->relation_count());
  auto uncached = CompactGraph::load(**store, {.read_cache = false, .write_cache = false});
  ASSERT_TRUE(uncached.is_ok());
  EXPECT_EQ(describe(*third), describe(*uncached));
}

TEST(CompactGraph, DamagedCacheBytesAreRefusedNotMisread) {
  Built& b = sample();
  const std::string bytes = b.compact->serialize();
  auto back = CompactGraph::deserialize(bytes);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(describe(*back), describe(*b.compact));
  EXPECT_FALSE(CompactGraph::deserialize("").has_value());
  EXPECT_FALSE(CompactGraph::deserialize(std::string_view(bytes).substr(0, bytes.size() - 1)).has_value());
  EXPECT_FALSE(CompactGraph::deserialize(bytes + "x").has_value());
  std::string wrong_magic = bytes;
  wrong_magic[0] ^= 0x20;
  EXPECT_FALSE(CompactGraph::deserialize(wrong_magic).has_value());
  // every truncation and every flipped length field is refused or read without a crash
  for (std::size_t cut = 0; cut < bytes.size(); cut += 97) {
    EXPECT_FALSE(CompactGraph::deserialize(std::string_view(bytes).substr(0, cut)).has_value()) << cut;
  }
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::string damaged = bytes;
    damaged[rng() % damaged.size()] = static_cast<char>(rng());
    auto g = CompactGraph::deserialize(damaged);
    if (g) {
      EXPECT_EQ(g->actor_count(), b.compact->actor_count());  // a damaged label or weight, still in range
    }
  }
}

// Betweenness estimated from start actors equals Boost's exact Brandes when every actor is a
// start: a 12-actor store with two routes of different length, a hub and a cycle.
TEST(CompactGraph, SampledBetweennessFromEveryActorEqualsBoostsExactMeasure) {
  agtest::TempDir dir;
  auto store = open_sqlite_store(dir.path("small.db"));
  ASSERT_TRUE(store.is_ok()) << store.message();
  ASSERT_TRUE((*store)->begin_build());
  Extraction x;
  x.document.id = "d1";
  x.document.source = "d1.txt";
  x.document.lang = "en";
  x.document.text = "synthetic";
  for (int i = 0; i < 12; ++i) {
    x.entities.push_back(
        {"firm:a" + std::to_string(i), EntityType::firm, "Actor " + std::to_string(i), false});
  }
  const std::pair<int, int> edges[] = {{0, 1}, {1, 2}, {2, 3}, {0, 4}, {4, 3},  {3, 5},   {5, 6},
                                       {6, 3}, {5, 7}, {5, 8}, {5, 9}, {9, 10}, {10, 11}, {11, 9}};
  for (const auto& [from, to] : edges) {
    Relation r;
    r.source = "firm:a" + std::to_string(from);
    r.target = "firm:a" + std::to_string(to);
    r.type = "supplies";
    r.evidence.doc = "d1";
    x.relations.push_back(r);
  }
  ASSERT_TRUE((*store)->add(x));
  ASSERT_TRUE((*store)->finish_build());
  auto g = CompactGraph::load(**store);
  ASSERT_TRUE(g.is_ok()) << g.message();
  const CompactRanking exact = compact_top(*g, Centrality::betweenness, std::nullopt, -1);
  const CompactRanking sampled = compact_top(*g, Centrality::betweenness, std::nullopt, -1, 0);
  EXPECT_EQ(exact.sources, 0u);
  EXPECT_EQ(sampled.sources, 12u);
  ASSERT_EQ(exact.ranked.size(), 12u);
  ASSERT_EQ(sampled.ranked.size(), 12u);
  std::map<std::string, double> want, got;
  for (const auto& [a, score] : exact.ranked) want[std::string(g->label(a))] = score;
  for (const auto& [a, score] : sampled.ranked) got[std::string(g->label(a))] = score;
  for (const auto& [label, score] : want) EXPECT_NEAR(got[label], score, 1e-9) << label;
  EXPECT_GT(want["Actor 3"], want["Actor 1"]);  // the hub every route passes
}
