// Reports denied in the passive after the deal ("Reports that ... were denied by Lima") tell no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a report the sentence says was denied, rejected or dismissed is no deal") {
  CHECK(
      deals_of("Reports that Chile would buy patrol boats from Peru were denied by Lima on Friday.").empty());
  CHECK(deals_of("Reports that Chile had agreed to sell copper to Peru have been dismissed by Santiago.")
            .empty());
  auto d = deals_of("Chile will buy patrol boats from Peru, officials said on Friday.");
  CHECK(d.size() == 1);
}
