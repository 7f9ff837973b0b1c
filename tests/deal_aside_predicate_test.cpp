// A deal noun whose predicate of talks follows a relative aside is a deal under talks.
#include "deal_aside_predicate.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an agreement still being negotiated after a relative aside is negotiated") {
  auto d = deals_of(
      "A water agreement between Chile and Bolivia, which herders have sought for decades, is still being "
      "negotiated.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Chile"});
}

TEST_CASE("a relative aside with no talks after it states no deal") {
  CHECK(deals_of("A water agreement between Chile and Bolivia, which herders have sought for decades, is a "
                 "dream.")
            .empty());
}
