// Follow-up sentences: a sentence that values the deal just told adds its amount to that deal; each case
// is a text written for the test.
#include "deal_followup.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'put the programme at' an amount values the deal just told, it invests nothing") {
  auto d = deals_of(
      "Peru has opened talks with Spain over up to six C-310 corvettes. Two officials put the programme at "
      "about 900 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].currency == "EUR");
  CHECK(d[0].value == Approx(900e6));
  // Money put into something is still an investment of its own.
  auto put = deals_of("Spain put $90 million into a Peruvian shipyard in May.");
  REQUIRE(put.size() == 1);
  CHECK(put[0].kind == "investment");
}
