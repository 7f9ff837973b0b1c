// Deal revisions: a price told as changed in the sentence after a deal is that deal's amount.
#include "deal_revision.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a revised price in a later sentence reaches the deal it revises") {
  auto d = deals_of(
      "Chile agreed to buy six patrol boats from Peru for $300 million in 2026. After a review, the price "
      "falls to $240 million, the navy said.");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].value_usd);
  CHECK(*d[0].value_usd == Approx(240e6));
  CHECK(d[0].evidence_extra.size() == 1);
  // Prices of goods in general are no deal's revision.
  auto market = deals_of(
      "Chile agreed to buy six patrol boats from Peru for $300 million in 2026. Copper prices fell to $9,000 "
      "a "
      "tonne.");
  REQUIRE(market.size() == 1);
  CHECK(*market[0].value_usd == Approx(300e6));
}

TEST_CASE("a revised price skips the original terms told just before it") {
  auto d = deals_of(
      "Chile has cut its order for Peruvian patrol boats from ten to six. The original contract, signed in "
      "2024, was valued at $500 million. Under the new terms, its cost is cut to $310 million.");
  REQUIRE(d.size() == 2);
  REQUIRE(d[0].value_usd);
  CHECK(*d[0].value_usd == Approx(310e6));
  REQUIRE(d[1].value_usd);
  CHECK(*d[1].value_usd == Approx(500e6));
}

TEST_CASE("a revised price in a sentence that also names the contract reaches the deal, once") {
  std::string first = "Chile agreed to buy six patrol boats from Peru for $300 million in 2026. ";
  for (std::string next : {"Under the revised contract, the price rises to $330 million.",
                           "The contract was revised and the price rises to $330 million."}) {
    auto d = deals_of(first + next);
    REQUIRE(d.size() == 1);
    REQUIRE(d[0].value_usd);
    CHECK(*d[0].value_usd == Approx(330e6));
    CHECK(d[0].evidence_extra.size() == 1);
  }
}

TEST_CASE("the building of an earlier deal's named works, told as begun later, puts that deal under way") {
  auto d = deals_of(
      "May 2016: Chile and Japan sign an agreement for Mitsubishi to build a power plant at Tocopilla.\n\n"
      "June 2017: Chile orders 40 electric buses from China.\n\n"
      "March 2019: Construction of the new unit at Tocopilla begins.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].evidence_extra.size() == 1);
  CHECK(d[1].status == "signed");
  // Building of works no deal names tells nothing of them.
  auto other = deals_of(
      "May 2016: Chile and Japan sign an agreement for Mitsubishi to build a power plant at Tocopilla.\n\n"
      "June 2017: Chile orders 40 electric buses from China.\n\n"
      "March 2019: Construction of a new port at Antofagasta begins.");
  REQUIRE(!other.empty());
  CHECK(other[0].status == "signed");
}

TEST_CASE("a cost stated in a sentence of its own prices the deal just told when it has no amount") {
  auto d = deals_of(
      "Chile and Peru signed a supplementary agreement on the coastal railway on Monday. The line will now "
      "be "
      "built at an estimated cost of 900 million euros, down from the original 1.4 billion euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value == Approx(9e8));
  CHECK(d[0].currency == "EUR");
  auto priced = deals_of(
      "Chile and Peru signed a $500 million agreement on the coastal railway on Monday. The total cost of "
      "the "
      "line is 900 million euros.");
  REQUIRE(priced.size() == 1);
  CHECK(priced[0].value_usd == Approx(5e8));
}
