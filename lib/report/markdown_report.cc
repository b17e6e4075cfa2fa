// The Markdown report, for pasting into notes: the same content as the HTML report, the
// picture referred to as an SVG file beside it, modality badges as inline code.
#include "actorgraph/query.h"
#include "actorgraph/report.h"
#include "report/model.h"
#include "report/picture.h"
#include "report/text.h"

namespace actorgraph {
namespace {

using detail::markdown_text;

std::string badge(Modality m) { return "`" + std::string(to_string(m)) + "`"; }

std::string type_name(EntityType t) {
  std::string s(to_string(t));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

// A relative link to a file: its name with spaces and parentheses percent-encoded.
std::string link_target(std::string_view file) {
  std::string out;
  for (char c : file) {
    if (c == ' ')
      out += "%20";
    else if (c == '(')
      out += "%28";
    else if (c == ')')
      out += "%29";
    else
      out += c;
  }
  return out;
}

// After the quote, the quantity it states: " (quantity: at least 1,000,000 artillery shells)".
std::string quantity_note(const EdgeEvidence& ev) {
  const std::string quantity = detail::evidence_quantity(ev);
  if (quantity.empty()) return {};
  return " (quantity: " + markdown_text(quantity, 120) + ")";
}

void summary(std::string& out, const ActorGraph& g, const detail::ReportModel& m) {
  out += "## Summary\n\n" + std::to_string(m.documents) + (m.documents == 1 ? " document" : " documents");
  if (!m.languages.empty()) {
    std::vector<std::string> langs;
    for (const auto& [lang, n] : m.languages) langs.push_back(markdown_text(lang) + " " + std::to_string(n));
    out += " (" + join(langs, ", ") + ")";
  }
  if (!m.first_date.empty())
    out += ", dated " + markdown_text(m.first_date) +
           (m.last_date != m.first_date ? " to " + markdown_text(m.last_date) : "");
  out += "; " + std::to_string(boost::num_vertices(g.g)) + " actors and " +
         std::to_string(boost::num_edges(g.g)) + " relations.\n\n| Actors | number |\n|---|---:|\n";
  for (EntityType t : kEntityTypes)
    out +=
        "| " + type_name(t) + " | " + std::to_string(m.actors_by_type[static_cast<std::size_t>(t)]) + " |\n";
  out += "\n| Relation | relations |";
  for (Modality mod : kModalities) out += " " + std::string(to_string(mod)) + " |";
  out += "\n|---|---:|";
  for (std::size_t k = 0; k < detail::kModalityCount; ++k) out += "---:|";
  out += "\n";
  for (const auto& row : m.relation_types) {
    out += "| " + markdown_text(row.type) + " | " + std::to_string(row.relations) + " |";
    for (std::size_t k = 0; k < detail::kModalityCount; ++k)
      out += " " + std::to_string(row.evidence[k]) + " |";
    out += "\n";
  }
  out +=
      "\nEvidence is counted by modality; a relation shows its strongest modality, and every piece of "
      "evidence keeps its own.\n\n";
}

void matrix(std::string& out, const ActorGraph& g, const detail::ReportModel& m) {
  out += "## Supply matrix\n\n";
  if (m.suppliers.empty()) {
    out += "No supply relations.\n\n";
    return;
  }
  out += "Suppliers (rows) and recipients (columns); each cell gives the strongest modality and the items.";
  if (m.suppliers.size() < m.suppliers_total || m.recipients.size() < m.recipients_total) {
    out += " Shown: the " + std::to_string(m.suppliers.size()) + " most active of " +
           std::to_string(m.suppliers_total) + " suppliers and " + std::to_string(m.recipients.size()) +
           " of " + std::to_string(m.recipients_total) + " recipients.";
  }
  out += "\n\n| supplier \\\\ recipient |";
  for (Vertex r : m.recipients) out += " " + markdown_text(g.g[r].label, 40) + " |";
  out += "\n|---|";
  for (std::size_t i = 0; i < m.recipients.size(); ++i) out += "---|";
  out += "\n";
  for (Vertex s : m.suppliers) {
    out += "| **" + markdown_text(g.g[s].label, 40) + "** |";
    for (Vertex r : m.recipients) {
      auto c = m.cells.find({s, r});
      if (c == m.cells.end()) {
        out += " |";
        continue;
      }
      std::vector<std::string> items;
      for (const auto& item : c->second.items) items.push_back(markdown_text(item, 60));
      if (items.size() > 4) {
        const std::size_t more = items.size() - 3;
        items.resize(3);
        items.push_back("and " + std::to_string(more) + " more");
      }
      out += " " + badge(c->second.modality) + (items.empty() ? "" : " " + join(items, "; ")) + " |";
    }
    out += "\n";
  }
  out += "\n";
}

void actor_section(std::string& out, const ActorGraph& g, const ReportOptions& o,
                   const detail::ReportModel& m, Vertex v) {
  const NodeProps& n = g.g[v];
  out += "### " + markdown_text(n.label, 120) + " (" + type_name(n.type) + ")\n\n";
  std::vector<std::string> aliases;
  for (const AliasSeen& a : n.aliases) {
    if (a.text != n.label) aliases.push_back(markdown_text(a.text, 80) + " [" + markdown_text(a.lang) + "]");
  }
  out += std::to_string(n.mentions) + " mentions in " + std::to_string(n.documents) +
         (n.documents == 1 ? " document" : " documents");
  if (!aliases.empty()) out += "; also written " + join(aliases, ", ");
  out += ".\n\n";
  for (const detail::RelationView& r : detail::relations_of(g, v)) {
    const EdgeProps& p = g.g[r.edge];
    out += "- **" + detail::relation_heading(p, r.outgoing) + "** " + markdown_text(g.g[r.other].label, 80) +
           " " + badge(p.modality);
    std::vector<std::string> items;
    for (const auto& item : p.items()) items.push_back(markdown_text(item_label(g, item), 80));
    if (!items.empty()) out += " — " + join(items, "; ");
    out += " (" + std::to_string(p.weight()) + " evidence)\n";
    std::size_t shown = 0;
    for (const EdgeEvidence& ev : p.evidence) {
      if (shown++ == o.evidence_limit) break;
      const Evidence& e = ev.evidence;
      out +=
          "  - " + badge(e.modality) + " \"" + markdown_text(e.quote, 600) + "\"" + quantity_note(ev) + " — ";
      auto d = m.documents_by_id.find(e.doc);
      if (d != m.documents_by_id.end()) {
        const DocumentRow& doc = *d->second;
        out += "*" + markdown_text(doc.title.empty() ? doc.source : doc.title, 120) + "*";
        if (!doc.title.empty() && !doc.source.empty()) out += " (" + markdown_text(doc.source, 120) + ")";
      } else {
        out += "document " + markdown_text(e.doc);
      }
      if (!e.date.empty()) out += ", " + markdown_text(e.date);
      if (!ev.role.empty()) out += ", as " + markdown_text(ev.role, 80);
      if (!e.source.empty()) out += ", according to " + markdown_text(item_label(g, e.source), 80);
      out += "\n";
    }
    if (p.evidence.size() > o.evidence_limit)
      out += "  - and " + std::to_string(p.evidence.size() - o.evidence_limit) + " more\n";
  }
  out += "\n";
}

}  // namespace

Status write_markdown_report(const ActorGraph& g, const ReportOptions& o, std::ostream& os) {
  const detail::ReportModel m = detail::make_report_model(g, o);
  std::string out = "# " + markdown_text(o.title) + "\n\n";
  if (o.focus) out += "About **" + markdown_text(g.g[*o.focus].label, 120) + "** and its neighbourhood.\n\n";
  summary(out, g, m);
  const std::size_t total = boost::num_vertices(g.g);
  const detail::PictureInfo info{std::min(total, o.picture_limit), total};
  out += "## The graph\n\n![The graph of actors and relations](" + link_target(o.picture_file) + ")\n\n" +
         detail::picture_caption(info) +
         " Circles are actors, coloured by type; arrows are relations, coloured by type and dashed by "
         "modality (see the legend).\n\n";
  matrix(out, g, m);
  out += "## Actors\n\n";
  if (m.actors.empty()) out += "No relations.\n\n";
  if (m.actors_without_relations)
    out += std::to_string(m.actors_without_relations) +
           " actors mentioned without a relation are not given a section.\n\n";
  for (Vertex v : m.actors) {
    actor_section(out, g, o, m, v);
    if (out.size() > (1U << 20)) {
      os << out;
      out.clear();
    }
  }
  out += "## Documents\n\n| date | lang | title | source |\n|---|---|---|---|\n";
  for (const DocumentRow& d : g.documents) {
    out += "| " + markdown_text(d.date) + " | " + markdown_text(d.lang) + " | " +
           markdown_text(d.title, 160) + " | " + markdown_text(d.source, 160) + " |\n";
  }
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

Status write_graph_svg(const ActorGraph& g, const ReportOptions& o, std::ostream& os) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  detail::append_picture(out, g, o);
  out += "\n";
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

}  // namespace actorgraph
