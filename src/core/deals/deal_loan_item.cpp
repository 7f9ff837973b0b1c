// Loans told by a lending verb with only the borrower as object: "lend Hungary" -> "loan to Hungary"; or
// only a pointer to what it finances: "lend 5 billion yen for the project" -> "loan for the project".
#include "deal_loan_item.h"

#include <algorithm>
#include <string_view>

namespace entente {

namespace {

// "will lend 64.3 billion yen for the project": an item that only points back at what the loan finances.
bool pointer_item(std::string_view text) {
  if (text.substr(0, 4) == "the ") text.remove_prefix(4);
  return text == "project" || text == "projects" || text == "programme" || text == "program" ||
         text == "scheme" || text == "plan" || text == "purchase" || text == "deal";
}

}  // namespace

std::string lend_item(const FillContext& f, const DealDraft& d, LexRange item, std::string text) {
  const LexedText& t = f.m.lexed;
  std::string_view w = t.low(d.trigger);
  if (w != "lend" && w != "lends" && w != "lent" && w != "lending") return text;
  if (pointer_item(text)) return "loan for the " + std::string(text.substr(text.rfind(' ') + 1));
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
