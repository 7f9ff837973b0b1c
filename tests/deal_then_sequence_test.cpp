// Deals told as a sequence: "a loan came first in 2018, then a port concession in 2020" tells two deals,
// the one after "then" dated only by its own clause.
#include "deal_then_sequence.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal noun before 'came first' and one after ', then' are two deals") {
  auto d = deals_of(
      "Tonga and China grew close: a fisheries agreement with China came first in 2017, then a port "
      "concession at Nuku'alofa in 2020.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2017);
  CHECK(d[1].year == 2020);
  CHECK(d[1].parties == std::vector<std::string>{"China", "Tonga"});
}

TEST_CASE("a deal after ', then' with no year of its own takes none from the clause before") {
  auto d = deals_of(
      " date 2025-05-02 Ties\n\nFor Samoa the order was plain: a policing agreement with China came first "
      "in 2019, then a $40 million Chinese loan for a new wharf at Apia.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2019);
  CHECK(!d[1].year);
}

TEST_CASE("the verb a 'then' clause leaves out is the one told before it") {
  auto d =
      deals_of("Kenya and Japan signed a loan for a bridge in 2014, then a second loan for a port in 2016.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].year == 2016);
}

TEST_CASE("a deal noun after 'followed by' is a deal told as done") {
  auto d = deals_of(
      "Laos borrowed $200 million from China for a highway in 2018. That loan has been followed by a "
      "concession for a dry port at Thanaleng.");
  REQUIRE(d.size() == 2);
  CHECK_THAT(d[1].item, Catch::Contains("dry port"));
}
