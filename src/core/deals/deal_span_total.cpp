// Sums over a span of years are statistics, not deals (see deal_span_total.h).
#include "deal_span_total.h"

#include <string_view>

#include "spans_in.h"

namespace entente {

namespace {

bool total_verb(std::string_view w) {
  return w == "totals" || w == "totalled" || w == "totaled" || w == "reached" || w == "reaches" ||
         w == "amounted" || w == "amounts" || w == "stood" || w == "stands";
}

bool number_at(const LexedText& t, std::size_t k) {
  return k < t.lex.size() && t.lex[k].kind == LexKind::Number;
}

// "since 2000", "between 2014 and 2024", "over the past decade", "in the last ten years" in [b, e).
bool year_span(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e; ++k) {
    if (t.is(k, "since") && number_at(t, k + 1)) return true;
    if (t.is(k, "between") && number_at(t, k + 1) && k + 3 < e && t.is(k + 2, "and") && number_at(t, k + 3))
      return true;
    bool over = t.is(k, "over") || t.is(k, "in") || t.is(k, "during");
    if (over && k + 2 < e && t.is(k + 1, "the") && (t.is(k + 2, "past") || t.is(k + 2, "last"))) return true;
  }
  return false;
}

}  // namespace

bool span_total(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  if (r.verb) return false;
  auto [money, none] = spans_in(s.m.money, b, c.e);
  if (money == none) return false;
  std::size_t verb = c.e;
  for (std::size_t k = b + 1; k < c.e && verb == c.e; ++k)
    if (total_verb(s.t.low(k))) verb = k;
  if (verb == c.e) return false;
  auto [m, end] = spans_in(s.m.money, verb, c.e);
  return m != end && year_span(s.t, c.b, c.e);
}

}  // namespace entente
