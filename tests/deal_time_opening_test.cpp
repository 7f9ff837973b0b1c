// Deal parties: "it" after an opening time phrase ("In 2019 it ...") is the country of the sentence before.
#include "deal_time_opening.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

bool has(const entente::Deal& d, const std::string& c) {
  return std::find(d.parties.begin(), d.parties.end(), c) != d.parties.end();
}

}  // namespace

TEST_CASE("'Brazil has been patient. In 2020 it bought trucks from Ghana' has Brazil as a side") {
  auto d = deals_of(
      "Kenya and Ghana trade a lot of tea. Brazil has been patient. In 2020 it bought 40 trucks from Ghana.");
  REQUIRE(d.size() == 1);
  CHECK(has(d[0], "Brazil"));
  CHECK(has(d[0], "Ghana"));
}

TEST_CASE("'Last year, it ...' also refers to the country of the sentence before") {
  auto d = deals_of(
      "Kenya and Ghana trade a lot of tea. Brazil has been patient. Last year, it bought 40 trucks from "
      "Ghana.");
  REQUIRE(d.size() == 1);
  CHECK(has(d[0], "Brazil"));
}
