// Deals told inside an unreal condition or a modal perfect anywhere in a sentence: "imagine if Peru had
// bought the frigates", "if Chile ever agreed to sell gas", "Peru should instead have bought tanks".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` lies in an "if" clause, with no comma, colon or semicolon
// between "if" and b, whose verb is unreal: "had" + participle, "ever", or "were to" ("what would have
// happened if Peru had bought jets", "If Chile ever agreed to sell gas, ..."); or when b comes a few words
// after a modal perfect ("should have bought", "could instead have signed a deal"). Either way the text
// tells a deal that did not happen. So does a "that" clause with a modal after a noun of ideas ("the idea
// that Uzbekistan could ship copper to Europe remains a slide"). A condition opening the sentence with a
// comma after it is also judged by counterfactual() in deal_denial.cpp.
bool counterfactual_clause(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
