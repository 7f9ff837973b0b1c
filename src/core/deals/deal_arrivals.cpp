// Goods told as arrived are a delivery ("The MiG-29 fighters that arrived in 1999").
#include "deal_arrivals.h"

#include <algorithm>
#include <string_view>

#include "deal_item.h"
#include "deal_passive_arrival.h"
#include "deal_trigger_context.h"
#include "deal_trigger_objects.h"

namespace entente {
namespace {

// "first", "last", "remaining": units of an order told elsewhere (its follow-up rules read them).
bool part_of_order(const LexedText& t, LexRange item) {
  return any_in_words(t, item.b > 2 ? item.b - 2 : 0, item.e,
                      {"first", "initial", "last", "remaining", "final", "rest", "more", "further"});
}

}  // namespace

bool arrival_verb(const LexedText& t, std::size_t b) {
  return t.is(b, "arrived") || passive_delivery(t, b);  // "The Apache helicopters were delivered"
}

LexRange arrived_goods(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  std::size_t n = b;
  if (passive_delivery(t, b)) c.b = s.sentence.b, n = passive_subject_end(t, s.sentence, b);
  if (n > c.b && (t.is(n - 1, "that") || t.is(n - 1, "which"))) --n;
  if (n <= c.b || t.lex[n - 1].kind != LexKind::Word || s.items.country[n - 1] ||
      s.lex.in(s.lex.left_stop, t, n - 1))
    return {};
  LexRange item{modifiers_start(s.items, n - 1, c.b), n};
  if (part_of_order(t, item)) return {};
  return item;
}

bool arrival_holds(const TriggerScan& s, LexRange c, LexRange item) {
  if (item.e <= item.b) return false;
  if (counted_in(s, {std::min(c.b, item.b), item.e})) return true;  // "Two Chinese corvettes arrived"
  if (!sector_word(s, item)) return false;
  // "The MiG-29 fighters that arrived", not "The jets arrived" (goods of a deal told before).
  for (std::size_t k = item.b; k < item.e; ++k)
    if ((k > s.sentence.b && s.t.capitalized(k)) || s.t.lex[k].kind == LexKind::Number) return true;
  return false;
}

}  // namespace entente
