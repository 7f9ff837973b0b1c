// Sectors of deals (defense | energy | trade | infrastructure | health | space | finance | other) from
// keywords, lists of fields, financed projects and the story's common sector.
#pragma once

#include <string>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// The sector named by a keyword in lexemes r, else the default sector of `kind`.
std::string sector_in(const FillContext& f, LexRange r, const std::string& kind);

// The sector of umbrella draft d ("seven memoranda covering railways, health and payments"): "other" when
// its clause lists several fields, else the keyword of its item `item`, else "other".
std::string umbrella_sector(const FillContext& f, const DealDraft& d, LexRange item);

// The sector of draft d with item lexemes `item`: "other" when its clause lists several fields ("in the
// areas of power, health and defence"), else the item's keyword (a loan: what it finances), else the
// clause's keyword, else the default sector of `kind`.
std::string sector_of(const FillContext& f, const DealDraft& d, LexRange item, const std::string& kind);

// An agreement (or a counted order: "ordered 20 units") whose own words name no sector, whose sentence lists
// no fields and which is not political (peace, friendship, normalization) and names no mineral belongs to
// the sector of the story's other deals when most of them (two at least) share one. `deals` are one
// document's.
void settle_sectors(std::vector<Deal>* deals);

}  // namespace entente
