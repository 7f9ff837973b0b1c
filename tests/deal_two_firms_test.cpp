// "The two companies" are the firms of the sentence before, and their countries are sides.
#include "deal_two_firms.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The two Gulf companies have pledged' takes the countries of the firms told before") {
  auto d = deals_of(
      "Qatar's Nebras is building a solar park in the Atacama desert, and Oman's OQ has signed a supply "
      "agreement for green hydrogen near Antofagasta. The two Gulf companies together have pledged about $4 "
      "billion for Chilean renewable projects.");
  REQUIRE(d.size() == 3);
  CHECK(d[2].parties == std::vector<std::string>{"Chile", "Oman", "Qatar"});
}

TEST_CASE("'the two companies' with no two firms' countries before keeps the clause's sides") {
  auto d = deals_of(
      "Chile's Codelco met officials on Monday. The two companies signed a copper supply deal with Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}
