// A delivery schedule of an order told before gives no row of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("deliveries still to come of the orders just told are no deal of their own") {
  auto d = deals_of(
      "Romania signed a contract with Germany on Friday to buy twelve patrol boats for about $400 million. "
      "The deal follows an earlier order for four of the boats that Bucharest signed in 2020. That first "
      "batch has been delayed by problems at the shipyard. Deliveries of the new boats are due to begin in "
      "2028, and the last of the boats will arrive by 2031, the navy said.");
  REQUIRE(d.size() == 2);
  for (const auto& x : d) CHECK(x.evidence.text.rfind("Deliveries", 0) == std::string::npos);
}

TEST_CASE("a delivery sentence that names a contract of its own still gives its row") {
  auto d = deals_of(
      "Chile ordered six cargo aircraft from Brazil in March. Deliveries of gas from Argentina to Chile are "
      "due to begin in 2027 under a contract signed on Monday.");
  bool gas = false;
  for (const auto& x : d) gas |= x.parties.size() == 2 && x.sector == "energy";
  CHECK(gas);
}
