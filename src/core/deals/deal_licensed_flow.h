// How deliveries are authorised, not one delivery: "Deliveries of defence equipment to Iraq were made under
// licences issued by the Licensing Administration of this ministry." A bare plural supply noun (no article,
// count or amount) whose clause says the flow runs under licences or permits tells a procedure.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the noun trigger at b is a plural ending in "s" that opens its sentence, and its clause c holds
// "under" followed by "licence(s)", "license(s)", "permit(s)" or "authorisation(s)", and no number or amount.
bool licensed_flow(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b);

}  // namespace entente
