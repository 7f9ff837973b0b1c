// A deal noun in title case that states an amount ("(iii) A Line of Credit of US$ 100 million to Namibia",
// "a Loan of Rs 500 crore"): official papers capitalise the instrument, which is no name for it.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// True when the trigger ending at lexeme `end` is followed by "of" or "worth" and a money amount (a lexeme
// the money scanner took), so a capitalised trigger there is a deal noun, not part of a name.
bool titled_amount(const TriggerScan& s, std::size_t end);

}  // namespace entente
