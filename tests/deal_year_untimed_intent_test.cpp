// Year: an intention ("would buy", "will invest") told in a sentence with no time at all has no year under
// a dateline; told on a weekday or in a month of the story, it takes the dateline's year.
#include "deal_year_untimed_intent.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const std::string kHead = "Harbour news\n\n date 2026-03-12 \nLIMA, March 12 - Ministers met again.\n\n";

}  // namespace

TEST_CASE("an intention told with no time at all has no year, even under a dateline") {
  auto d = deals_of(kHead +
                    "Peru said it would buy six coastal patrol boats from Chile, the defence ministry said "
                    "after talks in Lima.\n");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("an intention told on a weekday of the story takes the dateline's year") {
  auto d = deals_of(kHead +
                    "Peru said on Wednesday it would buy six coastal patrol boats from Chile, the defence "
                    "ministry said.\n");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].year);
  CHECK(*d[0].year == 2026);
}

TEST_CASE("an investment a company would make, told with no time, has no year") {
  auto d = deals_of(kHead +
                    "Chilean miner Andes Cobre would invest $300 million in a Peruvian copper smelter, "
                    "the Peruvian mining ministry said.\n");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("an intention told 'the same week' as the story's event keeps the dateline's year") {
  auto d = deals_of(kHead +
                    "Visiting Lima the same week, Chile's minister said Santiago would buy 40,000 tonnes of "
                    "Peruvian fishmeal.\n");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].year);
  CHECK(*d[0].year == 2026);
}
