// Parts of a signed package: the ordinal part told after "signed two agreements" is signed.
#include "deal_ordinal_part_status.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an ordinal part of a package signed before it is signed") {
  auto d = deals_of(
      "Chile and Peru signed two agreements on Monday. The first agreement covers the supply of four gas "
      "turbines by a Chilean firm to Peru.");
  bool found = false;
  for (const auto& x : d) {
    if (x.item.find("turbines") == std::string::npos) continue;
    found = true;
    CHECK(x.status == "signed");
  }
  CHECK(found);
}

TEST_CASE("an ordinal part of a package only discussed is not signed") {
  auto d = deals_of(
      "Chile and Peru discussed two agreements on Monday. The first agreement covers the supply of four gas "
      "turbines by a Chilean firm to Peru.");
  for (const auto& x : d) CHECK(x.status != "signed");
}
