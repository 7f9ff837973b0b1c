// Deal status: a later batch of an order told as received puts the order in progress, not completed.
#include "deal_later_batch.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'received the third batch of tractors under a facility' is in progress") {
  auto d =
      deals_of("Ghana has received the third batch of tractors under a facility signed with Poland in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("the last batch received completes the order; a contract for a second batch is signed") {
  auto d =
      deals_of("Ghana has received the last batch of tractors under a facility signed with Poland in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  auto s = deals_of("Ghana signed a contract with Poland for a second batch of 200 tractors in May.");
  REQUIRE(s.size() == 1);
  CHECK(s[0].status == "signed");
}

TEST_CASE(
    "talks on a possible second batch, after the first ships were delivered, do not put it in progress") {
  auto d = deals_of(
      "Ghana is in talks with Poland on a possible second batch of patrol boats, after the first two boats "
      "were delivered in 2023.");
  for (const auto& x : d) CHECK(x.status != "in_progress");
}
