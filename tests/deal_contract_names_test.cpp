// The "offer" in a "letter of offer and acceptance" names a contract, not a proposal.
#include "deal_contract_names.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a letter of offer and acceptance signed is a signed deal") {
  auto d = deals_of(
      "Officials met in Warsaw. The letter of offer and acceptance for 32 American Apache helicopters, "
      "signed "
      "by Poland in August 2023, will equip two brigades.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2023);
}

TEST_CASE("an offer outside a contract's name is still a proposal") {
  auto d =
      deals_of("Officials met. The United States made an offer to sell 12 F-16 jets to Vietnam in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}
