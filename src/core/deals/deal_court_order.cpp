// "ordered X to pay": a ruling or a command, not a purchase order.
#include "deal_court_order.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 6;  // "ordered the state oil company to pay"

bool command_verb(std::string_view w) {
  for (std::string_view v : {"pay", "repay", "refund", "reimburse", "compensate", "return", "halt", "stop",
                             "suspend", "withdraw", "cease", "close", "shut", "vacate", "release", "hand"})
    if (w == v) return true;
  return false;
}

bool order_word(std::string_view w) {
  return w == "order" || w == "orders" || w == "ordered" || w == "ordering";
}

// "ordered Ankara to pay": the order word at b is followed, within a few words holding no number, by "to"
// and a verb of paying, returning or stopping.
bool commands(const LexedText& t, LexRange c, std::size_t b) {
  for (std::size_t k = b + 1; k + 1 < c.e && k <= b + kReach; ++k) {
    // "ordered 12 jets to replace its F-5s": a counted object is goods ordered.
    if (t.lex[k].kind == LexKind::Number) return false;
    if (t.is(k, "to")) return command_verb(t.low(k + 1));
  }
  return false;
}

}  // namespace

bool court_ordered(const LexedText& t, LexRange c, std::size_t b) {
  if (order_word(t.low(b))) return commands(t, c, b);
  // "ordered Vientiane to pay a Thai builder $300 million": the verb paid is the order's too (not a deal
  // noun after it: "for exports it had allowed" may tell one).
  if (!command_verb(t.low(b)) || b < c.b + 2 || !t.is(b - 1, "to")) return false;
  for (std::size_t j = b - 1; j > c.b && j + kReach > b; --j)
    if (order_word(t.low(j - 1))) return commands(t, c, j - 1);
  return false;
}

}  // namespace entente
