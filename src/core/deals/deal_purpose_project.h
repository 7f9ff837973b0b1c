// A project named as the purpose of a deal told just before it in the same sentence: "signed a $20 million
// grant agreement with Zambia on Tuesday for a water project" (deal_purpose_project.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_consolidate.h"
#include "deals.h"

namespace entente {

// Among the deals of one sentence (from first_new on), a project or agreement with no amount of its own
// whose item follows "for" after the item of an agreement, loan or grant with the same parties told just
// before it ("a grant agreement with Zambia on Tuesday for a water project") is what that deal pays for:
// the deal takes its sector and its row is dropped (with its note).
void join_purpose_projects(std::size_t first_new, std::vector<Deal>* deals, std::vector<DealNote>* notes);

}  // namespace entente
