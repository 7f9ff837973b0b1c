// Runs the mention scanners in dependency order: entities (for the document's countries), money (needs
// them for "rupees"), dates (outside money), quantities (outside both).
#include "mentions.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "assets.h"

namespace entente {
namespace {

std::string_view asset_or_throw(const char* name) {
  std::string_view a = embedded_asset(name);
  if (a.empty()) throw std::runtime_error(std::string("missing asset ") + name);
  return a;
}

std::vector<std::string> rank_countries(const Gazetteer& g, const std::vector<EntityHit>& hits) {
  std::map<int, std::pair<int, std::size_t>> count;  // entity -> (count, first position)
  for (std::size_t k = 0; k < hits.size(); ++k) {
    if (hits[k].kind != EntityKind::Country) continue;
    auto it = count.find(hits[k].entity);
    if (it == count.end())
      count.emplace(hits[k].entity, std::make_pair(1, k));
    else
      ++it->second.first;
  }
  std::vector<std::pair<int, std::pair<int, std::size_t>>> v(count.begin(), count.end());
  std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
    if (a.second.first != b.second.first) return a.second.first > b.second.first;
    return a.second.second < b.second.second;
  });
  std::vector<std::string> out;
  for (const auto& e : v) out.push_back(g.entities[e.first].name);
  return out;
}

void mark(std::vector<std::uint8_t>* taken, std::size_t first, std::size_t end, std::uint8_t v) {
  for (std::size_t k = first; k < end && k < taken->size(); ++k) (*taken)[k] = v;
}

// Orders (*out)[begin..] by start, longer first, stably: sorts small keys, then moves each mention once.
void sort_mentions(std::vector<Mention>* out, std::size_t begin) {
  struct Key {
    std::uint32_t start, end;
    std::size_t at;
  };
  std::vector<Key> keys;
  keys.reserve(out->size() - begin);
  for (std::size_t k = begin; k < out->size(); ++k) keys.push_back({(*out)[k].start, (*out)[k].end, k});
  std::stable_sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  std::vector<Mention> sorted;
  sorted.reserve(keys.size());
  for (const Key& k : keys) sorted.push_back(std::move((*out)[k.at]));
  std::move(sorted.begin(), sorted.end(), out->begin() + static_cast<std::ptrdiff_t>(begin));
}

}  // namespace

MentionTables load_mention_tables() {
  MentionTables t;
  t.gazetteer = load_gazetteer(asset_or_throw("gazetteer.json"));
  t.currencies = load_currency_table(asset_or_throw("currencies.json"));
  t.units = load_unit_table(asset_or_throw("units.json"));
  return t;
}

DocMentions find_mentions(const MentionTables& tables, std::string_view text) {
  DocMentions m;
  m.lexed = lex_text(text);
  m.entities = find_entities(tables.gazetteer, m.lexed);
  m.country_rank = rank_countries(tables.gazetteer, m.entities);
  m.taken.assign(m.lexed.lex.size(), 0);
  m.money = find_money(tables.currencies, m.lexed, m.country_rank);
  for (const MoneySpan& s : m.money) mark(&m.taken, s.qual_first, s.end, 1);
  m.dates = find_dates(m.lexed, m.taken);
  for (const DateSpan& d : m.dates) mark(&m.taken, d.first, d.end, 2);
  m.quantities = find_quantities(tables.units, m.lexed, m.taken);
  for (const QuantitySpan& q : m.quantities) mark(&m.taken, q.first, q.end, 3);
  return m;
}

void append_mentions(const MentionTables& tables, const DocMentions& m, int doc, std::vector<Mention>* out) {
  const LexedText& t = m.lexed;
  std::size_t begin = out->size();
  auto base = [&](const char* type, std::size_t first, std::size_t end) {
    Mention x;
    x.doc = doc;
    x.type = type;
    x.start = t.lex[first].start;
    x.end = t.lex[end - 1].end;
    x.text = std::string(t.text.substr(x.start, x.end - x.start));
    return x;
  };
  for (const EntityHit& e : m.entities) {
    const char* type = e.kind == EntityKind::Country ? "country"
                       : e.kind == EntityKind::Org   ? "org"
                                                     : "person";
    Mention x = base(type, e.first, e.end);
    x.canonical = e.entity >= 0 ? tables.gazetteer.entities[e.entity].name : e.person;
    out->push_back(std::move(x));
  }
  for (const MoneySpan& s : m.money) {
    Mention x = base("money", s.first, s.end);
    x.value = s.value;
    x.unit = s.currency;
    x.value_usd = s.value_usd;
    out->push_back(std::move(x));
  }
  for (const QuantitySpan& q : m.quantities) {
    Mention x = base("quantity", q.first, q.end);
    x.value = q.value;
    x.unit = q.unit;
    out->push_back(std::move(x));
  }
  for (const DateSpan& d : m.dates) {
    Mention x = base("date", d.first, d.end);
    if (d.year) x.value = d.year;
    if (!d.canonical.empty()) x.canonical = d.canonical;
    out->push_back(std::move(x));
  }
  sort_mentions(out, begin);
}

}  // namespace entente
