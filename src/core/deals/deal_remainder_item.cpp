// A remainder as the object (see deal_remainder_item.h).
#include "deal_remainder_item.h"

#include "deal_item.h"

namespace entente {

std::optional<LexRange> remainder_item(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t k = d.item.b;
  if (d.item.e <= k || !in_words(t.low(k), {"rest", "remainder", "balance"})) return std::nullopt;
  if (k + 1 < d.item.e && t.is(k + 1, "of")) return std::nullopt;  // "the rest of its gas" names the goods
  for (std::size_t j = d.item.e; j + 2 < d.own.e; ++j) {
    if (!t.is(j, "under") || !in_words(t.low(j + 1), {"a", "an", "the"})) continue;
    std::size_t e = phrase_end(f.items, j + 2, d.own.e);
    if (e > j + 2) return LexRange{j + 2, e};
  }
  return std::nullopt;
}

}  // namespace entente
