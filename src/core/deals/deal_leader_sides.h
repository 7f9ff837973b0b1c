// "In 2022 Emmanuel Macron and Abdelmadjid Tebboune signed the Algiers declaration", "Modi and Støre agreed
// to explore cooperation in green hydrogen": leaders named before the trigger stand for their countries
// when the clause names fewer than two countries.
#pragma once

#include "deal_draft.h"
#include "deal_fill.h"

namespace entente {

// When *p holds fewer than two countries and the people the gazetteer ties to a country, named in d's
// sentence before its trigger, give two countries (or one beside *p's one), puts those two into *p and
// returns true; false otherwise.
bool leader_sides(const FillContext& f, const DealDraft& d, NameSet* p);

}  // namespace entente
