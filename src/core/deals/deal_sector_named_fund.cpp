// Finance words inside an investor's name (deal_sector_named_fund.h).
#include "deal_sector_named_fund.h"

namespace entente {

bool finance_only_named(const FillContext& f, LexRange r, std::size_t sentence_start) {
  const LexedText& t = f.m.lexed;
  bool any = false;
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = f.lex.sectors.match(t, k);
    if (m.id < 0 || f.lex.sector_names[m.id] != "finance") continue;
    any = true;
    // A named bank lends ("a deal with the Export-Import Bank of China" is a debt deal): only a fund invests.
    std::size_t last = m.end > k ? m.end - 1 : k;
    if (k <= sentence_start + 1 || !t.capitalized(k) || !t.capitalized(k - 1) || !t.is(last, "fund"))
      return false;
  }
  return any;
}

}  // namespace entente
