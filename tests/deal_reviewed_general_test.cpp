// Sentences about deals in general (a text reviewing them, "Many earlier deals ...") tell no deal.
#include "deal_reviewed_general.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a text that reviews agreements in general tells no deal of its own") {
  auto d = deals_of(
      "This paper reviews agreements reached between Andean states and their neighbours since 2020. Peru "
      "signed a gas deal with Chile in March 2025.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
  CHECK(deals_of("The report examines deals signed by Peru and Chile over two decades.").empty());
}

TEST_CASE("'Many earlier deals ... were signed and abandoned' tells deals in general") {
  CHECK(deals_of("Many earlier deals between Peru and Chile were signed with fanfare and quietly abandoned.")
            .empty());
  auto d = deals_of("Peru and Chile signed many deals worth $2 billion in 2024.");
  CHECK(d.size() == 1);
}
