// QuerySession: the graph loaded around the actors a question names gives the same answers
// as the whole graph, for every actor of the sample store and the seeds.
#include <filesystem>

#include "actorgraph/build.h"
#include "actorgraph/query_session.h"
#include "test_helper.h"

using namespace actorgraph;

namespace {

struct Store_ {
  agtest::TempDir dir;
  std::unique_ptr<Store> store;
  std::unique_ptr<QuerySession> session;
  ActorGraph whole;
};

std::unique_ptr<Store_> built(const std::string& input) {
  auto s = std::make_unique<Store_>();
  auto store = open_sqlite_store(s->dir.path("s.db"));
  EXPECT_TRUE(store.is_ok()) << store.message();
  s->store = std::move(*store);
  const std::vector<std::string> paths{input};
  auto summary = build(paths, agtest::extractor(), *s->store, BuildOptions{});
  EXPECT_TRUE(summary.is_ok()) << summary.message();
  auto session = QuerySession::open(*s->store, &agtest::extractor());
  EXPECT_TRUE(session.is_ok()) << session.message();
  s->session = std::move(*session);
  auto whole = s->session->whole();
  EXPECT_TRUE(whole.is_ok());
  s->whole = std::move(*whole);
  return s;
}

// Every anchored question about every actor: the same rendered answer on both graphs.
void expect_same_answers(Store_& s) {
  std::size_t asked = 0;
  for (auto v : boost::make_iterator_range(boost::vertices(s.whole.g))) {
    const std::string id = s.whole.g[v].id;
    auto one = s.session->around(std::span(&id, 1));
    ASSERT_TRUE(one.is_ok()) << one.message();
    const Vertex x = *one->find(id);

    SupplyFilter to, from;
    to.recipient = v;
    from.supplier = v;
    SupplyFilter to_part, from_part;
    to_part.recipient = x;
    from_part.supplier = x;
    EXPECT_EQ(render(supplies_table(s.whole, query_supplies(s.whole, to)), OutputFormat::json),
              render(supplies_table(*one, query_supplies(*one, to_part)), OutputFormat::json))
        << id;
    EXPECT_EQ(render(supplies_table(s.whole, query_supplies(s.whole, from)), OutputFormat::json),
              render(supplies_table(*one, query_supplies(*one, from_part)), OutputFormat::json))
        << id;
    EXPECT_EQ(
        render(neighbors_table(s.whole, query_neighbors(s.whole, v, {}, Direction::both)), OutputFormat::csv),
        render(neighbors_table(*one, query_neighbors(*one, x, {}, Direction::both)), OutputFormat::csv))
        << id;
    EXPECT_EQ(render(dossier_table(s.whole, v), OutputFormat::json),
              render(dossier_table(*one, x), OutputFormat::json))
        << id;
    for (bool upstream : {true, false}) {
      for (int depth : {1, 3, 6}) {
        auto part = s.session->chain_around(id, upstream, depth);
        ASSERT_TRUE(part.is_ok()) << part.message();
        EXPECT_EQ(render(chain_table(s.whole, query_chain(s.whole, v, upstream, depth), upstream),
                         OutputFormat::csv),
                  render(chain_table(*part, query_chain(*part, *part->find(id), upstream, depth), upstream),
                         OutputFormat::csv))
            << id << (upstream ? " upstream " : " downstream ") << depth;
      }
    }
    ++asked;
  }
  EXPECT_GT(asked, 20u);
}

// Paths from a few actors to every other: found on the CompactGraph, as long as the whole
// graph's shortest path, every step a relation of the whole graph with the same evidence.
void expect_same_paths(Store_& s) {
  std::vector<Vertex> from;
  for (auto v : boost::make_iterator_range(boost::vertices(s.whole.g))) {
    if (boost::out_degree(v, s.whole.g) + boost::in_degree(v, s.whole.g) > 0 && from.size() < 6)
      from.push_back(v);
  }
  std::size_t found = 0;
  for (const std::set<std::string>& types : {std::set<std::string>{}, std::set<std::string>{"supplies"}}) {
    for (Vertex a : from) {
      for (auto b : boost::make_iterator_range(boost::vertices(s.whole.g))) {
        const std::string ia = s.whole.g[a].id, ib = s.whole.g[b].id;
        auto expected = query_path(s.whole, a, b, types);
        auto part = s.session->path_between(ia, ib, types);
        ASSERT_TRUE(part.is_ok()) << part.message();
        ASSERT_EQ(expected.has_value(), part->has_value()) << ia << " -> " << ib;
        if (!expected) continue;
        auto steps = query_path(**part, *(*part)->find(ia), *(*part)->find(ib), types);
        ASSERT_TRUE(steps.has_value()) << ia << " -> " << ib;
        ASSERT_EQ(steps->size(), expected->size()) << ia << " -> " << ib;
        for (const PathStep& step : *steps) {
          const ActorGraph& g = **part;
          const std::string& from_id = g.g[step.forward ? step.from : step.to].id;
          const std::string& to_id = g.g[step.forward ? step.to : step.from].id;
          auto u = s.whole.find(from_id), w = s.whole.find(to_id);
          ASSERT_TRUE(u && w);
          bool same = false;
          for (auto e : boost::make_iterator_range(boost::out_edges(*u, s.whole.g))) {
            const EdgeProps& p = s.whole.g[e];
            if (boost::target(e, s.whole.g) == *w && p.type == step.edge->type &&
                p.evidence.size() == step.edge->evidence.size() && p.modality == step.edge->modality) {
              same = true;
            }
          }
          EXPECT_TRUE(same) << from_id << " " << step.edge->type << " " << to_id;
        }
        ++found;
      }
    }
  }
  EXPECT_GT(found, 10u);
}

// Central actors: the same scores and order as query_top on the whole graph.
void expect_same_top(Store_& s) {
  for (Centrality by : {Centrality::degree, Centrality::betweenness, Centrality::pagerank}) {
    for (std::optional<EntityType> type : {std::optional<EntityType>{}, std::optional{EntityType::state}}) {
      auto top = s.session->top(by, type, 10);
      ASSERT_TRUE(top.is_ok()) << top.message();
      EXPECT_EQ(top->sources, 0u);  // small graphs: exact
      EXPECT_EQ(render(top_table(s.whole, query_top(s.whole, by, type, 10), by), OutputFormat::csv),
                render(top_table(top->graph, top->ranked, by), OutputFormat::csv));
    }
  }
}

}  // namespace

TEST(QuerySession, AnswersAboutEverySampleActorEqualThoseOfTheWholeGraph) {
  auto s = built(agtest::source_dir() + "/data/sample");
  expect_same_answers(*s);
  expect_same_paths(*s);
  expect_same_top(*s);
}

TEST(QuerySession, AnswersAboutEverySeedActorEqualThoseOfTheWholeGraph) {
  const std::string seeds = agtest::shared_dir() + "/corpus/seeds";
  if (!std::filesystem::exists(seeds))
    GTEST_SKIP() << seeds << " is absent: the seed articles are not in this checkout";
  auto s = built(seeds);
  expect_same_answers(*s);
  expect_same_paths(*s);
  expect_same_top(*s);
}

TEST(QuerySession, NamesResolveToIdsAndUnknownNamesFailWithSuggestions) {
  auto s = built(agtest::source_dir() + "/data/sample");
  auto ru = s->session->resolve("rusland");
  ASSERT_TRUE(ru.is_ok()) << ru.message();
  EXPECT_EQ(*ru, "state:RU");
  auto narnia = s->session->resolve("Narnia");
  ASSERT_FALSE(narnia.is_ok());
  EXPECT_NE(narnia.message().find("no actor named \"Narnia\""), std::string::npos) << narnia.message();
  // a neighbourhood is smaller than the whole graph
  const std::string id = *ru;
  auto part = s->session->around(std::span(&id, 1));
  ASSERT_TRUE(part.is_ok());
  EXPECT_LT(boost::num_vertices(part->g), boost::num_vertices(s->whole.g));
}
