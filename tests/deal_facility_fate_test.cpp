// A facility told as dropped after it, in a sentence naming a country, is a cancelled deal.
#include "deal_facility_fate.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility told as dropped after its asides is a cancelled deal") {
  auto d = deals_of(
      "Peru has many rivers. The Marañon dam study, commissioned from a Spanish consultancy, was quietly "
      "shelved.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
  auto perfect = deals_of(
      "Kenya and China are close. Yet the Lamu coal plant, promised by China for a decade, has been "
      "dropped.");
  REQUIRE(perfect.size() == 1);
  CHECK(perfect[0].status == "cancelled");
  CHECK(perfect[0].parties == std::vector<std::string>{"China", "Kenya"});
}

TEST_CASE("a facility told before, or no country named, is no new dropped deal") {
  CHECK(deals_of("The new stadium in the capital was cancelled by the governor.").empty());
  auto d = deals_of(
      "Japan agreed to build a metro in Manila for the Philippines in 2015. The same project was frozen in "
      "2020.");
  REQUIRE(d.size() == 1);
}
