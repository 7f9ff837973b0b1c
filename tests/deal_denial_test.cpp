// Denied reports: a deal told only inside a report the text denies is no deal.
#include "deal_denial.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal inside a report the text calls inaccurate or denies is no deal") {
  CHECK(deals_of("Reports that Peru has agreed to buy six frigates from Spain are inaccurate.").empty());
  CHECK(deals_of("Peru's navy denied reports that it had signed a contract with Spain for six frigates.")
            .empty());
  CHECK(deals_of("Lima dismissed claims that Peru had ordered 12 jets from Sweden.").empty());
  CHECK(deals_of("The ministry denied that Peru had bought tanks from Korea.").empty());
}

TEST_CASE("a denial that ends before the deal leaves the deal") {
  auto d = deals_of(
      "Peru denied reports that talks had stalled, saying it signed a contract with Spain for six "
      "frigates in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
  CHECK(deals_of("Reports say that Peru signed a contract with Spain for six frigates.").size() == 1);
}
