// A list item names its document in its first words; a deal noun in the item's complement is not the listed
// document.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a communique about a partnership council, listed under a signing line, is no deal") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe following documents were signed:\n"
      "- Agreement on fisheries between Chile and Peru;\n"
      "- Joint Communique on the results of the first session of the Strategic Partnership Council.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("fisheries") != std::string::npos);
}

TEST_CASE("a listed loan agreement on a credit line is still a deal") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe following documents were signed:\n"
      "- Loan agreement on a tied credit line for the modernisation of the Arica water network.\n");
  CHECK(d.size() == 1);
}
