// A counted share of goods "of which" a country bought (see deal_of_which.h).
#include "deal_of_which.h"

#include "deal_item.h"
#include "spans_in.h"

namespace entente {

LexRange of_which_object(const TriggerScan& s, LexRange c, std::size_t k) {
  const LexedText& t = s.t;
  if (k < c.b + 2 || !s.items.country[k] || !t.is(k - 1, "which") || !t.is(k - 2, "of")) return {};
  std::size_t n = k - 2;  // one past the goods word
  for (auto [q, end] = spans_in(s.m.quantities, n > 16 ? n - 16 : 0, n); q != end; ++q)
    if (q->counted && q->end == n && q->unit_first >= c.b) return {q->unit_first, n};
  // "The Kalashnikov rifles, 20,000 of which Uganda bought": a bare count after a comma counts the goods
  // named before it.
  if (n < s.sentence.b + 3 || t.lex[n - 1].kind != LexKind::Number || !t.is(n - 2, ",")) return {};
  std::size_t g = n - 3;
  if (t.lex[g].kind != LexKind::Word || s.items.country[g]) return {};
  return {modifiers_start(s.items, g, s.sentence.b), g + 1};
}

}  // namespace entente
