// Op-ed rhetoric: a sector that "offers a smaller story" to the reader tells no deal.
#include "deal_rhetorical_offer.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a field that offers the reader a story or a picture is no deal") {
  CHECK(deals_of("Chile and Peru signed a port deal in 2021. Gas offers a gloomier, older story.").size() ==
        1);
  CHECK(deals_of("Chile and Peru signed a port deal in 2021. Railways offer a clearer picture of the trend.")
            .size() == 1);
}

TEST_CASE("an offer of goods is still an offer") {
  auto d = deals_of(
      "Chile and Peru signed a port deal in 2021. Brazil offered to sell 12 patrol boats to Peru in 2022.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].status == "proposed");
}
