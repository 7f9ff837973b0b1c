// A volume agreed with a supplier is a supply deal ("the 4.5 bcm a year agreed with Gazprom in 2021").
#include "deal_agreed_volume.h"

#include "spans_in.h"

namespace entente {

bool agreed_with(const LexedText& t, std::size_t b) {
  return (t.is(b, "agreed") || t.is(b, "contracted")) && t.is(b + 1, "with");
}

LexRange agreed_volume(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  LexRange r{s.sentence.b < c.b ? s.sentence.b : c.b, c.e};  // "An extra 700 mcm a year, agreed with"
  std::size_t n = b;
  if (n > r.b && t.is(n - 1, ",")) --n;
  // "a year", "per year", "a day", "annually" after the measure.
  if (n > r.b + 1 && (t.is(n - 1, "year") || t.is(n - 1, "day")) && (t.is(n - 2, "a") || t.is(n - 2, "per")))
    n -= 2;
  else if (n > r.b && (t.is(n - 1, "annually") || t.is(n - 1, "yearly")))
    --n;
  for (auto [q, end] = spans_in(s.m.quantities, span_reach(n), n); q != end; ++q)
    if (q->end == n && q->first >= r.b && !q->counted && !q->unit.empty() && q->unit[0] != '%')
      return {q->first, n};
  return {};
}

}  // namespace entente
