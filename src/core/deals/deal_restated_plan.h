// Restated deals: "The agreement revives a plan first announced in 2022", "The loan resurrects a project
// dropped in 2019": a sentence whose subject is the deal just told and whose verb restates it tells more of
// that deal, not a deal of its own (nor is the earlier plan it names a second deal).
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the sentence of `d` opens with "The", "This" or "That", at most two modifiers and a deal noun
// (agreement, deal, contract, loan, purchase, order ...), or with "It", followed by a verb that restates
// the deal (revives, resurrects, builds on, formalises, confirms, seals, caps, marks ...), and the trigger
// of `d` is that subject, or lies in the verb's object when that object is an earlier plan, proposal or
// project ("revives a plan first announced in 2018"), before any punctuation. Not "builds on a 2023
// agreement" nor "..., when the two countries signed a deal for a plant": earlier deals of their own.
// Talks told again as not yet ended in a deal ("The talks have not produced an agreement") are the talks
// just told, the deal they have not produced included.
bool restated_plan(const LexedText& t, const DealDraft& d);

}  // namespace entente
