// The words that name what a deal is about (its item): what an amount is for, what a loan or investment
// pays for, a counted quantity's goods, a verb phrase when the object is a place, an agreement's purpose.
#include "deal_item_range.h"

#include <algorithm>
#include <string_view>

#include "deal_item.h"
#include "deal_purpose.h"
#include "deal_remainder_item.h"
#include "deal_status.h"
#include "numbers.h"
#include "quantity.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "for three years", "for 15 more years": a span of time at lexeme k, not what a deal is for.
bool duration(const FillContext& f, std::size_t k) {
  const LexedText& t = f.m.lexed;
  for (std::size_t j = k; j < k + 4 && j < t.lex.size(); ++j) {
    std::string_view w = t.low(j);
    if (w == "year" || w == "years" || w == "months" || w == "decades") return j > k;
    if (t.lex[j].kind != LexKind::Number && !parse_number(t, j, true) && w != "more" && w != "another")
      return false;
  }
  return false;
}

// "$2 billion in 2004 for the port", "for 152 K2 battle tanks": what an amount in the deal's clause is for.
std::optional<LexRange> priced_item(const FillContext& f, const DealDraft& d, const MoneySpan* money) {
  const ItemContext& c = f.items;
  std::size_t fk = money ? past_time(f.m.lexed, money->end) : 0;  // "$2 billion in 2004 for the port"
  if (money && money->first >= d.own.b && f.m.lexed.is(fk, "for") && !duration(f, fk + 1)) {
    std::size_t b = object_start(c, fk + 1, d.own.e);
    std::size_t e = phrase_end(c, b, d.own.e);
    // "for 152 K2 battle tanks": the counted quantity's words are the item, model number and all.
    e = through_quantity(f.m.quantities, b, e);
    if (!abstract_phrase(c, b, e) && e > b + 1) return LexRange{b, e};
  }
  return std::nullopt;
}

// An investment, loan or assistance told by a noun: what it goes into or pays for.
std::optional<LexRange> financed_item(const FillContext& f, const DealDraft& d, const std::string& kind) {
  const ItemContext& c = f.items;
  if (f.lex.rules[d.rule].verb || (kind != "investment"sv && kind != "loan"sv && kind != "assistance"sv))
    return std::nullopt;
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
    if (!abstract_phrase(c, b, e) && !c.country[b]) return LexRange{b, e};
  }
  // "a loan of 9 billion shillings from China's Exim Bank to widen the coastal highway": a loan whose
  // words name no field but finance is named by what it pays for (LABELING 13).
  int s = best_cue(f, f.lex.sectors, d.item);
  if (kind == "loan"sv && (s < 0 || f.lex.sector_names[s] == "finance"))
    if (std::optional<LexRange> p = verb_purpose(f, d, true)) return *p;
  return std::nullopt;
}

}  // namespace

LexRange item_range(const FillContext& f, const DealDraft& d, const MoneySpan* money,
                    const std::string& kind) {
  if (std::optional<LexRange> p = priced_item(f, d, money)) return *p;
  if (std::optional<LexRange> p = financed_item(f, d, kind)) return *p;
  if (std::optional<LexRange> p = remainder_item(f, d)) return *p;  // "imports the rest ... under a swap"
  const ItemContext& c = f.items;
  const TriggerRule& rule = f.lex.rules[d.rule];
  if (kind == "supply"sv || kind == "purchase"sv || kind == "assistance"sv) {
    for (auto [q, end] = spans_in(f.m.quantities, d.own.b, d.own.e); q != end; ++q) {
      if (!q->counted) continue;
      std::size_t b = from_hyphened_count(f.m.quantities, f.m.lexed, q->unit_first);  // "a 36-jet order"
      return {b, std::max(q->end, phrase_end(c, q->unit_first, d.own.e))};
    }
  }
  // "invest 5 trillion yen in India": when the object is only a place, the verb phrase is the item.
  bool only_place = d.item.b < d.item.e;
  for (std::size_t k = d.item.b; k < d.item.e && only_place; ++k) only_place = c.country[k] != 0;
  if (rule.verb && only_place) return {d.trigger, d.item.e};
  // "signed an agreement in 2022 to upgrade the ML-1 railway": a bare agreement is named by its purpose.
  if (kind == "agreement"sv && !rule.verb) {
    if (std::optional<LexRange> w = whole_of(f, d)) return *w;
    if (std::optional<LexRange> p = agreement_purpose(f, d)) return *p;
  }
  // No noun phrase ("borrowed $3.2 billion from China's Exim Bank in 2014 to build the railway"): its
  // purpose when it has one, else the clause from the trigger on, briefly.
  if (d.item.b >= d.item.e) {
    if (std::optional<LexRange> p = verb_purpose(f, d, false)) return *p;
    std::size_t e = std::min(d.own.e, d.trigger + 12);
    while (e > d.trigger_end && f.m.lexed.lex[e - 1].kind == LexKind::Punct) --e;
    return {d.trigger, e};
  }
  return d.item;
}

}  // namespace entente
