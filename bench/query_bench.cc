// Query benchmark: a synthetic store of many actors and relations (default 1M actors, 10M
// relations), then the time to load its CompactGraph and the latency of the queries on it.
//
//   actorgraph-query-bench [--benchmark_...]           # Google Benchmark's own flags
//   AG_BENCH_ACTORS=1000000 AG_BENCH_RELATIONS=10000000 AG_BENCH_DB=/tmp/agbench.db
//
// The store is written once through the Store interface (as a build would, one evidence
// row per relation) and reused while its size matches. Relations: a tenth of the actors are
// suppliers with a heavy tail (a few hundred hubs supply a third of all relations), 60 %
// supplies and the rest other types, modalities mixed.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

#include "actorgraph/compact_graph.h"
#include "actorgraph/graph.h"
#include "actorgraph/name_index.h"
#include "actorgraph/store.h"

#ifdef ACTORGRAPH_WITH_MIMALLOC
#include <mimalloc.h>
#endif

using namespace actorgraph;

namespace {

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* v = std::getenv(name);
  return v && *v ? static_cast<std::size_t>(std::strtoull(v, nullptr, 10)) : fallback;
}

std::size_t actors_wanted() { return env_size("AG_BENCH_ACTORS", 1'000'000); }
std::size_t relations_wanted() { return env_size("AG_BENCH_RELATIONS", 10'000'000); }
std::string db_path() {
  const char* v = std::getenv("AG_BENCH_DB");
  return v && *v ? v : (std::filesystem::temp_directory_path() / "actorgraph-bench.db").string();
}

std::string actor_id(std::size_t i) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "firm:~synthetic-%08zu", i);
  return buf;
}

// Resident memory of this process in bytes (Linux /proc/self/statm).
std::size_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  std::size_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

void make_store(const std::string& path, std::size_t actors, std::size_t relations) {
  const std::string marker = path + ".size";
  {
    std::ifstream in(marker);
    std::size_t a = 0, r = 0;
    if (in >> a >> r && a == actors && r == relations && std::filesystem::exists(path)) return;
  }
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  const auto started = std::chrono::steady_clock::now();
  std::cerr << "writing a synthetic store of " << actors << " actors and " << relations << " relations to "
            << path << " (once) ..." << std::endl;
  auto store = open_sqlite_store(path);
  if (!store) throw std::runtime_error(store.message());
  if (!(*store)->begin_build()) throw std::runtime_error("begin_build failed");
  static const char* kTypes[] = {"supplies", "supplies", "supplies",  "supplies",        "supplies",
                                 "supplies", "funds",    "sanctions", "negotiates_with", "produces"};
  std::mt19937_64 random(20261123);
  std::size_t doc = 0;
  auto add = [&](Extraction& x) {
    x.document.id = "synthetic-" + std::to_string(doc++);
    x.document.source = x.document.id + ".txt";
    x.document.lang = "en";
    x.document.text = "synthetic";
    if (Status s = (*store)->add(x); !s) throw std::runtime_error(s.message());
    x = Extraction{};
  };
  Extraction x;
  for (std::size_t i = 0; i < actors; ++i) {
    x.entities.push_back({actor_id(i), i % 10 == 0 ? EntityType::state : EntityType::firm,
                          "Synthetic actor " + std::to_string(i), false});
    if (x.entities.size() == 10'000) add(x);
  }
  if (!x.entities.empty()) add(x);
  // Sources in order (so the store's indexes grow at their end); targets drawn with a heavy
  // tail: a third of the relations go to 300 hubs.
  const std::size_t suppliers = std::max<std::size_t>(1, actors / 10);
  std::uniform_int_distribution<std::size_t> any(0, actors - 1),
      hub(0, std::min<std::size_t>(299, actors - 1));
  std::uniform_int_distribution<int> kind(0, 9), modality(0, 9);
  std::size_t written = 0;
  for (std::size_t s = 0; s < suppliers && written < relations; ++s) {
    const std::size_t out = (relations - written) / (suppliers - s);
    for (std::size_t k = 0; k < out; ++k) {
      Relation r;
      r.source = actor_id(s * 10);
      const std::size_t t = kind(random) < 3 ? hub(random) * 7 % actors : any(random);
      r.target = actor_id(t == s * 10 ? (t + 1) % actors : t);
      r.type = kTypes[kind(random)];
      const int m = modality(random);
      r.evidence.modality = m < 6   ? Modality::asserted
                            : m < 8 ? Modality::alleged
                            : m < 9 ? Modality::planned
                                    : Modality::denied;
      r.evidence.quote = "synthetic evidence";
      r.evidence.date = "2025-01";
      x.relations.push_back(std::move(r));
      if (x.relations.size() == 10'000) add(x);
    }
    written += out;
  }
  if (!x.relations.empty()) add(x);
  if (!(*store)->finish_build()) throw std::runtime_error("finish_build failed");
  std::ofstream(marker) << actors << " " << relations << "\n";
  std::cerr << "  written in "
            << std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() << " s"
            << std::endl;
}

struct Loaded {
  std::unique_ptr<Store> store;
  CompactGraph graph;
  std::vector<CompactGraph::Actor> sample;  // actors that receive supplies
  CompactGraph::Actor hub = 0;              // the one with the most suppliers
};

Loaded& loaded() {
  static Loaded* l = [] {
    make_store(db_path(), actors_wanted(), relations_wanted());
    auto store = open_sqlite_store(db_path());
    if (!store) throw std::runtime_error(store.message());
    auto g = CompactGraph::load(**store);
    if (!g) throw std::runtime_error(g.message());
    auto* x = new Loaded{std::move(*store), std::move(*g), {}, 0};
    std::mt19937_64 random(7);
    std::uniform_int_distribution<CompactGraph::Actor> any(
        0, static_cast<CompactGraph::Actor>(x->graph.actor_count() - 1));
    std::size_t best = 0;
    for (CompactGraph::Actor a = 0; a < x->graph.actor_count(); ++a) {
      const std::size_t d = boost::in_degree(a, x->graph.csr());
      if (d > best) best = d, x->hub = a;
    }
    while (x->sample.size() < 1000) {
      const auto a = any(random);
      if (boost::in_degree(a, x->graph.csr()) > 0) x->sample.push_back(a);
    }
    return x;
  }();
  return *l;
}

// Loads the CompactGraph: range(0) 0 scans the store's tables (a command's first load after a
// build), 1 scans them and writes the cache, 2 reads the cache (every later command).
void BM_LoadCompactGraph(benchmark::State& state) {
  make_store(db_path(), actors_wanted(), relations_wanted());
  const auto mode = state.range(0);
  if (mode == 2) {  // make sure the cache is current
    auto store = open_sqlite_store(db_path());
    auto g = CompactGraph::load(**store);
    if (!g) state.SkipWithError(g.message().c_str());
  }
  const CompactLoadOptions options{.read_cache = mode == 2, .write_cache = mode >= 1};
  for (auto _ : state) {
    const std::size_t before = resident_bytes();
    auto store = open_sqlite_store(db_path());
    auto g = CompactGraph::load(**store, options);
    if (!g) {
      state.SkipWithError(g.message().c_str());
      break;
    }
    const std::size_t after = resident_bytes();
    const auto edges = static_cast<double>(g->relation_count());
    state.counters["from_cache"] = g->from_cache() ? 1 : 0;
    state.counters["actors"] = static_cast<double>(g->actor_count());
    state.counters["relations"] = edges;
    state.counters["structure_B_per_relation"] = static_cast<double>(g->structure_bytes()) / edges;
    state.counters["all_B_per_relation"] = static_cast<double>(g->total_bytes()) / edges;
    state.counters["rss_B_per_relation"] = static_cast<double>(after > before ? after - before : 0) / edges;
  }
}
BENCHMARK(BM_LoadCompactGraph)
    ->ArgName("tables0_write1_cache2")
    ->Arg(0)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// Loads the NameIndex every command resolves names with: range(0) 0 reads and folds every
// actor's names from the tables (no extractor: the gazetteer's part is the same per command),
// 1 reads the store's cache.
void BM_LoadNameIndex(benchmark::State& state) {
  make_store(db_path(), actors_wanted(), relations_wanted());
  const bool cache = state.range(0) == 1;
  if (cache) {  // make sure the cache is current
    auto store = open_sqlite_store(db_path());
    auto ix = NameIndex::load(**store, nullptr);
    if (!ix) state.SkipWithError(ix.message().c_str());
  }
  for (auto _ : state) {
    auto store = open_sqlite_store(db_path());
    auto ix = NameIndex::load(**store, nullptr, NameLoadOptions{.read_cache = cache, .write_cache = false});
    if (!ix) {
      state.SkipWithError(ix.message().c_str());
      break;
    }
    state.counters["from_cache"] = ix->from_cache() ? 1 : 0;
    state.counters["names"] = static_cast<double>(ix->name_count());
    auto id = ix->resolve("Synthetic actor 123457");
    benchmark::DoNotOptimize(id);
  }
}
BENCHMARK(BM_LoadNameIndex)
    ->ArgName("tables0_cache1")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// The whole graph with its evidence, as exports and reports load it: for the ratio.
void BM_LoadFullGraph(benchmark::State& state) {
  if (relations_wanted() > 2'000'000) {
    state.SkipWithError("only at AG_BENCH_RELATIONS <= 2000000 (it holds every quote in memory)");
    return;
  }
  make_store(db_path(), actors_wanted(), relations_wanted());
  for (auto _ : state) {
    auto store = open_sqlite_store(db_path());
    auto c = (*store)->load();
    ActorGraph g = build_graph(std::move(*c));
    benchmark::DoNotOptimize(g);
  }
}
BENCHMARK(BM_LoadFullGraph)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_SuppliersOf(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t i = 0, rows = 0;
  for (auto _ : state) {
    auto v = compact_suppliers_of(l.graph, l.sample[i++ % l.sample.size()]);
    rows += v.size();
    benchmark::DoNotOptimize(v);
  }
  state.counters["rows"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SuppliersOf)->Unit(benchmark::kMicrosecond);

void BM_SuppliersOfHub(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t rows = 0;
  for (auto _ : state) {
    auto v = compact_suppliers_of(l.graph, l.hub);
    rows += v.size();
    benchmark::DoNotOptimize(v);
  }
  state.counters["rows"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SuppliersOfHub)->Unit(benchmark::kMicrosecond);

// The answer a person sees: suppliers of one actor with every piece of evidence, read from
// the store for the rows shown.
void BM_SuppliersOfWithEvidence(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t i = 0;
  for (auto _ : state) {
    const auto recipient = l.sample[i++ % l.sample.size()];
    for (const CompactSupply& s : compact_suppliers_of(l.graph, recipient)) {
      auto ev = l.store->evidence(l.graph.id(s.supplier), l.graph.id(recipient),
                                  l.graph.relation_types()[*l.graph.relation_type("supplies")]);
      benchmark::DoNotOptimize(ev);
    }
  }
}
BENCHMARK(BM_SuppliersOfWithEvidence)->Unit(benchmark::kMicrosecond);

void BM_ChainUpstream3(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t i = 0, found = 0;
  for (auto _ : state) {
    auto v = compact_chain(l.graph, l.sample[i++ % l.sample.size()], true, 3);
    found += v.size();
    benchmark::DoNotOptimize(v);
  }
  state.counters["actors"] =
      benchmark::Counter(static_cast<double>(found), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_ChainUpstream3)->Unit(benchmark::kMillisecond);

void BM_Path(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t i = 0, hops = 0;
  for (auto _ : state) {
    auto p = compact_path(l.graph, l.sample[i % l.sample.size()], l.sample[(i * 7 + 3) % l.sample.size()]);
    ++i;
    hops += p.empty() ? 0 : p.size() - 1;
    benchmark::DoNotOptimize(p);
  }
  state.counters["hops"] = benchmark::Counter(static_cast<double>(hops), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Path)->Unit(benchmark::kMillisecond);

void BM_FindById(benchmark::State& state) {
  Loaded& l = loaded();
  std::size_t i = 0;
  for (auto _ : state) {
    auto a = l.graph.find(actor_id((i++ * 7919) % l.graph.actor_count()));
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_FindById)->Unit(benchmark::kNanosecond);

}  // namespace

int main(int argc, char** argv) {
#ifdef ACTORGRAPH_WITH_MIMALLOC
  // Memory as the command line has it (tools/actorgraph/allocator.cc): in large OS pages.
  if (std::getenv("MIMALLOC_LARGE_OS_PAGES") == nullptr) {
    mi_option_enable(mi_option_large_os_pages);
    mi_option_set(mi_option_eager_commit_delay, 0);
  }
#endif
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
