// A facility told with its foreign financer, and no price, is a deal.
#include "deal_financer.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility financed by a named country is a deal") {
  auto d = deals_of(
      "Officials met in Buenos Aires. Argentina has the Cauchari solar park in Jujuy, financed by China and "
      "inaugurated in 2020.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "Cauchari solar park in Jujuy");
  CHECK(d[0].status == "completed");
  CHECK(d[0].parties == std::vector<std::string>{"Argentina", "China"});
}

TEST_CASE("loans of a named country that built a list of facilities make each a deal") {
  auto d = deals_of(
      "Officials met. Japanese loans built the Phu My power plants in the south, the Thanh Tri bridge in "
      "Hanoi, and the Lach Huyen port, which opened in 2018 in Vietnam.");
  bool port = false;
  for (const auto& x : d) port |= x.item == "Lach Huyen port";
  CHECK(port);
  // A financer that names no country or known firm states no deal.
  CHECK(deals_of("Officials met. Ghana has the Tema bridge, financed by local banks.").empty());
}
