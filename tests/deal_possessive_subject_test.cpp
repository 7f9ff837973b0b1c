// A sentence opening on "Its" and a noun speaks of the country told before it.
#include "deal_possessive_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal told under 'Its state company' is the country's before it") {
  auto d = deals_of(
      "Chile and Peru share a long border. Japan has also shown interest. Its state trader JOGMEC signed a "
      "memorandum with Codelco in 2022 to study copper supplies.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Japan"});
  CHECK(d[0].year == 2022);
}

TEST_CASE("'Its' before a verb or with a country of its own is no subject told before") {
  auto d = deals_of("Japan has shown interest. Its navy ordered two frigates from Italy in 2021.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Italy", "Japan"});
}
