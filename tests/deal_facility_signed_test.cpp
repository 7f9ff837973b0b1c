// A facility told as the subject of a passive signing ("A desalination project ... is expected to be
// signed in the coming weeks") is a deal, though no amount or builder is told; a present habit ("port
// projects are signed by a presidency") is none.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a project expected to be signed is an announced deal") {
  auto deals = deals_of(
      "A desalination project by a Chilean consortium in Peru is expected to be signed in the coming weeks.");
  REQUIRE(deals.size() == 1);
  CHECK(deals[0].status == "announced");
}

TEST_CASE("projects told as signed by habit are no deal") {
  CHECK(deals_of("In Chile and Peru, port projects are signed by a presidency with no vote.").empty());
}
