// Amounts of one deal listed with their years: one deal per amount.
#pragma once

#include <vector>

#include "deal_fill.h"

namespace entente {

// "three lines of credit: a billion dollars in 2010, two billion in 2016 and four and a half billion in
// 2017": when the amount `money` of `deal` opens a list of amounts, each told with "in" and its own year
// and joined by commas or "and" (a later bare number, "two billion", takes the first amount's currency),
// appends one copy of `deal` per amount, with that amount and year, to `out` and returns true; false, and
// nothing appended, when fewer than two such amounts follow one another. An amount after "a further",
// "another" or "an additional" a few words on counts too ("in 2009 to develop the field, followed by a
// further $4.1 billion in 2011").
bool add_amount_parts(const FillContext& f, const MoneySpan& money, const Deal& deal, std::vector<Deal>* out);

}  // namespace entente
