// "The biggest deal of the day came from ..., which signed a contract ...": the ranked deal noun heading the
// sentence is the contract told after it, not a deal of its own.
#include "deal_superlative_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The biggest deal of the day came from X, which signed a contract' is one deal") {
  auto d = deals_of(
      "The largest deal of the show came from Chile, which signed a contract with Spain's Navantia for two "
      "frigates worth $900 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == 900000000.0);
  CHECK(d[0].item.find("frigates") != std::string::npos);
}

TEST_CASE("a ranked deal noun with no other trigger in its sentence is still the deal") {
  auto d = deals_of("The biggest contract, worth $2 billion, was signed by Poland with South Korea.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Poland", "South Korea"});
}
