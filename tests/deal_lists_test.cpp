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

TEST_CASE("a list of amounts each told with its own year gives one deal per amount") {
  auto d = deals_of(
      "Spain extended three loans to Peru: $200 million in 2011, $450 million in 2014 and $90 million in "
      "2020.");
  REQUIRE(d.size() == 3);
  CHECK(d[1].value_usd == Approx(4.5e8));
  CHECK(d[1].year == 2014);
  CHECK(d[2].year == 2020);
  // A later bare number takes the first amount's currency.
  auto words =
      deals_of("Spain extended two loans to Peru: a billion dollars in 2011 and two billion in 2016.");
  REQUIRE(words.size() == 2);
  CHECK(words[1].value_usd == Approx(2e9));
  CHECK(words[1].year == 2016);
  CHECK(words[1].parties == std::vector<std::string>{"Peru", "Spain"});
}

TEST_CASE("'The third agreement is a memorandum on X' names one more part of the umbrella told before") {
  auto d = deals_of(
      "Chile and Peru signed three agreements in Lima on Monday. Under the first, Chile will buy 12 Peruvian "
      "patrol boats. The third agreement is a memorandum of understanding on cooperation in fisheries.");
  const entente::Deal* fisheries = nullptr;
  for (const auto& x : d)
    if (x.item.find("fisheries") != std::string::npos) fisheries = &x;
  REQUIRE(fisheries);
  CHECK(fisheries->status == "signed");
  CHECK(fisheries->parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK_FALSE(fisheries->aggregate);
  // Without an umbrella before it, the sentence names no deal.
  CHECK(
      deals_of("The third agreement is a memorandum of understanding on cooperation in fisheries.").empty());
}

TEST_CASE("'followed by a further $X in YEAR' after a dated amount is one more deal of the same kind") {
  auto d = deals_of(
      "Spain lent Peru $300 million in 2012 to build the Lima metro, followed by a further $250 million in "
      "2015.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2012);
  CHECK(d[1].value_usd == Approx(2.5e8));
  CHECK(d[1].year == 2015);
  auto another = deals_of("Spain lent Peru $300 million in 2012, and another $250 million in 2015.");
  REQUIRE(another.size() == 2);
  CHECK(another[1].year == 2015);
  CHECK(deals_of("Spain lent Peru $300 million in 2012. Another loan followed.").size() == 1);
}
