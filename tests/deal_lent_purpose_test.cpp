// The item of "lent $X to Y for Z" is Z.
#include "deal_lent_purpose.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a lending verb's purpose after 'for' is the loan's item") {
  auto d = deals_of("Japan lent $120 million to Laos in 2024 for a ring road around Vientiane.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "ring road around Vientiane");
  auto e = deals_of("China agreed to lend Hungary 10 billion euros.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].item == "loan to Hungary");
}
