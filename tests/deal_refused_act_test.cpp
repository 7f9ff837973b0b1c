// Refused acts: a deal told only as what a side refused, declined or ruled out doing is no deal.
#include "deal_refused_act.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal verb right after 'declined to' or 'ruled out' is no deal") {
  CHECK(deals_of("Norway declined to sell its wheeled howitzers to Latvia last spring.").empty());
  CHECK(deals_of("Denmark has ruled out supplying more of its naval mines to Estonia.").empty());
  CHECK(deals_of("Moscow refused to send more gas to Yerevan this winter.").empty());
}

TEST_CASE("an act verb after the refusal whose object holds the deal is no deal") {
  CHECK(deals_of("The Lao cabinet refused to approve a Japanese offer to finance the new bridge.").empty());
  CHECK(deals_of("Samoa ruled out signing a security agreement with China in 2024.").empty());
  CHECK(deals_of("Peru rejected a Korean proposal to build a lithium plant near Puno.").empty());
}

TEST_CASE("a refusal to speak or in another clause leaves the deal") {
  auto d = deals_of("The ministry declined to give a price, but Latvia ordered 18 howitzers from Norway.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Latvia", "Norway"});
  CHECK(deals_of("Latvia ordered 18 howitzers from Norway; officials declined to comment.").size() == 1);
}
