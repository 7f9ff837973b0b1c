// Ordinal parts with the deal noun left out: "The second is a memorandum ..." names one more part.
#include "deal_elided_ordinal.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an ordinal part without its deal noun names one more part of the package") {
  auto d = deals_of(
      "Chile and Peru signed two agreements on Monday. The first agreement covers the supply of four gas "
      "turbines by a Chilean firm to Peru. The second is a memorandum of understanding on cooperation in "
      "fisheries research.");
  bool found = false;
  for (const auto& x : d) found |= x.item.find("fisheries") != std::string::npos;
  CHECK(found);
}

TEST_CASE("an ordinal opening that names no part adds none") {
  auto d = deals_of("Chile and Peru signed two agreements on Monday. The second is that Chile pays more.");
  for (const auto& x : d) CHECK(x.item.find("pays") == std::string::npos);
}
