// Parts of a signed package: "signed two agreements today. The first agreement covers the supply of three
// turbines": the part told after the package takes its signing.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when `sentence` opens on "the" and an ordinal ("first", "second", ..., "other"), an optional deal noun
// and "is", "was", "covers" or "concerns" ("The first agreement covers ...", "The second is ..."), and the
// kBack lexemes before it tell "signed" followed within four lexemes by a plural deal noun ("signed two
// agreements", "signed three contracts"): the sentence names a part of a package already signed.
bool ordinal_part_of_signed(const LexedText& t, LexRange sentence);

}  // namespace entente
