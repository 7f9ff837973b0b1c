// Accords, declarations and agreements of a field of their own keep sector other in a story of one sector.
#include "deal_sector_own.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an agreement on a subject of its own keeps sector other beside the story's energy deals") {
  auto d = deals_of(
      "Peru and Norway\n\nIn 2019 Norway agreed to buy 2 million tonnes of Peruvian LNG a year. In 2020 Peru "
      "and Norway signed a contract for a gas pipeline. In 2021 Peru and Norway signed a letter of intent on "
      "ocean dialogue.\n");
  REQUIRE(d.size() == 3);
  CHECK(d[1].sector == "energy");
  CHECK(d[2].sector == "other");
  CHECK(entente::own_subject_item("the Evian accords"));
  CHECK_FALSE(entente::own_subject_item("memorandum on a gas pipeline"));
}
