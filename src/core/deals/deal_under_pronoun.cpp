// Terms told in a sentence opening on "Under it," (see deal_under_pronoun.h).
#include "deal_under_pronoun.h"

#include <algorithm>

namespace entente {

bool under_pronoun(const LexedText& t, const DealDraft& d) {
  std::size_t b = d.sentence.b;
  if (!t.is(b, "under") || !t.is(b + 2, ",")) return false;
  bool pronoun = t.is(b + 1, "it") || t.is(b + 1, "them") || t.is(b + 1, "this") || t.is(b + 1, "that");
  return pronoun && d.trigger > b + 2;
}

void add_terms(const FillContext& f, const DealDraft& d, Deal* prev) {
  std::vector<Deal> more;
  fill_deals(f, d, &more);
  if (more.empty()) return;
  const Deal& m = more[0];
  bool told = m.evidence.start == prev->evidence.start ||
              std::any_of(prev->evidence_extra.begin(), prev->evidence_extra.end(),
                          [&](const Evidence& e) { return e.start == m.evidence.start; });
  if (!told) prev->evidence_extra.push_back(m.evidence);
  if (!prev->quantity && m.quantity) prev->quantity = m.quantity;
  // "a long-term contract ... Under it, Ma'aden will ship 2.5 million tonnes of phosphate": the goods the
  // terms ship or sell tell the deal's sector when the contract's own words did not.
  bool goods = m.kind == "supply" || m.kind == "purchase";
  if (prev->sector == "other" && goods && !m.sector.empty()) prev->sector = m.sector;
  if (prev->value || !m.value) return;
  prev->value = m.value;
  prev->value_usd = m.value_usd;
  prev->currency = m.currency;
  prev->value_text = m.value_text;
  prev->value_qualifier = m.value_qualifier;
}

}  // namespace entente
