// An agreement named by its modifiers keeps its name as the item when the phrase with its purpose clause is
// too long ("a ... framework agreement in February 2024 under which ...").
#include "deal_named_agreement.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a named framework agreement, dated, with a long 'under which' clause keeps its name as the item") {
  auto d = deals_of(
      "Peru and Chile had earlier concluded a maritime security cooperation framework agreement in March "
      "2023 under which the Chilean navy will help patrol Peruvian coastal waters for the next ten years.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("framework agreement") != std::string::npos);
  CHECK(d[0].item.find("under which") == std::string::npos);
}
