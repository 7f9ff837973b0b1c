// A remainder as the object: "it imports the rest from Iran under a gas-for-electricity swap": "the rest"
// says only how much; the instrument the deal is made under says what it is.
#pragma once

#include <optional>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the item of `d` is "the rest", "the remainder" or "the balance" (of nothing named), the noun phrase
// after "under a/an/the" later in its clause ("gas-for-electricity swap"); else nothing.
std::optional<LexRange> remainder_item(const FillContext& f, const DealDraft& d);

}  // namespace entente
