// Date mentions: years, month-year, full dates ("May 1st, 1948", "21 October 2018"), ranges ("October 21, to
// November 4, 2018", "April 6-7"), fiscal years ("FY2019-20") and relative dates ("last year": no year).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "deal_lex.h"

namespace entente {

struct DateSpan {
  std::size_t first = 0, end = 0;  // lexemes
  int year = 0;                    // 0 when the text gives none (relative dates, "April 6-7")
  int month = 0, day = 0;          // 0 when not given
  bool relative = false;           // "last year", "this month"
  std::string canonical;           // "2018", "2015-07", "1948-05-01", "2018-10-21/2018-11-04", "FY2019-20"
};

// Dates in `t`, in text order, skipping lexemes where `taken[i]` is set (money).
std::vector<DateSpan> find_dates(const LexedText& t, const std::vector<std::uint8_t>& taken);

}  // namespace entente
