// Regional and business jets are civil aircraft (trade), not the fighters that "jets" alone names.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("regional or business jets are civil aircraft, not defense") {
  auto d =
      deals_of("Kenya and Brazil signed a joint venture on Monday to assemble regional jets in Nairobi.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto e = deals_of("Kenya signed a contract with Brazil on Monday for four business jets.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "trade");
  auto g = deals_of("Kenya signed a contract with Brazil on Monday for four fighter jets.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].sector == "defense");
}
