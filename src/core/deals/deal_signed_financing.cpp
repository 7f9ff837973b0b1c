// Financing told as signed: "signed the financing for the port", "signed the first phase's financing".
#include "deal_signed_financing.h"

#include <string_view>

namespace entente {

bool signed_financing(const TriggerScan& s, std::size_t b) {
  constexpr std::size_t kNear = 5;  // "signed the first phase's financing": verb, article, 2-3 modifiers
  const LexedText& t = s.t;
  if (!t.is(b, "financing")) return false;
  for (std::size_t k = b; k > s.sentence.b && k + kNear > b; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "signed" || w == "inked" || w == "concluded" || w == "sealed") return true;
    bool clause_word = w == "and" || w == "or" || w == "that" || w == "which" || w == "to" || w == "for" ||
                       w == "before" || w == "after" || w == "when" || w == "until" || w == "once" ||
                       w == "without" || w == "as" || w == "while" || w == "since" || w == "if";
    if (clause_word || (t.lex[k - 1].kind == LexKind::Punct && w != "'s" && w != "'")) return false;
  }
  return false;
}

}  // namespace entente
