// Deliveries that complete an order told before (see deal_completes_told.h).
#include "deal_completes_told.h"

#include <string_view>

namespace entente {

bool completes_told(const Deal& d) {
  std::string_view e = d.evidence.text;
  for (std::string_view w : {"he last of the ", "he rest of the ", "he remainder of the "}) {
    std::size_t at = e.find(w);  // "the" or "The": the first letter is checked below
    if (at != std::string_view::npos && at > 0 && (e[at - 1] == 't' || e[at - 1] == 'T')) return true;
  }
  return false;
}

bool order_and_delivery(const Deal& a, const Deal& b) {
  return (a.kind == "purchase" && b.kind == "supply") || (a.kind == "supply" && b.kind == "purchase");
}

}  // namespace entente
