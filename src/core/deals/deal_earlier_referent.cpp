// A definite reference past one deal ("the new loan" after a loan and one more deal).
#include "deal_earlier_referent.h"

#include "deal_definite_reference.h"

namespace entente {

Deal* earlier_referent(const FillContext& f, const DealDraft& d, std::vector<Deal>* deals) {
  constexpr std::size_t kBack = 3;  // deals told before the last one that a reference may reach
  if (deals->size() < 2 || definite_reference(f, d, deals->back())) return nullptr;
  for (std::size_t n = 2; n <= deals->size() && n <= kBack + 1; ++n) {
    Deal& prev = (*deals)[deals->size() - n];
    if (!prev.aggregate && definite_reference(f, d, prev)) return &prev;
  }
  return nullptr;
}

}  // namespace entente
