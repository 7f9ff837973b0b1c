// Deal parties: the country that speaks of itself is a side, and a route's far end is a place, not a side.
#include "deal_parties.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a speaker that says it is in talks is a side; the far end of a route is none") {
  auto d = deals_of(
      "Peru, for its part, said it was negotiating a loan from Japan for a railway extension to "
      "Bolivia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Peru"});
  auto line = deals_of("Chile says that it has signed a contract with Korea for a power line to Argentina.");
  REQUIRE(line.size() == 1);
  CHECK(line[0].parties == std::vector<std::string>{"Chile", "South Korea"});
  // A route's end stays a side when no speaker replaces it.
  auto pipe = deals_of("Russia signed a deal to build a gas pipeline to Turkey.");
  REQUIRE(pipe.size() == 1);
  CHECK(pipe[0].parties == std::vector<std::string>{"Russia", "Turkey"});
}

TEST_CASE("a one-sided deal for a model made abroad takes the maker's country as its seller") {
  auto d = deals_of("Peru signed a contract in 2019 for six MiG-29 fighters, worth $300 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Russia"});
  auto gripen = deals_of("Colombia ordered 12 Gripen jets last month.");
  REQUIRE(gripen.size() == 1);
  CHECK(gripen[0].parties == std::vector<std::string>{"Colombia", "Sweden"});
  // A deal with both sides named keeps them; a maker's own model adds nobody.
  auto two = deals_of("Poland bought 48 K2 tanks from South Korea.");
  REQUIRE(two.size() == 1);
  CHECK(two[0].parties == std::vector<std::string>{"Poland", "South Korea"});
  auto own = deals_of("Russia ordered 20 Su-57 jets for its air force.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].parties == std::vector<std::string>{"Russia"});
}

TEST_CASE("the maker of a model comes before a country the sentence only mentions") {
  auto d = deals_of("Talks on Peru buying Rafale jets stalled, as Lima fears sanctions on friends of Iran.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"France", "Peru"});
}

TEST_CASE("the United States named only by the dollar of an amount is no side") {
  auto d = deals_of(
      "Story of Peru and Japan.\n\nPeru and Japan met in Lima. Peru signed a loan agreement of 90 million US "
      "dollars for a water plant in Cusco.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Peru"});
  auto sign = deals_of("Peru signed a US$90 million loan agreement with Japan for a water plant.");
  REQUIRE(sign.size() == 1);
  CHECK(sign[0].parties == std::vector<std::string>{"Japan", "Peru"});
  // The country named as such stays a side.
  auto us = deals_of("Peru signed a $90 million loan agreement with the United States for a water plant.");
  REQUIRE(us.size() == 1);
  CHECK(us[0].parties == std::vector<std::string>{"Peru", "United States"});
}

TEST_CASE("a deal with a lone foreign side is the home country's, the one the story names most") {
  auto d = deals_of(
      "Peru's navy and Peru's army reported to the Peruvian Congress on Monday.\n\n"
      "(a) In 2021 Peru signed a contract with Spain for two patrol ships.\n\n"
      "(b) No contract has yet been signed with Israel for a rocket artillery system; negotiations go on.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Israel", "Peru"});
  // "Hellenic" names Greece.
  auto navy = deals_of("The Hellenic Navy signed a contract with Italy for four patrol ships.");
  REQUIRE(navy.size() == 1);
  CHECK(navy[0].parties == std::vector<std::string>{"Greece", "Italy"});
}

TEST_CASE("a deal naming no country but a model made abroad is the home country's with the maker") {
  auto d = deals_of(
      "Peru and Chile are rivals. Peru wants new jets and Chile wants ships, and Peru and Chile will "
      "talk.\n\n"
      "In January, the Congress cleared the sale of 12 new Gripen fighters, a package valued at $2 billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Sweden"});
}

TEST_CASE("'British thermal units' is a unit, not a British side; state firms name their countries") {
  auto d = deals_of("Peru bought two LNG cargoes from Qatar at $14 per million British thermal units.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Qatar"});
  auto firms = deals_of("Petrobangla signed a deal with DP World to run two LNG berths.");
  REQUIRE(firms.size() == 1);
  CHECK(firms[0].parties == std::vector<std::string>{"Bangladesh", "United Arab Emirates"});
}

TEST_CASE("a model made abroad, ordered from a firm of the only country named, is a home order") {
  auto home = deals_of(
      "The defence ministry placed an order with Hindustan Aeronautics for 12 Su-30MKI jets worth Rs 9,000 "
      "crore.");
  CHECK(home.empty());
  auto abroad = deals_of("India signed a contract with Rosatom for 12 Su-30MKI jets worth $900 million.");
  REQUIRE(abroad.size() == 1);
  CHECK(abroad[0].parties.size() == 2);
}

TEST_CASE("a deal stressed by 'itself' in a sentence naming no country takes the sentence before's pair") {
  auto d = deals_of(
      "Defence fair\n\nFrance and Germany signed a tank deal on Monday. Peru's state arms maker said it had "
      "concluded an offset agreement with Chile's Acme. The helicopter order itself, for 16 AW149 "
      "helicopters, "
      "was signed in December.\n");
  REQUIRE(d.size() == 3);
  CHECK(d[2].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("a run of sentences whose subject is 'It' refers to the country before the run") {
  auto d = deals_of(
      "Peru and Spain met in Lima. Second, Peru hedges its bets. It bought Su-35 fighters from Russia in "
      "2015, and dropped them when American sanctions bit. It ordered six used Mirage jets from Qatar in "
      "2019.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Russia"});
  // Not the maker of the model (France) but the subject told before, with the seller named.
  CHECK(d[1].parties == std::vector<std::string>{"Peru", "Qatar"});
}

TEST_CASE("two countries each the subject of its own verb give two deals with the story's country") {
  auto d = deals_of(
      "Peru and Spain met in Lima. Peru's reserves are low. In 2023 Chile deposited $2 billion at the "
      "central bank, and Brazil lent $1 billion.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[1].parties == std::vector<std::string>{"Brazil", "Peru"});
}

TEST_CASE("well-known state firms and ports name their countries as parties") {
  auto ship = deals_of("Navantia signed a $900 million contract with the Peruvian navy for four corvettes.");
  REQUIRE(ship.size() == 1);
  CHECK(ship[0].parties == std::vector<std::string>{"Peru", "Spain"});
  auto gas = deals_of("KOGAS agreed to buy 500,000 tonnes of LNG a year from Sonangol.");
  REQUIRE(gas.size() == 1);
  CHECK(gas[0].parties == std::vector<std::string>{"Angola", "South Korea"});
  auto port = deals_of("A Turkish builder won a $300 million contract to expand the port of Lobito.");
  REQUIRE(port.size() == 1);
  CHECK(port[0].parties == std::vector<std::string>{"Angola", "Turkey"});
}

TEST_CASE("a venue where a deal is made or told is no side; a capital that acts is one") {
  auto show = deals_of("Thailand signed a contract with Sweden for four Gripen jets at the Dubai Airshow.");
  REQUIRE(show.size() == 1);
  CHECK(show[0].parties == std::vector<std::string>{"Sweden", "Thailand"});
  auto meeting = deals_of("Kenya and Japan signed a port agreement at a meeting in Doha on Monday.");
  REQUIRE(meeting.size() == 1);
  CHECK(meeting[0].parties == std::vector<std::string>{"Japan", "Kenya"});
  auto summit =
      deals_of("Egypt agreed to buy 20,000 tonnes of Indian rice at talks during a summit in Brazil.");
  REQUIRE(summit.size() == 1);
  CHECK(summit[0].parties == std::vector<std::string>{"Egypt", "India"});
  auto dateline = deals_of("Doha, May 3 (Wire) - Ghana signed a deal with Turkey for six patrol boats.");
  REQUIRE(dateline.size() == 1);
  CHECK(dateline[0].parties == std::vector<std::string>{"Ghana", "Turkey"});
  // A capital that lends, a venue country also named as a side, and a lone counterpart stay sides.
  auto capital = deals_of("Beijing will lend Islamabad $2 billion for a new port.");
  REQUIRE(capital.size() == 1);
  CHECK(capital[0].parties == std::vector<std::string>{"China", "Pakistan"});
  auto host = deals_of("Nigeria, Niger and Algeria signed a pipeline memorandum at a meeting in Algiers.");
  REQUIRE(host.size() == 1);
  CHECK(host[0].parties == std::vector<std::string>{"Algeria", "Niger", "Nigeria"});
  auto lone = deals_of("Pakistan signed a $1 billion loan agreement at a meeting in Beijing.");
  REQUIRE(lone.size() == 1);
  CHECK(lone[0].parties == std::vector<std::string>{"China", "Pakistan"});
}

TEST_CASE("a country named only between the subject and a deal 'with' its partner is no side") {
  auto d = deals_of("Nairobi turned to Japan after it froze a $200 million rail contract with China.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"China", "Kenya"});
  // A list of subjects keeps every member.
  auto list = deals_of("Niger and Algeria signed a pipeline memorandum with Nigeria in 2022.");
  REQUIRE(list.size() == 1);
  CHECK(list[0].parties == std::vector<std::string>{"Algeria", "Niger", "Nigeria"});
}

TEST_CASE("a model made abroad named in the sentence gives the other side before the story's pair does") {
  auto d = deals_of(
      "Peru and Chile are rivals. Chile and Peru argue often. When Peru signed for 12 Rafale fighters in May "
      "2021, a deal worth about 2 billion euros that mixed used jets with new ones, the decision was sold at "
      "home as a reply to its neighbour.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"France", "Peru"});
}

TEST_CASE(
    "a deal in an opening contrast ('Unlike ...,') is the story's home country's, not the contrasted "
    "clause's") {
  auto d = deals_of(
      "Peru and Chile are old partners. Unlike the 12 Rafales bought from France in 2016, the Chilean "
      "frigates came with training.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"France", "Peru"});
}
