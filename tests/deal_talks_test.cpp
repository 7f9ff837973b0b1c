// Talks about goods: talks whose complement names counted, batched or named goods negotiate a purchase;
// each case is a sentence written for the test.
#include "deal_talks.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("talks over counted goods negotiate a purchase with no purchase word") {
  auto d = deals_of("Peru has opened exclusive negotiations with Spain over up to six C-310 corvettes.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].sector == "defense");
  CHECK_THAT(d[0].item, Catch::Contains("corvettes"));
}

TEST_CASE("talks on a further batch of goods negotiate a purchase") {
  auto d = deals_of(
      "Norway is in early talks with Finland on a possible third batch of Patria armoured vehicles.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK_THAT(d[0].item, Catch::Contains("armoured vehicles"));
}

TEST_CASE("talks on abstract or uncounted matters, or on a purchase already named, add no goods row") {
  CHECK(deals_of("Peru and Spain held talks on defence ties and on regional security.").empty());
  CHECK(deals_of("Peru and Spain held talks over fishing quotas.").empty());
  auto named = deals_of("Peru is in talks with Spain on the purchase of six corvettes.");
  CHECK(named.size() == 1);
}

TEST_CASE("talks on a count of units of no sector negotiate them; talks over days or people do not") {
  auto d = deals_of("Peru is in talks with Chile on five more C-212 aircraft.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(deals_of("Peru and Chile held talks over three days in Lima.").empty());
  CHECK(deals_of("Peru and Chile held talks about 200 fishermen detained at sea.").empty());
}
