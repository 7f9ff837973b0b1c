// A deal noun after "the" and a word that marks it as the one just told: "The follow-on contract is worth
// $310 million" prices the order of the sentence before; it is no deal of its own.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"
#include "deal_lex.h"

namespace entente {

// True when the sentence of d opens on "the", "this" or "that", then one or two words from a short list
// that refer back ("follow-on", "renewed", "new", "latest", "same", "whole", "entire", "overall"), then the
// trigger noun of d, which is d's whole item (or runs on only into a verb: "The renewed agreement allows").
bool modified_anaphora(const LexedText& t, const DealDraft& d);

// "China will fund the study with grant assistance": a deal noun after "with" that tells how "the" thing just
// named (the object of fund, finance or pay for) is paid, with no amount in the sentence, is more of the
// deal just told.
bool funds_told(const FillContext& f, const DealDraft& d);

}  // namespace entente
