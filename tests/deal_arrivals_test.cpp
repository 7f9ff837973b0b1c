// Goods told as arrived are a completed delivery when they are counted or named.
#include "deal_arrivals.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("named or counted goods that arrived are a completed delivery") {
  auto d = deals_of("The Su-30 jets that arrived in 2004 from Russia are still Uganda's best aircraft.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "Su-30 jets");
  CHECK(d[0].status == "completed");
  CHECK(d[0].sector == "defense");
  CHECK(d[0].parties == std::vector<std::string>{"Russia", "Uganda"});
  auto counted = deals_of("Three Chinese frigates arrived in Tanzania in June 2021.");
  REQUIRE(counted.size() == 1);
  CHECK(counted[0].parties == std::vector<std::string>{"China", "Tanzania"});
  CHECK(counted[0].status == "completed");
}

TEST_CASE("arrivals that are no delivery of their own are no deal") {
  // A person arriving, and goods of a deal told before ("The jets").
  CHECK(deals_of("President Ruto arrived in Beijing on Monday for talks with China.").empty());
  auto d = deals_of("Greece bought 18 Rafale jets from France in 2021. The jets arrived quickly.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
