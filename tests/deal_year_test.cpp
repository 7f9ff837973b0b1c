// Deal years: a deal told without a time of its own takes the dateline's year, unless its clause's only
// year is a target, it is under way or it is cancelled.
#include "deal_year.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal whose clause names only a target year is told without a time of its own") {
  std::string head =
      "Gas deal\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto target = deals_of(head +
                         "Canada agreed to sell 3 million tonnes of gas a year to Chile for ten years "
                         "starting in 2030.\n");
  REQUIRE(target.size() == 1);
  CHECK_FALSE(target[0].year);
  // Without the target year, a deal stated as done takes the dateline's year.
  auto plain = deals_of(head + "Canada agreed to sell 3 million tonnes of gas a year to Chile.\n");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].year == 2024);
}

TEST_CASE("a deal under way with no time of its own has no year; one begun on the story's day does") {
  std::string head =
      "Port works\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  std::string deal =
      "Chile's state builder Acme Corp is building the new pier at Halifax under a construction "
      "contract worth $2 billion.\n";
  auto ongoing = deals_of(head + deal);
  REQUIRE(ongoing.size() == 1);
  CHECK(ongoing[0].status == "in_progress");
  CHECK_FALSE(ongoing[0].year);
  auto today = deals_of(head +
                        "On Tuesday Chile's state builder Acme Corp began building the new pier at Halifax "
                        "under a construction contract worth $2 billion.\n");
  REQUIRE(today.size() == 1);
  CHECK(today[0].year == 2024);
}

TEST_CASE(
    "a deal told as cancelled, with no time of its own, has no year: the story dates the cancellation") {
  std::string head =
      "Port works\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto d =
      deals_of(head + "Canada has scrapped a contract with Chile for a copper smelter at Antofagasta.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  CHECK_FALSE(d[0].year);
}

TEST_CASE("a year a deal is due to reach ('due to fly on a rocket in 2027') is a target, not its year") {
  auto d = deals_of(
      "Peru signed a launch contract with Japan for its first radar satellite, due to fly on a "
      "Japanese rocket in 2027.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
  // A signing still due keeps its year.
  auto sign = deals_of("Peru and Japan are due to sign the loan agreement in 2026.");
  REQUIRE(sign.size() == 1);
  CHECK(sign[0].year == 2026);
}

TEST_CASE("'last week' lies inside the dateline's year, as 'yesterday' does") {
  auto d = deals_of(
      "ROUND-UP\nPosted : April 14, 2025\n\nMorocco will supply 300,000 tonnes of phosphate fertiliser to "
      "Peru "
      "under a contract signed in Lima last week.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
  auto year = deals_of(
      "ROUND-UP\nPosted : April 14, 2025\n\nMorocco will supply 300,000 tonnes of phosphate fertiliser to "
      "Peru "
      "under a contract signed in Lima last year.\n");
  REQUIRE(year.size() == 1);
  CHECK_FALSE(year[0].year);
}

TEST_CASE("a year in an aside on when the object was first made does not date the change told") {
  auto d = deals_of(
      "Chile and Peru agreed to expand a currency swap worth 9 billion pesos, first signed in 2018.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
  auto own = deals_of("Chile and Peru first signed the currency swap in 2018.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].year == 2018);
}

TEST_CASE("a deal told as whole years ago takes no dateline year, even with a weekday or week") {
  std::string head = "Cable\n\ndate 2026-04-08 Leaders of Chile and Peru met in Lima.\n\n";
  // The dateline marker in the deal's own sentence is no year of the deal told as years ago.
  auto marker = deals_of(
      "Cable\n\n date 2026-04-08 Ten years ago this week, Chile and Peru signed an "
      "agreement on a power cable.\n");
  REQUIRE(marker.size() == 1);
  CHECK_FALSE(marker[0].year);
  auto ago =
      deals_of(head + "Ten years ago this week, Chile and Peru signed an agreement on a power cable.\n");
  REQUIRE(ago.size() == 1);
  CHECK_FALSE(ago[0].year);
  auto week = deals_of(head + "This week, Chile and Peru signed an agreement on a power cable.\n");
  REQUIRE(week.size() == 1);
  CHECK(week[0].year == 2026);
}

TEST_CASE("a year after 'since' starts a span, it is no deal's year") {
  auto d = deals_of("Chile has been in talks to buy 20 buses from Peru since 2019.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
  auto dated = deals_of("Chile has sold gas to Peru since 2019 under a 2017 agreement.");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].year == 2017);
}

TEST_CASE("'last month' and 'last week' take the dateline's year; span starts and targets leave it so") {
  std::string head = "Desk\n\n date 2027-05-02 Markets were calm on Friday.\n\n";
  auto month =
      deals_of(head + "Chile bought $300m of Peruvian bonds last month, its first purchase since 2019.\n");
  REQUIRE(month.size() == 1);
  CHECK(month[0].year == 2027);
  auto week = deals_of(head + "Chile has bought $300m of Peruvian bonds last week.\n");
  REQUIRE(week.size() == 1);
  CHECK(week[0].year == 2027);
  auto target = deals_of(
      head +
      "Chile has signed a 15-year deal to buy gas from Peru starting in 2030, the firms said on Monday.\n");
  REQUIRE(target.size() == 1);
  CHECK(target[0].year == 2027);
}

TEST_CASE("the day told in another deal's clause does not date talks in the same sentence") {
  std::string head = "Desk\n\n date 2027-05-02 Markets were calm on Friday.\n\n";
  auto d = deals_of(head +
                    "Peru signed a $5bn swap arrangement with Chile on Monday, while Brazil and Bolivia are "
                    "negotiating a $2bn swap arrangement.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2027);
  CHECK_FALSE(d[1].year);
}

TEST_CASE("the year a ban was imposed, or has stood since, is not the year of the deal that lifts it") {
  std::string head =
      "Farm trade\n\ndate 2025-03-04 LIMA: Officials of Peru and Chile met in the capital.\n\n";
  auto imposed =
      deals_of(head +
               "Chile lifted its ban on Peruvian grapes on Monday, ending a restriction imposed in "
               "2017 over pest concerns.\n");
  REQUIRE(imposed.size() == 1);
  CHECK(imposed[0].year == 2025);
  auto since = deals_of(head + "Chile lifted its ban on Peruvian grapes, in place since 2017.\n");
  REQUIRE(since.size() == 1);
  CHECK(since[0].year == 2025);
}

TEST_CASE("a month after the dateline's, told as done, falls in the year before the dateline") {
  std::string head = "Arms fair\n\ndate 2025-02-19 LIMA: Officials of Peru and Chile met at the fair.\n\n";
  auto done = deals_of(head + "Peru signed a contract for 16 helicopters from Chile in December.\n");
  REQUIRE(done.size() == 1);
  CHECK(done[0].year == 2024);
  auto earlier = deals_of(head + "Peru signed a contract for 16 helicopters from Chile in January.\n");
  REQUIRE(earlier.size() == 1);
  CHECK(earlier[0].year == 2025);
  // A delivery time or deadline is no time of the deal: "to be delivered before June", "in June".
  auto delivery = deals_of(head +
                           "Peru signed an agreement to buy 100,000 tonnes of Chilean rice, to be delivered "
                           "before June.\n");
  REQUIRE(delivery.size() == 1);
  CHECK(delivery[0].year == 2025);
  auto delivered_in = deals_of(head +
                               "Peru signed a contract for 16 helicopters from Chile, to be delivered in "
                               "December.\n");
  REQUIRE(delivered_in.size() == 1);
  CHECK(delivered_in[0].year == 2025);
  auto coming = deals_of(head + "Peru will sign a contract for 16 helicopters from Chile in December.\n");
  REQUIRE(coming.size() == 1);
  CHECK(coming[0].year == 2025);
}

TEST_CASE("construction launched or a bid dropped in a month after the dateline's was the year before") {
  std::string head = "Rail news\n\ndate 2025-02-19 LIMA: Officials of Peru and Chile met in Lima.\n\n";
  auto built = deals_of(head + "In November Peru and Chile launched construction of a railway to Arica.\n");
  REQUIRE(built.size() == 1);
  CHECK(built[0].status == "in_progress");
  CHECK(built[0].year == 2024);
  auto dropped = deals_of(head + "Peru dropped a bid for a Chilean port operator in October.\n");
  REQUIRE(dropped.size() == 1);
  CHECK(dropped[0].status == "cancelled");
  CHECK(dropped[0].year == 2024);
}

TEST_CASE("a past perfect in a relative clause about the object does not date the deal before the story") {
  std::string head =
      "Farm trade\n\ndate 2025-03-04 LIMA: Officials of Peru and Chile met in the capital.\n\n";
  auto d =
      deals_of(head +
               "Chile lifted its restriction on Peruvian steel pipes, which had been in place for years, the "
               "ministry said.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2025);
}

TEST_CASE("a dateline opening the sentence does not keep its day from dating the deal") {
  auto d = deals_of(
      " date 2026-05-11 LIMA: Peru and Chile on Sunday signed an agreement under which Chile will buy gas "
      "from Peru for ten years starting in 2027.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2026);
}

TEST_CASE("a time told as that year or the same month or the following year takes the year told before") {
  std::string head = "date 2025-04-27\nThe change came in 2019, and it came in the form of a drone. ";
  auto that = deals_of(head + "In January that year, Peru bought six drones from Chile.");
  REQUIRE(that.size() == 1);
  CHECK(that[0].year == 2019);
  auto next = deals_of(head + "The following year Peru bought six drones from Chile.");
  REQUIRE(next.size() == 1);
  CHECK(next[0].year == 2020);
  // "The same month" needs a month told before; a year after "after" is no time of the deal.
  auto month = deals_of(
      "After 2014, ties grew. The minister went to Lima, and they signed a fisheries pact "
      "with Peru's neighbour Chile in the same month.");
  REQUIRE(month.size() == 1);
  CHECK_FALSE(month[0].year);
}

TEST_CASE("a second predicate with a year of its own dates the deal it tells") {
  std::string head = "Jets\n\ndate 2024-09-03 Lima: Peru and Sweden met.\n\n";
  auto d = deals_of(head +
                    "Peru picked the Gripen in March 2021 and ordered 24 aircraft from Sweden in June "
                    "2022, worth about 2 billion euros.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2022);
  // "for" before a year that "in" introduces is no target: the year is the deal's.
  auto plain = deals_of(head + "Peru signed the contract for 24 aircraft in June 2022.\n");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].year == 2022);
}

TEST_CASE("exercises told as a present habit take no dateline year; ones held on the story's day do") {
  std::string head = "Drills\n\ndate 2024-09-03 Lima: Peru and Chile met.\n\n";
  auto habit = deals_of(head + "Peru and Chile hold joint naval drills off Arica.\n");
  REQUIRE(habit.size() == 1);
  CHECK_FALSE(habit[0].year);
  auto today = deals_of(head + "On Monday Peru and Chile held joint naval drills off Arica.\n");
  REQUIRE(today.size() == 1);
  CHECK(today[0].year == 2024);
}

TEST_CASE("a decade in the deal's sentence ('since the late 1980s') is not the deal's year") {
  auto d = deals_of(
      "Jet deal\n\ndate 2024-05-02 LIMA: Peru's air force chief spoke to reporters.\n\n"
      "In April, Peru signed a contract with Japan for 12 trainer jets to replace the old jets that have "
      "flown since the late 1980s.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}

TEST_CASE("a deal told in a decade takes no dateline year") {
  auto d = deals_of(" date 2026-03-11 Navy news\n\nPeru last bought Chilean frigates in the 1990s.\n");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year.has_value());
  auto dated = deals_of(" date 2026-03-11 Navy news\n\nPeru bought two Chilean frigates on Monday.\n");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].year == 2026);
}

TEST_CASE("loans told over a span of years before the story's take neither end of it, nor the dateline") {
  std::string head = "Loans\n\ndate 2024-05-02 Leaders of Canada and Chile met in the capital.\n\n";
  auto between =
      deals_of(head + "Between 2011 and 2018, Canada extended loans totalling $9 billion to Chile.\n");
  REQUIRE(between.size() == 1);
  CHECK_FALSE(between[0].year);
  auto from = deals_of(head + "From 2011 to 2018, Canada extended loans totalling $9 billion to Chile.\n");
  REQUIRE(from.size() == 1);
  CHECK_FALSE(from[0].year);
  // One year of its own still dates the deal.
  auto one = deals_of(head + "In 2018, Canada extended loans totalling $9 billion to Chile.\n");
  REQUIRE(one.size() == 1);
  CHECK(one[0].year == 2018);
}

TEST_CASE("a clause told over a span of years is not dated by the clause after it") {
  std::string head = "Loans\n\ndate 2024-05-02 Leaders of Canada and Chile met in the capital.\n\n";
  auto d =
      deals_of(head +
               "Chile borrowed $9 billion from Canada between 2011 and 2018, and renegotiated part of the "
               "debt in 2022.\n");
  REQUIRE(!d.empty());
  CHECK_FALSE(d[0].year);
}

TEST_CASE("a present perfect with an irregular or passive participle and no time has no year") {
  std::string head = "Power\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto chosen = deals_of(head + "Chile has chosen Canada's Acme Corp to build a nuclear plant near Arica.\n");
  REQUIRE(chosen.size() == 1);
  CHECK_FALSE(chosen[0].year);
  auto promised = deals_of(head + "A Canadian-financed power plant at Arica has been promised since 2019.\n");
  REQUIRE(promised.size() == 1);
  CHECK_FALSE(promised[0].year);
}
