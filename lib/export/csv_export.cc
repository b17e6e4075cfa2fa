// CSV export: nodes.csv and edges.csv that both Gephi's spreadsheet import (Id, Label,
// Source, Target, Type, Weight) and neo4j-admin database import (id:ID, :LABEL, :START_ID,
// :END_ID, :TYPE) read. RFC 4180 quoting; a header line each.
#include "actorgraph/export.h"

namespace actorgraph {
namespace {

std::string cell(std::string_view s) {
  std::string clean;
  clean.reserve(s.size());
  for (char c : s) {
    // control characters other than tab, newline and return break spreadsheet importers
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    clean += c;
  }
  if (clean.find_first_of(",\"\n\r") == std::string::npos) return clean;
  std::string q = "\"";
  for (char c : clean) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string neo4j_label(EntityType t) {
  switch (t) {
    case EntityType::person:
      return "Person";
    case EntityType::state:
      return "State";
    case EntityType::organization:
      return "Organization";
    case EntityType::firm:
      return "Firm";
    case EntityType::weapon_system:
      return "WeaponSystem";
  }
  return "Actor";
}

}  // namespace

Status write_csv(const ActorGraph& ag, std::ostream& nodes, std::ostream& edges) {
  nodes << "Id,Label,id:ID,:LABEL,type,mentions:int,documents:int,aliases\r\n";
  for (auto v : boost::make_iterator_range(boost::vertices(ag.g))) {
    const NodeProps& n = ag.g[v];
    std::string aliases;
    for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : " | ") + a.text;
    nodes << cell(n.id) << ',' << cell(n.label) << ',' << cell(n.id) << ",Actor;" << neo4j_label(n.type)
          << ',' << to_string(n.type) << ',' << n.mentions << ',' << n.documents << ',' << cell(aliases)
          << "\r\n";
  }
  edges << ":START_ID,:END_ID,:TYPE,Source,Target,Type,Id,Label,Weight,modality,modalities,items,first_date,"
           "last_date,quote\r\n";
  for (auto e : boost::make_iterator_range(boost::edges(ag.g))) {
    const EdgeProps& p = ag.g[e];
    const std::string& s = ag.g[boost::source(e, ag.g)].id;
    const std::string& t = ag.g[boost::target(e, ag.g)].id;
    std::string mods, items;
    for (Modality m : p.modalities()) mods += (mods.empty() ? "" : ",") + std::string(to_string(m));
    for (const auto& i : p.items()) items += (items.empty() ? "" : "; ") + i;
    const auto [first, last] = p.date_range();
    std::string type = p.type;
    for (char& c : type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    edges << cell(s) << ',' << cell(t) << ',' << type << ',' << cell(s) << ',' << cell(t) << ",Directed,"
          << p.id << ',' << cell(p.type) << ',' << p.weight() << ',' << to_string(p.modality) << ','
          << cell(mods) << ',' << cell(items) << ',' << first << ',' << last << ','
          << cell(p.evidence.empty() ? std::string() : p.evidence.front().evidence.quote) << "\r\n";
  }
  if (!nodes || !edges) return Error{"write failed"};
  return Status::ok();
}

}  // namespace actorgraph
