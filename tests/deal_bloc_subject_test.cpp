// A country and a bloc joined as the sides of a deal make no deal between two countries.
#include "deal_bloc_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a country and a bloc as the two sides are no bilateral deal, whatever member is named") {
  auto d = deals_of(
      "Chile and Norway\n\nIn 2023 Chile and the European Union, of which Spain is a member, signed an "
      "advanced framework agreement. In 2019 Chile and Norway signed a fisheries agreement.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Norway"});
  auto e = deals_of("In 2024 India and EFTA, whose members include Norway, signed a trade agreement.");
  CHECK(e.empty());
}
