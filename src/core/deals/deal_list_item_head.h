// A list item names its document in its first words: "Loan agreement on a tied credit line", "Contract
// between X and Y". A deal noun deep in the item's complement ("Joint Communique on the results of the first
// session of the Strategic Partnership Council") is not the listed document.
#pragma once

#include <cstddef>

#include "deal_triggers.h"

namespace entente {

// Whether the trigger at lexeme b comes, in its sentence, before any "on", "of", "about", "regarding" or
// "concerning" (a list item's head, not its complement).
bool heads_list_item(const TriggerScan& s, std::size_t b);

}  // namespace entente
