// A deal noun in title case that states an amount ("A Line of Credit of US$ 100 million") is a deal, not a
// name; a title-case name without an amount is still a name.
#include "deal_titled_trigger.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a Line of Credit or a Loan in title case with its amount is a deal") {
  auto d = deals_of(
      "(iii) A Line of Credit of US$ 100 million to Peru for a solar power park was announced by Chile in "
      "July 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == 100e6);
  auto l =
      deals_of("(iv) A Loan of US$ 40 million to Peru for a rail line was approved by Chile in May 2025.");
  REQUIRE(l.size() == 1);
  CHECK(l[0].value_usd == 40e6);
}

TEST_CASE("a title-case trigger word inside a name without an amount states nothing") {
  CHECK(deals_of("The Chilean Export Credit Agency met Peru's Trade Ministry officials in Lima.").empty());
}
