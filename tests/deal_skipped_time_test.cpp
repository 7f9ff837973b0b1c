// A bare agreement's item is its topic when a time stands between the noun and the topic; a hyphened
// compound with a preposition inside ("gas-for-electricity") is one word of the item.
#include "deal_skipped_time.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a bare agreement dated before its topic is named by the topic") {
  auto d = deals_of("Chile and Japan signed an agreement in March 2025 on hydrogen exports.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "hydrogen exports");
  auto e = deals_of("Peru and Korea signed an agreement last year covering lithium refining.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].item == "lithium refining");
}

TEST_CASE("an agreement with a topic of its own keeps it; a hyphened compound stays whole") {
  auto d = deals_of("Chile and Japan signed a transit agreement in 2021 on port access.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("transit agreement"));
  auto e = deals_of("Chile and Peru signed an agreement in May 2024 on a gas-for-electricity swap.");
  REQUIRE(e.size() == 1);
  CHECK_THAT(e[0].item, Catch::Contains("gas-for-electricity swap"));
}
