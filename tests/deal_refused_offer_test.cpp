// Refused offers: an offer the same sentence says was refused, rejected or turned down is no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an offer refused or turned down in the same sentence is no deal") {
  CHECK(deals_of("Chile offered Peru a $300 million export credit line for a port in 2022, and Lima refused "
                 "it.")
            .empty());
  CHECK(deals_of("Peru offered to sell six patrol boats to Chile, but Santiago turned the offer down.")
            .empty());
}

TEST_CASE("an offer that was accepted, or one only mostly declined, is kept") {
  CHECK(deals_of("Chile offered Peru a $300 million export credit line for a port in 2022, and Lima "
                 "accepted it.")
            .size() == 1);
  CHECK(deals_of("Peru offered Chile a $300 million credit line for a port, an offer that Santiago mostly "
                 "declined.")
            .size() == 1);
}
