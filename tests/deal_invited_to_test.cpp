// An invitation to take part in a deal offers it: proposed.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("companies invited to take part in building a plant are offered a deal") {
  auto d = deals_of(
      "Peru invited Chilean companies to take part in the construction of the Majes hydropower plant.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto built = deals_of("Peru invited Chilean firms to build a hydropower plant at Majes.");
  REQUIRE(built.size() == 1);
  CHECK(built[0].status == "proposed");
}

TEST_CASE("a plant built after an earlier sentence's invitation is read as before") {
  auto d = deals_of("Peru invited Chilean firms to Lima. Chilean firms built a hydropower plant at Majes.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status != "proposed");
}
