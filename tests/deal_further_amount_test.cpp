// A second amount after "a further" with its own target is one more deal of the same kind.
#include "deal_further_amount.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'put $X into A in 2020 and a further $Y into B the same year' is two investments") {
  auto d = deals_of(
      "A Chilean fund put $400 million into a Peruvian telecom firm in 2020 and a further $250 million into "
      "Peru's largest retailer the same year.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value_usd == Approx(4e8));
  CHECK(d[1].value_usd == Approx(2.5e8));
  CHECK(d[1].item.find("retailer") != std::string::npos);
  CHECK(d[1].year == 2020);
  auto dated = deals_of(
      "Chile invested $200 million in a Peruvian copper mine in 2018 and another $150 million in a "
      "smelter in 2021.");
  REQUIRE(dated.size() == 2);
  CHECK(dated[1].item == "smelter");
  CHECK(dated[1].year == 2021);
}

TEST_CASE("a second amount without its own target is no second deal") {
  CHECK(deals_of("Chile invested $200 million in a Peruvian copper mine in 2018 and a further $150 million.")
            .size() == 1);
}
