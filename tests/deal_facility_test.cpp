// Facility nouns: a facility states a deal with its price, its financer, talks on it, its completion or aid
// from a named country; each case is a sentence written for the test.
#include "deal_facility.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a hospital, research centre or interconnector with its price or financer is a project") {
  auto hospital = deals_of("Chile will finance a $40 million hospital in Lima for Peru.");
  REQUIRE(hospital.size() == 1);
  CHECK(hospital[0].sector == "health");
  auto granted = deals_of(
      "Chile handed over a hospital in Lima that it had built with a grant of $30 million "
      "for Peru.");
  REQUIRE(granted.size() == 1);
  CHECK(granted[0].item.find("hospital") != std::string::npos);
  auto cable = deals_of("Chile and Peru agreed on a $900 million power interconnector.");
  REQUIRE(cable.size() == 1);
  CHECK(cable[0].sector == "energy");
}

TEST_CASE("a facility that talks between the pair are about is negotiated") {
  auto d = deals_of("Chile and Peru are in talks over a power interconnection, officials said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].sector == "energy");
  // Talks with others, or no talks, leave a bare facility noun no deal.
  CHECK(deals_of("Chile held talks on a new port with investors.").empty());
  CHECK(deals_of("Chile and Peru have a port.").empty());
}

TEST_CASE("a facility between the pair told as finished in the passive is a completed project") {
  auto d = deals_of("The subsea power cable between Chile and Peru was switched on last spring.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].sector == "energy");
  // A facility of one country opened is no deal.
  CHECK(deals_of("Chile's new port was opened in 1990, Peru said.").empty());
}

TEST_CASE("a facility told as paid for with a foreign country's aid or loans is a project, named or not") {
  std::string head = "Bolivia and Peru are old neighbours. ";
  auto aid =
      deals_of(head + "Tourists visit a stadium at Oruro, built with Peruvian aid and opened in 1987.");
  REQUIRE(aid.size() == 1);
  CHECK(aid[0].kind == "project");
  CHECK(aid[0].status == "completed");
  CHECK(aid[0].year == 1987);
  auto named = deals_of(head +
                        "Trucks cross the Santa Rosa Bridge, a span over the river that Peruvian state "
                        "loans paid for and that opened in May 2015.");
  REQUIRE(named.size() == 1);
  CHECK_THAT(named[0].item, Catch::Contains("Santa Rosa Bridge"));
  CHECK(named[0].status == "completed");
  // Aid from no named country, and a facility word inside a longer name, state no deal.
  CHECK(deals_of(head + "The new stadium at Oruro needs more aid.").empty());
  CHECK(deals_of(head + "The Santa Rosa Bridge Authority, set up with Peruvian money, hired staff.").empty());
}

TEST_CASE("a facility offered to be funded, or priced in an apposition with worth, is a project") {
  std::string head = "Chile and Peru are neighbours. ";
  auto d = deals_of(head +
                    "Chile has offered to fund a river management project, reportedly worth about a "
                    "billion dollars, and Lima is said to be considering it.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
  CHECK(d[0].status == "proposed");
  REQUIRE(d[0].value_usd);
  CHECK(*d[0].value_usd == Approx(1e9));
  // "did finance" is no infinitive: the apposition's price makes the one row.
  auto plant = deals_of(head +
                        "What Chile did finance was the Tacna solar plant, a station built with a loan "
                        "of $136 million from Chile and switched on in 2018.");
  CHECK(plant.size() == 1);
}

TEST_CASE("talks a minister tells as 'we are in discussions with' a foreign side are the two sides' talks") {
  auto d = deals_of(
      "Peru's energy minister on Chile\n\nMINISTER: We are in discussions with Chilean companies about a "
      "wind farm of about 80 megawatts near Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE(
    "a facility whose financing is floated is proposed; one two countries are discussing is negotiated") {
  auto d = deals_of("Chile has floated financing a new grain terminal at the port of Callao in Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  auto c = deals_of("Peru and Chile were discussing a new electricity cable between Arica and Tacna.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].status == "negotiating");
}

TEST_CASE("a facility, its place after it, then a participle of the deal made with a price, is a deal") {
  std::string head = "Peru and Chile are old neighbours. ";
  auto d =
      deals_of(head + "Chile's refinery at Ilo, agreed in May 2021 for $900 million, is Peru's largest.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2021);
  CHECK(deals_of(head + "The Chilean port near Callao, signed in 2019 for $300 million, is idle.").size() ==
        1);
  // A facility with no price is no deal.
  CHECK(deals_of(head + "The Chilean port near Callao, signed off by inspectors, is idle.").empty());
}
