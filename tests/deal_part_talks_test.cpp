// A later batch or phase told as negotiated is a deal under talks; one told otherwise states none.
#include "deal_part_talks.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a later phase or batch under negotiation is a deal being negotiated") {
  auto d =
      deals_of("Ghana and Turkey are negotiating a second phase of the coastal railway, officials said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Ghana", "Turkey"});
  auto b = deals_of(
      "Ghana said a third batch of patrol boats from Turkey, worth $90 million, has been under negotiation "
      "since March.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].status == "negotiating");
}

TEST_CASE("a later phase not told as negotiated states no deal") {
  CHECK(deals_of("The second phase of the coastal railway between Ghana and Turkey opened to traffic.")
            .empty());
  CHECK(deals_of("Ghana and Turkey moved to the next stage of their friendship, officials said.").empty());
}
