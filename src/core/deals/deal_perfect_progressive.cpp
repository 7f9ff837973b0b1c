// Purchases and supplies told in the present perfect progressive are under way (deal_perfect_progressive.h).
#include "deal_perfect_progressive.h"

#include <string_view>

namespace entente {

bool perfect_progressive(const LexedText& t, const DealDraft& d, const std::string& kind) {
  if (kind != "purchase" && kind != "supply") return false;
  std::string_view w = t.low(d.trigger);
  if (w.size() < 5 || w.substr(w.size() - 3) != "ing") return false;
  std::size_t been = d.trigger;
  if (been < d.sentence.b + 2 || !t.is(been - 1, "been")) return false;
  for (std::size_t k = been - 2; k + 3 >= been && k >= d.sentence.b; --k) {
    if (t.is(k, "has") || t.is(k, "have") || t.is(k, "had")) return true;
    if (k == d.sentence.b) break;
  }
  return false;
}

}  // namespace entente
