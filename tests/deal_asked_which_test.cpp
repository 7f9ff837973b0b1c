// A reported question ("You asked which ... contracts are still open") asks about deals and tells none.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("deal words in a reported question tell no deal") {
  CHECK(deals_of("You asked which weapons Chile has delivered to Peru over the past decade, on what terms "
                 "they were financed, and which contracts are still open.")
            .empty());
  CHECK(deals_of("The deputy asked the minister whether Chile had sold patrol boats to Peru.").empty());
}

TEST_CASE("a request with 'asked for' is still read as before") {
  auto d = deals_of("Peru asked for Chile's help and then signed a $50 million loan agreement with Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("a relative clause after the asked party is no question") {
  auto d = deals_of(
      "Peru should instead ask Chile, which has offered concessional financing for the same port, to present "
      "its terms.\n\nPeru's ministry asked Chile, which has offered a $50 million loan for the port, to sign "
      "it.");
  CHECK_FALSE(d.empty());
}
