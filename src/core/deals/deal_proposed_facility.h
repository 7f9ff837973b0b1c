// "Malaysian and Indonesian ministers said a proposed gas pipeline could carry ...", "Chile and Peru have
// discussed a cross-border railway": a facility proposed or discussed between two countries is a deal
// (proposed or under talks) even with no price or builder.
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_triggers.h"

namespace entente {

// True when the facility noun at lexeme b follows "proposed" or "planned", or is the object of "discussed"
// or "considering", with at most three modifiers between ("a proposed cross-border gas pipeline"), and its
// sentence names two countries (or says "between", "bilateral", "two countries").
bool proposed_facility(const TriggerScan& s, std::size_t b);

}  // namespace entente
