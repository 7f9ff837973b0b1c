// A deal told as an earlier one: "The deal follows an earlier order for 24 jets" (deal_earlier_deal.cpp).
#pragma once

#include <string_view>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when draft d's trigger is a deal noun led, within three lexemes, by "earlier", "previous", "prior"
// or "original" ("an earlier order for 24 jets", "the previous contract"): a deal before the one just
// told, which is one more deal, not more of that one.
bool earlier_deal(const LexedText& t, const DealDraft& d);

// True when draft d of `kind` is an earlier purchase, agreement, loan or investment told by its noun with
// no verb of its own ("follows an earlier order for 24 jets"): it was placed, so it is signed.
bool earlier_deal_signed(const LexedText& t, const DealDraft& d, std::string_view kind);

}  // namespace entente
