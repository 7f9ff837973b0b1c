// A bulleted list item takes the year of the line that introduces the list.
#include "deal_year_list_intro.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the items of a list of signed documents take the year of its introducing line") {
  auto d = deals_of(
      "Peru and Norway\n\nDuring the visit of the Norwegian prime minister to Lima in March 2018, the two "
      "governments signed:\n- an agreement on fisheries research;\n- a memorandum of understanding on "
      "forestry.\n");
  REQUIRE(d.size() >= 2);
  for (const auto& x : d) CHECK(x.year == 2018);
  // Without a year in the introducing line, the items have none.
  auto n = deals_of(
      "Peru and Norway\n\nDuring the visit of the Norwegian prime minister to Lima, the two governments "
      "signed:\n- an agreement on fisheries research;\n- a memorandum of understanding on forestry.\n");
  REQUIRE(n.size() >= 2);
  for (const auto& x : n) CHECK_FALSE(x.year);
}
