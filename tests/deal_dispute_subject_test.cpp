// The contract or project a ruling is about is not a deal told by the ruling.
#include "deal_dispute_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the contract a ruling is about makes no deal") {
  CHECK(
      deals_of("Last spring a tribunal in Geneva ordered Paraguay to pay an Argentine firm $120 million over "
               "a cancelled bridge contract.")
          .empty());
  CHECK(
      deals_of("A court in Paris ordered a Peruvian builder to pay $45 million to a Spanish contractor over "
               "the Lima metro line.")
          .empty());
}

TEST_CASE("a contract after 'over' with no ruling is still a deal") {
  auto d = deals_of("Paraguay signed a contract with Argentina over the summer to build a bridge.");
  CHECK(d.size() == 1);
}
