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

TEST_CASE("'offered Ghana a $90 million loan' is a proposal (LABELING: offered -> proposed)") {
  auto d = deals_of("In 2020 Brazil offered Ghana a $90 million loan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}

TEST_CASE("an offered credit or loan to a named country is proposed, one offered to 'us' keeps its status") {
  auto a = deals_of("Chile offered Peru a $75 million credit for a desalination plant in Tacna on Monday.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].status == "proposed");
  auto b = deals_of("In 2015 Seoul had offered the Philippines an export credit of $40 million.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].status == "proposed");
  auto c = deals_of("In 2012 Beijing offered us a loan of $3 billion, and the money arrived that spring.");
  REQUIRE(!c.empty());
  CHECK(c[0].status != "proposed");
}
