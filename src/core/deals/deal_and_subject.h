// A second deal after ", and" with a named subject of its own: "India financed the port, and Afcons won a
// contract in 2021 for the bridge" tells two deals, the financing and the contract.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when draft d's clause opens on "and" after a comma, then a capitalised name of one to five words
// ("Afcons", "China Harbour Engineering") and a lower-case verb before d's trigger: a clause with a subject
// of its own, whose bare "a contract" is a deal of its own rather than a frame of the deal before it.
bool named_subject(const LexedText& t, const DealDraft& d);

}  // namespace entente
