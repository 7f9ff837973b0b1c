// A facility two countries agreed to study is a proposed project; a study verb alone states no deal.
#include "deal_agreed_study.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility two countries agreed to study is a proposed project") {
  auto d = deals_of("Peru and Japan agreed to study a new railway between Lima and Callao.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].sector == "infrastructure");
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Peru"});
  auto c = deals_of("Chile and Norway also agreed to explore a second undersea power cable.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].status == "proposed");
  CHECK(c[0].sector == "energy");
  // A short time phrase may stand between the agreeing verb and "to".
  auto t = deals_of("Peru and Japan agreed on Tuesday to study a new desalination plant near Arequipa.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].status == "proposed");
}

TEST_CASE("a study verb with no agreement, or an object after 'and', states no facility deal") {
  CHECK(deals_of("Peru and Japan want to study a new railway between Lima and Callao.").empty());
  CHECK(deals_of("Peruvian engineers will study the old railway near Cusco.").empty());
  CHECK(deals_of("Peru and Japan agreed to study tourism and a railway for the future.").empty());
}
