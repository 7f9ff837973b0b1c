// Deal lists: a sentence after an umbrella that names what its documents cover lists the umbrella's parts.
#include "deal_lists.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a sentence naming what the signed documents cover lists the umbrella's parts") {
  auto d = deals_of(
      "Oman and Kenya signed five memorandums on Tuesday in Nairobi. The documents cover cooperation on "
      "hydrogen, a memorandum on tourism promotion, and an agreement on visa exemption for students. Oman "
      "also signed a $700 million contract under which its refiner will expand the Mombasa oil terminal.");
  REQUIRE(d.size() == 5);
  CHECK(d[0].aggregate);
  CHECK_THAT(d[1].item, Catch::Contains("hydrogen"));
  CHECK(d[1].sector == "energy");
  CHECK(d[1].status == "signed");
  CHECK(d[1].parties == std::vector<std::string>{"Kenya", "Oman"});
  CHECK_THAT(d[2].item, Catch::Contains("tourism"));
  CHECK(d[2].sector == "other");  // not the story's energy
  CHECK_THAT(d[3].item, Catch::Contains("visa"));
  // The contract told after the list is a deal of its own, not one of the parts.
  CHECK(d[4].value_usd == Approx(7e8));
  CHECK(d[4].evidence_extra.empty());
  // Without a signed umbrella before it, the same sentence lists nothing.
  CHECK(
      deals_of("The documents cover cooperation on hydrogen and a memorandum on tourism promotion.").empty());
}

TEST_CASE("documents covering fields including a list name fields, not deals") {
  auto d = deals_of(
      "Chile and Peru exchanged 20 cooperation documents, covering fields including mining, economy and "
      "trade, "
      "and media.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].aggregate);
}

TEST_CASE("what a price includes is what the deal covers, not a list of deals") {
  auto d = deals_of(
      "Chile signed a contract for 12 frigates from Spain in March 2023, worth about 2 billion euros "
      "including weapons and support.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("frigates"));
}
