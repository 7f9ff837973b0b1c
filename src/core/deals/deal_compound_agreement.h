// One deal told by a compound noun: "a $12 million grant agreement with Ghana's education ministry"
// (deal_compound_agreement.cpp).
#pragma once

#include <cstddef>
#include <vector>

#include "deal_consolidate.h"
#include "deals.h"

namespace entente {

// Among the deals of one sentence (from first_new on), an agreement with no amount whose item opens like
// the rest of the item of the grant or loan told just before it with the same parties ("agreement with
// Ghana's education ministry ..." after "grant agreement with Ghana's education ministry ...") is the
// second noun of that deal's compound ("grant agreement"), not a deal of its own: it is dropped (with its
// note).
void drop_compound_agreements(std::size_t first_new, std::vector<Deal>* deals, std::vector<DealNote>* notes);

}  // namespace entente
