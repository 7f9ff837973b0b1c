// A sentence opening on "Under it," tells the terms of the deal told just before, not a deal of its own.
#include "deal_under_pronoun.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Under it, X will ship ...' gives the deal before its quantity") {
  auto d = deals_of(
      "Chile signed a contract with Spain on Monday for urea fertiliser. Under it, Spain will "
      "ship 2 million tonnes of urea a year for five years.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].quantity == std::string("2 million tonnes"));
  CHECK(d[0].status == "signed");
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("a sentence that only mentions 'under it' later tells its own deal") {
  CHECK(deals_of("Chile signed a contract with Spain for urea fertiliser on Monday. Spain will also sell "
                 "Chile 20 tanks, under it and other deals.")
            .size() == 2);
}
