// Deal years from times of the story's day: a live blog's entry stamps and "this morning" take the
// dateline's year.
#include "deal_year_clock.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a live blog entry stamped with a clock time takes the dateline's year") {
  auto d = deals_of(
      " date 2026-10-26 LIVE: leaders meet in Lima\n\n"
      "09:40 Chile and Peru have signed a memorandum under which Chile will import 40,000 tonnes of Peruvian "
      "sugar a year.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2026);
}

TEST_CASE("'this morning' is a time of the story's day") {
  auto d = deals_of(
      " date 2026-10-26 LIVE: leaders meet in Lima\n\n"
      "Welcome to our live coverage of the summit.\n\n"
      "Chile and Peru agreed this morning to resume talks on a gas pipeline between the two countries.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2026);
}

TEST_CASE("a number that is no clock stamp does not date an untimed deal") {
  auto d = deals_of(
      " date 2026-10-26 Trade news\n\n"
      "Chile and Peru have signed a memorandum under which Chile will import 40,000 tonnes of Peruvian sugar "
      "a year.\n");
  REQUIRE(d.size() == 1);
  CHECK(!d[0].year);
  auto v = deals_of(
      " date 2026-10-26 Trade news\n\n"
      "27.95 Chile and Peru have signed a memorandum under which Chile will import 40,000 tonnes of Peruvian "
      "sugar a year.\n");
  REQUIRE(v.size() == 1);
  CHECK(!v[0].year);
}
