// Financing told as signed: the bare noun "financing" as the object of a signing verb is a loan row, though
// no amount is told beside it ("signed the financing for the second phase", "signed the project financing").
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("signed the financing of a phase is a signed loan") {
  auto deals = deals_of("Chile and Peru signed the financing for the second phase in 2024.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "signed");
  CHECK(deals[0].year == 2024);
  CHECK(deals_of("Chile and Peru signed the project financing on Monday.").size() == 1);
}

TEST_CASE("signed before financing was secured gives no financing row of its own") {
  CHECK(deals_of("Chile's projects share a pattern: contracts were signed before financing was secured.")
            .size() == 1);
}
