// A bare "facility" rolled over, or a bare "financing" under discussion, with its amount, is a loan.
#include "deal_rollover.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility rolled over with its amount is a signed loan") {
  auto d = deals_of(
      "Saudi banks have lent to Egypt for years, most recently a $3 billion facility rolled over in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].status == "signed");
  CHECK(d[0].value_usd == Approx(3e9));
}

TEST_CASE("a financing under discussion with its amount is a loan being negotiated") {
  auto d = deals_of(
      "The Lagos-Kano rail line in Nigeria, whose $8 billion financing from China has been under discussion "
      "since 2018, is still unbuilt.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].value_usd == Approx(8e9));
  CHECK(d[0].parties == std::vector<std::string>{"China", "Nigeria"});
}

TEST_CASE("a facility built is a plant, not a loan") {
  auto d = deals_of("China built a $2 billion facility in Egypt for making cars.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  // Without a renewal after it, an amount and "facility" tell no loan.
  CHECK(deals_of("Kenya said a $3 billion facility would be good for Ethiopia.").empty());
}
