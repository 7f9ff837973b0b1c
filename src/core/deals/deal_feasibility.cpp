// A project to be studied: "agreed to study the feasibility of", "a feasibility study of".
#include "deal_feasibility.h"

#include <string_view>

namespace entente {

bool feasibility_only(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kNear =
      6;  // lexemes from the study word to the trigger: "to study the construction of"
  std::size_t last = d.trigger_end < d.own.e ? d.trigger_end : d.own.e;
  for (std::size_t k = d.own.b; k < last; ++k) {
    std::string_view w = t.low(k);
    if (w == "feasibility" || w == "pre-feasibility") return true;
    bool study = w == "study" || w == "studies" || w == "studying" || w == "explore";
    if (study && k > d.own.b && t.is(k - 1, "to") && k + kNear >= d.trigger) return true;
  }
  return false;
}

}  // namespace entente
