#include "document.h"

#include <cctype>
#include <iterator>
#include <map>
#include <utility>

#include "text/fold.h"

namespace actorgraph::corpus_gen {

using detail::fold_phrase;

namespace {

const long kQuantities[] = {3,   4,   6,   8,   12,  14,   18,   20,   24,    30,    40,    50,     60,
                            100, 120, 200, 300, 500, 1000, 1500, 5000, 10000, 20000, 50000, 100000, 240000};

std::string format_number(long n, const std::string& sep) {
  std::string digits = std::to_string(n);
  if (n < 1000) return digits;
  std::string out;
  const std::size_t lead = digits.size() % 3;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (i - lead) % 3 == 0 && i >= lead) out += sep;
    out += digits[i];
  }
  return out;
}

std::string two(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

}  // namespace

DocWriter::DocWriter(const Corpus& c, const Lang& L, const Gazetteer& g, Rng& rng) : c_(c), L_(L), rng_(rng) {
  for (const auto& s : c.firm_stems) {
    if (!g.by_alias.count(fold_phrase(s))) stems_.push_back(s);
  }
  if (stems_.empty()) stems_ = c.firm_stems;
}

Doc DocWriter::write() {
  Doc d;
  d.lang = L_.code;
  year_ = rng_.between(c_.year_from, c_.year_to);
  const int month = rng_.between(1, 12), day = rng_.between(1, 28);
  d.date = std::to_string(year_) + "-" + two(month) + "-" + two(day);
  used_filler.clear();
  used_statements.clear();
  const int n_cast = rng_.between(3, 5);
  for (int i = 0; i < n_cast; ++i) add_to_cast(d, draw_actor());
  d.title = render_plain(rng_.pick(L_.headlines), d, nullptr);
  std::size_t sentence = 0;
  const int paragraphs = rng_.between(c_.par_min, c_.par_max);
  for (int p = 0; p < paragraphs; ++p) {
    std::string par;
    const int sentences = rng_.between(c_.sent_min, c_.sent_max);
    for (int s = 0; s < sentences; ++s, ++sentence) {
      std::string text;
      const double r = static_cast<double>(rng_.next() >> 11) * (1.0 / 9007199254740992.0);
      if (r < c_.supply_share) {
        text = supply_sentence(d, sentence);
      } else if (r < c_.supply_share + c_.statement_share) {
        text = render_plain(fresh(L_.statements, used_statements), d, nullptr);
      } else {
        text = render_plain(fresh(L_.filler, used_filler), d, nullptr);
        if (vocabulary_) text = vocabulary_->respell(text, vocabulary_share_, *vocabulary_rng_);
      }
      if (!par.empty()) par += ' ';
      par += text;
    }
    d.paragraphs.push_back(std::move(par));
  }
  return d;
}

const Pattern& DocWriter::fresh(const std::vector<Pattern>& v, std::set<std::size_t>& used) {
  std::size_t i = rng_.below(v.size());
  for (int tries = 0; tries < 8 && used.count(i); ++tries) i = rng_.below(v.size());
  used.insert(i);
  return v[i];
}

Actor DocWriter::invented_firm() {
  return {"", "firm",
          rng_.pick(stems_) + " " + rng_.pick(L_.firm_words) + " " + rng_.pick(L_.legal_suffixes)};
}

Actor DocWriter::draw_actor() {
  if (rng_.chance(c_.invented_firm_share)) return invented_firm();
  if (!L_.frequent.empty() && rng_.chance(c_.frequent_share)) return L_.actors[rng_.pick(L_.frequent)];
  return rng_.pick(L_.actors);
}

void DocWriter::add_to_cast(Doc& d, const Actor& a) {
  for (const auto& x : d.cast) {
    if (x.name == a.name) return;
  }
  d.cast.push_back(a);
}

const Forms* DocWriter::forms_of(const Actor& a) const {
  if (a.id.empty()) return nullptr;
  auto it = L_.forms.find(a.id);
  return it == L_.forms.end() ? nullptr : &it->second;
}

bool DocWriter::plural(const Actor& a) const {
  const Forms* f = forms_of(a);
  return f && f->count("number") && f->at("number") == "pl";
}

std::string DocWriter::apply(const std::string& pattern, const std::string& name, const char* var) {
  std::string pat = pattern;
  if (const std::size_t bar = pattern.find('|'); bar != std::string::npos) {
    const char last = name.empty() ? ' ' : name.back();
    pat = (last == 's' || last == 'x' || last == 'z') ? pattern.substr(bar + 1) : pattern.substr(0, bar);
  }
  std::string out;
  for (std::size_t i = 0; i < pat.size(); ++i) {
    if (pat.compare(i, 3, var) == 0) {
      out += name;
      i += 2;
    } else {
      out += pat[i];
    }
  }
  return out;
}

std::string DocWriter::form(const Actor& a, const std::string& c) const {
  if (a.id.empty()) {
    if (auto it = L_.invented_firm_forms.find(c); it != L_.invented_firm_forms.end())
      return apply(it->second, a.name);
  }
  const Forms* f = forms_of(a);
  if (f) {
    if (auto it = f->find(c); it != f->end()) return it->second;
  }
  if (c == "nom") return a.name;
  if (auto it = L_.default_forms.find(c); it != L_.default_forms.end()) return apply(it->second, a.name);
  return a.name;
}

std::string DocWriter::pronoun(const Actor& a) const {
  const Forms* f = forms_of(a);
  if (f && f->count("pron")) return f->at("pron");
  auto it = L_.pronouns.find(a.type);
  return it == L_.pronouns.end() ? "it" : it->second;
}

std::string DocWriter::person() {
  if (L_.persons.empty() || rng_.chance(c_.invented_person_share)) {
    return rng_.pick(L_.roles) + " " + rng_.pick(c_.given_names) + " " + rng_.pick(c_.surnames);
  }
  return rng_.pick(L_.persons);
}

Actor DocWriter::choose(Doc& d, const SupplyTemplate* t, const std::string& slot, const Bound& b) {
  auto fits = [&](const Actor& a) {
    for (const auto& [s, x] : b.actors) {
      if (x.name == a.name) return false;
    }
    if (!t) return a.type == "state";  // statements: meetings, ambassadors, parliaments
    if (auto it = t->types.find(slot); it != t->types.end() && !it->second.count(a.type)) return false;
    return !(t->singular.count(slot) && plural(a));
  };
  for (int tries = 0; tries < 60; ++tries) {
    Actor a = (tries < 30 && !d.cast.empty() && rng_.chance(0.75)) ? rng_.pick(d.cast) : draw_actor();
    if (!fits(a)) continue;
    add_to_cast(d, a);
    return a;
  }
  for (const auto& a : L_.actors) {  // the constraints are narrow: take the first that fits
    if (fits(a)) return a;
  }
  return L_.actors.front();
}

void DocWriter::bind_item(Bound& b, bool need_plural, bool need_countable) {
  for (int tries = 0; tries < 100; ++tries) {
    if (!L_.weapons.empty() && rng_.chance(L_.weapon_share)) {
      const Item& p = rng_.pick(L_.weapon_patterns);
      if ((need_plural && !p.plural) || (need_countable && !p.countable)) continue;
      const Weapon& w = rng_.pick(L_.weapons);
      b.item = &p;
      b.weapon = w.name;
      b.item_truth = w.id;
      return;
    }
    const Item& it = rng_.pick(L_.items);
    if ((need_plural && !it.plural) || (need_countable && !it.countable)) continue;
    b.item = &it;
    b.weapon.clear();
    b.item_truth = it.item;
    return;
  }
  b.item = &L_.items.front();
  b.item_truth = b.item->item;
}

std::string DocWriter::item_form(const Bound& b, const std::string& c) const {
  std::string text = b.item->text;
  if (auto it = b.item->forms.find(c); it != b.item->forms.end()) text = it->second;
  if (b.weapon.empty()) return text;
  return apply(text, b.weapon, "{W}");
}

std::string DocWriter::render(const Pattern& p, Doc& d, const SupplyTemplate* t, Bound& b) {
  for (const char* s : {"S", "R", "S2", "R2", "A", "B"}) {
    if (uses(p, s) && !b.actors.count(s)) b.actors[s] = choose(d, t, s, b);
  }
  if ((uses(p, "I") || uses(p, "IP")) && !b.item) bind_item(b, uses(p, "IP"), uses(p, "Q") && uses(p, "IP"));
  if (uses(p, "Q")) b.quantity = kQuantities[rng_.below(std::size(kQuantities))];
  if (uses(p, "Y")) b.year = rng_.between(c_.year_from, year_);
  if (uses(p, "M")) b.month = rng_.between(1, 12);
  if (uses(p, "D")) b.day = rng_.between(1, 28);
  std::string out;
  for (const auto& x : p) {
    if (x.slot.empty()) {
      // "… Corp." at the end of a sentence takes no second full stop
      out += (!out.empty() && out.back() == '.' && x.text[0] == '.') ? x.text.substr(1) : x.text;
    } else if (kActorSlots.count(x.slot)) {
      out += form(b.actors.at(x.slot), x.form);
    } else if (x.slot == "I" || x.slot == "IP") {
      out += item_form(b, x.form);
    } else if (x.slot == "Q") {
      out += format_number(*b.quantity, L_.thousands);
    } else if (x.slot == "Y") {
      out += std::to_string(b.year);
    } else if (x.slot == "M") {
      out += L_.months[static_cast<std::size_t>(b.month - 1)];
    } else if (x.slot == "D") {
      out += std::to_string(b.day);
    } else if (x.slot == "SRC") {
      const Actor& src = L_.sources.empty() ? L_.actors.front() : rng_.pick(L_.sources);
      out += form(src, x.form);
    } else if (x.slot == "P") {
      out += person();
    } else if (x.slot == "PRON") {
      out += pronoun(b.actors.count("S") ? b.actors.at("S") : Actor{});
    }
  }
  // Capitalise the first letter of the sentence (ASCII letters only: articles, pronouns).
  if (!out.empty() && std::islower(static_cast<unsigned char>(out[0]))) {
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  }
  return out;
}

std::string DocWriter::render_plain(const Pattern& p, Doc& d, const SupplyTemplate* t) {
  Bound b;
  return render(p, d, t, b);
}

std::string DocWriter::supply_sentence(Doc& d, std::size_t sentence) {
  double w = static_cast<double>(rng_.next() >> 11) * (1.0 / 9007199254740992.0) * L_.total_weight;
  const SupplyTemplate* t = &L_.supplies.back();
  for (const auto& x : L_.supplies) {
    if (w < x.weight) {
      t = &x;
      break;
    }
    w -= x.weight;
  }
  Bound b;
  std::string text = render(t->text, d, t, b);
  std::string date;
  if (b.year) {
    date = std::to_string(b.year);
    if (b.month) date += "-" + two(b.month);
    if (b.month && b.day) date += "-" + two(b.day);
  }
  for (const auto& [from, to] : t->relations) {
    Planted pl;
    pl.supplier = b.actors.at(from);
    pl.recipient = b.actors.at(to);
    pl.item = b.item_truth;
    pl.quantity = b.quantity;
    pl.modality = t->modality;
    pl.tmpl = L_.code + "." + t->id;
    pl.covered = t->covered;
    pl.date = date;
    pl.sentence = sentence;
    pl.quote = text;
    d.supplies.push_back(std::move(pl));
  }
  return text;
}

}  // namespace actorgraph::corpus_gen
