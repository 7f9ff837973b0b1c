// List parts that leave out the umbrella's deal noun ("including one on X and one on Y") are parts of their
// own.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'including one on X and one on Y' after counted memoranda gives two parts") {
  auto d = deals_of(
      "Chile and Peru signed six memoranda of understanding, including one on hydrocarbons cooperation and "
      "one on agricultural research.");
  bool hydrocarbons = false, research = false, joined = false;
  for (const auto& x : d) {
    bool h = x.item.find("hydrocarbons") != std::string::npos;
    bool r = x.item.find("agricultural research") != std::string::npos;
    hydrocarbons |= h && !r;
    research |= r && !h;
    joined |= h && r;
  }
  CHECK(hydrocarbons);
  CHECK(research);
  CHECK_FALSE(joined);
}

TEST_CASE("'one' as a count before a noun does not cut a part") {
  auto d = deals_of(
      "Chile and Peru signed six memoranda of understanding, including memoranda on fisheries and one "
      "hundred scholarships.");
  for (const auto& x : d) CHECK(x.item != "hundred scholarships");
}
