// A one-sided deal for a model made abroad takes the maker's country as its other side.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("radars, trainers and howitzers named by model take their makers' countries") {
  auto radars = deals_of("Peru has already received two Ground Master 400 radars under a 2022 contract.");
  REQUIRE(radars.size() == 1);
  CHECK(radars[0].parties == std::vector<std::string>{"France", "Peru"});
  auto trainers = deals_of("Peru ordered 12 L-39NG jet trainers in 2025.");
  REQUIRE(trainers.size() == 1);
  CHECK(trainers[0].parties == std::vector<std::string>{"Czech Republic", "Peru"});
  auto guns = deals_of("Peru's army signed a contract for 18 ATMOS howitzers on Monday.");
  REQUIRE(guns.size() == 1);
  CHECK(guns[0].parties == std::vector<std::string>{"Israel", "Peru"});
}

TEST_CASE("Yak-130 trainers are defence goods from Russia") {
  auto d = deals_of("Peru suspended a planned order for Yak-130 trainers in 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Russia"});
}
