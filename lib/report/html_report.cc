// The HTML report: one self-contained page (inline CSS and SVG, no script, a Content
// Security Policy that forbids fetching anything), readable on screen and in print.
#include <algorithm>

#include "actorgraph/query.h"
#include "actorgraph/report.h"
#include "report/model.h"
#include "report/picture.h"
#include "report/text.h"

namespace actorgraph {
namespace {

using detail::html_text;

constexpr const char* kStyle = R"css(
body{font-family:"DejaVu Sans",Arial,sans-serif;color:#222;max-width:1060px;margin:0 auto;padding:1em 1.5em;line-height:1.45}
h1{font-size:1.7em;margin:.2em 0}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
h3{margin:1.2em 0 .3em}.meta{color:#555}
table{border-collapse:collapse;margin:.6em 0;font-size:.92em}
th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3}td.num{text-align:right}
.matrix th.recipient{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
.matrix td.empty{background:#fafafa}
.badge{display:inline-block;padding:0 .5em;border:1px solid;border-radius:.7em;font-size:.8em;font-weight:bold;white-space:nowrap}
.badge.asserted{background:#e8f5e9;color:#1b5e20;border-color:#1b5e20}
.badge.alleged{background:#fff8e1;color:#7a5200;border-color:#7a5200}
.badge.planned{background:#e3f2fd;color:#0d47a1;border-color:#0d47a1}
.badge.denied{background:#fce4ec;color:#880e4f;border-color:#880e4f}
.badge.negated{background:#eeeeee;color:#424242;border-color:#424242;text-decoration:line-through}
.type{display:inline-block;padding:0 .45em;border-radius:.3em;font-size:.8em;color:#fff}
.type.person{background:#b85c00}.type.state{background:#1f77b4}.type.organization{background:#2a7d2a}
.type.firm{background:#b71c1c}.type.weapon_system{background:#6a4c93}
.actor{border-top:1px solid #eee;padding-top:.3em}.aliases{color:#555;font-size:.9em}
ul.evidence{margin:.2em 0 .8em;padding-left:1.3em}ul.evidence li{margin:.25em 0}
q{font-style:italic}.src{color:#555;font-size:.9em}
figure{margin:0}figure svg{max-width:100%;height:auto;border:1px solid #ddd}
nav ul{columns:2}
@media print{body{max-width:none;padding:0}a{color:inherit;text-decoration:none}
section,.actor{break-inside:auto}h2,h3{break-after:avoid}figure{break-inside:avoid}nav{display:none}}
)css";

std::string badge(Modality m) {
  const std::string name(to_string(m));
  return "<span class=\"badge " + name + "\">" + name + "</span>";
}

std::string type_badge(EntityType t) {
  std::string name(to_string(t));
  std::string shown = name;
  std::replace(shown.begin(), shown.end(), '_', ' ');
  return "<span class=\"type " + name + "\">" + shown + "</span>";
}

std::string anchor(Vertex v) { return "actor-" + std::to_string(v); }

std::string actor_link(const ActorGraph& g, Vertex v) {
  return "<a href=\"#" + anchor(v) + "\"><bdi>" + html_text(g.g[v].label, 80) + "</bdi></a>";
}

std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : sep) + x;
  return s;
}

void summary(std::string& out, const ActorGraph& g, const detail::ReportModel& m) {
  out += "<section id=\"summary\"><h2>Summary</h2><p>";
  out += std::to_string(m.documents) + (m.documents == 1 ? " document" : " documents");
  if (!m.languages.empty()) {
    std::vector<std::string> langs;
    for (const auto& [lang, n] : m.languages) langs.push_back(html_text(lang) + " " + std::to_string(n));
    out += " (" + join(langs, ", ") + ")";
  }
  if (!m.first_date.empty())
    out += ", dated " + html_text(m.first_date) +
           (m.last_date != m.first_date ? " to " + html_text(m.last_date) : "");
  out += "; " + std::to_string(boost::num_vertices(g.g)) + " actors and " +
         std::to_string(boost::num_edges(g.g)) + " relations.</p>\n";

  out += "<table id=\"actors-by-type\"><tr><th>Actors</th><th>number</th></tr>\n";
  for (EntityType t : kEntityTypes) {
    out += "<tr><td>" + type_badge(t) + "</td><td class=\"num\">" +
           std::to_string(m.actors_by_type[static_cast<std::size_t>(t)]) + "</td></tr>\n";
  }
  out += "</table>\n";

  out += "<table id=\"relations-by-type\"><tr><th>Relation</th><th>relations</th>";
  for (Modality mod : kModalities) out += "<th>" + badge(mod) + "</th>";
  out += "</tr>\n";
  for (const auto& row : m.relation_types) {
    out += "<tr><td>" + html_text(row.type) + "</td><td class=\"num\">" + std::to_string(row.relations) +
           "</td>";
    for (std::size_t k = 0; k < detail::kModalityCount; ++k)
      out += "<td class=\"num\">" + std::to_string(row.evidence[k]) + "</td>";
    out += "</tr>\n";
  }
  out +=
      "</table><p class=\"meta\">A relation joins two actors; each has one or more pieces of evidence, "
      "counted here by modality. A relation is shown with its strongest modality, and every piece of "
      "evidence keeps its own.</p></section>";
}

void picture(std::string& out, const ActorGraph& g, const ReportOptions& o) {
  out += "<section id=\"picture\"><h2>The graph</h2><figure>";
  const detail::PictureInfo info = detail::append_picture(out, g, o);
  out +=
      "<figcaption class=\"meta\">" + detail::picture_caption(info) +
      " Circles are actors, coloured by type and sized by their number of relations; arrows are "
      "relations, coloured by type and dashed by modality (see the legend).</figcaption></figure></section>";
}

void matrix(std::string& out, const ActorGraph& g, const detail::ReportModel& m) {
  out += "<section id=\"supply-matrix\"><h2>Supply matrix</h2>";
  if (m.suppliers.empty()) {
    out += "<p>No supply relations.</p></section>";
    return;
  }
  out +=
      "<p class=\"meta\">Suppliers (rows) and recipients (columns); each cell gives the items and the "
      "strongest modality.";
  if (m.suppliers.size() < m.suppliers_total || m.recipients.size() < m.recipients_total) {
    out += " Shown: the " + std::to_string(m.suppliers.size()) + " most active of " +
           std::to_string(m.suppliers_total) + " suppliers and " + std::to_string(m.recipients.size()) +
           " of " + std::to_string(m.recipients_total) +
           " recipients; every relation is in the sections below.";
  }
  out += "</p><table class=\"matrix\"><tr><th>supplier \\ recipient</th>";
  for (Vertex r : m.recipients) out += "<th class=\"recipient\">" + actor_link(g, r) + "</th>";
  out += "</tr>\n";
  for (Vertex s : m.suppliers) {
    out += "<tr><th>" + actor_link(g, s) + "</th>";
    for (Vertex r : m.recipients) {
      auto c = m.cells.find({s, r});
      if (c == m.cells.end()) {
        out += "<td class=\"empty\"></td>";
        continue;
      }
      std::vector<std::string> items;
      for (const auto& item : c->second.items) items.push_back("<bdi>" + html_text(item, 60) + "</bdi>");
      if (items.size() > 4) {
        const std::size_t more = items.size() - 3;
        items.resize(3);
        items.push_back("and " + std::to_string(more) + " more");
      }
      out += "<td>" + badge(c->second.modality) + (items.empty() ? "" : "<br>" + join(items, "; ")) + "</td>";
    }
    out += "</tr>\n";
  }
  out += "</table></section>";
}

// After the quote, the quantity it states: " (quantity: at least 1,000,000 artillery shells)".
std::string quantity_note(const EdgeEvidence& ev) {
  const std::string quantity = detail::evidence_quantity(ev);
  if (quantity.empty()) return {};
  return " <span class=\"quantity\">(quantity: <bdi>" + html_text(quantity, 120) + "</bdi>)</span>";
}

void evidence_item(std::string& out, const ActorGraph& g, const detail::ReportModel& m,
                   const EdgeEvidence& ev) {
  const Evidence& e = ev.evidence;
  out += "<li>" + badge(e.modality) + " <q><bdi>" + html_text(e.quote, 600) + "</bdi></q>" +
         quantity_note(ev) + " <span class=\"src\">— ";
  auto d = m.documents_by_id.find(e.doc);
  if (d != m.documents_by_id.end()) {
    const DocumentRow& doc = *d->second;
    const std::string title = html_text(doc.title.empty() ? doc.source : doc.title, 120);
    const std::string url = detail::safe_url(doc.url);
    out += url.empty() ? "<bdi>" + title + "</bdi>" : "<a href=\"" + url + "\"><bdi>" + title + "</bdi></a>";
    if (!doc.title.empty() && !doc.source.empty()) out += " (<bdi>" + html_text(doc.source, 120) + "</bdi>)";
  } else {
    out += "document " + html_text(e.doc);
  }
  if (!e.date.empty()) out += ", " + html_text(e.date);
  if (!ev.role.empty()) out += ", as <bdi>" + html_text(ev.role, 80) + "</bdi>";
  if (!e.source.empty()) out += ", according to <bdi>" + html_text(item_label(g, e.source), 80) + "</bdi>";
  out += "</span></li>\n";
}

void actor_section(std::string& out, const ActorGraph& g, const ReportOptions& o,
                   const detail::ReportModel& m, Vertex v) {
  const NodeProps& n = g.g[v];
  out += "<article class=\"actor\" id=\"" + anchor(v) + "\"><h3><bdi>" + html_text(n.label, 120) + "</bdi> " +
         type_badge(n.type) + "</h3>\n";
  std::vector<std::string> aliases;
  for (const AliasSeen& a : n.aliases) {
    if (a.text != n.label)
      aliases.push_back("<bdi>" + html_text(a.text, 80) + "</bdi> [" + html_text(a.lang) + "]");
  }
  out += "<p class=\"aliases\">" + std::to_string(n.mentions) + " mentions in " +
         std::to_string(n.documents) + (n.documents == 1 ? " document" : " documents");
  if (!aliases.empty()) out += "; also written " + join(aliases, ", ");
  out += ".</p>\n";
  for (const detail::RelationView& r : detail::relations_of(g, v)) {
    const EdgeProps& p = g.g[r.edge];
    out += "<p class=\"relation\"><strong>" + html_text(detail::relation_heading(p, r.outgoing)) +
           "</strong> " + actor_link(g, r.other) + " " + badge(p.modality);
    std::vector<std::string> items;
    for (const auto& item : p.items())
      items.push_back("<bdi>" + html_text(item_label(g, item), 80) + "</bdi>");
    if (!items.empty()) out += " — " + join(items, "; ");
    out += " <span class=\"src\">(" + std::to_string(p.weight()) +
           " evidence)</span></p><ul class=\"evidence\">";
    std::size_t shown = 0;
    for (const EdgeEvidence& ev : p.evidence) {
      if (shown++ == o.evidence_limit) break;
      evidence_item(out, g, m, ev);
    }
    if (p.evidence.size() > o.evidence_limit)
      out += "<li class=\"src\">and " + std::to_string(p.evidence.size() - o.evidence_limit) + " more</li>\n";
    out += "</ul>\n";
  }
  out += "</article>";
}

}  // namespace

Status write_html_report(const ActorGraph& g, const ReportOptions& o, std::ostream& os) {
  const detail::ReportModel m = detail::make_report_model(g, o);
  std::string out;
  out += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
  out +=
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
  out += "<meta name=\"generator\" content=\"actorgraph\">";
  out += "<title>" + html_text(o.title) + "</title><style>" + kStyle + "</style></head>\n<body>\n";
  out += "<header><h1>" + html_text(o.title) + "</h1>";
  if (o.focus) out += "<p class=\"meta\">About " + actor_link(g, *o.focus) + " and its neighbourhood.</p>\n";
  out +=
      "</header>\n<nav><ul><li><a href=\"#summary\">Summary</a></li><li><a href=\"#picture\">The "
      "graph</a></li>\n"
      "<li><a href=\"#supply-matrix\">Supply matrix</a></li><li><a href=\"#actors\">Actors</a></li>\n"
      "<li><a href=\"#documents\">Documents</a></li></ul></nav>\n";
  summary(out, g, m);
  out += "\n";
  picture(out, g, o);
  out += "\n";
  matrix(out, g, m);
  out += "\n<section id=\"actors\"><h2>Actors</h2>";
  if (m.actors.empty()) out += "<p>No relations.</p>\n";
  if (m.actors_without_relations)
    out += "<p class=\"meta\">" + std::to_string(m.actors_without_relations) +
           " actors mentioned without a relation are not given a section.</p>\n";
  for (Vertex v : m.actors) {
    actor_section(out, g, o, m, v);
    out += "\n";
    if (out.size() > (1U << 20)) {
      os << out;
      out.clear();
    }
  }
  out +=
      "</section>\n<section id=\"documents\"><h2>Documents</h2><table><tr><th>date</th><th>lang</th>"
      "<th>title</th><th>source</th></tr>\n";
  for (const DocumentRow& d : g.documents) {
    const std::string url = detail::safe_url(d.url);
    const std::string title = "<bdi>" + html_text(d.title, 160) + "</bdi>";
    out += "<tr><td>" + html_text(d.date) + "</td><td>" + html_text(d.lang) + "</td><td>";
    out += url.empty() ? title : "<a href=\"" + url + "\">" + title + "</a>";
    out += "</td><td><bdi>" + html_text(d.source, 160) + "</bdi></td></tr>\n";
  }
  out += "</table></section>\n</body></html>\n";
  os << out;
  if (!os) return Error{"write failed"};
  return Status::ok();
}

std::optional<ReportFormat> parse_report_format(std::string_view s) {
  if (s == "html") return ReportFormat::html;
  if (s == "md" || s == "markdown") return ReportFormat::markdown;
  return std::nullopt;
}

}  // namespace actorgraph
