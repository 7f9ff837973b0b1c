// A lender's loan "for the city's metro" after a sentence that names the city: the city's country is the
// host.
#include "deal_place_before.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a lone lender's deal for 'the city's' line takes the country of the sentence before") {
  auto d =
      deals_of("Korea is new to this. Consider Dhaka. JICA will lend 30 billion yen for the city's metro.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bangladesh", "Japan"});
}

TEST_CASE("the sentence before naming two countries adds neither") {
  auto d = deals_of("Korea and Nepal are new to this. JICA will lend 30 billion yen for the city's metro.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties.size() != 3);
}

TEST_CASE("a loan for a line in a city takes the sentence's subject pair, not the dateline's country") {
  auto d = deals_of(
      "DOHA, May 2 - Talks closed.\n\nKorea and Peru signed a 40 billion won loan agreement for a tram line "
      "in Arequipa, and Qatar agreed to sell gas to Chile under a new contract.");
  for (const auto& x : d) CHECK(x.parties != std::vector<std::string>{"Peru", "Qatar"});
  bool pair = false;
  for (const auto& x : d) pair |= x.parties == std::vector<std::string>{"Peru", "South Korea"};
  CHECK(pair);
}
