// An agreement noun, an aside set off by commas, then "was also signed": a deal of its own.
#include "deal_aside_signed.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'a second agreement, under which X will train Y engineers, was also signed' is a second deal") {
  auto d = deals_of(
      "Peru and Chile on Monday signed a water agreement. Peruvian officials said a second agreement, under "
      "which Chile will train 300 Peruvian mining engineers, was also signed at the ceremony.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].status == "signed");
  CHECK(d[1].item.find("train") != std::string::npos);
}

TEST_CASE("an aside on what the agreement covers, then 'was also signed'") {
  auto d = deals_of("A new agreement, on training engineers, was also signed between Peru and Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("an aside followed by a verb that is no signing tells no deal") {
  CHECK(deals_of("A new agreement, under which Chile would train engineers, was also criticised in Peru.")
            .empty());
}
