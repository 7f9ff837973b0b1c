// The sector of a loan "for the project" from the deal told before it (deal_sector_project_loan.cpp).
#pragma once

#include <vector>

#include "deals.h"

namespace entente {

// "Chile and Peru signed an agreement to build a gas pipeline ... A state fund will provide a $1 billion loan
// for the project": a loan for a project named by a definite reference pays for the deal told before it and
// takes that deal's sector (a loan stays finance when no deal of a named sector comes before it).
void refer_back_project_loans(std::vector<Deal>* deals);

}  // namespace entente
