// A deal noun told as under discussion is a deal under talks; the phrase without a deal noun is none.
#include "deal_under_discussion.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a treaty told as under discussion is negotiated") {
  auto d =
      deals_of("A bilateral investment treaty between Chile and Peru has been under discussion since 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  auto b = deals_of("A free trade agreement between Chile and Peru is being discussed.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].status == "negotiating");
}

TEST_CASE("'under discussion' with no deal noun, or before it, states no deal") {
  CHECK(deals_of("Relations between Chile and Peru have been under discussion since 2021.").empty());
  CHECK(deals_of("Under discussion in Lima were Chile and Peru's ties, not any treaty.").empty());
}
