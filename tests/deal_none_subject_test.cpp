// A deal told only as done by nobody ("none has handed a port ...") is no deal.
#include "deal_none_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal whose subject is 'none' or 'neither' with an auxiliary is no deal") {
  CHECK(
      deals_of("Few island states have borrowed heavily, and none has leased a port to a Chinese company on "
               "a long lease.")
          .empty());
  CHECK(deals_of("Neither Samoa nor Tonga has bought patrol boats from China.").empty());
}

TEST_CASE("'neither is' a deal of others still tells that deal") {
  auto d = deals_of("Neither is the Danish purchase of F-35 jets from the United States, signed in 2016.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Denmark", "United States"});
}
