// Which years mentioned in a clause can date a deal told there, and which only say when it runs, was first
// made, or what it ends: used by deal_year.cpp.
#pragma once

#include <vector>

#include "deal_fill.h"

namespace entente {

// "by 2040", "to be delivered from 2027", "scheduled to be completed in 2024", "due to fly ... in 2027": a
// target, deadline or delivery year, which is not the year of the deal.
bool target_year(const FillContext& f, const DateSpan& d);

// "agreed to supply gas for 20 years starting in 2028": every date in lexemes r is a year and one of them is
// a target, so the clause tells when the deal runs, not when it was made.
bool only_target(const FillContext& f, LexRange r);

// "a deal New Delhi has sought since 2023", "in talks since 2019": the year d starts a span.
bool span_start(const LexedText& t, const DateSpan& d);

// "between 2009 and 2016", "from 2015 to 2019": the year d is either end of a span of years, which dates no
// single deal told over it.
bool span_end(const LexedText& t, const DateSpan& d);

// The dates with a year in lexemes r that can date a deal: not targets, not span starts ("since 2019"), not
// an aside on when the object was first made (", first signed in 2018"), not the year a ban was imposed.
std::vector<const DateSpan*> years_in(const FillContext& f, LexRange r);

}  // namespace entente
