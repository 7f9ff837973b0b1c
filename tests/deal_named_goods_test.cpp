// A purchase noun after a named system names what is bought, unless the name points back at a told deal.
#include "deal_named_goods.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a purchase noun after a system's name is a deal") {
  auto d = deals_of(
      "The Patriot sale Ankara sought from the United States in 2013 failed over technology transfer.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].year == 2013);
  CHECK(d[0].parties == std::vector<std::string>{"Turkey", "United States"});
  auto model = deals_of("Egypt said the K9 purchase from South Korea was signed in 2022.");
  REQUIRE(model.size() == 1);
  CHECK(model[0].year == 2022);
}

TEST_CASE("a name told before points the purchase noun back at a deal already told") {
  auto d = deals_of(
      "Qatar signed a contract with France for 24 Rafale jets in 2015. The Rafale order is Qatar's largest.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].quantity == std::string("24 aircraft"));
}
