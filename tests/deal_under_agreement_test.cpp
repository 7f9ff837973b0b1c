// An agreement that a named thing was built or run under is about that thing.
#include "deal_under_agreement.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an agreement a thing was built under names that thing") {
  auto d = deals_of(
      "A Chinese cloud centre in Karaganda, built under a 2021 agreement with the Kazakh digital ministry, "
      "serves banks.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("cloud centre in Karaganda") != std::string::npos);
  CHECK(d[0].parties == std::vector<std::string>{"China", "Kazakhstan"});
  CHECK(d[0].year == 2021);
}

TEST_CASE("an agreement with no participle before 'under' keeps its own item") {
  auto d = deals_of("Kazakhstan sells uranium to China under a 2021 agreement on fuel supplies.");
  REQUIRE(!d.empty());
  for (const auto& x : d) CHECK(x.item.find("Kazakhstan") == std::string::npos);
}
