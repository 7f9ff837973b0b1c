// "letter of offer and acceptance": a contract's name, not an offer.
#include "deal_contract_names.h"

namespace entente {

bool in_contract_name(const LexedText& t, std::size_t k) {
  if (!(t.is(k, "offer") || t.is(k, "offers")) || k < 2) return false;
  return t.is(k - 1, "of") && (t.is(k - 2, "letter") || t.is(k - 2, "letters"));
}

}  // namespace entente
