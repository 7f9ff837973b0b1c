// A stake as a deal (deal_share_trigger.h).
#include "deal_share_trigger.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

// "The state company keeps a 10 percent stake": a share kept, not one changing hands ("will hold a 60 per
// cent stake" tells a term of the deal).
bool held_share(const LexedText& t, LexRange c, std::size_t b) {
  for (std::size_t k = b; k > c.b && k + 6 > b; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "keeps" || w == "keep" || w == "kept" || w == "retains" || w == "retain" || w == "retained")
      return true;
  }
  return false;
}

// "said it was in talks with the government of Kenya over a stake in the port": a stake that talks are about
// (on, over or about it, the talks word at most eight lexemes before) is being negotiated.
bool talked_share(const LexedText& t, LexRange c, std::size_t b) {
  constexpr std::size_t kReach = 8;  // "talks with the government of Kenya over"
  std::size_t p = b;
  while (p > c.b && p + 3 > b && !t.is(p - 1, "over") && !t.is(p - 1, "on") && !t.is(p - 1, "about")) --p;
  if (p <= c.b || p + 3 <= b) return false;
  for (std::size_t k = p - 1; k > c.b && k + kReach > p; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "talks" || w == "negotiations" || w == "discussions" || w == "negotiating") return true;
  }
  return false;
}

}  // namespace

// Requirement::Share: "a 49% stake", or a stake taken by a deal verb ("to secure a stake in the expansion").
bool share_holds(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e) {
  if (held_share(s.t, c, b)) return false;
  // Quantities do not overlap: only the last one starting before e can end at e.
  if (auto [first, end] = spans_in(s.m.quantities, 0, e); first != end) {
    const QuantitySpan& q = *(end - 1);
    if (q.end == e && q.unit.size() > 2 && q.unit[0] == '%') return true;
  }
  const LexedText& t = s.t;
  if (talked_share(t, c, b)) return true;
  for (std::size_t k = b; k > c.b && k + 4 > b; --k)
    if (s.lex.in(s.lex.deal_verbs, t, k - 1) || t.is(k - 1, "acquire") || t.is(k - 1, "take") ||
        t.is(k - 1, "took") || t.is(k - 1, "taking") || t.is(k - 1, "buy") || t.is(k - 1, "bought"))
      return true;
  return false;
}

}  // namespace entente
