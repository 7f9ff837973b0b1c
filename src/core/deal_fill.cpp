// Field filling for one deal draft. Each field looks in the deal's own clause first, then in the clauses
// around it that hold no other deal (the tail after it, the head before it).
#include "deal_fill.h"

#include <algorithm>
#include <set>

#include "spans_in.h"

namespace entente {
namespace {

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string span_text(const LexedText& t, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  return clean_text(t.text.substr(t.lex[b].start, t.lex[e - 1].end - t.lex[b].start));
}

// The amount in r nearest to the trigger ("an oil credit facility of $3.2bn" rather than an earlier "$3bn");
// at equal distance the one after the trigger.
const MoneySpan* money_in(const FillContext& f, LexRange r, std::size_t trigger) {
  const MoneySpan* best = nullptr;
  std::size_t best_d = 0;
  for (auto [s, end] = spans_in(f.m.money, r.b, r.e); s != end; ++s) {
    std::size_t d = s->first >= trigger ? s->first - trigger : (trigger - s->end) + 1;
    if (!best || d < best_d) best = s, best_d = d;
  }
  return best;
}

const QuantitySpan* quantity_in(const FillContext& f, LexRange r) {
  for (auto [q, end] = spans_in(f.m.quantities, r.b, r.e); q != end; ++q)
    if (q->unit != "%") return q;
  return nullptr;
}

std::vector<const DateSpan*> years_in(const FillContext& f, LexRange r) {
  std::vector<const DateSpan*> out;
  for (auto [d, end] = spans_in(f.m.dates, r.b, r.e); d != end; ++d)
    if (d->year) out.push_back(d);
  return out;
}

// The years of a list "2016 and 2017" / "2016, 2017 and 2018" inside r (empty when there is none).
std::vector<const DateSpan*> year_list(const FillContext& f, LexRange r) {
  std::vector<const DateSpan*> ys = years_in(f, r), out;
  for (std::size_t k = 0; k + 1 < ys.size(); ++k) {
    std::size_t gap_b = ys[k]->end, gap_e = ys[k + 1]->first;
    bool listed = gap_e > gap_b && gap_e - gap_b <= 2;
    for (std::size_t g = gap_b; g < gap_e && listed; ++g)
      listed = f.m.lexed.is(g, "and") || f.m.lexed.is(g, ",");
    if (!listed) {
      if (!out.empty()) break;
      continue;
    }
    if (out.empty()) out.push_back(ys[k]);
    out.push_back(ys[k + 1]);
  }
  return out;
}

int best_cue(const FillContext& f, const PhraseTable& table, LexRange r) {
  int best = -1;
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = table.match(f.m.lexed, k);
    if (m.id >= 0 && m.end <= r.e && (best < 0 || m.id < best)) best = m.id;
  }
  return best;
}

std::string status_of(const FillContext& f, const DealDraft& d, const std::string& kind) {
  int s = best_cue(f, f.lex.status, d.own);
  if (s < 0) s = best_cue(f, f.lex.status, d.tail);
  if (s < 0) s = best_cue(f, f.lex.status, d.head);
  if (s < 0) s = best_cue(f, f.lex.status, {d.sentence.b, d.own.b});
  if (s >= 0) return f.lex.status_names[s];
  // No cue: a past-tense verb in the clause ("angered", "led") tells of something done.
  for (std::size_t k = d.own.b; k < d.tail.e; ++k) {
    std::string_view w = f.m.lexed.low(k);
    if (k >= d.item.b && k < d.item.e) continue;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && f.m.lexed.lex[k].kind == LexKind::Word &&
        !f.m.lexed.capitalized(k))
      return "completed";
    if (w == "led" || w == "began" || w == "took" || w == "made" || w == "came" || w == "went")
      return "completed";
  }
  return kind == "trade" || kind == "exercise" ? "completed" : "announced";
}

std::string sector_of(const FillContext& f, const DealDraft& d, LexRange item, const std::string& kind) {
  int s = best_cue(f, f.lex.sectors, item);
  if (s < 0) s = best_cue(f, f.lex.sectors, d.own);
  return s >= 0 ? f.lex.sector_names[s] : f.lex.default_sector(kind);
}

std::set<std::string> countries_in(const FillContext& f, LexRange r) {
  std::set<std::string> out;
  for (auto [e, end] = spans_in(f.m.entities, r.b, r.e); e != end; ++e)
    if (e->kind == EntityKind::Country) out.insert(f.tables.gazetteer.entities[e->entity].name);
  return out;
}

// "the navies of the two countries", "both sides": the clause names the document's main pair.
bool names_pair(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    std::string_view n = t.low(k + 1);
    if ((t.is(k, "two") || t.is(k, "both")) && (n == "countries" || n == "sides" || n == "nations"))
      return true;
  }
  return false;
}

std::vector<std::string> parties_of(const FillContext& f, const DealDraft& d) {
  std::set<std::string> p = countries_in(f, d.own);
  if (p.empty() && names_pair(f, d.own)) p.insert(f.main_pair.begin(), f.main_pair.end());
  if (p.empty()) p = countries_in(f, d.sentence);
  bool in_pair =
      p.size() == 1 && std::find(f.main_pair.begin(), f.main_pair.end(), *p.begin()) != f.main_pair.end();
  if (p.empty() || in_pair) p.insert(f.main_pair.begin(), f.main_pair.end());
  return {p.begin(), p.end()};
}

LexRange item_range(const FillContext& f, const DealDraft& d, const MoneySpan* money,
                    const std::string& kind) {
  const ItemContext& c = f.items;
  if (money && money->first >= d.own.b && f.m.lexed.is(money->end, "for")) {
    std::size_t b = object_start(c, money->end + 1, d.own.e);
    std::size_t e = phrase_end(c, b, d.own.e);
    if (!abstract_phrase(c, b, e) && e > b + 1) return {b, e};
  }
  const TriggerRule& rule = f.lex.rules[d.rule];
  if (!rule.verb && (kind == "investment" || kind == "loan" || kind == "assistance")) {
    // "investment by Moscow over the construction of X", "loan for X": the object is the item.
    const LexedText& t = f.m.lexed;
    std::size_t k = d.trigger_end;
    if (t.is(k, "by")) {
      ++k;
      while (k < d.own.e && c.country[k]) ++k;
    }
    if (t.is(k, "in") || t.is(k, "into") || t.is(k, "over") || t.is(k, "for") || t.is(k, "towards")) {
      std::size_t b = object_start(c, k + 1, d.own.e);
      std::size_t e = phrase_end(c, b, d.own.e);
      if (!abstract_phrase(c, b, e) && !c.country[b]) return {b, e};
    }
  }
  if (kind == "supply" || kind == "purchase" || kind == "assistance") {
    for (auto [q, end] = spans_in(f.m.quantities, d.own.b, d.own.e); q != end; ++q) {
      if (!q->counted) continue;
      return {q->unit_first, std::max(q->end, phrase_end(c, q->unit_first, d.own.e))};
    }
  }
  // "invest 5 trillion yen in India": when the object is only a place, the verb phrase is the item.
  bool only_place = d.item.b < d.item.e;
  for (std::size_t k = d.item.b; k < d.item.e && only_place; ++k) only_place = c.country[k] != 0;
  if (rule.verb && only_place) return {d.trigger, d.item.e};
  // "signed an agreement in 2022 to upgrade the ML-1 railway": a bare agreement is named by its purpose.
  if (kind == "agreement" && d.item.b == d.trigger && d.item.e == d.trigger_end) {
    const LexedText& t = f.m.lexed;
    std::size_t j = d.item.e;
    auto when = [&](std::size_t k) {
      std::string_view w = t.low(k);
      return c.taken[k] == 1 || c.taken[k] == 2 || w == "in" || w == "on" || w == "worth" || w == "valued" ||
             (w.size() >= 6 && w.substr(w.size() - 3) == "day");
    };
    while (j < d.own.e && j < d.item.e + 10 && when(j)) ++j;
    if (t.is(j, "to") && j + 2 < d.own.e && t.lex[j + 1].kind == LexKind::Word && !c.country[j + 1]) {
      std::size_t b = object_start(c, j + 2, d.own.e), e = phrase_end(c, b, d.own.e);
      for (const QuantitySpan& q : f.m.quantities)
        if (q.counted && q.unit_first == b) e = std::max(e, q.end);  // "buy 180 K2 tanks"
      if (e > j + 2 && !abstract_phrase(c, b, e)) return {j + 1, e};
    }
  }
  // No noun phrase ("borrowed $3.6 billion from ..."): the clause from the trigger on, briefly.
  if (d.item.b >= d.item.e) {
    std::size_t e = std::min(d.own.e, d.trigger + 12);
    while (e > d.trigger_end && f.m.lexed.lex[e - 1].kind == LexKind::Punct) --e;
    return {d.trigger, e};
  }
  return d.item;
}

double confidence_of(const Deal& deal, std::size_t explicit_parties) {
  int pct = 60;
  if (deal.value) pct += 15;
  if (explicit_parties >= 2) pct += 10;
  if (deal.status == "signed" || deal.status == "completed" || deal.status == "delivered") pct += 5;
  if (deal.status == "proposed") pct -= 10;
  if (deal.item.size() < 4) pct -= 15;
  return std::min(95, std::max(30, pct)) / 100.0;
}

}  // namespace

namespace {

void set_value(const LexedText& t, const MoneySpan& money, Deal* deal) {
  deal->value = money.value;
  deal->currency = money.currency;
  deal->value_usd = money.value_usd;
  deal->value_text = span_text(t, money.qual_first, money.end);
  if (!money.qualifier.empty()) deal->value_qualifier = money.qualifier;
}

// The date of the deal: in its clause, else the last one before it, else the first one after it.
const DateSpan* date_of(const FillContext& f, const DealDraft& d) {
  std::vector<const DateSpan*> ys = years_in(f, d.own);
  if (!ys.empty()) return ys.front();
  if (!(ys = years_in(f, d.head)).empty()) return ys.back();
  if (!(ys = years_in(f, d.tail)).empty()) return ys.front();
  return nullptr;
}

}  // namespace

void fill_deals(const FillContext& f, const DealDraft& d, std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  const TriggerRule& rule = f.lex.rules[d.rule];
  Deal deal;
  deal.doc = f.doc.id;
  deal.kind = rule.kind;
  const MoneySpan* money = money_in(f, d.own, d.trigger);
  if (!money) money = money_in(f, d.tail, d.trigger);
  LexRange item = item_range(f, d, money, rule.kind);
  deal.item = span_text(t, item.b, item.e);
  if (money) set_value(t, *money, &deal);
  const QuantitySpan* q = quantity_in(f, d.own);
  if (!q) q = quantity_in(f, d.tail);
  if (q) deal.quantity = quantity_text(*q);
  deal.status = status_of(f, d, rule.kind);
  deal.sector = sector_of(f, d, item, rule.kind);
  deal.parties = parties_of(f, d);
  deal.evidence.start = t.lex[d.sentence.b].start;
  deal.evidence.end = t.lex[d.sentence.e - 1].end;
  deal.evidence.text =
      std::string(t.text.substr(deal.evidence.start, deal.evidence.end - deal.evidence.start));
  deal.confidence = confidence_of(deal, countries_in(f, d.sentence).size());
  std::vector<const DateSpan*> list;
  std::string_view trig = t.low(d.trigger_end - 1);
  if (trig.size() > 1 && trig.back() == 's') list = year_list(f, {d.own.b, d.tail.e});
  if (list.size() < 2) list = {date_of(f, d)};
  for (const DateSpan* y : list) {
    Deal copy = deal;
    if (y) {
      copy.year = y->year;
      copy.date_text = span_text(t, y->first, y->end);
    }
    out->push_back(std::move(copy));
  }
}

}  // namespace entente
