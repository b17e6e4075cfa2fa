// Graph: relations aggregate per (source, target, type) with all their evidence, and the
// strongest modality shows on the edge.
#include "actorgraph/graph.h"
#include "graph_fixture.h"
#include "test_helper.h"

using namespace actorgraph;

TEST(Graph, NodesAndAggregatedTypedEdges) {
  ActorGraph g = build_graph(agtest::small_contents());
  EXPECT_EQ(boost::num_vertices(g.g), 5u);
  // BY->RU supplies twice: one edge with two pieces of evidence; CN->RU supplies and funds
  // stay separate; the edge to an unknown node is dropped.
  EXPECT_EQ(boost::num_edges(g.g), 5u);
  auto by = *g.find("state:BY");
  auto ru = *g.find("state:RU");
  auto [e, found] = boost::edge(by, ru, g.g);
  ASSERT_TRUE(found);
  EXPECT_EQ(g.g[e].weight(), 2u);
  EXPECT_EQ(g.g[e].modality, Modality::asserted);
  EXPECT_EQ(g.g[e].modalities(), (std::vector<Modality>{Modality::asserted, Modality::alleged}));
  EXPECT_EQ(g.g[e].items(), (std::vector<std::string>{"artillery shells"}));
}

TEST(Graph, ParallelEdgesOfDifferentTypesAndUniqueIds) {
  ActorGraph g = build_graph(agtest::small_contents());
  auto cn = *g.find("state:CN");
  auto ru = *g.find("state:RU");
  std::set<std::string> types, ids;
  for (auto e : boost::make_iterator_range(boost::out_edges(cn, g.g))) {
    if (boost::target(e, g.g) == ru) types.insert(g.g[e].type);
  }
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) ids.insert(g.g[e].id);
  EXPECT_EQ(types, (std::set<std::string>{"supplies", "funds"}));
  EXPECT_EQ(ids.size(), boost::num_edges(g.g));
}

TEST(Graph, DeniedOnlyEdgeStaysDenied) {
  ActorGraph g = build_graph(agtest::small_contents());
  auto cn = *g.find("state:CN");
  auto ru = *g.find("state:RU");
  for (auto e : boost::make_iterator_range(boost::out_edges(cn, g.g))) {
    if (boost::target(e, g.g) == ru && g.g[e].type == "supplies") {
      EXPECT_EQ(g.g[e].modality, Modality::denied);
    }
  }
}

TEST(Graph, UnknownIdIsNotFound) {
  ActorGraph g = build_graph(agtest::small_contents());
  EXPECT_FALSE(g.find("state:XX").has_value());
}

TEST(GraphFilter, TypesModalitiesWeightDatesAndEgoNetwork) {
  ActorGraph g = build_graph(agtest::small_contents());
  EXPECT_EQ(boost::num_edges(filter_graph(g, {}).g), boost::num_edges(g.g));  // no filter: unchanged

  GraphFilter types;
  types.types = {"funds"};
  ActorGraph f = filter_graph(g, types);
  EXPECT_EQ(boost::num_edges(f.g), 1u);
  EXPECT_EQ(boost::num_vertices(f.g), 2u);  // China and Russia; the rest have no relation left

  GraphFilter asserted;
  asserted.modalities = {Modality::asserted};
  ActorGraph a = filter_graph(g, asserted);
  for (auto e : boost::make_iterator_range(boost::edges(a.g))) {
    EXPECT_EQ(a.g[e].modality, Modality::asserted);
    for (const auto& ev : a.g[e].evidence) EXPECT_EQ(ev.evidence.modality, Modality::asserted);
  }
  EXPECT_FALSE(a.find("org:~evil").has_value());  // only alleged evidence

  GraphFilter heavy;
  heavy.min_weight = 2;
  EXPECT_EQ(boost::num_edges(filter_graph(g, heavy).g), 1u);  // BY->RU

  GraphFilter late;
  late.since = "2025-11";
  ActorGraph l = filter_graph(g, late);
  EXPECT_EQ(boost::num_edges(l.g), 2u);  // CN->BY (2025-11), BY->RU (its 2025-12 evidence)

  GraphFilter ego;
  ego.entity = *g.find("state:BY");
  ego.hops = 1;
  ActorGraph e1 = filter_graph(g, ego);
  EXPECT_EQ(boost::num_vertices(e1.g), 3u);  // Belarus, China, Russia
  EXPECT_FALSE(e1.find("org:~evil").has_value());
  ego.hops = 2;
  EXPECT_TRUE(filter_graph(g, ego).find("org:~evil").has_value());
}

// Moving an ActorGraph hands over its vertices, edges and evidence without copying them
// (Boost's adjacency_list would copy): the moved-to graph has the same descriptors and data.
TEST(Graph, MovingKeepsEverythingAndCopiesNothing) {
  StoreContents c;
  c.nodes.push_back({"state:IR", EntityType::state, "Iran", true, {}, 1, 1});
  c.nodes.push_back({"state:RU", EntityType::state, "Russia", true, {}, 1, 1});
  c.relations.push_back(
      agtest::relation("state:IR", "state:RU", "supplies", Modality::asserted, "drones", ""));
  ActorGraph a = build_graph(std::move(c));
  const auto* first_node = &a.g[*a.find("state:IR")];
  const auto edge = *boost::edges(a.g).first;
  const auto* evidence = &a.g[edge].evidence;
  ActorGraph b(std::move(a));
  EXPECT_EQ(&b.g[*b.find("state:IR")], first_node);  // the same storage, not a copy
  EXPECT_EQ(&b.g[edge], &b.g[*boost::edges(b.g).first]);
  EXPECT_EQ(&b.g[*boost::edges(b.g).first].evidence, evidence);
  EXPECT_EQ(boost::num_vertices(b.g), 2u);
  EXPECT_EQ(boost::num_edges(b.g), 1u);
  ActorGraph d;
  d = std::move(b);
  EXPECT_EQ(d.g[*d.find("state:RU")].label, "Russia");
  EXPECT_EQ(d.g[*boost::edges(d.g).first].type, "supplies");
  EXPECT_EQ(boost::in_degree(*d.find("state:RU"), d.g), 1u);
  ActorGraph copy = d;  // copies still copy
  EXPECT_NE(&copy.g[0], &d.g[0]);
  EXPECT_EQ(copy.g[0].label, d.g[0].label);
}
