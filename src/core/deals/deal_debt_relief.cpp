// Debt relief (see deal_debt_relief.h): the relief verb and the debt word its object must hold.
#include "deal_debt_relief.h"

#include <string_view>

namespace entente {
namespace {

bool relief_verb(std::string_view w) {
  for (std::string_view v :
       {"defer", "reschedul", "write", "wrote", "written", "writing", "forgiv", "forgave"})
    if (w.substr(0, v.size()) == v) return true;
  return false;
}

bool debt_word(std::string_view w) {
  for (std::string_view v : {"debt", "payment", "repayment", "loan", "interest", "instalment", "installment",
                             "principal", "arrears", "credit", "bond", "obligation"})
    if (w.substr(0, v.size()) == v) return true;
  return false;
}

}  // namespace

bool relief_off_debt(const LexedText& t, std::size_t b, LexRange item) {
  if (!relief_verb(t.low(b))) return false;
  for (std::size_t k = item.b; k < item.e; ++k)
    if (debt_word(t.low(k))) return false;
  return true;
}

}  // namespace entente
