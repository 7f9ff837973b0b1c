// A ruling that orders one side to pay the other is a bill, not a purchase order.
#include "deal_court_order.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a tribunal that ordered a country to pay makes no deal") {
  CHECK(deals_of("An arbitration tribunal in Paris ordered Ecuador to pay Chile $200 million last year.")
            .empty());
  CHECK(deals_of("The court ordered Bolivia to refund Peru 40 million dollars in 2020.").empty());
}

TEST_CASE("an order of goods with a purpose is still an order") {
  auto d = deals_of("In 2022 Chile ordered 12 jets from Brazil to replace its old fighters.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].parties == std::vector<std::string>{"Brazil", "Chile"});
}
