// "delivered the first two trains in 2011 and two more in 2015": one deal (deal_delivery_years.h).
#include "deal_delivery_years.h"

#include <string_view>

namespace entente {

namespace {

bool delivery_verb(const LexedText& t, std::size_t k) {
  return in_words(t.low(k), {"delivered", "shipped", "handed"});
}

bool year_at(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return t.lex[k].kind == LexKind::Number && w.size() == 4 &&
         (w.substr(0, 2) == "19" || w.substr(0, 2) == "20");
}

// Two years in the clause after the trigger with "and" between them ("in 2011 and 2015", "in 2011 and two
// more in 2015"), no other punctuation than a comma before the "and".
bool two_years_joined(const LexedText& t, const DealDraft& d) {
  std::size_t first = 0;
  bool joined = false;
  for (std::size_t k = d.trigger_end; k < d.own.e; ++k) {
    if (t.lex[k].kind == LexKind::Punct && !t.is(k, ",")) return false;
    if (first && t.is(k, "and")) joined = true;
    if (!year_at(t, k)) continue;
    if (first && joined) return true;
    first = k;
  }
  return false;
}

}  // namespace

void one_delivery_over_years(const FillContext& f, const DealDraft& d, std::size_t first,
                             std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  if (first >= deals->size() || !delivery_verb(t, d.trigger) || !two_years_joined(t, d)) return;
  Deal& kept = (*deals)[first];
  for (std::size_t k = deals->size(); k-- > first + 1;)
    if ((*deals)[k].parties == kept.parties && (*deals)[k].item == kept.item)
      deals->erase(deals->begin() + static_cast<std::ptrdiff_t>(k));
  (*deals)[first].year.reset();
  (*deals)[first].date_text.reset();
}

}  // namespace entente
