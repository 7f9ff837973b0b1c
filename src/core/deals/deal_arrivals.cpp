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

// "as a gift", "as a donation": the goods were given, which tells the deal whatever they are.
bool as_gift(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k + 2 < sentence.e; ++k)
    if (t.is(k, "as") && (t.is(k + 1, "a") || t.is(k + 1, "an")) &&
        in_words(t.low(k + 2), {"gift", "donation", "present"}))
      return true;
  return false;
}

// "The complex in the centre of Dushanbe was handed over": the goods stand before the place phrase that
// ends at n; n itself when no "in", "at" or "near" opens one within five lexemes.
std::size_t before_place(const LexedText& t, std::size_t floor, std::size_t n) {
  for (std::size_t j = n - 1; j > floor + 1 && j + 6 > n; --j)
    if (in_words(t.low(j - 1), {"in", "at", "near"})) return j - 1;
  return n;
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
  if (n > c.b + 3 && s.items.country[n - 1]) n = before_place(t, c.b, n);
  if (n <= c.b || t.lex[n - 1].kind != LexKind::Word || s.items.country[n - 1] ||
      s.lex.in(s.lex.left_stop, t, n - 1))
    return {};
  LexRange item{modifiers_start(s.items, n - 1, c.b), n};
  if (part_of_order(t, item)) return {};
  return item;
}

bool arrival_holds(const TriggerScan& s, LexRange c, LexRange item) {
  if (item.e <= item.b) return false;
  if (as_gift(s.t, s.sentence)) return true;  // "The new school was handed over as a gift"
  if (counted_in(s, {std::min(c.b, item.b), item.e})) return true;  // "Two Chinese corvettes arrived"
  if (!sector_word(s, item)) return false;
  // "The MiG-29 fighters that arrived", not "The jets arrived" (goods of a deal told before).
  for (std::size_t k = item.b; k < item.e; ++k)
    if ((k > s.sentence.b && s.t.capitalized(k)) || s.t.lex[k].kind == LexKind::Number) return true;
  return false;
}

}  // namespace entente
