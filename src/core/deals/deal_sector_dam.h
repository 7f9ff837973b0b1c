// Deal sector: a dam told with the power it makes is a hydropower plant. "has been building the dam since
// 2016 under a $3.9 billion contract, and the first two turbines ..." and "The Lower Sesan II dam ... has
// supplied a fifth of our electricity" are energy; a dam "to supply water" stays infrastructure.
#pragma once

#include <vector>

#include "deals.h"

namespace entente {

// Marks energy each infrastructure deal whose item names a dam ("dam", "dams") and whose evidence speaks of
// power: turbines, hydropower, a hydroelectric plant, megawatts or electricity.
void hydro_dams(std::vector<Deal>* deals);

}  // namespace entente
