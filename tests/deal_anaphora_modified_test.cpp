// A deal noun named again with a word that points back ("The follow-on contract") prices the deal just told.
#include "deal_anaphora_modified.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'The follow-on contract is worth $X' gives its amount to the order told just before") {
  auto d = deals_of(
      "Peru signed a contract with Brazil for 12 more patrol boats on Monday. The follow-on contract is "
      "worth "
      "$210 million and also covers spare parts.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(2.1e8));
  auto renewed = deals_of(
      "Chile and Spain renewed their fisheries agreement on Monday. The renewed agreement is worth $40 "
      "million.");
  CHECK(renewed.size() <= 1);
}

TEST_CASE("'The follow-on contract for X with Y' names a deal of its own") {
  auto d = deals_of(
      "Peru signed a contract with Brazil for 12 more patrol boats on Monday. The follow-on contract for 30 "
      "tanks with Chile was signed in May.");
  CHECK(d.size() == 2);
}

TEST_CASE(
    "'The renewed agreement allows ...' gives its amount to the renewed deal and keeps that deal's item") {
  auto d = deals_of(
      "The central banks of Peru and Chile renewed their currency swap agreement on 15 May 2024. The renewed "
      "agreement allows the two central banks to exchange up to 20 billion euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("swap") != std::string::npos);
  CHECK(d[0].year == 2024);
  REQUIRE(d[0].value);
  CHECK(*d[0].value == Approx(2e10));
}

TEST_CASE("'Chile will fund the study with grant assistance' tells how the deal just told is paid") {
  auto d = deals_of(
      "Chile and Peru signed a framework agreement on the feasibility study of a cross-border railway on "
      "Tuesday. Chile will fund the study with grant assistance.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("railway") != std::string::npos);
  // With its own amount the grant is a deal of its own.
  auto priced = deals_of(
      "Chile and Peru signed a framework agreement on the feasibility study of a cross-border railway on "
      "Tuesday. Chile will fund the study with a grant of $5 million.");
  CHECK(priced.size() == 2);
}
