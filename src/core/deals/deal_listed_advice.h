// A numbered recommendation in an op-ed: "First, stop signing power deals at fixed prices", "Second,
// publish the contracts", "Third, sell to more than one buyer". The writer advises; nobody has dealt.
#pragma once

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the sentence opens with an ordinal of a list ("First,", "Second,", "Finally,") followed by a
// verb in the imperative: a lower-case word that is no article, pronoun, preposition or conjunction ("Second,
// the financing is the real story" and "Third, it should ..." are no imperatives).
bool listed_advice(const LexedText& t, LexRange sentence);

}  // namespace entente
