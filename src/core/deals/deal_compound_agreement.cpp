// One deal told by a compound noun (deal_compound_agreement.h).
#include "deal_compound_agreement.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace entente {

namespace {

using namespace std::string_view_literals;

constexpr std::size_t kOpening = 30;  // bytes of the agreement's item that must recur in the deal's

// True when the item of agreement x opens with text that `a`'s item holds after its first word.
bool same_compound(const Deal& a, const Deal& x) {
  if (x.item.size() < 12) return false;
  std::size_t space = a.item.find(' ');
  if (space == std::string::npos) return false;
  std::string_view opening = std::string_view(x.item).substr(0, std::min(kOpening, x.item.size()));
  return std::string_view(a.item).substr(space + 1).rfind(opening, 0) == 0;
}

}  // namespace

void drop_compound_agreements(std::size_t first_new, std::vector<Deal>* deals, std::vector<DealNote>* notes) {
  for (std::size_t k = first_new + 1; k < deals->size(); ++k) {
    const Deal& x = (*deals)[k];
    const Deal& a = (*deals)[k - 1];
    if (x.kind != "agreement"sv || x.value || x.aggregate) continue;
    if ((a.kind != "assistance"sv && a.kind != "loan"sv) || a.parties != x.parties) continue;
    if (a.evidence.start != x.evidence.start || !same_compound(a, x)) continue;
    deals->erase(deals->begin() + static_cast<std::ptrdiff_t>(k));
    notes->erase(notes->begin() + static_cast<std::ptrdiff_t>(k));
    --k;
  }
}

}  // namespace entente
