// Revised prices told after a deal: a definite price noun, a verb of change and "to" an amount.
#include "deal_revision.h"

#include <string_view>

#include "deal_fill.h"
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

}  // namespace entente
