// "offered a $1 billion package": an offer of a plan is a proposal.
#include "deal_offered_plan.h"

#include <string_view>

#include "deal_offered_loan.h"

namespace entente {

namespace {

bool plan_noun(const LexedText& t, std::size_t k) {
  for (std::string_view w :
       {"plan", "plans", "package", "packages", "fund", "proposal", "programme", "program", "scheme"})
    if (t.is(k, w)) return true;
  return false;
}

// "offered" (or "offers") in the draft's clause, before its trigger or item, whose object is a plan noun.
bool offered_plan_object(const LexedText& t, const DealDraft& d) {
  std::size_t end = d.item.e > d.trigger_end ? d.item.e : d.trigger_end;
  for (std::size_t o = d.own.b; o < end && o < d.own.e; ++o) {
    if (!t.is(o, "offered") && !t.is(o, "offers")) continue;
    for (std::size_t k = o + 1; k < d.own.e && k < o + 9; ++k) {
      if (t.lex[k].kind == LexKind::Punct) break;
      if (plan_noun(t, k)) return true;
    }
  }
  return false;
}

}  // namespace

void offered_plan(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals) {
  offered_loan(f, d, first, deals);  // "offered Ghana a $200 million loan"
  if (first >= deals->size() || !offered_plan_object(f.m.lexed, d)) return;
  for (std::size_t k = first; k < deals->size(); ++k) {
    std::string& s = (*deals)[k].status;
    if (s == "signed" || s == "announced") s = "proposed";
  }
}

}  // namespace entente
