// A deal told as an earlier one (deal_earlier_deal.h).
#include "deal_earlier_deal.h"

namespace entente {

bool earlier_deal(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger; k > d.sentence.b && k + 3 > d.trigger; --k) {
    if (t.lex[k - 1].kind != LexKind::Word) return false;
    if (in_words(t.low(k - 1), {"earlier", "previous", "prior", "original"})) return true;
  }
  return false;
}

bool earlier_deal_signed(const LexedText& t, const DealDraft& d, std::string_view kind) {
  bool placed = kind == "purchase" || kind == "agreement" || kind == "loan" || kind == "investment";
  return placed && earlier_deal(t, d);
}

}  // namespace entente
