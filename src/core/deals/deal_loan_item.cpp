// Loans told by a lending verb with only the borrower as object: "lend Hungary" -> "loan to Hungary".
#include "deal_loan_item.h"

#include <algorithm>
#include <string_view>

namespace entente {

std::string lend_item(const FillContext& f, const DealDraft& d, LexRange item, std::string text) {
  const LexedText& t = f.m.lexed;
  std::string_view w = t.low(d.trigger);
  if (w != "lend" && w != "lends" && w != "lent" && w != "lending") return text;
  std::size_t b = item.e, e = item.b;  // the country names' lexemes
  for (std::size_t k = item.b; k < item.e; ++k) {
    if ((k >= d.trigger && k < d.trigger_end) || f.items.taken[k]) continue;  // the verb, its amount
    if (!f.items.country[k]) return text;
    b = std::min(b, k), e = std::max(e, k + 1);
  }
  if (b >= e) return text;
  return "loan to " + std::string(t.text.substr(t.lex[b].start, t.lex[e - 1].end - t.lex[b].start));
}

}  // namespace entente
