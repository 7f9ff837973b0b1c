// Contracts won: a company that "received a Letter of Award" or "an order" signed a contract, it did not
// take delivery of goods.
#include "deal_award_received.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a received letter of award or order is a signed contract") {
  auto letter = deals_of(
      "Andes Builders of Peru has received a Letter of Award from the Government of Chile for the "
      "construction of a 120 km highway, valued at $90 million.");
  REQUIRE_FALSE(letter.empty());
  for (const auto& d : letter) CHECK(d.status == "signed");
  auto order = deals_of("A Peruvian shipyard has received a purchase order from Chile for six patrol boats.");
  REQUIRE_FALSE(order.empty());
  for (const auto& d : order) CHECK(d.status == "signed");
}

TEST_CASE("received goods stay delivered") {
  auto d = deals_of("Chile has received six patrol boats from Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}
