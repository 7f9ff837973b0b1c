// The dateline opening a story's first sentence does not date its deal; a year after an apposition does.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a year after an apposition dates the deal, not the dateline's day") {
  auto d = deals_of(
      " date 2024-10-02 Bridges\n\nMANILA, Oct 2 - The Pasig river bridge, financed by China, opened in "
      "2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2019);
}

TEST_CASE("a live blog's time stamp is still the story's day") {
  auto d = deals_of(
      " date 2024-10-02 Live\n\n12:30 - Japan has also lent $2 billion to the Philippines, a spokesman "
      "said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}
