// "The loan agreement is expected to be signed shortly.": a definite agreement named by the kind of the deal
// told just before is that deal, not a deal of the story's main pair.
#include "deal_anaphora_kind.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The loan agreement' after a line of credit tells more of that credit") {
  auto d = deals_of(
      "Peru and Bolivia are negotiating a trade pact, and Peru sells gas to Bolivia. "
      "A line of credit of US$ 100 million to Chile for a solar park was announced by Peru in July 2025. "
      "The loan agreement is expected to be signed shortly.");
  REQUIRE(d.size() == 2);  // the trade pact and the credit; the sentence after is the credit's
  CHECK(d[1].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[1].evidence_extra.size() == 1);
  CHECK(d[0].evidence_extra.empty());
}

TEST_CASE("an agreement of another kind, or one that names its own sides, is a deal of its own") {
  auto d = deals_of(
      "A line of credit of US$ 100 million to Chile for a solar park was announced by Peru in July 2025. "
      "The loan agreement between Bolivia and Paraguay was signed on Monday.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Bolivia", "Paraguay"});
}
