// A project and the loan its sentence tells as paying for it are one deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a project and the loan that pays for it ('for which ... provided a loan') are one deal") {
  auto d = deals_of(
      "Chile and Peru are neighbours. Peru is building a bridge in Chile, for which Peru's state bank "
      "provided a loan of $700 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  CHECK(d[0].sector == "infrastructure");
  CHECK(d[0].value_usd == 700e6);
  CHECK(d[0].status == "in_progress");
  // "financed by a loan" ties them too.
  auto financed = deals_of(
      "Chile and Peru are neighbours. Peru is laying a pipeline in Chile, financed by a loan of 2 billion "
      "euros from Peru's state bank.");
  REQUIRE(financed.size() == 1);
  CHECK(financed[0].value == 2e9);
  CHECK(financed[0].currency == std::string("EUR"));
}

TEST_CASE("a loan 'for which' joins the project told nearest before it; a financed facility is a deal") {
  auto d = deals_of(
      "Chile and Peru are neighbours. Chile financed the 900-megawatt Ilo gas power plant, which was "
      "completed in 2018, and is building the Tacna dam, for which Chile's state bank provided a loan of "
      "$600 million.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].item.find("Ilo gas power plant") != std::string::npos);
  CHECK_FALSE(d[0].value_usd);
  CHECK(d[1].item.find("Tacna dam") != std::string::npos);
  CHECK(d[1].value_usd == 600e6);
}

TEST_CASE("plans dropped for a facility between the two countries are a cancelled deal") {
  auto d = deals_of(
      "Chile and Peru are neighbours. Separately, Enap and Petroperu dropped plans for a hydrogen pipeline "
      "between the two countries, saying demand was too uncertain.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].sector == "energy");
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("an agreement for a plant and the credit line it is financed through are one deal") {
  auto d = deals_of(
      "Chile and Peru signed a memorandum of understanding for a solar plant near Arica, to be financed "
      "through a credit line of 90 million euros from Chile's development agency.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("solar plant"));
  CHECK(d[0].value == 90e6);
  CHECK(d[0].currency == "EUR");
  // A credit line the sentence does not tie to the agreement stays a deal of its own.
  auto two = deals_of(
      "Chile and Peru signed a memorandum of understanding for a solar plant near Arica, while Chile's "
      "development agency extended a credit line of 90 million euros for Peru's schools.");
  CHECK(two.size() == 2);
}
