// Deal status: an agreement whose works are told as going on ("whose works are in execution") is in
// progress.
#include "deal_works_progress.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an agreement for a construction 'whose works are in execution' is in progress") {
  auto d = deals_of(
      "Peru and Chile signed in 2022 an agreement for the construction of a research centre in Tacna, whose "
      "works are in execution with a Chilean firm.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  auto u = deals_of(
      "Peru and Chile signed in 2022 an agreement for the construction of a hospital in Tacna, and work is "
      "under way.");
  REQUIRE(u.size() == 1);
  CHECK(u[0].status == "in_progress");
}
