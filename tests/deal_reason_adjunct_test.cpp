// No-deal checks: "budget" in an adjunct of cause ("after a budget review") does not make a deal a statistic.
#include "deal_reason_adjunct.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'was cancelled after a budget review' keeps the cancelled sale") {
  auto d = deals_of("A planned sale of patrol boats by Brazil to Kenya was cancelled after a budget review.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
}

TEST_CASE("'amid the budget cuts' keeps the deal too") {
  auto d = deals_of("The sale of patrol boats by Brazil to Kenya was shelved amid the budget cuts.");
  REQUIRE(d.size() == 1);
}

TEST_CASE("a budget in a 'when' or 'because' clause keeps the cancelled order") {
  auto d = deals_of(
      "In 2009, Peru cancelled an order for six frigates from Italy when the crisis wrecked its budget.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(
      deals_of("Chile dropped a deal for two tankers from Spain because its defence budget shrank.").size() ==
      1);
}

TEST_CASE("'after costs rose' says why an offer was dropped; the offer is still a cancelled deal") {
  auto d =
      deals_of("A Chinese offer to build a second bridge in Chile was dropped in 2022 after costs rose.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  // A figure that rose is still a statistic.
  CHECK(deals_of("Chilean imports of Spanish wine rose after tariffs fell.").empty());
}

TEST_CASE("a rise in an 'after' clause with a possessive keeps the withdrawal") {
  auto d = deals_of(
      "Last year Kuwait withdrew from a planned 900 million euro investment in a Spanish solar park after "
      "the project's costs rose.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].parties == std::vector<std::string>{"Kuwait", "Spain"});
}
