// Dates: full dates, ranges, month-year, fiscal years, relative dates, and "may" the verb.
#include "dates.h"

#include <catch2/catch.hpp>

namespace {
std::vector<entente::DateSpan> dates(const std::string& text) {
  auto t = entente::lex_text(text);
  return entente::find_dates(t, std::vector<std::uint8_t>(t.lex.size(), 0));
}
}  // namespace

TEST_CASE("full dates, month-year and ranges") {
  auto d = dates("on May 1st, 1948 and from October 21, to November 4, 2018; in July 2015; 6 June 2020");
  REQUIRE(d.size() == 4);
  CHECK(d[0].canonical == "1948-05-01");
  CHECK(d[1].canonical == "2018-10-21/2018-11-04");
  CHECK(d[1].year == 2018);
  CHECK(d[2].canonical == "2015-07");
  CHECK(d[3].canonical == "2020-06-06");
}

TEST_CASE("fiscal years, relative dates and the verb may") {
  auto d = dates("In FY2019-20 it may grow; last year it did, and the 2018-km road is not a date.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].canonical == "FY2019-20");
  CHECK(d[0].year == 2019);
  CHECK(d[1].relative);
  CHECK(d[1].year == 0);
}

TEST_CASE("a model number joined to its variant is no year; an edition's year stays one") {
  auto d = dates("Peru ordered eight Condor 2000-5 jets in May 2021 and held the exercise Andes 2019.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].canonical == "2021-05");
  CHECK(d[1].year == 2019);
  // At the start of a sentence, after a word that opens a time, the number is a year.
  auto start = dates("In 2000-5 talks stalled.");
  REQUIRE(start.size() == 1);
  CHECK(start[0].year == 2000);
}

TEST_CASE("a decade ('the late 1980s', 'the 1990's') is not a year") {
  auto d = dates("jets flown since the late 1980s and the 1990's, bought in 1988");
  REQUIRE(d.size() == 1);
  CHECK(d[0].canonical == "1988");
}
