// Years supplies start (see deal_supply_start.h).
#include "deal_supply_start.h"

#include <initializer_list>
#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 8;  // "supply liquefied natural gas to Singapore from 2029"

bool supply_word(std::string_view w) {
  for (std::string_view x :
       {"supply", "supplies", "supplied", "deliver",   "delivers", "delivered", "deliveries",
        "ship",   "ships",    "shipped",  "shipments", "export",   "exports",   "exported",
        "sell",   "sells",    "provide",  "provides",  "flow",     "flows"})
    if (w == x) return true;
  return false;
}

}  // namespace

bool supply_start(const LexedText& t, const DateSpan& d) {
  if (d.first < 2 || !t.is(d.first - 1, "from")) return false;
  if (t.is(d.end, "to") || t.is(d.end, "until") || t.is(d.end, "through") || t.is(d.end, "-")) return false;
  for (std::size_t k = d.first - 1; k > 0 && k + kReach > d.first; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct) return false;
    if (supply_word(t.low(k - 1))) return true;
  }
  return false;
}

}  // namespace entente
