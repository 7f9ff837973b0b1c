// "negotiating with" or "discussing with" a partner over a facility negotiates the facility.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility the pair is negotiating over is under negotiation") {
  auto d = deals_of("Ecuador is negotiating with Colombia over a new power interconnector on the border.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Colombia", "Ecuador"});
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].sector == "energy");
}

TEST_CASE("'discussing with' a partner on a bridge is talks too, 'competing with' over a port is not") {
  auto d = deals_of("Ecuador has been discussing with Peru on a new road bridge across the border river.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Ecuador", "Peru"});
  CHECK(d[0].status == "negotiating");
  CHECK(deals_of("Ecuador is competing with Peru over a new port on the Pacific coast.").empty());
}
