// Deals revised in a later sentence: a definite price noun, a verb of change and "to" an amount; the
// building of an earlier deal's named works told as begun.
#include "deal_revision.h"

#include <algorithm>
#include <string_view>

#include "deal_fill.h"
#include "deal_priced_next.h"
#include "spans_in.h"

namespace entente {
namespace {

bool change_verb(std::string_view w) {
  return w == "falls" || w == "fell" || w == "fallen" || w == "drops" || w == "dropped" || w == "cut" ||
         w == "reduced" || w == "lowered" || w == "trimmed" || w == "slashed" || w == "revised" ||
         w == "rises" || w == "rose" || w == "risen" || w == "raised" || w == "increased" || w == "climbs" ||
         w == "climbed" || w == "goes" || w == "went";
}

bool price_noun(std::string_view w) {
  return w == "price" || w == "cost" || w == "value" || w == "bill" || w == "tag";
}

bool definite(std::string_view w) {
  return w == "the" || w == "its" || w == "their" || w == "that" || w == "this" || w == "price";  // price tag
}

// "The original contract ...", "first priced at": a statement of the terms before a change.
bool original(std::string_view evidence) {
  for (std::string_view w : {"original", "Original", "initial", "Initial", "first priced", "at first"})
    if (evidence.find(w) != std::string_view::npos) return true;
  return false;
}

// "will now be built at an estimated cost of RM44 billion", "The total cost of the project is 1.6 billion
// euros": the amount a price noun states, right after "cost of" or after a form of "be" a few words on.
const MoneySpan* stated_cost(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r) {
  // "Its cost is put at 1.2 billion zlotys", "It would cost about $8 billion".
  if (const MoneySpan* p = priced_next(t, money, r)) return p;
  constexpr std::size_t kMaxGap = 5;  // "cost of the new line is"
  for (auto [m, end] = spans_in(money, r.b, r.e); m != end; ++m) {
    std::size_t k = m->qual_first;
    if (k < r.b + 2) continue;
    if (t.is(k - 1, "of") && price_noun(t.low(k - 2))) return &*m;
    if (!t.is(k - 1, "is") && !t.is(k - 1, "was")) continue;
    for (std::size_t j = k - 1; j > r.b + 1 && j + kMaxGap > k; --j)
      if (price_noun(t.low(j - 1)) && definite(t.low(j - 2))) return &*m;
  }
  return nullptr;
}

}  // namespace

const MoneySpan* revised_amount(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r) {
  constexpr std::size_t kMaxGap = 3;  // "the price has now been cut to": noun to verb
  for (auto [m, end] = spans_in(money, r.b, r.e); m != end; ++m) {
    std::size_t k = m->qual_first;
    if (k < r.b + 4 || !t.is(k - 1, "to") || !change_verb(t.low(k - 2))) continue;
    std::size_t verb = k - 2;
    for (std::size_t j = verb; j > r.b + 1 && j + kMaxGap + 1 > verb; --j)
      if (price_noun(t.low(j - 1)) && definite(t.low(j - 2))) return &*m;
  }
  return nullptr;
}

void revise_value(const LexedText& t, const MoneySpan& m, LexRange r, Deal* deal) {
  set_value(t, m, deal);
  Evidence e;
  e.start = t.lex[r.b].start;
  e.end = t.lex[r.e - 1].end;
  e.text = std::string(t.text.substr(e.start, e.end - e.start));
  bool told = e.start == deal->evidence.start;
  for (const Evidence& x : deal->evidence_extra) told |= x.start == e.start;
  if (!told) deal->evidence_extra.push_back(std::move(e));
}

void revise_previous(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r, std::uint32_t start,
                     std::vector<Deal>* deals) {
  constexpr std::uint32_t kRecentBytes = 2000;
  const MoneySpan* m = revised_amount(t, money, r);
  // A cost stated (not changed) in a sentence of its own prices the deal told just before, when it has none.
  if (const MoneySpan* c = m ? nullptr : stated_cost(t, money, r); c && !deals->empty()) {
    Deal& last = deals->back();
    if (!last.value && last.evidence.start + kRecentBytes > start && !original(last.evidence.text))
      revise_value(t, *c, r, &last);
    return;
  }
  if (!m) return;
  // "Peru has cut its order ... The original contract ... was valued at $1.1 billion. ... the price falls to
  // $760 million": the terms told as the original ones are what the new price replaces, not what it prices.
  for (auto d = deals->rbegin(); d != deals->rend() && d->evidence.start + kRecentBytes > start; ++d) {
    if (original(d->evidence.text)) continue;
    revise_value(t, *m, r, &*d);
    return;
  }
}

namespace {

constexpr std::string_view kMonthNames =
    "January February March April May June July August September October November December";

// "August 2025: Construction of ...": the first lexeme after a timeline's date and colon, else r.b.
std::size_t after_date(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e && k < r.b + 4; ++k)
    if (t.is(k, ":")) return k + 1;
  return r.b;
}

bool begins_in(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (t.is(k, "begins") || t.is(k, "began") || t.is(k, "begun") || t.is(k, "starts") || t.is(k, "started"))
      return true;
  return false;
}

// The last of the few deals told before whose evidence names the capitalised word at k (not a month nor
// one of its parties), or null.
Deal* naming(const LexedText& t, std::size_t k, std::vector<Deal>* deals) {
  constexpr std::size_t kDeals = 8;
  std::string_view w = t.raw(k);
  if (!t.capitalized(k) || w.size() < 4 || kMonthNames.find(w) != std::string_view::npos) return nullptr;
  for (std::size_t n = 0; n < deals->size() && n < kDeals; ++n) {
    Deal& d = (*deals)[deals->size() - 1 - n];
    bool party = std::find(d.parties.begin(), d.parties.end(), w) != d.parties.end();
    if (!party && d.evidence.text.find(w) != std::string::npos) return &d;
  }
  return nullptr;
}

}  // namespace

bool building_begun(const LexedText& t, LexRange r, std::vector<Deal>* deals) {
  std::size_t b = after_date(t, r);
  b += t.is(b, "the") ? 1 : 0;
  if (!(t.is(b, "construction") || t.is(b, "building")) || !t.is(b + 1, "of") || !begins_in(t, r))
    return false;
  for (std::size_t k = b + 2; k < r.e; ++k) {
    Deal* d = naming(t, k, deals);
    if (!d || d->aggregate || (d->status != "signed" && d->status != "announced")) continue;
    d->status = "in_progress";
    std::uint32_t from = t.lex[r.b].start, to = t.lex[r.e - 1].end;
    d->evidence_extra.push_back({from, to, std::string(t.text.substr(from, to - from))});
    return true;
  }
  return false;
}

}  // namespace entente
