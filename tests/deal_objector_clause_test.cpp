// A third country objecting to a deal in a relative clause is neither a side nor a cancellation.
#include "deal_objector_clause.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'a deal ... that Peru rejected outright' is signed between its own two sides") {
  auto d = deals_of("In 2019 Chile signed a fishing zone deal with Ecuador that Peru rejected outright.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Ecuador"});
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2019);
}

TEST_CASE("a country that joins the deal in a relative clause is still a side") {
  auto d = deals_of("Chile signed a fishing zone deal with Ecuador that Peru will also join.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Ecuador", "Peru"});
}
