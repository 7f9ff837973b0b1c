// The item of a loan told by a lending verb whose object is only the borrower: "agreed to lend Hungary 10
// billion euros" lends a loan, not "Hungary".
#pragma once

#include <string>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the trigger of d is "lend", "lends", "lent" or "lending" and the item [item.b, item.e) holds no word
// but the trigger, its amount and country names, returns "loan to " and those names ("loan to Hungary"); else
// `text`. An item that only points back at what the loan finances ("for the project") becomes "loan for the
// project".
std::string lend_item(const FillContext& f, const DealDraft& d, LexRange item, std::string text);

}  // namespace entente
