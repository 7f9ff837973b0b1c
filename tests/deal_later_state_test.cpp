// Deal status: the later state of a signed deal told after it in the same sentence (handed over, in service,
// running, a satellite launched: completed; construction begun: in progress).
#include "deal_later_state.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'sold X two corvettes, handed over in 2019 and 2020' is completed") {
  auto d =
      deals_of("Spain sold Peru two corvettes, handed over in 2019 and 2020, in a deal worth $400 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("'X radars, bought for $90 million, are already in service' is completed") {
  auto d = deals_of(
      "Ghana bought Swedish Giraffe radars for about $90 million in 2021, and the radars are already in "
      "service.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("'lent X $2 billion for a metro line, which began running in 2021' is completed") {
  auto d = deals_of(
      "China lent Ecuador $2 billion for the Quito metro line, which began running in 2021 after long "
      "delays.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("'bought a satellite from X and launched in 2015' is completed") {
  auto d = deals_of(
      "Laos bought a communications satellite from China for about $250 million, and it was launched in "
      "2015.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("'signed an agreement to build a plant, and construction started in 2023' is in progress") {
  auto d = deals_of(
      "Toyota signed an agreement with Kenya in 2022 to build a $300 million assembly plant, and "
      "construction "
      "started in 2023.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("'ordered six ships, delivered by 2029' stays signed") {
  auto d = deals_of("Chile ordered six patrol ships from Spain in 2024, delivered by 2029 under the plan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("'the first of them entered service' stays under way") {
  auto d = deals_of(
      "Egypt ordered 30 fighter jets from France in 2021, and the first of them entered service in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("'won a concession to expand a terminal, and the terminal opened to passengers' is completed") {
  auto d = deals_of(
      "Spain's Aena won a concession from Ghana in 2022 to expand the Kumasi airport terminal, and the "
      "terminal "
      "opened to passengers in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
}

TEST_CASE("'a contract for gas a year, delivered through the pipeline' stays signed") {
  auto d = deals_of(
      "Serbia signed a ten-year contract with Azerbaijan for 400 million cubic metres of gas a year, "
      "delivered "
      "through the Trans-Adriatic pipeline.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}
