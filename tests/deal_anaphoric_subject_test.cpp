// A sentence whose subject is the deal just told ("The agreement, reached in ..., also set up ...") tells
// more of that deal: no second row, and the signing year it states.
#include "deal_anaphoric_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The agreement, reached in October 2025, also set up a company' is more of the deal told") {
  auto d = deals_of(
      "Chile and Peru signed a transit deal last autumn. The agreement, reached in October 2025, also set up "
      "a joint logistics company with a capital of $20 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("a sentence naming another country tells a deal of its own") {
  auto d = deals_of(
      "Chile and Peru signed a transit deal last autumn. The agreement also set up a joint logistics "
      "company, "
      "and Bolivia signed a $40 million port deal with Chile.");
  CHECK(d.size() == 2);
}
