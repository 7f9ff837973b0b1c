// The words that name what a deal is about (its item).
#pragma once

#include <string>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The lexemes naming draft d's item, for trigger kind `kind` and the amount `money` found for it (or null):
// what the amount is for, what a loan or investment noun pays for, a counted quantity's goods, the verb
// phrase when the object is only a place, a bare agreement's purpose; else the draft's own object (which
// may be empty when the clause has no noun phrase and no purpose: then the clause from the trigger on).
LexRange item_range(const FillContext& f, const DealDraft& d, const MoneySpan* money,
                    const std::string& kind);

}  // namespace entente
