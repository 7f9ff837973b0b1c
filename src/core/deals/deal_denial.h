// Denied and disputed reports: a deal told only inside "reports that ... are inaccurate" or "denied reports
// that ..." is not stated by the text; nor is one told only as a counterfactual, a denied guess or "no".
#pragma once

#include <cstddef>

#include "deal_draft.h"
#include "deal_lex.h"

namespace entente {

// True when the trigger at lexeme b of `sentence` lies inside a report the sentence denies: "Reports that the
// ministry has agreed to buy frigates are inaccurate", "The ministry denied reports that it had ordered
// jets", "Officials dismissed claims that a loan was signed". A clause after "but", "saying" or ";" that
// comes before the trigger ends the denied report ("denied that talks had stalled, saying the deal was
// signed").
bool denied_report(const LexedText& t, LexRange sentence, std::size_t b);

// True when the sentence does not assert the trigger at lexeme b: a guess put as a question that the next
// sentence denies ("Chile built the plant? No: ...", "... ? It did not"), a counterfactual condition ("Had
// Peru taken the loan, ...", "If Peru had taken the loan, it would have ..."), a trigger after "no"
// ("There have been no joint exercises"), a generic case ("a government that signs a loan ...") or a negated
// present ("a memorandum does not build a railway"), a denied predicate ("an offer is not a deal"), a gerund
// naming an activity ("Buying the best kit does not replace a policy") or a prospect under a present-tense
// condition ("If France offers the best deal, Brazil will buy French again").
bool unasserted(const LexedText& t, LexRange sentence, std::size_t b);

// True when the verb at b is advice, not news: "should" or "ought to" before it in its clause (no punctuation
// between, at most ten lexemes back; not "should be", "should have") in a sentence with no figure ("India
// should cancel its orders and buy American").
bool advised(const LexedText& t, LexRange sentence, std::size_t b);

// True when the trigger at b is an offer the same sentence says was refused: "Brazil offered Peru a credit
// line in 2023, and Lima refused it", "Peru offered to sell boats to Chile, but Santiago turned the offer
// down" (see deal_refused_offer.cpp; denied_report asks it too).
bool refused_offer(const LexedText& t, LexRange sentence, std::size_t b);

}  // namespace entente
