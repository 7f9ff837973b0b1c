// Deal item: the contract that work goes on under is about the thing worked on.
#include "deal_work_under_contract.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'has been working on X since YEAR under a contract' is about X") {
  auto d = deals_of(
      "A Korean contractor has been working on a bypass around Kumasi since 2021 under a contract with Ghana "
      "worth $300 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("bypass") != std::string::npos);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("'has been running X since YEAR under an agreement' is a deal under way") {
  auto d = deals_of(
      "Mitsui has been running a container terminal in Maputo since 2019 under a ten-year service agreement "
      "with Mozambique's port authority, Japan's embassy said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("terminal") != std::string::npos);
  CHECK(d[0].status == "in_progress");
}
