// The year supplies start ("supply gas to Peru from 2029") is not the year of the deal.
#include "deal_supply_start.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'supply gas to Peru from 2029' gives no deal year") {
  auto d = deals_of(
      "Chilean and Peruvian officials said they were discussing an arrangement under which Chile would "
      "supply "
      "liquefied natural gas to Peru from 2029.");
  REQUIRE(d.size() == 1);
  CHECK(!d[0].year);
  auto s = deals_of("Chile signed a deal in 2025 to supply gas to Peru from 2027.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].year == 2025);
}

TEST_CASE("a span 'from 2019 to 2024' and a deal dated 'from 2019' are left alone") {
  auto d =
      deals_of("Chile signed a gas supply deal with Peru in 2019, covering deliveries from 2020 to 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2019);
}
