// Runs the mention scanners in dependency order: entities (for the document's countries), money (needs
// them for "rupees"), dates (outside money), quantities (outside both).
#include "mentions.h"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "assets.h"
#include "money_local.h"

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

// A mention's place in text order and where it comes from: list 0..3 = entities, money, quantities, dates.
struct MentionKey {
  std::uint32_t start, end;
  std::uint8_t list;
  std::uint32_t at;
};

// The document's mentions in text order (ties: longer first, then by list and position), as small keys:
// sorted before any mention is built, so each is built once, in place.
std::vector<MentionKey> mention_keys(const DocMentions& m) {
  const LexedText& t = m.lexed;
  std::vector<MentionKey> keys;
  keys.reserve(mention_count(m));
  auto add = [&](const auto& spans, std::uint8_t list) {
    for (std::size_t k = 0; k < spans.size(); ++k)
      keys.push_back({t.lex[spans[k].first].start, t.lex[spans[k].end - 1].end, list, std::uint32_t(k)});
  };
  add(m.entities, 0);
  add(m.money, 1);
  add(m.quantities, 2);
  add(m.dates, 3);
  std::stable_sort(keys.begin(), keys.end(), [](const MentionKey& a, const MentionKey& b) {
    if (a.start != b.start) return a.start < b.start;
    return a.end > b.end;
  });
  return keys;
}

// Fills the type and the type's fields of *x from the span `key` points at.
void describe(const MentionTables& tables, const DocMentions& m, const MentionKey& key, Mention* x) {
  if (key.list == 0) {
    const EntityHit& e = m.entities[key.at];
    x->type = e.kind == EntityKind::Country ? "country" : e.kind == EntityKind::Org ? "org" : "person";
    x->canonical = e.entity >= 0 ? tables.gazetteer.entities[e.entity].name : e.person;
  } else if (key.list == 1) {
    const MoneySpan& s = m.money[key.at];
    x->type = "money";
    x->value = s.value;
    x->unit = s.currency;
    x->value_usd = s.value_usd;
  } else if (key.list == 2) {
    const QuantitySpan& q = m.quantities[key.at];
    x->type = "quantity";
    x->value = q.value;
    x->unit = q.unit;
  } else {
    const DateSpan& d = m.dates[key.at];
    x->type = "date";
    if (d.year) x->value = d.year;
    if (!d.canonical.empty()) x->canonical = d.canonical;
  }
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
  localize_money(tables.currencies, tables.gazetteer, m.lexed, m.entities, &m.money);  // "NEW DELHI: ... Rs"
  for (const MoneySpan& s : m.money) mark(&m.taken, s.qual_first, s.end, 1);
  m.dates = find_dates(m.lexed, m.taken);
  for (const DateSpan& d : m.dates) mark(&m.taken, d.first, d.end, 2);
  m.quantities = find_quantities(tables.units, m.lexed, m.taken);
  for (const QuantitySpan& q : m.quantities) mark(&m.taken, q.first, q.end, 3);
  return m;
}

std::size_t mention_count(const DocMentions& m) {
  return m.entities.size() + m.money.size() + m.quantities.size() + m.dates.size();
}

void append_mentions(const MentionTables& tables, const DocMentions& m, int doc, std::vector<Mention>* out) {
  const std::string_view text = m.lexed.text;
  for (const MentionKey& key : mention_keys(m)) {
    Mention& x = out->emplace_back();
    x.doc = doc;
    x.start = key.start;
    x.end = key.end;
    x.text = std::string(text.substr(x.start, x.end - x.start));
    describe(tables, m, key, &x);
  }
}

}  // namespace entente
