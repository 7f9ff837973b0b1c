// Deal parties: the country that speaks of itself is a side, and a route's far end is a place, not a side.
#include "deal_parties.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a speaker that says it is in talks is a side; the far end of a route is none") {
  auto d = deals_of("Peru, for its part, said it was negotiating a loan from Japan for a railway extension to "
                    "Bolivia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Peru"});
  auto line = deals_of("Chile says that it has signed a contract with Korea for a power line to Argentina.");
  REQUIRE(line.size() == 1);
  CHECK(line[0].parties == std::vector<std::string>{"Chile", "South Korea"});
  // A route's end stays a side when no speaker replaces it.
  auto pipe = deals_of("Russia signed a deal to build a gas pipeline to Turkey.");
  REQUIRE(pipe.size() == 1);
  CHECK(pipe[0].parties == std::vector<std::string>{"Russia", "Turkey"});
}
