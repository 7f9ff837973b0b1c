// The item of a stake bought or sold: "buy a 20 percent stake in the oil-to-chemicals business of Reliance"
// is a stake in that business, not "oil" nor the buyer's name.
#pragma once

#include <optional>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When the clause of d (a purchase or investment) holds a share quantity ("a 20 percent stake", "a 49%
// share") followed by "in" and a phrase, returns the lexemes from the stake word through that phrase (its
// hyphened compounds whole, up to a comma, "for", "from", "worth", "valued" or a dated "in"); else nullopt.
std::optional<LexRange> stake_item(const FillContext& f, const DealDraft& d, const std::string& kind);

}  // namespace entente
