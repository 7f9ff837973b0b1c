// A country opening the sentence, cut from its clause by a short aside between commas, is its subject.
#include "deal_subject_aside.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a subject before 'meanwhile' joins the partners after 'with'") {
  auto d = deals_of(
      "Pipelines are back in fashion. Chile, meanwhile, is in talks with Peru and Bolivia over a gas "
      "pipeline "
      "to the coast.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Chile", "Peru"});
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("an aside that names a country, or a list of countries, is no subject aside") {
  auto d = deals_of(
      "Pipelines are back in fashion. Chile, like Argentina, is in talks with Peru and Bolivia over a gas "
      "pipeline to the coast.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Peru"});
}

TEST_CASE("a country that only speaks of the deal after the aside is no side") {
  auto d = deals_of("Arms news. Peru, meanwhile, said Chile had sold 40 tanks to Bolivia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Chile"});
}
