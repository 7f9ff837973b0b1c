// Trade flows of a whole year: a volume imported or exported "in 2024", with no contract named.
#include "deal_trade_flow.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

bool bulk_unit(const std::string& u) {
  return u == "tonnes" || u == "barrels" || u == "barrels per day" || u == "bcm" || u == "cubic metres";
}

// A bulk measure or an amount of money in [b, e).
bool volume_in(const TriggerScan& s, std::size_t b, std::size_t e) {
  for (auto [q, end] = spans_in(s.m.quantities, b, e); q != end; ++q)
    if (bulk_unit(q->unit)) return true;
  auto [m, mend] = spans_in(s.m.money, b, e);
  return m != mend;
}

// "in 2024": a bare year for the whole flow (not "in March 2024", not "last year").
bool bare_year_in(const TriggerScan& s, std::size_t b, std::size_t e) {
  for (auto [y, end] = spans_in(s.m.dates, b, e); y != end; ++y)
    if (y->year && !y->month && !y->relative && y->first > 0 && s.t.is(y->first - 1, "in")) return true;
  return false;
}

bool served_deal(const TriggerScan& s) {
  for (std::size_t k = s.sentence.b; k < s.sentence.e; ++k) {
    std::string_view v = s.t.low(k);
    if (v == "under" || v == "contract" || v == "contracts" || v == "agreement" || v == "deal" ||
        v == "deals" || v == "order" || v == "loan" || v == "tender")
      return true;
  }
  return false;
}

}  // namespace

bool year_flow(const TriggerScan& s, const TriggerRule& r, std::size_t b) {
  if (!r.verb || !(s.t.is(b, "imported") || s.t.is(b, "exported"))) return false;
  return volume_in(s, b + 1, s.sentence.e) && bare_year_in(s, b + 1, s.sentence.e) && !served_deal(s);
}

}  // namespace entente
