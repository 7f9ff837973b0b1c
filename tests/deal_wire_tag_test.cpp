// Wire-service tags: a headline's "(CORRECTS ...)" note is no part of the deal it repeats.
#include "deal_wire_tag.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a headline with a wire correction tag folds into the deal it repeats") {
  auto d = deals_of(
      "date 2025-09-17 UPDATE 1-Chile, Peru sign port deal (CORRECTS value in paragraph 2)\n\n"
      "LIMA, Sept 17 (Wire) - Chile extended a credit line of $300 million to Peru on Wednesday to "
      "modernise the port of Callao.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("CORRECTS") == std::string::npos);
}

TEST_CASE("an ordinary bracket in an item is kept") {
  auto d = deals_of("Chile and Peru signed a contract for six patrol boats (Fassmer design) on Monday.");
  REQUIRE(d.size() == 1);
}

TEST_CASE("a headline ending in a wire tag note is still a headline that repeats the body's deals") {
  auto d = deals_of(
      " date 2025-09-17 UPDATE 2-Portugal, Mozambique sign gas and port deals (CORRECTS value in paragraph "
      "3)\n"
      "\n"
      "MAPUTO, Sept 17 (Wire) - Portugal and Mozambique signed a series of agreements on Wednesday during a "
      "visit by Portugal's prime minister, including a gas supply deal and the financing of a port upgrade.\n"
      "\n"
      "Under the gas deal, a Portuguese energy company will buy 1 million tonnes a year of liquefied natural "
      "gas from Mozambique's Rovuma basin for 15 years, starting in 2029.\n"
      "\n"
      "Portugal also extended a credit line of 400 million euros ($470 million) to Mozambique to modernise "
      "the port of Beira. (Corrects value to 400 million euros from 300 million euros)\n"
      "\n"
      "The two governments also agreed to study a new fibre-optic cable between Lisbon and Maputo.\n"
      "\n"
      "(Adds details of port financing in paragraph 3)\n"
      "\n");
  for (const auto& x : d) CHECK(x.item.find("port deals") == std::string::npos);
}
