// Follow-up sentences: a sentence that values the deal just told adds its amount to that deal; each case
// is a text written for the test.
#include "deal_followup.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'put the programme at' an amount values the deal just told, it invests nothing") {
  auto d = deals_of(
      "Peru has opened talks with Spain over up to six C-310 corvettes. Two officials put the programme at "
      "about 900 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].currency == "EUR");
  CHECK(d[0].value == Approx(900e6));
  // Money put into something is still an investment of its own.
  auto put = deals_of("Spain put $90 million into a Peruvian shipyard in May.");
  REQUIRE(put.size() == 1);
  CHECK(put[0].kind == "investment");
}

TEST_CASE("work on the deal just told, told as halted in a later sentence, cancels it") {
  auto froze = deals_of(
      "In 2011, Ghana and Nigeria signed an agreement to build a gas pipeline along the coast. In 2015, "
      "Accra froze work on the project, citing its debts.");
  REQUIRE(froze.size() == 1);
  CHECK(froze[0].status == "cancelled");
  auto work = deals_of(
      "In 2020, Chad and Cameroon signed a memorandum to build an oil pipeline. Work on the project has been "
      "suspended since the floods of 2022.");
  REQUIRE(work.size() == 1);
  CHECK(work[0].status == "cancelled");
  // Work told as not suspended leaves the deal as it was.
  auto goes_on = deals_of(
      "In 2020, Chad and Cameroon signed a memorandum to build an oil pipeline. Work on the project was not "
      "suspended during the floods.");
  REQUIRE(goes_on.size() == 1);
  CHECK(goes_on[0].status == "signed");
}

TEST_CASE("the last units of an order told as delivered in a later sentence complete it") {
  auto last = deals_of(
      "March 2021: Peru orders two million doses of a Chinese vaccine. May 2021: The last of the two million "
      "doses are delivered.");
  REQUIRE(last.size() == 1);
  CHECK(last[0].status == "completed");
  // The first units only put it under way.
  auto first = deals_of(
      "March 2021: Peru orders two million doses of a Chinese vaccine. May 2021: The first of the doses are "
      "delivered.");
  REQUIRE(first.size() == 1);
  CHECK(first[0].status == "in_progress");
}

TEST_CASE("a later sentence whose subject keeps up its supplies puts its signed deal under way") {
  auto d = deals_of(
      "In 2019, Ghana signed a ten-year contract with Qatar's QatarEnergy for LNG. QatarEnergy has kept up "
      "the supplies since.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  // A subject that no deal names changes nothing.
  auto other = deals_of(
      "In 2019, Ghana signed a ten-year contract with Qatar's QatarEnergy for LNG. Shell has kept up the "
      "supplies since.");
  REQUIRE(other.size() == 1);
  CHECK(other[0].status == "signed");
}

TEST_CASE("the first units of an order whose item names its seller ('drones from Turkey') put it under way") {
  auto d = deals_of(
      "October 2022: Peru orders Bayraktar drones from Turkey.\n\nMay 2024: The first of the drones are "
      "delivered.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
}

TEST_CASE("deliveries told after a contract and its price, naming only its sides, are that contract's") {
  auto d = deals_of(
      "Chile signed a contract with Spain's Navantia for four frigates. The deal is worth about $2 billion. "
      "Deliveries of the Spanish-built ships are due to begin in 2027.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].evidence_extra.size() == 2);
  // Deliveries of another country's goods are not the contract's.
  CHECK(
      deals_of("Chile signed a contract with Spain's Navantia for four frigates. Deliveries of French-built "
               "submarines to Chile began in 2024.")
          .size() == 2);
}
