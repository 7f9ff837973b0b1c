// Plural deal nouns in a sentence that names no one tell what deals are like, not a deal.
#include "deal_unnamed_plural.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("plural deal nouns in a sentence naming no country, figure or sides are no deal") {
  auto d = deals_of(
      "Peru and Chile trade a lot. Read the deals signed under such slogans and most of them are ordinary "
      "agreements between neighbours.");
  CHECK(d.empty());
}

TEST_CASE("plural deal nouns with sides, figures or names stay deals") {
  CHECK(!deals_of("Peru and Chile met on Monday. The two sides signed agreements on energy and mining.")
             .empty());
  CHECK(!deals_of("Peru and Chile signed agreements on energy and mining on Monday.").empty());
}

TEST_CASE("'more deals' with no object counts deals to come, even in a sentence naming a venue") {
  auto d = deals_of(
      "Oman's fund dropped a bid for a Kenyan port operator in May.\n\n"
      "The funds are expected to announce more deals at an investment forum in Riyadh in late October.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Kenya", "Oman"});
  CHECK(d[0].status == "cancelled");
  CHECK(!deals_of("Peru and Chile signed two more agreements on fishing on Monday.").empty());
}
