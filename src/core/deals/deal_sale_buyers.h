// One deal per buyer when a sale names several: "It has sold FA-50 fighters to Colombia and Thailand" is two
// sales, Korea-Colombia and Korea-Thailand, not one three-party row.
#pragma once

#include <cstddef>
#include <vector>

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When draft d's trigger is a sale verb ("sold", "supplied", "exported") followed in its clause by "to" and a
// list of two or more countries, replaces each deal among deals[first] on by one deal per listed buyer. The
// seller is the deal's one party outside the list, else the lone other country of the sentence `before`,
// else a main country of the story named nowhere in the sentence; without one the deals stay as they are.
void split_sale_buyers(const FillContext& f, const DealDraft& d, LexRange before, std::size_t first,
                       std::vector<Deal>* deals);

}  // namespace entente
