// An agreement named by its own modifiers: "economic cooperation framework agreement".
#include "deal_named_agreement.h"

namespace entente {

bool named_agreement(const LexedText& t, std::size_t head, std::size_t trigger) {
  int words = 0;
  for (std::size_t k = head; k < trigger; ++k) words += t.lex[k].kind == LexKind::Word && !t.is(k, "and");
  return words >= 2;
}

}  // namespace entente
