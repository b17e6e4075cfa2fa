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
