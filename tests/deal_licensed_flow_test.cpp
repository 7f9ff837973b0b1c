// Deliveries told as made under licences describe a procedure, not one delivery.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Deliveries ... were made under licences issued by' the ministry is no deal") {
  CHECK(
      deals_of("Chile has sold arms to Peru for years.\n\nDeliveries of defence equipment to Peru were made "
               "under licences issued by the licensing office of this ministry.")
          .empty());
}

TEST_CASE("a counted delivery made under a licence is still a deal") {
  auto d = deals_of(
      "Chile has sold arms to Peru for years.\n\nDeliveries of 12 patrol boats to Peru were made "
      "under licences issued by the licensing office in 2021.");
  CHECK_FALSE(d.empty());
}
