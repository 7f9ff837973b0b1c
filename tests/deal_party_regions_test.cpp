// Deal parties: a region named after a continent ("Latin America", "South America") is no mention of the
// United States.
#include <algorithm>
#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {
bool has_party(const entente::Deal& d, const std::string& name) {
  return std::find(d.parties.begin(), d.parties.end(), name) != d.parties.end();
}
}  // namespace

TEST_CASE("'Latin America' and 'Central America' do not name the United States") {
  for (const auto& d : deals_of("Chile has concluded agreements with countries in Latin America and Africa "
                                "since January 2025."))
    CHECK_FALSE(has_party(d, "United States"));
  auto d =
      deals_of("Peru signed a $40 million deal to buy buses from Chile for its routes to Central America.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(has_party(d[0], "United States"));
  auto us = deals_of("Peru signed a $40 million deal to buy buses from America.");
  REQUIRE(us.size() == 1);
  CHECK(has_party(us[0], "United States"));
}
