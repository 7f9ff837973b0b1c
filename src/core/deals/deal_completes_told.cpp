// Deliveries that complete an order told before (see deal_completes_told.h).
#include "deal_completes_told.h"

#include <cctype>
#include <string>
#include <string_view>

namespace entente {

bool completes_told(const Deal& d) {
  std::string low;
  low.reserve(d.evidence.text.size());
  for (char c : d.evidence.text)
    low.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (std::string_view w : {"the last of the ", "the rest of the ", "the remainder of the "})
    if (low.find(w) != std::string::npos) return true;
  return false;
}

bool order_and_delivery(const Deal& a, const Deal& b) {
  return (a.kind == "purchase" && b.kind == "supply") || (a.kind == "supply" && b.kind == "purchase");
}

}  // namespace entente
