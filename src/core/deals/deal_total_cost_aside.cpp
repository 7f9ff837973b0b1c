// "out of a total investment of $95 million": the cost of the deal told before (deal_total_cost_aside.h).
#include "deal_total_cost_aside.h"

namespace entente {

namespace {

// "of a total investment", "of an overall cost": the trigger at k names a whole told as a cost.
bool total_of(const LexedText& t, std::size_t k, std::size_t b) {
  if (!t.is(k, "investment") && !t.is(k, "cost")) return false;
  if (k < b + 3 || (!t.is(k - 1, "total") && !t.is(k - 1, "overall"))) return false;
  return (t.is(k - 2, "a") || t.is(k - 2, "an")) && t.is(k - 3, "of");
}

// "with the first phase costing $45 million out of a total ...": a phase's amount told in the aside between
// lexemes b and e, which the total replaces as the deal's value.
bool phase_between(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (t.is(k, "phase") || t.is(k, "stage") || t.is(k, "tranche")) return true;
  return false;
}

}  // namespace

bool total_cost_trigger(const LexedText& t, const DealDraft& d) {
  return total_of(t, d.trigger, 0);
}

bool total_cost_aside(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals) {
  if (first >= deals->size() || !total_of(f.m.lexed, d.trigger, d.sentence.b)) return false;
  Deal& told = deals->back();
  if ((told.value || told.value_usd) && !phase_between(f.m.lexed, d.sentence.b, d.trigger)) return true;
  std::vector<Deal> own;
  fill_deals(f, d, &own);
  if (own.empty()) return true;
  told.value = own[0].value;
  told.value_usd = own[0].value_usd;
  told.currency = own[0].currency;
  told.value_text = own[0].value_text;
  told.value_qualifier = own[0].value_qualifier;
  return true;
}

}  // namespace entente
