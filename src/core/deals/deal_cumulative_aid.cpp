// Running totals of aid: "aid has topped 28 billion euros since the invasion" (see deal_cumulative_aid.h).
#include "deal_cumulative_aid.h"

#include <string_view>

#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "topped", "exceeded": a verb that says a total has grown past an amount.
bool reach_verb(std::string_view w) {
  return w == "topped" || w == "exceeded" || w == "surpassed" || w == "passed" || w == "crossed" ||
         w == "reached" || w == "totalled" || w == "totaled" || w == "amounted" || w == "hit";
}

// "has topped", "have now exceeded", "so far", "to date" in [b, e).
bool running_total(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e; ++k) {
    if ((t.is(k, "so") && t.is(k + 1, "far")) || (t.is(k, "to") && t.is(k + 1, "date"))) return true;
    if (!t.is(k, "has") && !t.is(k, "have")) continue;
    std::size_t v = k + 1 + (t.is(k + 1, "now") || t.is(k + 1, "already") ? 1 : 0);
    if (v < e && reach_verb(t.low(v))) return true;
  }
  return false;
}

}  // namespace

bool cumulative_aid(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  if (r.kind != "assistance"sv || r.verb) return false;
  auto [m, end] = spans_in(s.m.money, b, c.e);
  return m != end && running_total(s.t, b, c.e);
}

}  // namespace entente
