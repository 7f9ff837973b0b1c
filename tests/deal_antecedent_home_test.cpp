// A relative clause's lone third country is paired with the story's home side, not with both of the pair.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a third country's relative clause deal takes the home side only") {
  auto d = deals_of(
      " date 2025-04-02 Korea and Ghana\n\nACCRA, April 2 - South Korea signed a deal with Ghana on Tuesday "
      "to supply four patrol ships, Korean officials said. Korean yards will build the ships, and Ghana will "
      "pay in instalments.\n\nIndia, which financed a new dam and several roads, remains its largest "
      "creditor.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Ghana", "India"});
}
