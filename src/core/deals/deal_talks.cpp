// Talks about goods (see deal_talks.h).
#include "deal_talks.h"

#include <string_view>

#include "deal_talks_ordinal.h"
#include "deal_trigger_context.h"
#include "deal_trigger_objects.h"

namespace entente {

namespace {

constexpr std::size_t kPartnerReach = 8;  // "with ThyssenKrupp Marine Systems", "between Chile and Peru"

// The preposition that opens the talks' complement after the talks noun ending at e, past a partner;
// c.e when there is none.
std::size_t complement_of(const LexedText& t, LexRange c, std::size_t e) {
  std::size_t k = e;
  if (t.is(k, "with") || t.is(k, "between"))
    while (k < c.e && k < e + kPartnerReach && t.lex[k].kind != LexKind::Punct && !t.is(k, "on") &&
           !t.is(k, "over") && !t.is(k, "about") && !t.is(k, "for"))
      ++k;
  bool prep = k < c.e && (t.is(k, "on") || t.is(k, "over") || t.is(k, "about") || t.is(k, "for"));
  return prep ? k : c.e;
}

bool batch_word(std::string_view w) {
  return w == "batch" || w == "batches" || w == "tranche" || w == "lot" || w == "consignment";
}

// "a possible second batch of patrol vessels": the goods after a batch word, or [os, oe) itself.
LexRange past_batch(const TriggerScan& s, std::size_t os, std::size_t oe, std::size_t limit, bool* batch) {
  for (std::size_t k = os; k + 1 < oe; ++k)
    if (batch_word(s.t.low(k)) && s.t.is(k + 1, "of")) {
      *batch = true;
      std::size_t g = object_start(s.items, k + 2, limit);
      return {g, through_quantity(s.m.quantities, g, phrase_end(s.items, g, limit))};
    }
  return {os, oe};
}

bool trigger_in(const TriggerScan& s, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (s.lex.triggers.match(s.t, k).id >= 0) return true;
  return false;
}

}  // namespace

bool talks_about_goods(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e, LexRange* item) {
  (void)b;
  std::size_t p = complement_of(s.t, c, e);
  if (p >= c.e) return false;
  std::size_t from = p + 1;
  if (s.t.is(from, "up") && s.t.is(from + 1, "to")) from += 2;  // "over up to four submarines"
  std::size_t os = object_start(s.items, from, c.e);
  std::size_t oe = through_quantity(s.m.quantities, os, phrase_end(s.items, os, c.e));  // "four Type 214 ..."
  if (oe <= os) return false;
  bool batch = false;
  LexRange goods = past_batch(s, os, oe, c.e, &batch);
  *item = {p + 1, oe};
  bool ordinal = ordinal_goods(s, {p + 1, oe});  // "on a third ship" ("ship" is a deal verb too)
  if (goods.e <= goods.b || abstract_phrase(s.items, goods.b, goods.e) ||
      (trigger_in(s, {os, oe}) && !ordinal))
    return false;
  // A count of units ("five aircraft") is goods; a batch, a named thing or one placed in a town ("a free
  // trade zone in Kano") needs a sector word.
  if (counted_in(s, {p + 1, oe}) || ordinal) return true;
  return sector_word(s, goods) && (batch || named_object(s, goods) || placed_object(s, goods));
}

}  // namespace entente
