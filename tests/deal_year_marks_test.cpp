// Which years of a clause can date a deal: not the year its object came into force, told in a relative
// clause after it.
#include "deal_year_marks.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the year an object came into force, in a relative clause after it, does not date the deal") {
  std::string head = "Trade\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto revised = deals_of(head +
                          "Canada and Chile are negotiating a revised free trade agreement, which first "
                          "entered into force in 1997.\n");
  REQUIRE(revised.size() == 1);
  CHECK_FALSE(revised[0].year);
  // A year the deal itself was signed in still dates it.
  auto signed_in = deals_of(head + "Canada and Chile signed a free trade agreement in 1996.\n");
  REQUIRE(signed_in.size() == 1);
  CHECK(signed_in[0].year == 1996);
}

TEST_CASE("a timeline line's year after a list dash dates the deal on that line") {
  std::string head = "Ties\n\ndate 2025-03-10 A look back at Chile and Peru\n\nTimeline\n\n";
  auto line = deals_of(head +
                       "- 2017: The two governments signed an agreement on customs cooperation.\n"
                       "- 2019: Chile and Peru signed a memorandum on port services.\n");
  REQUIRE(line.size() == 2);
  CHECK(line[0].year == 2017);
  CHECK(line[1].year == 2019);
  // A hyphen between two years still ends a span, which is a target and not the deal's year.
  auto span = deals_of(head + "Chile and Peru signed a fisheries agreement for 2024-2029.\n");
  REQUIRE(span.size() == 1);
  CHECK(span[0].year != 2029);
}
