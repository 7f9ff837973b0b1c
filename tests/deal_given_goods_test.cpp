// Goods told as given are a donation; standing or money "given" is not a row of its own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("goods told as given are a completed donation") {
  auto d = deals_of("Japan gave the Vietnamese coast guard six used patrol boats in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2019);
  auto e = deals_of("Spain also gave Morocco coastal radar equipment worth 30 million euros last year.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "defense");
}

TEST_CASE("a standing or money given gives no row of its own") {
  auto d = deals_of(
      "The Korean loan gave Vietnam a new port, and Seoul gave Hanoi $40 million in grants in 2020.");
  CHECK(d.size() == 1);
  auto e = deals_of("The new trade rules gave Vietnam a larger share of the market for shrimp.");
  CHECK(e.empty());
}
