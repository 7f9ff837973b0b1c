// A project and the loan a sentence tells as paying for it ("building the dam, for which the bank provided
// a loan of ...", "a pipeline financed by a loan") are one deal: the project, with the loan's amount.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_consolidate.h"
#include "deal_draft.h"
#include "deal_lex.h"
#include "deals.h"

namespace entente {

// Joins, among the deals of one sentence (`deals` from `first_new` on, `notes` parallel to `deals`), each
// loan with an amount into a project without one that has the same parties, when the sentence `r` ties
// them by a financing word ("for which", "financed", "funded", "to finance"); an agreement without an amount
// told before the loan counts as the project when the sentence says "financed through/by/with" ("a
// memorandum for a solar plant, to be financed through a credit line of 250 million euros"). The project
// takes the loan's amount; the loan's deal and note are removed.
void join_project_loans(const LexedText& t, LexRange r, std::size_t first_new, std::vector<Deal>* deals,
                        std::vector<DealNote>* notes);

}  // namespace entente
