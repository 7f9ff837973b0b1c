// "2018: Excalibur Army delivered 52 refurbished T-72 tanks", in a Czech answer on exports to Iraq: the maker
// of a used model (refurbished, second-hand, surplus) is not who sells it, so the model's maker is no side
// of the deal; the story's pair fills the place it leaves.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When d's sentence names a model with a known maker right after "refurbished", "used", "second-hand",
// "secondhand", "surplus" or "ex-" (the first such model), and does not name the maker's country itself,
// drops that country from *p and adds the story's pair members (at most two sides in all).
void drop_used_model_maker(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
