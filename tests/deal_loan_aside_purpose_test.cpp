// Deal sector: a loan's purpose told in a comma aside names its sector.
#include "deal_loan_aside_purpose.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'A loan, for a power station in X, was signed' is energy") {
  auto d = deals_of(
      "A $40 million loan from Japan, for a new power station in Jinja, was signed by Uganda on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
}

TEST_CASE("'a loan agreement worth $60 million, earmarked for three hospitals' is health") {
  auto d = deals_of(
      "Peru and Chile signed a loan agreement on Friday worth $60 million, earmarked for three hospitals in "
      "Arequipa.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "health");
}

TEST_CASE("a loan aside with no project sector stays finance") {
  auto d = deals_of("Peru and Chile signed a $60 million loan on Friday, for budget support, in Lima.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "finance");
}

TEST_CASE("'A loan, to modernise the port, was signed' is one deal, the loan") {
  auto d = deals_of(
      "A $70 million loan from Japan, to modernise the port of Tema, was signed by Ghana in May 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("loan") != std::string::npos);
  CHECK(d[0].sector == "infrastructure");
}
