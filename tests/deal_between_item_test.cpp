// A listed deal noun told between two firms with long names keeps its topic ("on financing a plant") in its
// item, and the topic's own deal noun is not told twice.
#include "deal_between_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a listed memorandum between two long firm names keeps its topic in the item") {
  auto d = deals_of(
      "Peru and Chile signed a package of documents, including a memorandum between the State Company "
      "\"Perupetro\" and the National Bank for Foreign Trade of Chile (NBFT) on financing a gas-to-liquids "
      "plant, and an agreement between the State Concern \"Petroandes\" and Austral Corporation on the "
      "modernisation of the Talara refinery.");
  int plant = 0, refinery = 0;
  for (const auto& x : d) {
    plant += x.item.find("gas-to-liquids plant") != std::string::npos;
    refinery += x.item.find("Talara refinery") != std::string::npos;
  }
  CHECK(plant == 1);
  CHECK(refinery == 1);
}
