// The sector of a loan from a purpose told in a comma aside: "A $300 million loan, for a new water plant in
// Kumasi, was signed" and "a loan worth $250 million, earmarked for two hospitals" pay for a water plant and
// for hospitals, not for finance in general.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_triggers.h"

namespace entente {

// When a comma within a few lexemes after the trigger of d opens a purpose ("for", "to" + verb, "earmarked
// for", "meant for", "intended for", "aimed at"), the infrastructure, energy or health sector that the
// aside names up to its next comma; -1 when there is no such aside or it names none of those.
int aside_purpose_sector(const FillContext& f, const DealDraft& d);

// "A $90 million loan from Turkey's Eximbank, to modernise the Mojo dry port, was signed": the draft d of a
// purpose aside (", to" and its verb) right after the loan draft `prev` (a loan noun, a few lexemes before
// the comma) tells what the loan pays for, not a deal of its own.
bool loan_purpose_draft(const TriggerScan& s, const DealDraft& prev, const DealDraft& d);

}  // namespace entente
