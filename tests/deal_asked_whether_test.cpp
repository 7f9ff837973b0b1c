// A written question's items ("(a) whether the Government has signed ...") ask about deals and tell none.
#include "deal_asked_whether.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a question item opening with 'whether' tells no deal") {
  CHECK(deals_of(
            "Will the Minister be pleased to state: (a) whether Chile has signed a gas deal with Peru since "
            "January 2025; (b) if so, the details thereof?")
            .empty());
  CHECK(
      deals_of("(a) whether Chile has concluded agreements with Peru on copper since January 2025;").empty());
}

TEST_CASE("'whether' inside a statement's clause leaves the answer's deals alone") {
  auto d = deals_of("(a) Yes. Chile signed a gas deal with Peru in March 2025, whether or not prices rise.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
