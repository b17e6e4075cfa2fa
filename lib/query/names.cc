// NameIndex: the names of every actor in sorted arrays, built from a graph or a store (and
// cached in the store), and the resolution of what people type.
#include <algorithm>
#include <cstring>
#include <limits>
#include <set>

#include "actorgraph/name_index.h"
#include "query/bytes.h"
#include "recognise/knowledge.h"
#include "text/fold.h"

namespace actorgraph {
namespace {

constexpr const char* kLanguages[] = {"nl", "de", "en"};
constexpr std::string_view kCacheName = "name_index";
// "AGNI", a format version and a byte-order mark, as for the CompactGraph's cache.
constexpr std::uint32_t kMagic = 0x494e4741, kFormat = 1, kByteOrder = 0x01020304;
constexpr std::size_t kHeaderBytes = 3 * sizeof(std::uint32_t) + sizeof(std::uint64_t);  // with the checksum

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

// Collects actors and their names, then sorts the names once.
class NameIndex::Builder {
 public:
  explicit Builder(const Extractor* extractor) : index_(extractor) {
    index_.keyed_ = extractor != nullptr;
    if (extractor) kb_ = &extractor->knowledge();
  }

  Actor actor(std::string_view id, std::string_view label, EntityType type) {
    const auto a = static_cast<Actor>(index_.types_.size());
    index_.actor_at_.push_back(index_.text_.size());
    index_.text_ += id;
    index_.text_ += label;
    index_.id_length_.push_back(static_cast<std::uint32_t>(id.size()));
    index_.label_length_.push_back(static_cast<std::uint32_t>(label.size()));
    index_.types_.push_back(type);
    add(Kind::id, id, a);
    name(a, label);
    return a;
  }

  // A name of actor `a` as people write it (its label, an alias seen in the documents).
  void name(Actor a, std::string_view written) {
    const std::string f = detail::fold_phrase(written);
    if (f.empty()) return;
    add(Kind::name, f, a);
    if (index_.types_[a] != EntityType::person) return;
    if (kb_) {
      for (const char* lang : kLanguages) add(Kind::person_key, kb_->name_key.key(f, lang), a);
    }
    if (const auto space = f.rfind(' '); space != std::string::npos)
      add(Kind::surname, f.substr(space + 1), a);
  }

  NameIndex finish() && {
    const std::string& text = names_;
    auto view = [&](const Entry& e) { return std::string_view(text).substr(e.at, e.length); };
    // By kind, name and actor. Each entry carries its kind and the first seven bytes of its
    // name in one integer, which orders them as the full comparison would (a shorter name's
    // missing bytes count as zero, below any byte): only entries equal in it are compared
    // in full, and most are told apart without reading the names.
    struct Keyed {
      std::uint64_t key;
      std::uint32_t entry;
    };
    std::vector<Keyed> order(entries_.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
      const Entry& e = entries_[i];
      std::uint64_t key = static_cast<std::uint64_t>(e.kind) << 56;
      const std::string_view name = view(e);
      for (std::size_t b = 0; b < 7 && b < name.size(); ++b)
        key |= static_cast<std::uint64_t>(static_cast<unsigned char>(name[b])) << (48 - 8 * b);
      order[i] = {key, static_cast<std::uint32_t>(i)};
    }
    std::sort(order.begin(), order.end(), [&](const Keyed& x, const Keyed& y) {
      if (x.key != y.key) return x.key < y.key;
      const Entry &a = entries_[x.entry], &b = entries_[y.entry];
      if (const int c = view(a).compare(view(b)); c != 0) return c < 0;
      return a.actor < b.actor;
    });
    NameIndex& ix = index_;
    for (std::size_t k = 0; k < order.size(); ++k) {
      const Entry& e = entries_[order[k].entry];
      if (k > 0) {
        const Entry& p = entries_[order[k - 1].entry];
        if (p.kind == e.kind && p.actor == e.actor && view(p) == view(e)) continue;
      }
      // equal names share their bytes
      if (ix.kinds_.empty() || ix.text_of(ix.kinds_.size() - 1) != view(e)) {
        ix.name_at_.push_back(ix.text_.size());
        ix.text_ += view(e);
      } else {
        ix.name_at_.push_back(ix.name_at_.back());
      }
      ix.kinds_.push_back(e.kind);
      ix.name_length_.push_back(e.length);
      ix.name_actor_.push_back(e.actor);
    }
    return std::move(index_);
  }

 private:
  struct Entry {
    std::uint64_t at = 0;
    std::uint32_t length = 0;
    Actor actor = 0;
    Kind kind = Kind::name;
  };
  void add(Kind kind, std::string_view text, Actor a) {
    if (text.empty()) return;
    entries_.push_back({names_.size(), static_cast<std::uint32_t>(text.size()), a, kind});
    names_ += text;
  }

  NameIndex index_;
  const detail::Knowledge* kb_ = nullptr;
  std::string names_;
  std::vector<Entry> entries_;
};

NameIndex::NameIndex(const ActorGraph& graph, const Extractor* extractor) {
  Builder b(extractor);
  for (auto v : boost::make_iterator_range(boost::vertices(graph.g))) {
    const NodeProps& n = graph.g[v];
    const Actor a = b.actor(n.id, n.label, n.type);
    for (const auto& alias : n.aliases) b.name(a, alias.text);
  }
  *this = std::move(b).finish();
}

Result<NameIndex> NameIndex::load(Store& store, const Extractor* extractor, NameLoadOptions options) {
  auto cache = detail::read_current_cache(store, kCacheName, options.read_cache);
  if (!cache) return Error{cache.message()};
  if (cache->bytes) {
    // an index made without person keys serves no one who has them to offer
    if (auto ix = deserialize(*cache->bytes, extractor); ix && (ix->keyed_ || !extractor)) {
      ix->from_cache_ = true;
      return std::move(*ix);
    }
  }
  Builder b(extractor);
  constexpr Actor kNone = std::numeric_limits<Actor>::max();
  std::vector<Actor> actor_of_key;  // the store's key -> actor
  Status s = store.scan_actors([&](const ActorRow& row) {
    if (row.key < 0 || row.key > std::numeric_limits<std::int32_t>::max()) return;
    const auto key = static_cast<std::size_t>(row.key);
    if (key >= actor_of_key.size()) actor_of_key.resize(std::max(key + 1, actor_of_key.size() * 2), kNone);
    actor_of_key[key] = b.actor(row.id, row.label, row.type);
  });
  if (!s) return Error{s.message()};
  s = store.scan_aliases([&](const AliasRow& row) {
    if (row.key < 0 || static_cast<std::size_t>(row.key) >= actor_of_key.size()) return;
    const Actor a = actor_of_key[static_cast<std::size_t>(row.key)];
    if (a != kNone) b.name(a, row.text);
  });
  if (!s) return Error{s.message()};
  NameIndex ix = std::move(b).finish();
  if (options.write_cache && ix.actor_count() >= options.cache_from_actors) {
    (void)store.write_cache(kCacheName, cache->generation, ix.serialize());
  }
  return ix;
}

NameIndex::Range NameIndex::find(Kind kind, std::string_view text) const {
  auto less = [&](std::size_t i, std::pair<Kind, std::string_view> key) {
    return kinds_[i] != key.first ? kinds_[i] < key.first : text_of(i) < key.second;
  };
  auto greater = [&](std::pair<Kind, std::string_view> key, std::size_t i) {
    return kinds_[i] != key.first ? key.first < kinds_[i] : key.second < text_of(i);
  };
  // binary search over positions
  std::size_t lo = 0, hi = kinds_.size();
  const std::pair key{kind, text};
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (less(mid, key)) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  std::size_t end = lo;
  hi = kinds_.size();
  while (end < hi) {
    const std::size_t mid = end + (hi - end) / 2;
    if (!greater(key, mid)) {
      end = mid + 1;
    } else {
      hi = mid;
    }
  }
  return {lo, end};
}

std::optional<std::string_view> NameIndex::label_of(std::string_view id) const {
  const Range r = find(Kind::id, id);
  if (r.begin == r.end) return std::nullopt;
  return label(name_actor_[r.begin]);
}

Result<std::string> NameIndex::resolve(std::string_view name) const {
  const std::string folded = detail::fold_phrase(name);
  if (folded.empty()) return Error{"an empty name names no actor"};
  std::set<Actor> found;
  auto take = [&](Range r) {
    for (std::size_t i = r.begin; i < r.end; ++i) found.insert(name_actor_[i]);
  };
  take(find(Kind::id, name));  // ids work too: "state:RU"
  if (found.empty()) take(find(Kind::name, folded));
  if (found.empty() && extractor_) {
    // gazetteer names in any language: Moskou, Wit-Rusland, Kremlin, Peking
    const auto& kb = extractor_->knowledge();
    const std::uint32_t slot = kb.aliases.find(detail::split_words(folded));
    if (slot != detail::WordTrie::kNone) {
      for (const auto& h : kb.alias_hits[slot]) take(find(Kind::id, kb.entities[h.entity].id));
    }
    if (found.empty() && keyed_) {
      for (const char* lang : kLanguages) take(find(Kind::person_key, kb.name_key.key(folded, lang)));
    }
    if (found.empty()) {
      if (auto it = kb.designations.find(detail::designation_key(folded)); it != kb.designations.end()) {
        take(find(Kind::id, kb.entities[it->second].id));
      }
    }
  }
  // a surname alone: "Häkkänen", "Hakkanen"
  if (found.empty()) take(find(Kind::surname, folded));
  if (found.size() == 1) return std::string(id(*found.begin()));
  if (found.size() > 1) {
    std::string msg = "\"" + std::string(name) + "\" is ambiguous:";
    for (Actor a : found) {
      msg += " " + std::string(label(a)) + " (" + std::string(to_string(types_[a])) + ", " +
             std::string(id(a)) + ");";
    }
    msg.pop_back();
    return Error{msg + " — name one of them more fully, or by its id"};
  }
  // suggestions: the closest names by edit distance (never less than their difference in length)
  const std::size_t most = std::max<std::size_t>(2, folded.size() / 3);
  std::vector<std::pair<std::size_t, std::string_view>> near;
  auto first_of = [&](Kind k) {
    return static_cast<std::size_t>(std::lower_bound(kinds_.begin(), kinds_.end(), k) - kinds_.begin());
  };
  const Range names{first_of(Kind::name), first_of(Kind::person_key)};
  for (std::size_t i = names.begin; i < names.end; ++i) {
    if (i > names.begin && name_at_[i] == name_at_[i - 1]) continue;  // the same name, a later actor
    const std::string_view f = text_of(i);
    const std::size_t gap = f.size() > folded.size() ? f.size() - folded.size() : folded.size() - f.size();
    if (gap > most) continue;
    const std::size_t d = edit_distance(folded, f);
    if (d <= most) near.emplace_back(d, label(name_actor_[i]));
  }
  std::sort(near.begin(), near.end());
  std::vector<std::string_view> labels;
  for (const auto& [d, l] : near) {
    if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
    if (labels.size() == 3) break;
  }
  std::string msg = "no actor named \"" + std::string(name) + "\"";
  if (!labels.empty()) {
    msg += "; did you mean ";
    for (std::size_t i = 0; i < labels.size(); ++i) msg += (i ? ", " : "") + std::string(labels[i]);
    msg += "?";
  }
  return Error{msg};
}

std::string NameIndex::serialize() const {
  detail::ByteWriter w;
  w.value(kMagic);
  w.value(kFormat);
  w.value(kByteOrder);
  w.value<std::uint64_t>(0);  // the checksum of what follows, filled in below
  w.value<std::uint8_t>(keyed_ ? 1 : 0);
  w.value<std::uint64_t>(actor_count());
  w.value<std::uint64_t>(name_count());
  w.text(text_);
  w.array(actor_at_);
  w.array(id_length_);
  w.array(label_length_);
  w.array(types_);
  w.array(kinds_);
  w.array(name_at_);
  w.array(name_length_);
  w.array(name_actor_);
  std::string bytes = w.take();
  const std::uint64_t sum = detail::checksum(std::string_view(bytes).substr(kHeaderBytes));
  std::memcpy(bytes.data() + kHeaderBytes - sizeof sum, &sum, sizeof sum);
  return bytes;
}

std::optional<NameIndex> NameIndex::deserialize(std::string_view bytes, const Extractor* extractor) {
  detail::ByteReader r(bytes);
  std::uint32_t magic = 0, format = 0, order = 0;
  std::uint8_t keyed = 0;
  std::uint64_t sum = 0, n = 0, m = 0;
  if (!r.value(magic) || !r.value(format) || !r.value(order) || !r.value(sum) || magic != kMagic ||
      format != kFormat || order != kByteOrder || sum != detail::checksum(bytes.substr(kHeaderBytes)) ||
      !r.value(keyed) || !r.value(n) || !r.value(m) || n >= std::numeric_limits<Actor>::max()) {
    return std::nullopt;
  }
  NameIndex ix(extractor);
  ix.keyed_ = keyed != 0;
  if (!r.text(ix.text_) || !r.array(ix.actor_at_, n) || !r.array(ix.id_length_, n) ||
      !r.array(ix.label_length_, n) || !r.array(ix.types_, n) || !r.array(ix.kinds_, m) ||
      !r.array(ix.name_at_, m) || !r.array(ix.name_length_, m) || !r.array(ix.name_actor_, m) || !r.done()) {
    return std::nullopt;
  }
  const std::uint64_t size = ix.text_.size();
  for (std::size_t a = 0; a < n; ++a) {
    if (static_cast<std::uint8_t>(ix.types_[a]) > static_cast<std::uint8_t>(EntityType::weapon_system) ||
        ix.actor_at_[a] > size ||
        std::uint64_t{ix.id_length_[a]} + ix.label_length_[a] > size - ix.actor_at_[a]) {
      return std::nullopt;
    }
  }
  for (std::size_t i = 0; i < m; ++i) {
    if (static_cast<std::uint8_t>(ix.kinds_[i]) > static_cast<std::uint8_t>(Kind::surname) ||
        ix.name_at_[i] > size || ix.name_length_[i] > size - ix.name_at_[i] || ix.name_actor_[i] >= n) {
      return std::nullopt;
    }
    // sorted, as find() needs
    if (i > 0 && (ix.kinds_[i - 1] > ix.kinds_[i] ||
                  (ix.kinds_[i - 1] == ix.kinds_[i] && ix.text_of(i - 1) > ix.text_of(i)))) {
      return std::nullopt;
    }
  }
  return ix;
}

}  // namespace actorgraph
