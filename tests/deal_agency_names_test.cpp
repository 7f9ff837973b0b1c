// A national development agency or export-credit fund named alone stands for its country.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a grant or loan by KOICA, EDCF or Proparco has the agency's country as a side") {
  auto d = deals_of("KOICA will provide a $20 million grant for a hospital in Hanoi.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"South Korea", "Vietnam"});
  auto e = deals_of("Proparco will lend 50 million euros for a solar plant in Senegal.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].parties == std::vector<std::string>{"France", "Senegal"});
}
