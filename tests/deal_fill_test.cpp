// Deal fields from a draft: sectors of mixed packages, financed loans and umbrellas; the year of a deal told
// in the present perfect.
#include "deal_fill.h"

#include <catch2/catch.hpp>

#include "deal_rules.h"
#include "test_deals.h"

TEST_CASE("an agreement over a list of fields is a mixed package: sector other") {
  auto d = deals_of("Ghana and Nigeria signed a partnership in the fields of defence and education.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}

TEST_CASE("a price per unit is not the value of a deal; a yearly amount is") {
  auto d = deals_of("Kenya agreed to buy 300,000 tonnes of Ugandan maize at $210 a tonne in 2024.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].value);
  CHECK(d[0].quantity == "300,000 tonnes");
  auto each = deals_of("Peru signed a contract with Spain for four patrol boats at $30 million each.");
  REQUIRE(each.size() == 1);
  CHECK_FALSE(each[0].value);
  auto both = deals_of("Chile will sell Japan copper at $9,000 per ton under a $2 billion supply contract.");
  REQUIRE(both.size() == 1);
  REQUIRE(both[0].value);
  CHECK(*both[0].value == Approx(2e9));
  auto yearly = deals_of("Qatar signed a deal to supply Pakistan with LNG worth $3 billion a year.");
  REQUIRE(yearly.size() == 1);
  REQUIRE(yearly[0].value);
  CHECK(*yearly[0].value == Approx(3e9));
}

TEST_CASE("fields of one sector keep it; gas fields are not a list of fields") {
  auto d = deals_of("Ghana and Nigeria signed a partnership in the sectors of oil and gas.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "energy");
  auto g = deals_of(
      "Russia and Mongolia signed a deal on a gas pipeline from the fields of Western Siberia to China.");
  REQUIRE(g.size() == 1);
  CHECK(g[0].sector == "energy");
}

TEST_CASE("a loan that finances projects takes the projects' sector") {
  auto d = deals_of("Turkey extended a $2 billion loan to Tunisia that finances railway projects.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "infrastructure");
  auto plain = deals_of("Turkey extended a $2 billion loan to Tunisia.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].sector == "finance");
}

TEST_CASE("a bare loan is named by the project it pays for and takes its sector") {
  auto d = deals_of(
      "Zambia obtained a loan of 3 billion kwacha from a Turkish state bank to widen the Lusaka ring road.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].item == "widen the Lusaka ring road");
  CHECK(d[0].sector == "infrastructure");
  // A receiver after "to" is no purpose: the loan keeps its own name and sector.
  auto to = deals_of("Turkey approved a loan of $2 billion to the government of Tunisia.");
  REQUIRE(to.size() == 1);
  CHECK(to[0].item.find("government") == std::string::npos);
  CHECK(to[0].sector == "finance");
  // A purpose of another verb after "and" is not the loan's.
  auto other =
      deals_of("Zambia obtained a loan of $2 billion from Turkey and agreed to build a steel plant.");
  REQUIRE_FALSE(other.empty());
  CHECK(other[0].kind == "loan");
  CHECK(other[0].sector == "finance");
}

TEST_CASE("an agreement's item runs to the end of the counted things it names") {
  auto d = deals_of("Peru signed an agreement for the supply of 6 Condor upgraded patrol boats from Chile.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Condor upgraded patrol boats"));
  CHECK(d[0].quantity == std::string("6 ships"));
  // A count right after the phrase's verb ("to buy") is its object.
  auto buy = deals_of("Peru also signed a deal to buy 6 Condor patrol boats.");
  REQUIRE(buy.size() == 1);
  CHECK(buy[0].item == "deal to buy 6 Condor patrol boats");
}

TEST_CASE("an umbrella takes a sector only from its own words") {
  auto d = deals_of(
      "Ghana and Nigeria signed five memorandums covering areas such as energy, health and transport.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].aggregate);
  CHECK(d[0].sector == "other");
}

TEST_CASE("a deal told in the present perfect with no time of its own takes no dateline year") {
  std::string head =
      "Copper pact\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto perfect = deals_of(head + "Canada and Chile have also signed deals on copper supplies.\n");
  REQUIRE(perfect.size() == 1);
  CHECK_FALSE(perfect[0].year);
  auto past = deals_of(head + "Canada and Chile signed deals on copper supplies.\n");
  REQUIRE(past.size() == 1);
  CHECK(past[0].year == 2024);
  auto dated = deals_of(head + "Canada and Chile have signed deals on copper supplies on Thursday.\n");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0].year == 2024);
}

TEST_CASE("'both sides' are the story's pair, not a country mentioned beside them") {
  auto d = deals_of(
      "Kenya and Japan signed a port deal in Mombasa. Kenya and Japan are old partners. Talks on the port "
      "deal were concluded in May, with both sides hastening efforts to clinch a deal amid tariff turmoil "
      "unleashed by US President Donald Trump.");
  REQUIRE_FALSE(d.empty());
  for (const auto& x : d) CHECK(x.parties == std::vector<std::string>{"Japan", "Kenya"});
}

TEST_CASE("a deal without a sector word takes one from the clauses around it that hold no other deal") {
  auto d = deals_of("Keen on naval power, Kenya ordered four of the vessels from Japan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
}

TEST_CASE("a political treaty does not take the sector of the story's other deals") {
  auto d = deals_of(
      "India and Nepal signed a power trade deal in 2022. In 2023 India and Nepal signed a hydropower deal "
      "for $1 billion. The treaty of peace and friendship signed by India and Nepal in 1950 laid the "
      "foundation of their ties.");
  REQUIRE(d.size() == 3);
  CHECK(d[0].sector == "energy");
  CHECK(d[2].sector == "other");
}

TEST_CASE("'had' after a reporting verb is reported speech, not an earlier event") {
  std::string head =
      "Copper pact\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto said = deals_of(head +
                       "The Chilean minister said a preliminary agreement had been signed with Canada on "
                       "copper supplies.\n");
  REQUIRE(said.size() == 1);
  CHECK(said[0].year == 2024);
  auto earlier = deals_of(head + "Canada and Chile had signed an agreement on copper supplies.\n");
  REQUIRE(earlier.size() == 1);
  CHECK_FALSE(earlier[0].year);
}

TEST_CASE("an investment fund is finance") {
  auto d = deals_of("Brazil and Angola set up a $3 billion bilateral investment fund.");
  REQUIRE_FALSE(d.empty());
  for (const auto& x : d) CHECK(x.sector == "finance");
}

TEST_CASE("civil aviation purchases are trade") {
  auto d = deals_of("Vietnam agreed to buy 50 airliners from the United States.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "trade");
  auto e = deals_of(
      "Kenya and Britain signed a contract for a British firm to supply the Kenyan airline with engines.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].sector == "trade");
}

TEST_CASE("a priced list part takes its sector from its own words; a named programme without one is other") {
  auto d = deals_of(
      "Japan and Kenya signed loan agreements worth $900 million for three projects. The three loan "
      "agreements "
      "include the Mombasa Port Development Project ($400 million), the Kenya Forest Restoration Program "
      "($300 "
      "million) and the Nairobi Urban Transport Project ($200 million).");
  REQUIRE(d.size() == 4);
  CHECK(d[1].sector == "infrastructure");
  CHECK(d[2].sector == "other");
  CHECK(d[3].sector == "infrastructure");
}

TEST_CASE("multi-sectoral assistance is a mixed package") {
  auto d = deals_of(
      "Kenya and Japan signed an agreement on multi-sectoral grant assistance for the coastal region near "
      "the "
      "new power plant.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "other");
}

TEST_CASE("an exercise launched is an exercise, one deal with the drill told after it") {
  auto d = deals_of(
      "Peru and Chile have launched their first joint naval exercise near Arica. It is the first time the "
      "Chilean Navy has conducted a joint drill with the Peruvian Navy.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK(d[0].status == "completed");
}

TEST_CASE("a trilateral deal naming only the third side has the story's pair too") {
  auto d = deals_of(
      "Peru and Chile signed a port deal in Lima. Peru and Chile are old partners. We look forward to talks "
      "in "
      "a trilateral format with the participation of the Bolivian side on the construction of a railway to "
      "the coast.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].parties == std::vector<std::string>{"Bolivia", "Chile", "Peru"});
}

TEST_CASE("a country named as the place of another is not a party") {
  auto d = deals_of(
      "Russia and Abkhazia held talks in Sochi. Russia will lend 500 million rubles to the central bank of "
      "Abkhazia, extending its support for the breakaway region of Georgia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Abkhazia", "Russia"});
}

TEST_CASE("guarding borders is defense") {
  auto d =
      deals_of("Armenia and Russia ratified an agreement that lets Russia guard the borders of Armenia.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
}

TEST_CASE("patrol vessels are defense") {
  auto d = deals_of("Kenya and Japan agreed to the deal for four patrol boats during the visit.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].sector == "defense");
}

TEST_CASE("a clause dated by the story's day takes the dateline year, not a year of the clause before it") {
  std::string head =
      "Boat orders\n\ndate 2024-05-02 OTTAWA: Leaders of Canada and Chile met in the capital.\n\n";
  auto d =
      deals_of(head +
               "Chile, which ordered 6 patrol boats from Canada in 2019, signed a contract for two more of "
               "the boats on Wednesday.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2019);
  CHECK(d[1].year == 2024);
  CHECK(d[1].quantity == std::string("two ships"));
  auto undated = deals_of(head +
                          "Chile, which ordered 6 patrol boats from Canada in 2019, later signed a "
                          "contract for two more of the boats.\n");
  REQUIRE(undated.size() == 2);
  CHECK(undated[1].year == 2019);
}

TEST_CASE("a clause with one country takes its other side from the sentence around it") {
  auto place = deals_of(
      "Chile and Peru met. Chile and Peru talked. In Bolivia, construction of a gas pipeline by Peru's "
      "Petroperu, financed by a $900 million loan, is under way.");
  REQUIRE_FALSE(place.empty());
  for (const auto& x : place) CHECK(x.parties == std::vector<std::string>{"Bolivia", "Peru"});
  auto pair = deals_of(
      "Chile lent Peru $1 billion. Chile and Peru are close. Brazil extended a $3 billion deposit with "
      "Peru's "
      "central bank, while Argentina has pledged to roll over $2 billion in deposits.");
  REQUIRE(pair.size() == 3);
  CHECK(pair[2].parties == std::vector<std::string>{"Argentina", "Peru"});
}

TEST_CASE("a loan negotiated with an international body later in the clause is no deal between countries") {
  auto d = deals_of(
      "China lent Pakistan $2 billion. Pakistan is also negotiating a new loan programme of at least $6 "
      "billion with the International Monetary Fund.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == 2e9);
  auto pair = deals_of("Pakistan signed a loan of $6 billion with China, with the IMF watching.");
  CHECK(pair.size() == 1);
}

TEST_CASE("a country named only by its currency is no side when two sides remain without it") {
  auto d = deals_of(
      "Chile's Enap agreed to sell a stake in an oil field to Peru's Petroperu for 3 billion "
      "Norwegian crowns.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[0].currency == std::string("NOK"));
  // A swap told only by its two currencies keeps both sides.
  auto swap = deals_of(
      "The central banks signed a currency swap worth 50 billion Chinese yuan / 26 billion Saudi "
      "riyals.");
  REQUIRE(swap.size() == 1);
  CHECK(swap[0].parties == std::vector<std::string>{"China", "Saudi Arabia"});
}

TEST_CASE("'It bought ...' takes the first country of the sentence before as a side") {
  auto d = deals_of(
      "Chile and Argentina lead the region. Chile and Argentina trade a lot. Peru offers a template. It "
      "bought "
      "Brazilian Super Tucano jets in 2021 after years of talks.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Brazil", "Peru"});
}

TEST_CASE("a qualifier or adverb cut off at the end of an item is trimmed") {
  auto d = deals_of(
      "In 2005 Peru's Petroperu bought a controlling stake of about 60 percent in a Chilean refiner.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "controlling stake");
  auto first = deals_of("Chile stores fuel in Peru under a storage agreement first signed in 1990.");
  REQUIRE(first.size() == 1);
  CHECK(first[0].item.find("first") == std::string::npos);
}

TEST_CASE("an amount a cut is made by is a saving, not what the deal is worth") {
  auto d = deals_of(
      "Chile and Peru signed a revised rail contract on Monday, reducing the cost per km by $3 million.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].value);
  auto cut =
      deals_of("Chile and Peru signed a revised contract on Monday that cuts the cost by $30 million.");
  REQUIRE(cut.size() == 1);
  CHECK_FALSE(cut[0].value);
  auto grown = deals_of("Chile and Peru expanded a currency swap by $300 million on Monday.");
  REQUIRE(grown.size() == 1);
  CHECK(grown[0].value_usd == Approx(3e8));
}
