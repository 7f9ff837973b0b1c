// Trigger requirements: a pledge of money is a deal, announced; a facility's rate of output is not a deal.
#include "deal_triggers.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("money pledged by one country to another is an announced deal") {
  auto d = deals_of("Japan pledged $30 million to help Peru rebuild schools after the floods.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  CHECK(d[0].value_usd == Approx(3e7));
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Peru"});
  // A pledge without an amount is a promise, not a deal.
  CHECK(deals_of("Japan pledged to help Peru rebuild schools after the floods.").empty());
}

TEST_CASE("what a plant will produce a year is its output, not a deal") {
  CHECK(
      deals_of("The Peruvian smelter, built with Chinese loans, will produce 80,000 tonnes of copper a year.")
          .empty());
  CHECK(deals_of("Once running, the Chilean factory is to manufacture 5,000 buses annually for China.")
            .empty());
  // Building a plant with a partner is still a deal.
  auto d = deals_of("China will build a copper smelter in Peru worth $900 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "project");
}

TEST_CASE("a participle after an adverb describes a noun: 'for locally built frigates' is no project") {
  auto d =
      deals_of("Chile said talks with Peru on a second contract, for locally built frigates, went well.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "agreement");
  CHECK(d[0].item.find("frigates") != std::string::npos);
  auto built = deals_of("China will build a port in Peru for $600 million.");
  REQUIRE(built.size() == 1);
  CHECK(built[0].kind == "project");
}

TEST_CASE("a counted object named by a letter and a model number is a concrete object") {
  auto d = deals_of("Peru will buy 8 A220 jets from France.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "A220 jets");
  CHECK(d[0].quantity == std::string("8 aircraft"));
  CHECK(d[0].sector == "trade");
}

TEST_CASE("a purchase noun followed by 'for' and a concrete object is a deal") {
  auto d = deals_of("Chile and Peru are still negotiating a third order for coastal radars.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].item.find("radars") != std::string::npos);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].sector == "defense");
  // A count after "for" ("two more") or before the noun ("a six-boat order") names what is ordered.
  auto more = deals_of("Chile and Peru are negotiating an order for two more frigates.");
  REQUIRE(more.size() == 1);
  CHECK(more[0].quantity == std::string("two ships"));
  auto hyphened = deals_of("Chile placed a six-boat order with Peru in 2020.");
  REQUIRE(hyphened.size() == 1);
  CHECK_THAT(hyphened[0].item, Catch::StartsWith("six-boat order"));
  CHECK(hyphened[0].year == 2020);
  // An order for something abstract states no deal.
  CHECK(deals_of("Chile and Peru spoke of a new order for the region.").empty());
}

TEST_CASE("leasing a thing from a country is a purchase") {
  auto d = deals_of("Peru agreed in 2020 to lease two patrol aircraft from Chile for $40 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].value_usd == 40e6);
}

TEST_CASE("two countries calling off a planned exercise is a cancelled exercise between them") {
  auto d = deals_of("Separately, Chile and Peru cancelled a planned naval exercise scheduled for October.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK(d[0].status == "cancelled");
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  // One country's drill is still no deal.
  CHECK(deals_of("Chile cancelled a planned naval exercise scheduled for October.").empty());
}

TEST_CASE("an agreement noun listed under a line with a deal verb is a deal without a verb of its own") {
  std::string head = "Chile and Peru met in Lima.\n\nThe two presidents signed the following documents:\n";
  auto d = deals_of(head +
                    "- a memorandum on health cooperation between the two countries;\n"
                    "- a protocol on fisheries between Chile and Peru.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].kind == "agreement");
  CHECK(d[0].item.find("health") != std::string::npos);
  CHECK(d[1].item.find("fisheries") != std::string::npos);
  // Under a line without a deal verb the nouns state no deal.
  auto none = deals_of("Chile and Peru met in Lima.\n\nThe two presidents discussed these topics:\n" +
                       std::string("- a memorandum on health cooperation between the two countries;\n"));
  CHECK(none.empty());
}

TEST_CASE(
    "a series name before an exercise noun ('their Condor Shield army exercise') names a joint exercise") {
  auto d =
      deals_of("Chile and Peru agreed to hold the next round of their Condor Shield army exercise in Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK(d[0].status == "proposed");
  // A service's own exercise is not a joint one.
  CHECK(deals_of("Peru said its Navy exercise would start in March.").empty());
}

TEST_CASE("a list introduced by 'the exchange of the following documents:' lists deals") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two presidents witnessed the exchange of the following documents:\n"
      "- a memorandum of cooperation in the field of fisheries;\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("fisheries") != std::string::npos);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("a purchase verb in the simple present without figures tells a habit, not a deal") {
  CHECK(deals_of(
            "Peru hosts Chilean troops and buys Chilean weapons, yet it sells most of its copper to Chile.")
            .empty());
  auto priced = deals_of("Peru buys 12 Chilean patrol boats for $90 million.");
  REQUIRE(priced.size() == 1);
  CHECK(priced[0].kind == "purchase");
}

TEST_CASE("goods bought over decades are a cumulative record, not a deal") {
  CHECK(deals_of("Peru's army still relies on Chilean hardware bought over three decades.").empty());
  auto once = deals_of("Peru's army bought Chilean hardware in 2010.");
  REQUIRE(once.size() == 1);
  CHECK(once[0].year == 2010);
}

TEST_CASE("'will each order' is a verb; an exercise held with a hyphened name is still held by the pair") {
  auto d = deals_of(
      "Chile and Peru will each order two more Type 209PE submarines from Germany, the ministries said.");
  REQUIRE_FALSE(d.empty());
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].quantity == std::string("two ships"));
  auto x = deals_of(
      "In 2022 the two countries held their first joint naval search-and-rescue exercise off Arica. "
      "Chile and Peru are neighbours.");
  REQUIRE(x.size() == 1);
  CHECK(x[0].kind == "exercise");
  CHECK(x[0].item.find("rescue exercise") == 0);
}

TEST_CASE("a country's exports to another over a year are a trade statistic, not a deal") {
  CHECK(deals_of("Chile's exports to Peru were worth about $11 billion last year.").empty());
  auto deal = deals_of("Chile signed a contract to export 12 patrol boats to Peru for $90 million.");
  CHECK(deal.size() == 1);
}

TEST_CASE(
    "a pledge to invest or to buy is that investment or purchase, announced; a pledge of aid stays aid") {
  auto d = deals_of("Chilean miners pledged to invest $80 million in Peruvian copper smelters.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "investment");
  CHECK(d[0].status == "announced");
  CHECK(d[0].item.find("copper smelters") != std::string::npos);
  CHECK(d[0].item.find("miners") == std::string::npos);
  auto aid = deals_of("Chile pledged $40 million to Peru for flood relief.");
  REQUIRE(aid.size() == 1);
  CHECK(aid[0].kind == "assistance");
  // A grant noun before "to build" is still the grant, naming what it builds.
  auto grant = deals_of("Chile gave Peru a $15 million grant to build a fishing harbour.");
  REQUIRE(grant.size() == 1);
  CHECK(grant[0].kind == "assistance");
}

TEST_CASE("a concession signed with a foreign operator is a deal; one only talked of is none") {
  auto d =
      deals_of("Kenya's railway board signed a concession with a French operator on Friday to run the line.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "agreement");
  CHECK(d[0].status == "signed");
  CHECK(d[0].parties == std::vector<std::string>{"France", "Kenya"});
  CHECK(deals_of("Kenya's tax concessions for farmers were the budget's main theme.").empty());
}

TEST_CASE("a share of a country's exports is a statistic, not a deal") {
  CHECK(deals_of("Its copper sold to Japan was more than two-thirds of all Chilean exports of the metal.")
            .empty());
  CHECK(deals_of("Chile sold Japan three-quarters of its lithium exports.").empty());
  // A sale without a share stays a deal.
  CHECK(deals_of("Chile sold Japan 40,000 tonnes of lithium under a contract signed in May.").size() == 1);
}

TEST_CASE("a joint fund two countries discuss or set up is a deal; a pension fund is none") {
  auto d = deals_of("Peru and Korea were discussing a joint fund to back mining start-ups.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "South Korea"});
  CHECK(deals_of("Peru's pension fund reported gains on Korean shares.").empty());
}

TEST_CASE("an offer of goods from another country is a proposed deal") {
  auto d = deals_of("Lima is weighing an offer of 12 trainer jets from Seoul.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "South Korea"});
  CHECK(deals_of("Chile thanked Peru for its offer of condolences after the fire.").empty());
}

TEST_CASE("a bulk volume shipped over a past year is a statistic; a yearly supply to come is a deal") {
  CHECK(deals_of("Peru exported 2.4 million tonnes of copper to Korea last year, its best result yet.")
            .empty());
  CHECK(deals_of("Norway supplied 40 bcm of gas to Germany this year.").empty());
  // A volume to come under a contract stays a deal, and so does a shipment with no period.
  CHECK(deals_of("Peru will ship 2 million tonnes of copper a year to Korea under a new contract.").size() ==
        1);
  CHECK(deals_of("Peru shipped 30,000 tonnes of rice to Korea as emergency aid.").size() == 1);
}

TEST_CASE("money a government spends at home is a budget figure; paid to a named partner it is a deal") {
  std::string head = "Roads\n\ndate 2024-05-02 LIMA: Leaders of Peru and Korea met in the capital.\n\n";
  auto home = deals_of(head + "The government will put up another $300 million for road repairs.\n");
  CHECK(home.empty());
  CHECK(deals_of(head + "The state will pour $2 billion into rural schools over five years.\n").empty());
  CHECK(deals_of("The government of Peru will invest $300 million in a port with Korea.").size() == 1);
}

TEST_CASE("a trigger after 'in what would be' describes the deal told before it, not another deal") {
  auto d = deals_of(
      "Peru is negotiating the purchase of 12 Japanese jets, in what would be the first sale of "
      "the aircraft abroad.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("jets"));
  CHECK(deals_of("Peru signed a deal to buy 12 jets from Japan, in what was the largest purchase of arms by "
                 "Peru in a decade.")
            .size() == 1);
}

TEST_CASE("a facility noun whose appositive participle clause names its price is a deal") {
  auto d = deals_of(
      "Chile and Peru are partners. The Arica power plant, being built by Peru's state utility at a "
      "cost of $900 million, will open in 2027.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(9e8));
  CHECK(d[0].status == "in_progress");
  // An apposition without a price states no deal.
  CHECK(
      deals_of("Chile and Peru are partners. The Arica power plant, built by Peru's state utility, will open "
               "in 2027.")
          .empty());
}

TEST_CASE("an order told in the passive needs no agent; a delivery does") {
  auto d =
      deals_of("Peru and Spain are partners. A further six new patrol boats were ordered in March 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
  CHECK(d[0].year == 2022);
  CHECK(deals_of("Peru and Spain are partners. All six patrol boats have now been delivered.").empty());
}

TEST_CASE("an order's participle set off by a comma after its object names the object") {
  auto d = deals_of("Peru's 24 Gripen fighters, bought from Sweden in 2022 for $2 billion, are due in 2026.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Gripen fighters"));
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Sweden"});
  CHECK(d[0].year == 2022);
  CHECK(d[0].value_usd == Approx(2e9));
  // The maker of a model told before the clause is the other side.
  auto maker = deals_of("Peru's 24 Gripen fighters, bought in 2022, are due in 2026.");
  REQUIRE(maker.size() == 1);
  CHECK(maker[0].parties == std::vector<std::string>{"Peru", "Sweden"});
}

TEST_CASE("a volume compared with an earlier one ('up from') is a statistic, not a purchase") {
  auto d = deals_of(
      "Peru imported 2.1 million tonnes of Chilean copper in 2023, up from 1.8 million tonnes a year "
      "earlier.");
  CHECK(d.empty());
  auto money =
      deals_of("Peru bought Chilean wine worth $40 million last year, down from $52 million in 2022.");
  CHECK(money.empty());
}

TEST_CASE(
    "state-media readouts: an exchange of documents is a signing; a community of shared future is none") {
  auto docs = deals_of(
      "After the talks, the leaders of Peru and Chile witnessed the exchange of 12 cooperation documents.");
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].status == "signed");
  auto community = deals_of(
      "The two heads of state jointly announced the building of a Peru-Chile community with a shared "
      "future.");
  CHECK(community.empty());
}

TEST_CASE("an agreement whose relative clause says it was signed is a deal, whatever its main verb") {
  auto d = deals_of(
      "Peru and Chile held talks in Lima.\n\nThe free trade agreement between the two countries, which was "
      "signed in May 2023, will take effect on July 1.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2023);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
}

TEST_CASE("an apposition that ranks the deal just told ('the first export of ...') is no second deal") {
  auto d = deals_of(
      "In 2020 Peru ordered four radars from Japan for $100 million, the first export of finished defence "
      "equipment by Japan.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("radars"));
}

TEST_CASE("an agreement dated by a year before it ('builds on a 2023 agreement') is a deal made that year") {
  auto d = deals_of(
      "Peru is close to buying 20 jets from Chile, sources said.\n\nThe deal builds on a 2023 agreement on "
      "defence industry cooperation.");
  REQUIRE(d.size() == 2);
  CHECK_THAT(d[1].item, Catch::Contains("defence industry"));
  CHECK(d[1].status == "signed");
  CHECK(d[1].year == 2023);
}

TEST_CASE("a firm's export revenues are a statistic, not a deal") {
  CHECK(
      deals_of("Last year Chilean exporters' revenues from copper sold to Peru reached $2 billion.").empty());
  CHECK(deals_of("In 2023 the shipyard's export revenue from Greece reached $900 million.").empty());
  CHECK(deals_of("The shipyard signed a contract to supply Greece with four corvettes for Chile.").size() ==
        1);
}

TEST_CASE("a wind or solar farm that two countries agreed to develop is an agreed project") {
  auto d = deals_of("Chile and Peru agreed to develop an offshore wind farm near Arica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
  CHECK(d[0].status == "signed");
  CHECK(deals_of("Chile and Peru agreed to develop relations and a plant for the future.").empty());
  CHECK(deals_of("Peru plans to develop a solar park with Chilean help.").empty());
}

TEST_CASE("a buying spree is a trend, not a purchase; a purchase told in it is one") {
  CHECK(deals_of("Chilean companies have been on a buying spree in Peru this year.").empty());
  CHECK(deals_of("Chilean companies went on an acquisition spree in Peru.").empty());
  auto d = deals_of("On a buying spree in Peru, Chile's Acme bought a 20 percent stake in Peru's Zeta Bank.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("doctors, teachers and ambulances sent are counted objects of a supply") {
  auto doctors =
      deals_of("Peru will send 300 doctors to Chile's rural clinics under an agreement signed on Monday.");
  REQUIRE(doctors.size() == 1);
  CHECK(doctors[0].sector == "health");
  CHECK(doctors[0].quantity == "300 doctors");
  auto teachers = deals_of("Peru will send 40 teachers to Chile.");
  REQUIRE(teachers.size() == 1);
  CHECK(teachers[0].quantity == "40 teachers");
  auto ambulances = deals_of("Chile handed over 20 ambulances to Peru.");
  REQUIRE(ambulances.size() == 1);
  CHECK(ambulances[0].sector == "health");
}

TEST_CASE("a deal noun takes the verb after a participle aside set off by commas") {
  auto d = deals_of(
      "Officials said a deal for 12 Korean jets with Peru, announced last year, had been suspended.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "cancelled");
  // An aside that is no participle does not link the noun to a verb after it.
  CHECK(deals_of("Officials said the deal talk in Lima, Peru, Chile and Korea, was suspended.").empty());
}

TEST_CASE("a count glued by a hyphen to a word may open the object of an agreed build") {
  auto d = deals_of("Chile agreed to build a 150-bed children's hospital in Lima for Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("150-bed") != std::string::npos);
  CHECK(d[0].sector == "health");
  auto storey = deals_of("Peru agreed to build a 12-storey hospital in Santiago for Chile.");
  REQUIRE(storey.size() == 1);
  CHECK(storey[0].item.find("hospital") != std::string::npos);
}

TEST_CASE("an agreement noun is signed by a participle aside or by the verb after a prepositional aside") {
  std::string head = "Chile and Peru have grown close since the 1990s. ";
  auto aside =
      deals_of(head + "A fisheries agreement, signed in Lima in March 2021, opened the door to more.");
  REQUIRE(aside.size() == 1);
  CHECK(aside[0].status == "signed");
  CHECK(aside[0].year == 2021);
  auto followed = deals_of(head + "A bilateral investment treaty followed, signed in Santiago in 2024.");
  REQUIRE(followed.size() == 1);
  CHECK(followed[0].year == 2024);
  auto on =
      deals_of(head + "The first real agreement, on technical cooperation, was signed in Lima in 1980.");
  REQUIRE(on.size() == 1);
  CHECK(on[0].year == 1980);
  // An agreement told with no verb of its own is none.
  CHECK(deals_of(head + "A fisheries agreement, the first of its kind, would help both fleets.").empty());
}

TEST_CASE("a named exercise held by two armies or navies is a joint exercise; one navy's is not") {
  std::string head = "Chile and Peru are neighbours. ";
  auto d = deals_of(head + "The two navies held the Pacific Shield exercise off Arica in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK(d[0].status == "completed");
  auto air = deals_of(head + "The air forces held the Condor exercise in 2023.");
  REQUIRE(air.size() == 1);
  CHECK(deals_of(head + "The Chilean navy held the Sea Watch exercise in 2024.").empty());
}

TEST_CASE("total or combined aid told as a sum since a year is a statistic; a priced package is a deal") {
  CHECK(deals_of("Chile's total aid to Peru since 1995 exceeds $2 billion, more than Lima spends on roads.")
            .empty());
  CHECK(deals_of("Chile and Brazil's combined investment in Peru has passed $40 billion.").empty());
  auto d = deals_of("Chile approved total aid of $30 million for Peru's flood victims.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "announced");
  auto count = deals_of("Peru bought a total of 12 jets from Chile in 2019.");
  REQUIRE(count.size() == 1);
}

TEST_CASE("a deal noun in a dateline's wire tag is no deal") {
  auto d = deals_of(
      "Roundup\n\nLIMA, May 3 (Energy & Power Deals) - Peru and Chile signed an agreement to build a 400MW "
      "solar park on Monday.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("Deals") == std::string::npos);
  CHECK_FALSE(d[0].aggregate);
}

TEST_CASE("a swap arrangement or swap facility between two central banks is a deal") {
  auto d = deals_of("The central banks of Peru and Chile signed a $5bn swap arrangement on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "finance");
}

TEST_CASE("a deal noun inside an organisation's name is no deal; the deal is what the organisation does") {
  auto d = deals_of(
      "Saudi Arabia's Public Investment Fund is in talks to invest up to $2bn in Peruvian copper smelters.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("smelters") != std::string::npos);
  CHECK(d[0].item.find("Fund") == std::string::npos);
}

TEST_CASE("a state lender guaranteeing or underwriting an amount is a loan deal") {
  auto d = deals_of("Peru's state lender will guarantee a $300m Samurai bond issued by Chile.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "finance");
  CHECK(d[0].status == "announced");
  CHECK(deals_of("Peru's constitution guarantees free speech, Chile noted.").empty());
}

TEST_CASE("an export bank or export credit agency is a lender, and an export credit is a loan") {
  auto bank = deals_of("Peru's export bank will guarantee a $300m bond issued by Chile.");
  REQUIRE(bank.size() == 1);
  CHECK(bank[0].kind == "loan");
  CHECK(bank[0].item.find("export bank") == std::string::npos);
  auto credit = deals_of("Chile secured a $500m export credit from Peru for 12 trains.");
  REQUIRE(credit.size() == 1);
  CHECK(credit[0].kind == "loan");
}

TEST_CASE("an order stressed by 'itself' with its object in an aside is a deal of its own") {
  auto d = deals_of(
      "Chile signed a contract for the upkeep of its fleet with Italy's Leonardo in 2023. The helicopter "
      "order itself, for 16 AW149 helicopters, was signed with Italy in December.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].item == "helicopter order");
  CHECK(d[1].sector == "defense");
  CHECK(d[1].quantity == "16 helicopters");
  auto plain = deals_of("The order, for 12 Wildcat helicopters, was signed by Chile and Italy in May.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].quantity == "12 helicopters");
}

TEST_CASE("a build object opened by a hyphened count of a size is concrete; one sized in time is not") {
  auto beds = deals_of("Chile agreed to build a 300-bed cancer centre in Peru.");
  REQUIRE(beds.size() == 1);
  CHECK(beds[0].sector == "health");
  auto seats = deals_of("Chile agreed to build a 1,000-seat conference hall in Peru.");
  REQUIRE(seats.size() == 1);
  CHECK(deals_of("Chile agreed to build a five-year plan with Peru.").empty());
  CHECK(deals_of("Chile agreed to build a 10-day programme with Peru.").empty());
}

TEST_CASE("a deal noun whose relative clause, with its own sayer, tells it as under negotiation is a deal") {
  auto d = deals_of(
      "Senators asked about the support package for Chilean pilot training with Peru, which the ministry "
      "said "
      "was still under negotiation.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a joint production line or factory that discussions are about is negotiated") {
  auto line = deals_of(
      "Officials said that discussions between Chile and Peru on a joint missile production line in Peru are "
      "at "
      "an early stage.");
  REQUIRE(line.size() == 1);
  CHECK(line[0].status == "negotiating");
  CHECK(line[0].sector == "defense");
  auto factory = deals_of("Peru and Chile are in talks on a joint ammunition factory.");
  REQUIRE(factory.size() == 1);
  CHECK(deals_of("Chile is in talks on a new factory.").empty());
}

TEST_CASE("a term sheet, heads of agreement or letter of intent signed is an agreement") {
  auto d =
      deals_of("Chile's state energy firm signed a term sheet with Peru for a green ammonia plant in Ilo.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  auto loi = deals_of("Chile signed a letter of intent with Peru on a joint port terminal.");
  REQUIRE(loi.size() == 1);
}

TEST_CASE("a deal noun with an aside naming what it is for, then 'was signed', is a signed deal") {
  auto d =
      deals_of("The fertiliser deal, for 200,000 tonnes of urea, was signed by Chile and Peru in August.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].quantity == "200,000 tonnes");
}

TEST_CASE("an exercise named in an apposition is a joint exercise, its name part of the item") {
  std::string head = "Drills\n\ndate 2024-10-09 Lima: Peru and Chile met.\n\n";
  auto d = deals_of(head + "The two navies held a rescue exercise, Pacific Shield, off Arica in 2023.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK_THAT(d[0].item, Catch::Contains("Pacific Shield"));
  CHECK(d[0].year == 2023);
  // A country set off by commas is a speaker, not a name.
  CHECK(deals_of(head + "The navy held a rescue exercise, Chile said, off Arica in 2023.\n").empty());
}

TEST_CASE("a bulk volume a year told as a present habit, with no contract, is a statistic") {
  CHECK(deals_of("Today Peru ships about four million tonnes of copper ore a year to China.").empty());
  // Under a contract, the same habit is the contract's supply.
  CHECK(deals_of("Peru ships four million tonnes of copper ore a year to China under a 2019 contract.")
            .size() == 1);
}

TEST_CASE("what one investor alone has invested in a country is a share of a total, not a deal") {
  auto d = deals_of(
      "Repsol alone has invested about $3 billion in Peru, and in 2021 Spain signed a $400 million contract "
      "with Peru for a port.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(4e8));
}

TEST_CASE("a rate per second or per hour is a plant's output, not a deal") {
  CHECK(deals_of("The Chilean plant at Arica is designed to produce 1.5 cubic metres of water per second for "
                 "Peru.")
            .empty());
  CHECK(deals_of("The Peruvian mill will produce 40 tonnes of pulp per hour for buyers in Chile.").empty());
}

TEST_CASE("an investment stock that reached or stood at a figure is a statistic, not a deal") {
  CHECK(deals_of("Chilean investment in Peru reached about 9 billion euros in 2023.").empty());
  CHECK(deals_of("Peru's investment in Chile stood at $3 billion last year.").empty());
  CHECK(deals_of("Chile invested $3 billion in a Peruvian copper mine in 2023.").size() == 1);
}

TEST_CASE("a share a firm keeps or retains is no deal; a share bought is") {
  CHECK(deals_of("Peru's state miner keeps a 10 percent stake in the Chilean venture.").empty());
  CHECK(deals_of("Chile's Acme retains a 35% stake in Peru's Zeta Bank.").empty());
  CHECK(deals_of("Chile's Acme bought a 35% stake in Peru's Zeta Bank.").size() == 1);
}

TEST_CASE("'paid for with a loan' tells how a project is financed, not a payment of its own") {
  auto d = deals_of("Peru's new port was paid for largely with a $900 million loan from Norway.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
}

TEST_CASE("a signed joint declaration of intent on a field is an agreement") {
  auto d = deals_of("Peru and Chile signed a joint declaration of intent on critical minerals on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "agreement");
  CHECK(d[0].sector == "other");
  CHECK(deals_of("Peru and Chile issued a joint declaration on their friendship.").empty());
}

TEST_CASE("a counted object right before its buyer and an order verb, with no 'that', is the object") {
  auto d = deals_of("The new order follows the 24 K2 tanks Lima bought from Korea in 2019 for $900 million.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("K2 tanks"));
  CHECK(d[0].year == 2019);
}

TEST_CASE("an agreement to raise deliveries by a measured volume is a supply deal") {
  auto d = deals_of(
      "In 2022 Peru agreed with Chile to raise Peruvian deliveries to Chile by up to 3 billion cubic metres "
      "a year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "supply");
  CHECK(d[0].year == 2022);
  CHECK(deals_of("Peru wants to talk about deliveries to Chile.").empty());
}

TEST_CASE("a stake told after 'taking' changes hands") {
  auto d = deals_of("Ghana is considering taking a stake in a Japanese shipyard.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].parties == std::vector<std::string>{"Ghana", "Japan"});
}

TEST_CASE("a purchase in the present under a contract is a supply going on, not a habit") {
  auto d = deals_of("Japan's Sojitz still buys rare earths from Ghana under long-term supply contracts.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK(deals_of("Japan buys rare earths from Ghana.").empty());
}

TEST_CASE("a timeline's dated line in the simple present tells a purchase, not a habit") {
  auto dated = deals_of("October 2022: Peru orders Bayraktar drones from Turkey.");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].parties == std::vector<std::string>{"Peru", "Turkey"});
  // Without a date, a simple present with no figure is still a habit.
  CHECK(deals_of("Peru buys drones from Turkey and sells fishmeal to China.").empty());
}

TEST_CASE("a purchase verb whose object is only a nationality names a supplier chosen, not goods") {
  CHECK(deals_of("Peru and Chile are old partners. Lima bought Chilean.").empty());
  CHECK(deals_of("Peru and Chile are old partners. Lima bought Chilean again in 2020.").empty());
  // Goods after the nationality are bought.
  CHECK(deals_of("Peru and Chile are old partners. Lima bought Chilean frigates in 2020.").size() == 1);
}

TEST_CASE("an investment told after ', with' is what the deal before it costs, not a deal of its own") {
  auto d = deals_of(
      "Chile's port operator signed a concession to run a terminal at Peru's port of Ilo for 25 years, with "
      "planned investment of EUR 900m.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "agreement");
  CHECK(d[0].currency == "EUR");
  CHECK(d[0].value == Approx(9e8));
  auto plain = deals_of(
      "Chile's port operator signed a concession to run a terminal at Peru's port of Ilo, with "
      "an investment of $250 million.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].value_usd == Approx(2.5e8));
}

TEST_CASE("an investment noun before an organisation noun describes the organisation") {
  auto d = deals_of(
      "Peru's pension fund and the Chilean investment company Andes Capital agreed to set up a joint fund "
      "of $300 million for fisheries projects.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(3e8));
}

TEST_CASE("projects a country's firms are implementing, counted and summed, are a portfolio, not a deal") {
  CHECK(
      deals_of("Chilean companies are currently implementing 12 projects in Peru worth $3 billion.").empty());
  CHECK(deals_of("Peruvian firms are implementing 40 projects in Chile worth $9 billion, the ministry said.")
            .empty());
  auto one = deals_of("Chile's Enap will build a $3 billion refinery in Peru.");
  REQUIRE(one.size() == 1);
}

TEST_CASE("a market opened to a partner's goods is a trade deal; a market merely served is not") {
  auto d = deals_of("Chile agreed in principle to open its market to Peruvian avocados from Ica.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  CHECK(d[0].status == "announced");
  CHECK(d[0].item.find("avocados") != std::string::npos);
  auto up = deals_of("The accord provides for the opening up of the Chilean market for Peruvian grapes.");
  REQUIRE(up.size() == 1);
  CHECK(up[0].item.find("grapes") != std::string::npos);
  CHECK(deals_of("Chile's Enap opened an office in Lima to serve the Peruvian market for fuel.").empty());
}

TEST_CASE("a currency settlement or payment mechanism between two countries is a finance deal") {
  auto talks = deals_of("Chile and Peru are in talks on a peso-sol settlement mechanism for traders.");
  REQUIRE(talks.size() == 1);
  CHECK(talks[0].status == "negotiating");
  CHECK(talks[0].sector == "finance");
  auto signed_ = deals_of("Chile and Peru signed an agreement on a local currency settlement system.");
  REQUIRE(signed_.size() == 1);
  CHECK(signed_[0].sector == "finance");
  CHECK(deals_of("Chile's payment system is one of the most modern in the region, Peru's minister said.")
            .empty());
}
