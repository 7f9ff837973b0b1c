// The dateline of a news text ("SEOUL, June 5, 2025", "Posted : June 5, 2025", a " date 2021-12-04" line) and
// the times in a sentence that fall inside the dateline's year ("on Friday", "in April", "yesterday").
#pragma once

#include <cstddef>
#include <vector>

#include "dates.h"
#include "deal_lex.h"

namespace entente {

// The year of the text's dateline: the first dated mention (a year with a month, or an ISO date) in the
// first 600 bytes that opens its line or follows at most six lexemes there ("Posted :", a place name);
// else the date of a source or publication line in the last 400 bytes ("Source: Sputnik News, November
// 20, 2023"). 0 when there is none.
int dateline_year(const LexedText& t, const std::vector<DateSpan>& dates);

// The dated mention that dateline_year() finds at the top of the text (an element of `dates`), or nullptr
// when the text has none there (a closing source line does not count).
const DateSpan* dateline_span(const LexedText& t, const std::vector<DateSpan>& dates);

// The month of the dateline found as dateline_year finds it at the top of the text; 0 when it has none.
int dateline_month(const LexedText& t, const std::vector<DateSpan>& dates);

// The month (1-12) of the first capitalised full month name after "in", "on", "early" or "late" in lexemes
// [b, e) ("signed in December"), not a delivery time or deadline ("to be delivered in June", "before
// June"); 0 when there is none.
int month_named(const LexedText& t, std::size_t b, std::size_t e);

// True when lexemes [b, e) of `t` hold a time that lies inside the year of the text's dateline without
// naming a year: a month or weekday name, "yesterday", "today", "tonight", "this year/month/week",
// "recent weeks". Years, "last year" and "next month" do not count.
bool dateline_relative(const LexedText& t, const std::vector<DateSpan>& dates, std::size_t b, std::size_t e);

}  // namespace entente
