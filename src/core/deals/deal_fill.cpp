// Field filling for one deal draft. Each field looks in the deal's own clause first, then in the clauses
// around it that hold no other deal (the tail after it, the head before it).
// The parties are found by deal_parties.cpp.
#include "deal_fill.h"

#include <algorithm>
#include <string_view>

#include "deal_amount_parts.h"
#include "deal_bloc_subject.h"
#include "deal_border_place.h"
#include "deal_domestic.h"
#include "deal_further_amount.h"
#include "deal_item_range.h"
#include "deal_lent_purpose.h"
#include "deal_lists.h"
#include "deal_loan_item.h"
#include "deal_numbered_list.h"
#include "deal_parties.h"
#include "deal_possessive_firm.h"
#include "deal_purpose.h"
#include "deal_repeat_order.h"
#include "deal_sector.h"
#include "deal_stake_item.h"
#include "deal_status.h"
#include "deal_year.h"
#include "deal_year_scope.h"
#include "numbers.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

bool white(char c) {
  return c == '\n' || c == '\r' || c == '\t' || c == ' ';
}

// `s` with runs of white space made one space, none at either end; copied run by run, not byte by byte.
std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  std::size_t k = 0;
  while (k < s.size()) {
    while (k < s.size() && white(s[k])) ++k;
    std::size_t e = k;
    while (e < s.size() && !white(s[e])) ++e;
    if (e == k) break;
    if (!out.empty()) out.push_back(' ');
    out.append(s, k, e - k);
    k = e;
  }
  return out;
}

std::string span_text(const LexedText& t, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  return clean_text(t.text.substr(t.lex[b].start, t.lex[e - 1].end - t.lex[b].start));
}

// "$60 a barrel", "$270 per tonne", "$4 million each": a price per unit (the lexeme at `end` follows the
// amount) is not what a deal is worth. A rate per year or month is ("LNG worth $5 billion a year").
bool unit_price(const LexedText& t, std::size_t end) {
  if (end >= t.lex.size()) return false;
  std::string_view w = t.low(end);
  if (w == "each" || w == "apiece") return true;
  if ((w != "a" && w != "an" && w != "per") || end + 1 >= t.lex.size()) return false;
  std::string_view unit = t.low(end + 1);
  return t.lex[end + 1].kind == LexKind::Word && unit != "year" && unit != "annum" && unit != "month" &&
         unit != "quarter" && unit != "decade";
}

// "cuts the cost by $30 million", "reduce the cost per km by RM30 million": an amount after "by" that a
// cut is made by (a cut word at most five lexemes before "by") is a saving, not what the deal is worth.
bool cut_by(const LexedText& t, std::size_t first) {
  if (first < 2 || !t.is(first - 1, "by")) return false;
  for (std::size_t k = first - 1; k > 0 && k + 6 > first; --k) {
    std::string_view w = t.low(k - 1);
    if (w.substr(0, 3) == "cut" || w.substr(0, 5) == "reduc" || w.substr(0, 5) == "lower" ||
        w.substr(0, 5) == "slash" || w.substr(0, 4) == "trim" || w.substr(0, 4) == "sav")
      return true;
  }
  return false;
}

// The amount in r nearest to the trigger ("an oil credit facility of $3.2bn" rather than an earlier "$3bn");
// at equal distance the one after the trigger. Prices per unit are no amount of a deal.
const MoneySpan* money_in(const FillContext& f, LexRange r, std::size_t trigger) {
  const MoneySpan* best = nullptr;
  std::size_t best_d = 0;
  for (auto [s, end] = spans_in(f.m.money, r.b, r.e); s != end; ++s) {
    if (unit_price(f.m.lexed, s->end) || cut_by(f.m.lexed, s->qual_first)) continue;
    std::size_t d = s->first >= trigger ? s->first - trigger : (trigger - s->end) + 1;
    if (!best || d < best_d) best = s, best_d = d;
  }
  return best;
}

const QuantitySpan* quantity_in(const FillContext& f, LexRange r) {
  for (auto [q, end] = spans_in(f.m.quantities, r.b, r.e); q != end; ++q)
    if (q->unit != "%"sv) return q;
  return nullptr;
}

}  // namespace

std::string lexeme_text(const LexedText& t, std::size_t b, std::size_t e) {
  return span_text(t, b, e);
}

NameSet countries_in(const FillContext& f, LexRange r) {
  NameSet out;
  const LexedText& t = f.m.lexed;
  for (auto [e, end] = spans_in(f.m.entities, r.b, r.e); e != end; ++e) {
    if (e->entity < 0) continue;
    // "the breakaway region of Georgia", "a province of China": a place, not a side.
    std::size_t k = e->first;
    if (k >= 2 && t.is(k - 1, "of") &&
        (t.is(k - 2, "region") || t.is(k - 2, "province") || t.is(k - 2, "part") || t.is(k - 2, "territory")))
      continue;
    if (border_place(t, e->first, e->end)) continue;  // "to the Vietnamese border"
    const Entity& x = f.tables.gazetteer.entities[e->entity];
    // "a loan of 150 million US dollars", "US$40 million": the dollar names the currency, not a side.
    bool dollar = t.is(e->end, "dollars") || t.is(e->end, "dollar") || t.is(e->end, "$");
    if (f.m.taken[k] == 1 && dollar && x.name == "United States") continue;
    if (e->kind == EntityKind::Country) out.insert(x.name);
    if (e->kind == EntityKind::Org && !x.country.empty() && !possessed_firm(f, *e)) out.insert(x.country);
  }
  return out;
}

namespace {

bool count_word(std::string_view w) {
  constexpr std::string_view kCounts[] = {"two",    "three",    "four",    "five",     "six",      "seven",
                                          "eight",  "nine",     "ten",     "eleven",   "twelve",   "dozen",
                                          "dozens", "hundreds", "several", "numerous", "multiple", "various",
                                          "series", "raft",     "slew",    "host",     "flurry",   "number"};
  for (std::string_view c : kCounts)
    if (w == c) return true;
  return false;
}

// "21 agreements", "six loan agreements", "several MoUs", "deals worth $40 billion": a counted or priced
// plural of agreements is an umbrella over the deals it counts.
bool umbrella(const FillContext& f, const DealDraft& d, bool priced) {
  const LexedText& t = f.m.lexed;
  if (f.lex.rules[d.rule].verb) return false;
  std::size_t end = d.item.e > d.trigger_end ? d.item.e : d.trigger_end;
  bool plural = false;
  for (std::size_t k = d.trigger; k < end && !plural; ++k) {
    std::string_view w = t.low(k);
    plural = w == "agreements" || w == "deals" || w == "contracts" || w == "pacts" || w == "accords" ||
             w == "treaties" || w == "mous" || w == "memoranda" || w == "memorandums" || w == "protocols" ||
             w == "documents";
  }
  if (!plural) return false;
  if (priced) return true;
  // "agreements on rice trade, agriculture and incident prevention": a plural over a list of subjects.
  for (std::size_t k = end; k <= d.own.e && k < t.lex.size(); ++k)
    if (t.is(k, ",") || t.is(k, "and")) return true;
  std::size_t from = std::min(d.trigger, d.item.b);
  for (std::size_t k = from; k > d.own.b && k + 4 > from; --k)
    if (t.lex[k - 1].kind == LexKind::Number || count_word(t.low(k - 1))) return true;
  return false;
}

// The amount of draft d: in its clause, else its tail; "Valued at about 26 trillion won, the deal is ...": a
// participle clause before the deal, its subject, prices it. Null when none.
const MoneySpan* deal_money(const FillContext& f, const DealDraft& d) {
  const MoneySpan* money = money_in(f, d.own, d.trigger);
  if (!money) money = money_in(f, d.tail, d.trigger);
  if (!money && d.head.e > d.head.b && d.trigger < d.own.b + 4) {
    std::string_view w = f.m.lexed.low(d.head.b);
    if (w == "valued" || w == "worth" || w == "costing" || w == "priced")
      money = money_in(f, d.head, d.trigger);
  }
  return money;
}

// Appends `deal` to out once per year its plural trigger lists ("agreements in 2019 and 2021"), else once
// with its date, or the dateline's year unless the deal stands apart from the story's event.
void push_dated(const FillContext& f, const DealDraft& d, Deal deal, std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  std::vector<const DateSpan*> list;
  std::string_view trig = t.low(d.trigger_end - 1);
  if (trig.size() > 1 && trig.back() == 's') list = year_list(f, {d.own.b, d.tail.e});
  if (list.size() < 2) list = {date_of(f, d)};
  for (std::size_t k = 0; k < list.size(); ++k) {
    const DateSpan* y = list[k];
    Deal copy = k + 1 < list.size() ? deal : std::move(deal);  // the last year takes the deal itself
    if (y) {
      copy.year = y->year;
      copy.date_text = span_text(t, y->first, y->end);
    } else {
      copy.year = dateline_year_of(f, d, copy.status);
      bool story = copy.year == f.dateline_year;  // a deal apart from the story's event is not dated by it
      if (story && (aside_from_story(f, d, copy.parties) || told_separately(f, d))) copy.year.reset();
    }
    out->push_back(std::move(copy));
  }
}

double confidence_of(const Deal& deal, std::size_t explicit_parties) {
  int pct = 60;
  if (deal.value) pct += 15;
  if (explicit_parties >= 2) pct += 10;
  if (deal.status == "signed"sv || deal.status == "completed"sv || deal.status == "delivered"sv) pct += 5;
  if (deal.status == "proposed"sv) pct -= 10;
  if (deal.item.size() < 4) pct -= 15;
  return std::min(95, std::max(30, pct)) / 100.0;
}

}  // namespace

void set_value(const LexedText& t, const MoneySpan& money, Deal* deal) {
  deal->value = money.value;
  deal->currency = money.currency;
  deal->value_usd = money.value_usd;
  deal->value_text = span_text(t, money.qual_first, money.end);
  deal->value_qualifier.reset();
  if (!money.qualifier.empty()) deal->value_qualifier = money.qualifier;
}

// "have launched their first joint aerial exercise": a building verb whose object is an exercise (kind
// "exercise", anywhere in the item); "has set up a joint venture with Hitachi": one whose object is an
// agreement (kind "agreement", at the item's start). Not "set up a plant under a joint venture".
bool names_kind(const FillContext& f, LexRange item, std::string_view kind) {
  std::size_t e = kind == "agreement"sv ? std::min(item.e, item.b + 1) : item.e;
  for (std::size_t k = item.b; k < e; ++k) {
    PhraseMatch m = f.lex.triggers.match(f.m.lexed, k);
    if (m.id < 0) continue;
    for (int r : f.lex.trigger_groups[m.id])
      if (f.lex.rules[r].kind == kind) return true;
  }
  return false;
}

void fill_deals(const FillContext& f, const DealDraft& d, std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  if (with_bloc(f, d) || home_order(f, d) || domestic_deal(f, d)) return;
  if (country_and_bloc(f, d)) return;  // "India and the European Free Trade Association signed"
  const TriggerRule& rule = f.lex.rules[d.rule];
  Deal deal;
  deal.doc = f.doc.id;
  deal.kind = rule.kind;
  const MoneySpan* money = deal_money(f, d);
  LexRange item = item_range(f, d, money, rule.kind);
  if (std::optional<LexRange> stake = stake_item(f, d, rule.kind)) item = *stake;  // "a 20% stake in X"
  if (std::optional<LexRange> p = lent_for(f, d)) item = *p;  // "lent $1 billion to Laos for a railway"
  item.e = trim_item_end(f.items, item.b, item.e);
  deal.item = without_list_label(span_text(t, item.b, item.e));  // "(a) Memorandum on ..."
  if (rule.kind == "project"sv && names_kind(f, item, "exercise")) deal.kind = "exercise";
  if (rule.kind == "project"sv && names_kind(f, item, "agreement")) deal.kind = "agreement";
  if (deal.item.empty()) deal.item = span_text(t, d.trigger, d.trigger_end);  // never an empty item
  deal.item = lend_item(f, d, item, std::move(deal.item));  // "lend Hungary" -> "loan to Hungary"
  if (money) set_value(t, *money, &deal);
  const QuantitySpan* q = quantity_in(f, d.own);
  if (!q) q = quantity_in(f, d.tail);
  if (q) deal.quantity = quantity_text(*q);
  deal.status = status_of(f, d, deal.kind);
  deal.aggregate = umbrella(f, d, money != nullptr);
  // An umbrella mixes sectors unless its own words name one ("energy deals worth $10 billion").
  deal.sector = deal.aggregate ? umbrella_sector(f, d, item) : sector_of(f, d, item, deal.kind);
  deal.parties = parties_of(f, d);
  deal.evidence.start = t.lex[d.sentence.b].start;
  deal.evidence.end = t.lex[d.sentence.e - 1].end;
  deal.evidence.text =
      std::string(t.text.substr(deal.evidence.start, deal.evidence.end - deal.evidence.start));
  deal.confidence = confidence_of(deal, countries_in(f, d.sentence).size());
  if (money && add_amount_parts(f, *money, deal, out)) return;
  if (add_repeat_orders(f, d, deal, out)) return;  // "ordered two in 2022 and two more in 2024"
  push_dated(f, d, std::move(deal), out);
  if (money) add_further_amount(f, d, *money, out);  // "and a further $1.3 billion into B"
}

}  // namespace entente
