// "a polite way of selling trams" names a practice, not a sale.
#include "deal_way_of_selling.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a way of selling makes no deal") {
  CHECK(deals_of("Critics in Madrid say Spanish credit to Peru is a polite way of selling Spanish trains.")
            .empty());
  CHECK(deals_of("For Lima, Korean aid has been a cheap way of buying Korean buses.").empty());
}

TEST_CASE("a sale told after 'of' with no manner noun is still a deal") {
  auto d = deals_of("Peru approved the purchase of 20 Spanish trains in 2022.");
  CHECK(d.size() == 1);
}
