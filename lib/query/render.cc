// Query answers as tables, CSV and JSON.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>

#include "actorgraph/query.h"
#include "common/unicode.h"

namespace actorgraph {
namespace {

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

std::string modalities(const std::map<Modality, int>& counts) {
  std::string s;
  for (const auto& [m, n] : counts)
    s += (s.empty() ? "" : ", ") + std::string(to_string(m)) + " " + std::to_string(n);
  return s;
}

std::string label(const ActorGraph& g, Vertex v) { return g.g[v].label; }

const Evidence* strongest_evidence(const EdgeProps& p) {
  const Evidence* best = nullptr;
  for (const auto& ev : p.evidence) {
    if (!best || ev.evidence.modality < best->modality) best = &ev.evidence;
  }
  return best;
}

void chain_rows(const ActorGraph& g, const ChainNode& n, int depth, bool upstream, QueryTable& t) {
  for (const ChainNode& c : n.children) {
    std::string name(static_cast<std::size_t>(depth) * 2, ' ');
    name += (upstream ? "<- " : "-> ") + label(g, c.actor) + (c.cycle ? " (cycle)" : "");
    t.rows.push_back(
        {name, join(c.items, "; "), std::string(to_string(c.modality)), std::to_string(depth + 1)});
    chain_rows(g, c, depth + 1, upstream, t);
  }
}

}  // namespace

QueryTable supplies_table(const ActorGraph& g, const std::vector<SupplyRow>& rows) {
  QueryTable t{
      "supplies",
      {"supplier", "recipient", "items", "quantities", "modality", "evidence", "documents", "first", "last"},
      {}};
  for (const auto& r : rows) {
    t.rows.push_back({label(g, r.supplier), label(g, r.recipient), join(r.items, "; "),
                      join(r.quantities, "; "), std::string(to_string(r.strongest)), modalities(r.evidence),
                      std::to_string(r.documents), r.first_date, r.last_date});
  }
  return t;
}

QueryTable chain_table(const ActorGraph& g, const ChainNode& root, bool upstream) {
  QueryTable t{"chain", {"actor", "items", "modality", "hop"}, {}};
  t.rows.push_back({label(g, root.actor), "", "", "0"});
  chain_rows(g, root, 0, upstream, t);
  return t;
}

QueryTable path_table(const ActorGraph& g, const std::vector<PathStep>& steps) {
  QueryTable t{"path", {"from", "relation", "to", "modality", "evidence"}, {}};
  for (const auto& s : steps) {
    const Evidence* ev = strongest_evidence(*s.edge);
    t.rows.push_back({label(g, s.from), s.forward ? s.edge->type + " ->" : "<- " + s.edge->type,
                      label(g, s.to), std::string(to_string(s.edge->modality)), ev ? ev->quote : ""});
  }
  return t;
}

QueryTable neighbors_table(const ActorGraph& g, const std::vector<Neighbor>& ns) {
  QueryTable t{"neighbors", {"direction", "relation", "actor", "type", "modality", "weight"}, {}};
  for (const auto& n : ns) {
    t.rows.push_back({n.outgoing ? "out" : "in", n.edge->type, label(g, n.actor),
                      std::string(to_string(g.g[n.actor].type)), std::string(to_string(n.edge->modality)),
                      std::to_string(n.edge->weight())});
  }
  return t;
}

QueryTable top_table(const ActorGraph& g, const std::vector<Ranked>& ranked, Centrality by) {
  const char* name = by == Centrality::degree        ? "degree"
                     : by == Centrality::betweenness ? "betweenness"
                                                     : "pagerank";
  QueryTable t{"top", {"rank", "actor", "type", name}, {}};
  int i = 0;
  for (const auto& r : ranked) {
    char buf[32];
    std::snprintf(buf, sizeof buf, by == Centrality::degree ? "%.0f" : "%.4f", r.score);
    t.rows.push_back(
        {std::to_string(++i), label(g, r.actor), std::string(to_string(g.g[r.actor].type)), buf});
  }
  return t;
}

QueryTable dossier_table(const ActorGraph& g, Vertex x) {
  const NodeProps& n = g.g[x];
  QueryTable t{"show", {"field", "value", "detail"}, {}};
  t.rows.push_back({"actor", n.label, n.id});
  t.rows.push_back({"type", std::string(to_string(n.type)), n.known ? "gazetteer" : "found by rule"});
  std::map<std::string, std::vector<std::string>> by_lang;
  for (const auto& a : n.aliases) by_lang[a.lang].push_back(a.text + " (" + std::to_string(a.count) + ")");
  for (const auto& [lang, names] : by_lang) t.rows.push_back({"aliases " + lang, join(names, ", "), ""});
  t.rows.push_back({"mentions", std::to_string(n.mentions), std::to_string(n.documents) + " documents"});
  std::set<std::string> docs;
  auto relation = [&](const EdgeProps& p, Vertex other, bool out) {
    const std::string head = (out ? p.type + " -> " : "<- " + p.type + " ") + label(g, other);
    t.rows.push_back({"relation", head,
                      std::string(to_string(p.modality)) + ", " + std::to_string(p.weight()) + " evidence"});
    for (const auto& ev : p.evidence) {
      const Evidence& e = ev.evidence;
      docs.insert(e.doc);
      std::string detail = std::string(to_string(e.modality));
      if (!e.date.empty()) detail += ", " + e.date;
      if (!ev.role.empty()) detail += ", " + ev.role;
      if (!e.source.empty()) detail += ", according to " + item_label(g, e.source);
      t.rows.push_back({"  evidence", e.quote, detail});
    }
  };
  for (auto e : boost::make_iterator_range(boost::out_edges(x, g.g)))
    relation(g.g[e], boost::target(e, g.g), true);
  for (auto e : boost::make_iterator_range(boost::in_edges(x, g.g)))
    relation(g.g[e], boost::source(e, g.g), false);
  for (const auto& d : g.documents) {
    if (docs.count(d.id))
      t.rows.push_back({"document", d.title, d.source + (d.date.empty() ? "" : ", " + d.date)});
  }
  return t;
}

std::string render(const QueryTable& t, OutputFormat f) {
  if (f == OutputFormat::json) {
    rapidjson::StringBuffer sb;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> w(sb);
    w.SetIndent(' ', 1);
    w.StartObject();
    w.Key("query");
    w.String(t.query.c_str());
    w.Key("columns");
    w.StartArray();
    for (const auto& c : t.columns) w.String(c.c_str());
    w.EndArray();
    w.Key("rows");
    w.StartArray();
    for (const auto& r : t.rows) {
      w.StartObject();
      for (std::size_t i = 0; i < t.columns.size() && i < r.size(); ++i) {
        w.Key(t.columns[i].c_str());
        w.String(r[i].data(), static_cast<rapidjson::SizeType>(r[i].size()));
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    return std::string(sb.GetString()) + "\n";
  }
  if (f == OutputFormat::csv) {
    auto cell = [](const std::string& s) {
      if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
      std::string q = "\"";
      for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
      return q + "\"";
    };
    std::string out;
    for (std::size_t i = 0; i < t.columns.size(); ++i) out += (i ? "," : "") + cell(t.columns[i]);
    out += "\r\n";
    for (const auto& r : t.rows) {
      for (std::size_t i = 0; i < r.size(); ++i) out += (i ? "," : "") + cell(r[i]);
      out += "\r\n";
    }
    return out;
  }
  // aligned table; long cells (quotes) are cut to keep lines readable
  constexpr std::size_t kMax = 60;
  auto shown = [&](const std::string& s) {
    if (detail::count_code_points(s) <= kMax) return s;
    const std::size_t cut = detail::byte_offset_of(s, kMax - 1);
    return s.substr(0, cut) + "\u2026";
  };
  std::vector<std::size_t> width(t.columns.size(), 0);
  for (std::size_t i = 0; i < t.columns.size(); ++i) width[i] = t.columns[i].size();
  for (const auto& r : t.rows) {
    for (std::size_t i = 0; i < r.size() && i < width.size(); ++i) {
      width[i] = std::max<std::size_t>(width[i], detail::count_code_points(shown(r[i])));
    }
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& cells, bool upper) {
    std::string l;
    for (std::size_t i = 0; i < cells.size() && i < width.size(); ++i) {
      std::string c = shown(cells[i]);
      if (upper)
        std::transform(c.begin(), c.end(), c.begin(), [](unsigned char ch) { return std::toupper(ch); });
      l += c;
      if (i + 1 < cells.size()) l += std::string(width[i] - detail::count_code_points(c) + 2, ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  line(t.columns, true);
  for (const auto& r : t.rows) line(r, false);
  if (t.rows.empty()) out += "(nothing found)\n";
  return out;
}

}  // namespace actorgraph
