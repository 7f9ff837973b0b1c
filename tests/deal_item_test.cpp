// Deal items: a participle after an adverb is part of the noun phrase it describes.
#include "deal_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'locally assembled railway line': the item runs past a participle after an adverb") {
  auto d = deals_of("Peru will build a locally assembled railway line for Chile worth $90 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("assembled railway line") != std::string::npos);
  // A past-tense verb after a noun still ends the item ("deal with Italy signed in May").
  auto v = deals_of("Peru will build a railway line for Chile approved in May, worth $90 million.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].item.find("approved") == std::string::npos);
}

TEST_CASE("an agreement's purpose after its value and a partner's firm names it ('with Peru's Simac for')") {
  auto d = deals_of(
      "Chile's navy on Monday signed a contract worth $310 million with Peru's Simac for diesel engines that "
      "will power four corvettes.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("diesel engines") != std::string::npos);
  // A list of firms after "with" is no purpose: the agreements are named by whom they were signed with.
  auto firms = deals_of("Chile signed two supply agreements with Peru's Simac and Brazil's Embraer.");
  REQUIRE(firms.size() == 2);
  CHECK(firms[0].item.find("Simac") != std::string::npos);
  CHECK(firms[1].item.find("Embraer") != std::string::npos);
}

TEST_CASE("a deal told as the whole of something ('X, part of a $N deal') is named by that thing") {
  auto d = deals_of(
      "Chile and Peru are partners. Officials said deliveries of the last three Condor patrol boats, part of "
      "a $700 million deal signed in 2019, were delayed.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "last three Condor patrol boats");
  CHECK(d[0].value_usd == 700e6);
  CHECK(d[0].year == 2019);
}

TEST_CASE("an -ed word after a hyphen ('nuclear-powered', 'Chilean-made') is part of the item") {
  auto d = deals_of(
      "Peru agreed in 2020 to buy two diesel-powered attack submarines from Chile for $900 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("diesel-powered attack submarines") != std::string::npos);
  // A verb after the phrase still ends it.
  auto v = deals_of("Peru will build a railway line for Chile approved in May, worth $90 million.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].item.find("approved") == std::string::npos);
}

TEST_CASE("a span of time after an amount ('for three years') is not what a deal is for") {
  auto d = deals_of("Chile extended a currency swap line with Peru worth 20 billion pesos for three years.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("swap line") != std::string::npos);
  auto goods = deals_of("Chile signed a contract worth $80 million for three radars with Peru.");
  REQUIRE(goods.size() == 1);
  CHECK(goods[0].item.find("radars") != std::string::npos);
}

TEST_CASE("a measure's rate before 'of' goes with the measure ('2 million tonnes a year of gas')") {
  auto d = deals_of(
      "Chile's Enap agreed to buy up to 2 million tonnes a year of liquefied natural gas from Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("liquefied natural gas") == 0);
}

TEST_CASE("a partitive before the object ('the last of 12 jets') leaves the counted object as the item") {
  auto d =
      deals_of("Israel's Elta shipped the last of 12 trainer jets to Chile in March under a 2020 order.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("trainer jets") != std::string::npos);
  CHECK(d[0].item.find("Elta") == std::string::npos);
  CHECK(d[0].quantity.value_or("").find("12") != std::string::npos);
  auto first = deals_of("Peru took delivery of the first two of 10 patrol boats from South Korea in June.");
  REQUIRE(first.size() == 1);
  CHECK(first[0].item.find("patrol boats") != std::string::npos);
}

TEST_CASE("goods received from a country are a supply; a visitor received is none") {
  auto d = deals_of("Chile received the rest of 40 armoured trucks from Brazil in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "supply");
  CHECK(d[0].item.find("armoured trucks") != std::string::npos);
  CHECK(d[0].parties == std::vector<std::string>{"Brazil", "Chile"});
  CHECK(deals_of("The Chilean president received a letter from his Brazilian counterpart.").empty());
}

TEST_CASE("'agreements on Friday covering ...': the weekday between the noun and its purpose is no item") {
  auto d = deals_of("Ghana and Egypt signed two accords on Friday covering fisheries and solar power.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("Friday") == std::string::npos);
  CHECK(d[0].item.find("fisheries") != std::string::npos);
  // Without a weekday the noun and its purpose stay one item.
  auto plain = deals_of("Ghana and Egypt signed two accords covering fisheries and solar power.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].item.find("accords covering fisheries") != std::string::npos);
}

TEST_CASE("an agreement is named by what a relative clause or a later 'for' says, past 'yet' and 'already'") {
  auto d = deals_of(
      "Chile and Japan renewed a 2023 agreement under which Chilean mines deliver copper cathodes to "
      "Japanese smelters.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("copper cathodes"));
  auto yet = deals_of("Peru: no contract has yet been signed with Israel for the rocket artillery system.");
  REQUIRE(yet.size() == 1);
  CHECK_THAT(yet[0].item, Catch::Contains("rocket artillery system"));
}

TEST_CASE("an agreement with a name of its own is named by it, not by its relative clause") {
  auto d = deals_of(
      "Peru and Japan signed the Reciprocal Access Agreement in Lima, which allows each country's troops to "
      "train on the other's soil.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Access Agreement"));
  CHECK_THAT(d[0].item, !Catch::Contains("troops"));
}

TEST_CASE("an item never ends on a preposition left by a dropped country") {
  auto d = deals_of(
      "Marubeni and the state-owned NMDC signed an offtake contract in 2022 under which India will ship "
      "2,000 tonnes of iron ore pellets a month to Japan, mostly for steel mills in Chiba.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("iron ore pellets"));
  CHECK_THAT(d[0].item, !Catch::EndsWith(" to") && !Catch::EndsWith(" of"));
}

TEST_CASE("a measure after the article of a deal noun's object stays in the item") {
  auto d = deals_of("A Peruvian builder won a $900m contract to build a 310km railway in Chile on Monday.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("railway") != std::string::npos);
  CHECK(d[0].sector == "infrastructure");
}

TEST_CASE("an item runs across an amount between an article and its noun") {
  auto d = deals_of(
      "Chile and Peru signed a memorandum establishing a $250 million critical minerals partnership.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("critical minerals partnership") != std::string::npos);
  CHECK(d[0].value_usd == 250e6);
}

TEST_CASE(
    "'Patria armoured vehicles', 'guided missiles': an adjective of goods in -ed does not end the item") {
  auto d = deals_of("Chile will buy Patria armoured vehicles from Finland worth $90 million.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("armoured vehicles"));
  auto g = deals_of("Chile will buy Spike guided missiles from Israel worth $40 million.");
  REQUIRE(g.size() == 1);
  CHECK_THAT(g[0].item, Catch::Contains("guided missiles"));
}

TEST_CASE("where a deal was made ends its item ('at the Dubai Airshow', 'at a meeting in Doha')") {
  auto show = deals_of("Thailand signed a contract with Sweden for four Gripen jets at the Dubai Airshow.");
  REQUIRE(show.size() == 1);
  CHECK(show[0].item.find("Gripen jets") != std::string::npos);
  CHECK(show[0].item.find("Airshow") == std::string::npos);
  auto meeting =
      deals_of("Kenya and Japan signed a memorandum on geothermal power at the same meeting in Doha.");
  REQUIRE(meeting.size() == 1);
  CHECK(meeting[0].item.find("geothermal power") != std::string::npos);
  CHECK(meeting[0].item.find("meeting") == std::string::npos);
  // A place that is the deal's object stays in it.
  auto plant = deals_of("Kenya signed a contract with Japan for a power plant at Olkaria.");
  REQUIRE(plant.size() == 1);
  CHECK(plant[0].item.find("Olkaria") != std::string::npos);
}
