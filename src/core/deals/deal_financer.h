// A facility told with its foreign financer and no price: "the Cauchari solar park in Jujuy, financed by
// the Export-Import Bank of China", "Japanese loans built the Hai Van tunnel and the Can Tho Bridge".
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// For a facility noun ending at e (a place after it may follow: "in Jujuy"): True when an
// appositive or passive "financed by"/"funded by" follows with a country named within a few lexemes.
bool financer_after(const TriggerScan& s, std::size_t e);

// For a facility noun at b: True when the sentence before it opens with loans or credits of a named
// country that built or paid for it ("Japanese loans built the Phu My power plants, the Hai Van tunnel").
bool loans_built_before(const TriggerScan& s, std::size_t b);

}  // namespace entente
