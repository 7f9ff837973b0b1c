// Deal status: an offered plan, package or fund is a proposal; an offered loan keeps its status.
#include "deal_offered_plan.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'offered a $300 million package of training to Kenya' is proposed") {
  auto d = deals_of("In 2022 Brazil offered a $300 million package of training and spare parts to Kenya.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}

TEST_CASE("'it offered a $90 million investment fund to Ghana' is proposed") {
  auto d = deals_of("Brazil has been patient. In 2020 it offered a $90 million investment fund to Ghana.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}

TEST_CASE("'offered Ghana a $90 million loan' keeps the loan's status") {
  auto d = deals_of("In 2020 Brazil offered Ghana a $90 million loan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status != "proposed");
}
