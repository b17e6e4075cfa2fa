// build(): ingest → extract → store, in one store transaction.
#include "actorgraph/build.h"

#include "actorgraph/graph.h"

namespace actorgraph {

Result<BuildSummary> build(std::span<const std::string> paths, const Extractor& extractor, Store& store,
                           const BuildOptions& options,
                           const std::function<void(const BuildProgress&)>& progress) {
  BuildSummary summary;
  if (Status s = store.begin_build(); !s) return Error{s.message()};
  BuildProgress p;
  Status failed;
  auto diags = read_documents(paths, options.ingest, [&](Document&& doc) {
    if (!failed) return;
    ++p.documents_seen;
    p.bytes_seen += doc.text.size();
    p.current = doc.source;
    if (progress) progress(p);
    auto have = store.has_document(doc.id);
    if (!have) {
      failed = Error{have.message()};
      return;
    }
    if (*have) {
      ++summary.documents_skipped;
      return;
    }
    Extraction x = extractor.extract(doc);
    summary.bytes += doc.text.size();
    summary.mentions += x.mentions.size();
    if (Status s = store.add(x); !s) {
      failed = s;
      return;
    }
    ++summary.documents_new;
  });
  if (!diags) {
    store.abort_build();
    return Error{diags.message()};
  }
  if (!failed) {
    store.abort_build();
    return Error{failed.message()};
  }
  summary.diagnostics = std::move(*diags);
  if (Status s = store.finish_build(); !s) return Error{s.message()};

  auto contents = store.load();
  if (!contents) return Error{contents.message()};
  ActorGraph g = build_graph(std::move(*contents));
  for (auto v : boost::make_iterator_range(boost::vertices(g.g)))
    ++summary.entities_by_type[std::string(to_string(g.g[v].type))];
  for (auto e : boost::make_iterator_range(boost::edges(g.g))) ++summary.relations_by_type[g.g[e].type];
  return summary;
}

}  // namespace actorgraph
