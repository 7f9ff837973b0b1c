// Agreement purposes: an agreement noun is named by what it is to do ("a deal to buy 15 cargoes").
#include "deal_purpose.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a due time between an agreement noun and its infinitive does not hide what it is to do") {
  for (std::string when : {"within weeks", "within a month", "in the coming days"}) {
    auto d = deals_of("Chile is expected to sign a deal " + when + " to buy 12 trains from Peru.");
    REQUIRE(d.size() == 1);
    CHECK(d[0].item.find("trains") != std::string::npos);
  }
}
