#include "report/picture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <unordered_map>

#include "export/palette.h"
#include "report/layout.h"
#include "report/text.h"

namespace actorgraph::detail {
namespace {

constexpr double kWidth = 1000;
constexpr double kMarginLeft = 30, kMarginTop = 30;
constexpr double kSpacing = 110;  // the length of a relation in the picture
constexpr double kRowHeight = 24;
constexpr std::size_t kLabelLength = 32;

std::size_t code_points(std::string_view s) {
  const std::string clean = clean_text(s, kLabelLength);
  return static_cast<std::size_t>(std::count_if(
      clean.begin(), clean.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", std::abs(v) < 0.05 ? 0.0 : v);
  return buf;
}

// A relation type as a fragment of an element id.
std::string id_part(std::string_view s) {
  std::string out;
  for (char c : s) out += ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') ? c : '-';
  return out;
}

const char* dash(Modality m) {
  switch (m) {
    case Modality::asserted:
      return "";
    case Modality::alleged:
      return "7 4";
    case Modality::planned:
      return "2 4";
    case Modality::denied:
      return "10 3 2 3";
    case Modality::negated:
      return "1 5";
  }
  return "";
}

double opacity(Modality m) { return m == Modality::denied || m == Modality::negated ? 0.55 : 0.9; }

std::string type_name(EntityType t) {
  std::string s(to_string(t));
  std::replace(s.begin(), s.end(), '_', ' ');
  return s;
}

// Actors to draw: all, or the most connected `limit` of them.
std::vector<Vertex> pick(const ActorGraph& ag, const ReportOptions& o) {
  std::vector<Vertex> vs;
  for (auto v : boost::make_iterator_range(boost::vertices(ag.g))) vs.push_back(v);
  auto degree = [&](Vertex v) { return boost::in_degree(v, ag.g) + boost::out_degree(v, ag.g); };
  std::stable_sort(vs.begin(), vs.end(), [&](Vertex a, Vertex b) {
    const bool fa = o.focus && *o.focus == a, fb = o.focus && *o.focus == b;
    if (fa != fb) return fa;
    if (degree(a) != degree(b)) return degree(a) > degree(b);
    return ag.g[a].label < ag.g[b].label;
  });
  if (vs.size() > o.picture_limit) vs.resize(o.picture_limit);
  return vs;
}

double radius(const ActorGraph& ag, Vertex v) {
  const auto d = static_cast<double>(boost::in_degree(v, ag.g) + boost::out_degree(v, ag.g));
  return std::min(16.0, 5.0 + 2.0 * std::sqrt(d));
}

struct Legend {
  std::string& out;
  double x = 0, y = 0;
  void row(const char* title) {
    out += "<text class=\"legend-title\" x=\"" + num(kMarginLeft) + "\" y=\"" + num(y + 4) +
           "\" font-weight=\"bold\">" + title + "</text>";
    x = kMarginLeft + 90;
  }
  // Past one entry: its sample (circle or line, 30 px), its label and a gap.
  void advance(std::string_view label) {
    x += 30 + 7.2 * static_cast<double>(label.size()) + 20;
    if (x > kWidth - 150) {
      x = kMarginLeft + 90;
      y += kRowHeight;
    }
  }
};

void legend(std::string& out, const ActorGraph& ag, double top) {
  out += "<g id=\"legend\" font-size=\"12\">";
  Legend l{out, 0, top};
  l.row("Actors");
  for (EntityType t : kEntityTypes) {
    const std::string name = type_name(t);
    out += "<circle cx=\"" + num(l.x + 12) + "\" cy=\"" + num(l.y) + "\" r=\"6\" fill=\"" +
           hex(entity_colour(t)) + "\"/><text x=\"" + num(l.x + 30) + "\" y=\"" + num(l.y + 4) + "\">" +
           name + "</text>\n";
    l.advance(name);
  }
  std::vector<std::string> types;
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) {
    if (std::find(types.begin(), types.end(), ag.g[e].type) == types.end()) types.push_back(ag.g[e].type);
  }
  std::sort(types.begin(), types.end());
  if (!types.empty()) {
    l.y += kRowHeight;
    l.row("Relations");
    for (const std::string& t : types) {
      out += "<line x1=\"" + num(l.x) + "\" y1=\"" + num(l.y) + "\" x2=\"" + num(l.x + 24) + "\" y2=\"" +
             num(l.y) + "\" stroke=\"" + hex(relation_colour(t)) + "\" stroke-width=\"3\"/><text x=\"" +
             num(l.x + 30) + "\" y=\"" + num(l.y + 4) + "\">" + html_text(t, kLabelLength) + "</text>\n";
      l.advance(t);
    }
  }
  l.y += kRowHeight;
  l.row("Modality");
  for (Modality m : kModalities) {
    const std::string name(to_string(m));
    out += "<line x1=\"" + num(l.x) + "\" y1=\"" + num(l.y) + "\" x2=\"" + num(l.x + 24) + "\" y2=\"" +
           num(l.y) + "\" stroke=\"#444\" stroke-width=\"2\" stroke-opacity=\"" + num(opacity(m)) + "\"" +
           (*dash(m) ? std::string(" stroke-dasharray=\"") + dash(m) + "\"" : std::string()) +
           "/><text x=\"" + num(l.x + 30) + "\" y=\"" + num(l.y + 4) + "\">" + name + "</text>\n";
    l.advance(name);
  }
  out += "</g>";
}

}  // namespace

PictureInfo append_picture(std::string& out, const ActorGraph& ag, const ReportOptions& o) {
  const std::vector<Vertex> shown = pick(ag, o);
  std::vector<double> label_width(shown.size());
  for (std::size_t i = 0; i < shown.size(); ++i) {
    label_width[i] = radius(ag, shown[i]) + 8 + 7.0 * static_cast<double>(code_points(ag.g[shown[i]].label));
  }
  // Linked actors in the drawing area; the others in rows beneath it.
  const Placement placed = place_actors(ag.g, shown, label_width, kWidth - 2 * kMarginLeft, kSpacing);
  std::vector<Point> at = placed.at;
  const std::vector<bool>& in_area = placed.linked;
  const auto linked = static_cast<std::size_t>(std::count(in_area.begin(), in_area.end(), true));
  const std::size_t lonely = shown.size() - linked;
  const double area_h = placed.height;
  for (std::size_t i = 0; i < at.size(); ++i) {
    if (in_area[i]) at[i] = {kMarginLeft + at[i].x, kMarginTop + at[i].y};
  }
  constexpr std::size_t kColumns = 4;
  const double lonely_top = kMarginTop + area_h + (linked ? 50 : 10);
  {
    std::size_t k = 0;
    for (std::size_t i = 0; i < at.size(); ++i) {
      if (in_area[i]) continue;
      const std::size_t column = k % kColumns, row = k / kColumns;
      at[i] = {kMarginLeft + 10 + static_cast<double>(column) * ((kWidth - 2 * kMarginLeft) / kColumns),
               lonely_top + 20 + static_cast<double>(row) * kRowHeight};
      ++k;
    }
  }
  const std::size_t lonely_rows = (lonely + kColumns - 1) / kColumns;
  const double legend_top =
      lonely_top + (lonely ? 20 + static_cast<double>(lonely_rows) * kRowHeight + 20 : 10);
  const double height = legend_top + 4 * kRowHeight + 10;

  std::unordered_map<Vertex, std::size_t> index;
  for (std::size_t i = 0; i < shown.size(); ++i) index.emplace(shown[i], i);

  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"graph\" viewBox=\"0 0 " + num(kWidth) + " " +
         num(height) + "\" width=\"" + num(kWidth) + "\" height=\"" + num(height) +
         "\" role=\"img\" aria-labelledby=\"graph-title\" font-family=\"DejaVu Sans, Arial, sans-serif\">";
  out += "<title id=\"graph-title\">" + html_text(o.title) + ": " + std::to_string(shown.size()) +
         " actors and their relations</title>";
  out += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>";

  // One arrowhead per relation type, in its colour.
  std::set<std::string> types;
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) types.insert(ag.g[e].type);
  out += "<defs>";
  for (const std::string& t : types) {
    out += "<marker id=\"arrow-" + id_part(t) +
           "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" "
           "markerHeight=\"9\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" +
           hex(relation_colour(t)) + "\"/></marker>";
  }
  out += "</defs>\n";

  if (lonely) {
    out +=
        "<text x=\"" + num(kMarginLeft) + "\" y=\"" + num(lonely_top) +
        "\" font-size=\"12\" font-style=\"italic\" fill=\"#555\">Without relations in this picture:</text>";
  }

  // Relations. Between the same two actors they are bent apart so none hides another.
  std::map<std::pair<std::size_t, std::size_t>, std::size_t> per_pair, drawn;
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) {
    auto s = index.find(boost::source(e, ag.g)), t = index.find(boost::target(e, ag.g));
    if (s == index.end() || t == index.end() || s->second == t->second) continue;
    ++per_pair[{std::min(s->second, t->second), std::max(s->second, t->second)}];
  }
  out += "<g id=\"edges\" fill=\"none\">\n";
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) {
    const Vertex sv = boost::source(e, ag.g), tv = boost::target(e, ag.g);
    auto s = index.find(sv), t = index.find(tv);
    if (s == index.end() || t == index.end() || s->second == t->second) continue;
    const EdgeProps& p = ag.g[e];
    const auto key = std::make_pair(std::min(s->second, t->second), std::max(s->second, t->second));
    const double k = static_cast<double>(drawn[key]++), n = static_cast<double>(per_pair[key]);
    const Point a = at[s->second], b = at[t->second];
    // The bend is measured along the normal of the pair's canonical direction, so A→B and
    // B→A bend to different sides.
    const Point lo = at[key.first], hi = at[key.second];
    const double dx = hi.x - lo.x, dy = hi.y - lo.y, len = std::max(std::hypot(dx, dy), 1e-9);
    const double bend = (k - (n - 1) / 2) * 28.0;
    const Point c{(a.x + b.x) / 2 - dy / len * bend, (a.y + b.y) / 2 + dx / len * bend};
    auto towards = [](Point from, Point to, double d) {
      const double l = std::max(std::hypot(to.x - from.x, to.y - from.y), 1e-9);
      return Point{from.x + (to.x - from.x) / l * d, from.y + (to.y - from.y) / l * d};
    };
    const Point start = towards(a, c, radius(ag, sv) + 1);
    const double to_end = std::hypot(b.x - c.x, b.y - c.y);
    const Point end = towards(c, b, std::max(0.0, to_end - radius(ag, tv) - 2));
    const bool affiliation = p.type == "official_of" || p.type == "leader_of" || p.type == "member_of";
    const double width = (affiliation ? 1.0 : 1.4) + 0.5 * std::min<double>(p.weight(), 5);
    out += "<path class=\"edge " + id_part(p.type) + " " + std::string(to_string(p.modality)) + "\" d=\"M" +
           num(start.x) + "," + num(start.y) + " Q" + num(c.x) + "," + num(c.y) + " " + num(end.x) + "," +
           num(end.y) + "\" stroke=\"" + hex(relation_colour(p.type)) + "\" stroke-width=\"" + num(width) +
           "\" stroke-opacity=\"" + num(opacity(p.modality)) + "\"";
    if (*dash(p.modality)) out += std::string(" stroke-dasharray=\"") + dash(p.modality) + "\"";
    out += " marker-end=\"url(#arrow-" + id_part(p.type) + ")\"><title>" + html_text(ag.g[sv].label, 60) +
           " " + html_text(p.type) + " " + html_text(ag.g[tv].label, 60) + " (" +
           std::string(to_string(p.modality)) + ", " + std::to_string(p.weight()) + " evidence)";
    std::string items;
    for (const std::string& item : p.items()) {
      if (auto v = ag.find(item))
        items += (items.empty() ? "" : "; ") + ag.g[*v].label;
      else
        items += (items.empty() ? "" : "; ") + item;
    }
    if (!items.empty()) out += ": " + html_text(items, 120);
    out += "</title></path>\n";
  }
  out += "</g>";

  out += "<g id=\"nodes\" font-size=\"12\">\n";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    const Vertex v = shown[i];
    const NodeProps& n = ag.g[v];
    const double r = in_area[i] ? radius(ag, v) : 6.0;
    const bool focus = o.focus && *o.focus == v;
    out += "<g class=\"node " + id_part(std::string(to_string(n.type))) + "\" data-entity=\"" +
           html_text(n.id) + "\" transform=\"translate(" + num(at[i].x) + "," + num(at[i].y) + ")\"><title>" +
           html_text(n.label, 120) + " (" + type_name(n.type) + ")</title><circle r=\"" + num(r) +
           "\" fill=\"" + hex(entity_colour(n.type)) + "\" stroke=\"" + (focus ? "#000" : "#fff") +
           "\" stroke-width=\"" + (focus ? "3" : "1.5") + "\"/><text x=\"" + num(r + 4) +
           "\" y=\"4\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"" +
           (focus ? " font-weight=\"bold\"" : "") + ">" + html_text(n.label, kLabelLength) + "</text></g>\n";
  }
  out += "</g>";
  legend(out, ag, legend_top + 10);
  out += "</svg>";
  return {shown.size(), boost::num_vertices(ag.g)};
}

std::string picture_caption(const PictureInfo& info) {
  if (info.shown == info.total)
    return "The picture shows all " + std::to_string(info.total) + (info.total == 1 ? " actor." : " actors.");
  return "The picture shows the " + std::to_string(info.shown) + " most connected of " +
         std::to_string(info.total) + " actors.";
}

}  // namespace actorgraph::detail
