// In-document consolidation, umbrellas and list parts, statistics, datelines and parties through firms: each
// case is a short text written for the test.
#include "deal_consolidate.h"

#include <catch2/catch.hpp>

#include "deals.h"
#include "test_deals.h"

namespace {

const entente::Deal* with_item(const std::vector<entente::Deal>& v, const std::string& word) {
  for (const auto& d : v)
    if (d.item.find(word) != std::string::npos) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("a later 'the deal' sentence is evidence of the deal before it, not a row") {
  auto d = deals_of(
      "Norway signed a contract with Germany for 12 Leopard tanks on Monday. The deal is worth 1.2 billion "
      "euros, officials in Oslo said. Deliveries are due to begin in 2027.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Leopard tanks"));
  CHECK(d[0].currency == std::string("EUR"));
  CHECK(d[0].value == Approx(1.2e9));
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("an agreement framing a purchase in one sentence is one deal named by its object") {
  auto d =
      deals_of("Chile entered into an agreement with its partner, Brazil, to acquire 20 Gripen fighters.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Gripen fighters"));
  CHECK(d[0].status == "signed");
}

TEST_CASE("a headline that restates the body's deal adds evidence and its amount") {
  auto d = deals_of(
      "Peru seals $2 billion frigate deal with South Korea\n\n"
      "Peru has signed a contract with South Korea for four frigates built in Ulsan. The ships will patrol "
      "the coast. The navy welcomed them. Work starts next year.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("frigates"));
  CHECK(d[0].value_usd == Approx(2e9));
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("two deals of one kind with different figures stay two rows") {
  auto d = deals_of(
      "In 2022 Oman agreed to supply India with three million tonnes of LNG a year. In 2024 Oman agreed to "
      "supply India with five million tonnes of LNG a year.");
  CHECK(d.size() == 2);
}

TEST_CASE("a loan stated in another currency by an indefinite mention is another loan, the same one named") {
  auto d = deals_of(
      "India and South Korea widened ties.\n\nIn Kerala, a 300 MW wind farm financed by a US$ 250 million "
      "loan from the Export-Import Bank of Korea was completed in May 2023 and now feeds the southern grid. "
      "Ferries are next.\n\nDigital links are growing too. A \u20a915 billion loan agreed in 2024 will "
      "finance a fibre cable linking Kochi with the Lakshadweep islands.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].currency == std::string("USD"));
  CHECK(d[1].currency == std::string("KRW"));
  auto same = deals_of(
      "India signed a 15 billion yen loan agreement with Japan for a metro line in Pune. The loan, worth "
      "about $100 million, carries an interest rate of 0.3 percent.");
  CHECK(same.size() == 1);
}

TEST_CASE("a counted plural of agreements is an aggregate row beside its parts") {
  auto d = deals_of(
      "Kenya and Japan signed three loan agreements worth 90 billion yen on Tuesday. The three loan "
      "agreements include \"Mombasa Port Upgrade\" (30 billion yen), \"Nairobi Water Supply Project\" (25 "
      "billion yen) and \"Rift Valley Geothermal Plant\" (35 billion yen).");
  int umbrellas = 0;
  for (const auto& x : d) umbrellas += x.aggregate;
  CHECK(umbrellas == 1);
  const entente::Deal* port = with_item(d, "Mombasa Port Upgrade");
  REQUIRE(port);
  CHECK_FALSE(port->aggregate);
  CHECK(port->value == Approx(30e9));
  CHECK(port->currency == std::string("JPY"));
  const entente::Deal* geo = with_item(d, "Rift Valley Geothermal Plant");
  REQUIRE(geo);
  CHECK(geo->value == Approx(35e9));
}

TEST_CASE("'the deals include A, B and C' gives one row per part") {
  auto d = deals_of(
      "Spain and Morocco signed several accords on Monday. The accords include a contract for Spain's Talgo "
      "to supply trains to Morocco, the modernisation of the Tangier port by a Spanish firm, and a solar "
      "plant near Ouarzazate.");
  CHECK(with_item(d, "Talgo"));
  CHECK(with_item(d, "modernisation of the Tangier port"));
  CHECK(with_item(d, "solar plant near Ouarzazate"));
}

TEST_CASE("trade volumes and investment stocks are not deals") {
  auto d = deals_of(
      "Trade between Chile and China reached $60 billion in 2023. Chinese investments in Chile came to a "
      "third of the total, amounting to $4 billion. Chile used to buy two million tonnes of Chinese steel a "
      "year.");
  CHECK(d.empty());
}

TEST_CASE("a supply verb without a concrete object is not a deal") {
  auto d = deals_of("Japan will provide quality jobs and better training to India, the minister said.");
  CHECK(d.empty());
}

TEST_CASE("a weekday in a deal sentence takes the year of the dateline") {
  auto d = deals_of(
      "Posted : March 3, 2024\n\nBrazil signed a deal on Friday to buy 36 Gripen fighters from Sweden for $4 "
      "billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
}

TEST_CASE("the dateline dates the news it reports, not plans or earlier events") {
  auto d = deals_of("Posted : March 3, 2024\n\nBrazil signed a deal to buy 36 Gripen fighters from Sweden.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2024);
  d = deals_of("Posted : March 3, 2024\n\nBrazil plans to buy 36 Gripen fighters from Sweden.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
  d = deals_of("Posted : March 3, 2024\n\nBrazil had previously bought 36 Gripen fighters from Sweden.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
  d = deals_of("Brazil has signed a deal to buy 36 Gripen fighters from Sweden.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("delivery and target years are not deal years") {
  auto d = deals_of("Egypt signed a contract for 30 Rafale jets, which will be delivered from 2026.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("a state firm names its country as a party") {
  auto d =
      deals_of("QatarEnergy signed a 27-year deal with Sinopec to supply four million tonnes of LNG a year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"China", "Qatar"});
}

TEST_CASE("statuses follow the contract's vocabulary") {
  CHECK(deals_of("Russia has delivered 10 helicopters to Mali.").at(0).status == "completed");
  CHECK(deals_of("Ghana ordered 4 patrol boats from Turkey.").at(0).status == "signed");
  CHECK(deals_of("The 2017 contract between Peru and Korea for one submarine failed.").at(0).status ==
        "cancelled");
  CHECK(deals_of("Brazil and India reached an agreement in principle to build 6 corvettes.").at(0).status ==
        "announced");
  CHECK(entente::status_rank("signed") > entente::status_rank("announced"));
  CHECK(entente::status_rank("other") == -1);
}

TEST_CASE("an agreement is named by its complement past the parties") {
  auto d = deals_of("The 2019 agreement between Peru and Chile for two coastal radars failed.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("coastal radars"));
  d = deals_of("The Duma ratified an agreement that allows Russia to patrol the border of Abkhazia.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("allows Russia to patrol the border"));
}

TEST_CASE("agreements with a list of named parties give one row per party") {
  auto d = deals_of(
      "Oman signed 20-year supply agreements with France's TotalEnergies, Britain's Shell and Japan's JERA "
      "on "
      "Monday.");
  REQUIRE(d.size() == 3);
  CHECK_THAT(d[1].item, Catch::EndsWith("with Britain's Shell"));
  CHECK(std::find(d[1].parties.begin(), d[1].parties.end(), "United Kingdom") != d[1].parties.end());
  d = deals_of("Oman and Japan met. ConocoPhillips and ExxonMobil have also signed deals.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].parties == std::vector<std::string>{"Oman", "United States"});
}

TEST_CASE("a relative clause about a named country is that country's deal") {
  auto d =
      deals_of("Peru is following the lead of Chile, which has bought 12 of the K2 tanks from South Korea.");
  REQUIRE(d.size() == 1);
  CHECK(std::find(d[0].parties.begin(), d[0].parties.end(), "Chile") != d[0].parties.end());
}

TEST_CASE("an object told before its verb: a participle after its noun, an object relative clause") {
  auto d =
      deals_of("Kenya's Taifa-2 observation satellite launched by China from Jiuquan has reached orbit.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("satellite"));
  CHECK(d[0].sector == "space");
  d = deals_of("Officials fear the radar system that Russia was supplying to Iran.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("radar system"));
}

TEST_CASE("a payment with an amount, a commodity supply and a priced bare deal are deals") {
  CHECK(deals_of("Sinopec will pay the Angolan government $2 billion to access the oil block.").size() == 1);
  CHECK(deals_of("Moscow and Cairo agreed a system of Russian wheat supplies to Egypt.").size() == 1);
  auto d = deals_of(
      "It signed a $1 billion deal with Laos, and a $2 billion deal by China Railway to build a line.");
  CHECK(d.size() == 2);
}

TEST_CASE("two mentions with the same head phrase are one deal") {
  auto d = deals_of(
      "Laos and China signed a supplementary agreement to resume the railway. Officials signed the "
      "supplementary agreement in Vientiane yesterday.");
  CHECK(d.size() == 1);
}

TEST_CASE("a second counted object with its own source is a second deal of the same verb") {
  auto d = deals_of("Chile has bought 20 Leopard tanks from Germany and 12 K9 howitzers from South Korea.");
  REQUIRE(d.size() == 2);
  CHECK_THAT(d[1].item, Catch::Contains("K9 howitzers"));
  CHECK(d[1].status == "signed");
  CHECK(d[1].parties == std::vector<std::string>{"Chile", "South Korea"});
}

TEST_CASE("providing a loan is a loan") {
  auto d =
      deals_of("Japan will provide a loan of 500 billion yen (about $3.4 billion) to India for a rail line.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].value_usd == Approx(3.4e9));
}

TEST_CASE("an agreement between a bloc and a country is not between two countries") {
  CHECK(deals_of("Talks on a free trade agreement between the European Union and India resumed.").empty());
  // A bloc as one of the subjects: "Mercosur and Japan are negotiating ...".
  CHECK(deals_of("Mercosur and Japan are negotiating a free trade agreement due by June.").empty());
  CHECK(deals_of("Brazil and Japan are negotiating a free trade agreement due by June.").size() == 1);
}

TEST_CASE("money from or to a development bank or a UN agency is no deal between two countries") {
  CHECK(
      deals_of("Kenya signed a $400 million financing agreement with the Islamic Development Bank.").empty());
  CHECK(deals_of("Kenya signed a $400 million loan agreement with the African Development Bank.").empty());
  CHECK(deals_of("Norway voted for the resolution and pledged $15 million to UNRWA.").empty());
  CHECK(deals_of("Japan will give 5 million euros to the UN refugee agency for camps in Kenya.").empty());
  CHECK(deals_of("Kenya signed a $400 million loan agreement with the World Bank.").empty());
  CHECK(deals_of("Chile voted for the motion on Peru's borders and pledged $2 million to UNICEF.").empty());
  CHECK(deals_of("Kenya signed a $400 million loan agreement with Japan.").size() == 1);
}

TEST_CASE("a pledge by a development bank as the subject, among countries named before, is no deal") {
  std::string head = "Chile and Peru signed a $300 million loan agreement for a port.\n\n";
  for (std::string bank : {"Inter-American Development Bank", "Asian Development Bank"}) {
    auto d = deals_of(head + "The " + bank + " pledged $500 million for regional power grids.\n");
    REQUIRE(d.size() == 1);
    CHECK(d[0].value_usd == Approx(3e8));
  }
  // A country named in the sentence keeps the deal as a country's.
  CHECK(deals_of(head + "Chile pledged $500 million for Peru's power grids.\n").size() == 2);
}

TEST_CASE("a loan without an object is named by its purpose") {
  auto d = deals_of(
      "Kenya borrowed $3.2 billion from China's Exim Bank in 2014 to build the Standard Gauge Railway.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Standard Gauge Railway"));
  CHECK(d[0].year == 2014);
}

TEST_CASE("a project told after the loan for it, by its name, is the loan's deal") {
  auto d = deals_of(
      "Japan and Kenya signed loan agreements worth $900 million for three projects. The three loan "
      "agreements include the Mombasa Port Development Project ($400 million), the Kenya Forest Restoration "
      "Program ($300 million) and the Nairobi Urban Transport Project ($200 million). The Mombasa Port "
      "project will give the city a safe harbour by constructing a deep-water port and its related roads.");
  REQUIRE(d.size() == 4);
  CHECK(d[1].item == "Mombasa Port Development Project");
  CHECK(d[1].evidence_extra.size() == 1);
}

TEST_CASE("'a third contract' in a later sentence is one more deal, not the one told before") {
  auto d = deals_of(
      "Chile signed a contract with Peru for 20 river patrol boats in May. Chile and Peru are now "
      "negotiating "
      "a third contract for boats.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "signed");
  CHECK(d[1].status == "negotiating");
}

TEST_CASE("the first unit delivered is not the contract under way that it belongs to") {
  auto d = deals_of(
      "Spain's Navantia said it had handed over the first Alvaro corvette to Chile, part of a 4-ship "
      "contract "
      "signed in 2019 worth $900 million. Chile and Spain have long naval ties.");
  REQUIRE(d.size() == 2);
  const entente::Deal* first = with_item(d, "first");
  const entente::Deal* order = with_item(d, "contract");
  REQUIRE(first);
  REQUIRE(order);
  CHECK(first->status == "completed");
  CHECK_FALSE(first->value_usd);
  CHECK(order->status == "in_progress");
  CHECK(order->year == 2019);
  CHECK(order->value_usd == Approx(9e8));
  CHECK(order->parties == std::vector<std::string>{"Chile", "Spain"});
}

TEST_CASE("the first units received are not another signed contract told without the same year") {
  auto d = deals_of(
      "Chile signed a contract with Peru for training its submarine crews in 2024. Peru is weighing more "
      "Chilean howitzers, and the first 20 were received between 2012 and 2017.");
  const entente::Deal* first = with_item(d, "first");
  const entente::Deal* order = with_item(d, "training");
  REQUIRE(first);
  REQUIRE(order);
  CHECK(first != order);
  CHECK(order->status == "signed");
  CHECK(first->status == "completed");
}

TEST_CASE("'the submarine order' told after a purchase of submarines is that purchase, and prices it") {
  auto d = deals_of(
      "Peru cleared the purchase of three more patrol submarines from Chile. Officials said the submarine "
      "order could be worth around $900 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("patrol submarines") != std::string::npos);
  CHECK(d[0].value_usd == 900e6);
}

TEST_CASE("'The additional order is worth ...' prices the order told just before") {
  auto d = deals_of(
      "Chile and Peru will each order two more Type 209PE submarines from Germany. The additional order is "
      "worth about 900 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value == 900e6);
  CHECK(d[0].currency == std::string("EUR"));
}

TEST_CASE("a later change to a named deal ('the frigate deal was topped up') joins it and keeps its value") {
  auto d = deals_of(
      "Chile signed a contract worth $900 million with Spain for the supply of two frigates for its navy. "
      "The frigate deal was later topped up with an additional $40 million for spares.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(9e8));
  CHECK(d[0].evidence_extra.size() == 1);
  auto year = deals_of(
      "In 2019 Chile signed a contract with Spain for two frigates. The frigate contract was expanded in "
      "2022 with an additional $40 million for a third ship.");
  REQUIRE(year.size() == 1);
  CHECK(year[0].year == 2019);
  CHECK_FALSE(year[0].value_usd);
  CHECK_THAT(year[0].item, Catch::Contains("two frigates"));
}

TEST_CASE("an indefinite contract priced after it, in a later sentence, is a deal of its own") {
  auto d = deals_of(
      "Chile and Peru signed a protocol allowing exports of Chilean grapes to Peru. Chile's state oil firm "
      "and "
      "Peru's oil company agreed to jointly explore an offshore block, under a contract valued at $80 "
      "million.");
  REQUIRE(d.size() == 2);
  CHECK_FALSE(d[0].value_usd);
  CHECK(d[1].value_usd == 80e6);
}

TEST_CASE("a definite deal noun whose own words name another sector is another deal") {
  auto d = deals_of(
      "Chile will provide $300 million in budget support to Peru. The fertiliser deal, for 200,000 tonnes of "
      "urea, was signed by Chile and Peru in August.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].sector == "finance");
  CHECK(d[1].sector == "trade");
}

TEST_CASE("an exercise held after a contract is a row of its own and no more evidence of the contract") {
  auto d = deals_of(
      "Peru signed a contract with Chile for 12 patrol boats in 2024. The navies held their first joint "
      "exercise, Ocean Shield, off Valparaiso in March 2024.");
  REQUIRE(d.size() == 2);
  const entente::Deal* boats = with_item(d, "patrol boats");
  REQUIRE(boats);
  CHECK(boats->status == "signed");
  CHECK(boats->evidence_extra.empty());
  REQUIRE(with_item(d, "exercise"));
  CHECK(with_item(d, "exercise")->status == "completed");
}

TEST_CASE("a sentence opening 'It is a project of $X' prices the deal just told, not a row of its own") {
  auto d = deals_of(
      "Norway and Chile signed the investment agreement for the Atacama copper mine in May. It is a project "
      "of $2.3 billion, the largest Norwegian investment in Chile.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Atacama"));
  CHECK(d[0].value_usd == Approx(2.3e9));
  // "It is noted that the construction ..." opens a deal of its own.
  auto own = deals_of(
      "Norway and Chile signed the investment agreement for the Atacama copper mine in May. It is noted that "
      "the construction of the Arica railway by Norway, started in 2024, is being carried out in Chile.");
  CHECK(own.size() == 2);
}

TEST_CASE("a loan whose amount is followed by a time and 'for' is named by what it is for") {
  auto d = deals_of(
      "Norway's development agency lent us 40 million euros last year for the Lima water supply, "
      "the Peruvian minister said.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Lima water supply"));
  auto y = deals_of("Norway lent Peru $40 million in 2021 for the Lima water supply.");
  REQUIRE(y.size() == 1);
  CHECK_THAT(y[0].item, Catch::Contains("Lima water supply"));
}

TEST_CASE("a sentence that puts the value of the deal just told at an amount prices it, not a row") {
  auto d = deals_of(
      "Ghana and Japan signed a contract for a power plant in Accra. The ministry put the value of the plant "
      "at 300 million euros.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("power plant"));
  CHECK(d[0].value == Approx(300e6));
  CHECK(d[0].currency == "EUR");
}

TEST_CASE(
    "'That contract was signed in 2023' gives the deal just told its year; a completion year does not") {
  auto d = deals_of(
      "Japan is modernising the Takoradi power plant in Ghana. That contract was signed in 2023, and the "
      "work "
      "is going well.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2023);
  auto due = deals_of(
      "Japan is modernising the Takoradi power plant in Ghana. The deal is due to be completed in 2027.");
  REQUIRE(due.size() == 1);
  CHECK(!due[0].year);
}

TEST_CASE("a bare indefinite mention far after a deal, or one told as one more, is a deal of its own") {
  std::string plant =
      "Peru and Chile signed an agreement to build a $400 million cement plant in Arica.\n\nThe plant will "
      "make 600,000 tonnes of cement a year.\n\nPeru thanked Chile for the support.\n\nTrade between the two "
      "rose 12 percent last year.\n\n";
  CHECK(deals_of(plant + "A memorandum was signed on cooperation in tourism.\n").size() == 2);
  std::string short_plant =
      "Peru and Chile signed an agreement to build a $400 million cement plant in Arica.\n\n";
  CHECK(deals_of(short_plant + "A memorandum was also signed on cooperation in tourism.\n").size() == 2);
  // Right after the deal, a bare mention still tells it again.
  CHECK(deals_of(short_plant + "A memorandum was signed by the two ministers on Monday.\n").size() == 1);
}

TEST_CASE("a definite mention dated in another month is another deal; one dated alike is the same") {
  std::string head =
      "Peru and Chile are rivals. Peru bought 12 Rafale fighters from France in January 2021. ";
  auto d = deals_of(head +
                    "Then there is the defence agreement signed with France in September 2021, with "
                    "its assistance clause.");
  CHECK(d.size() == 2);
  auto same = deals_of(head + "The defence deal, signed with France in January 2021, includes spares.");
  CHECK(same.size() == 1);
  // A definite mention sharing the deal's words is the deal, signed later.
  auto later = deals_of(
      "Peru and Chile are partners. In January 2021 Peru agreed to buy two frigates from Chile. The frigate "
      "contract, signed in March 2021, includes training.");
  CHECK(later.size() == 1);
}

TEST_CASE("one figure for the goods of two deals told before goes to the first of them") {
  auto d = deals_of(
      "Peru signed a deal for 24 Chilean patrol boats on Monday. Peru also agreed to buy 6 Chilean "
      "helicopters. Lima said the deal for the boats and helicopters is worth about 900 million euros.");
  const entente::Deal* boats = with_item(d, "boats");
  const entente::Deal* helicopters = with_item(d, "helicopters");
  REQUIRE(boats);
  REQUIRE(helicopters);
  REQUIRE(boats != helicopters);
  CHECK(boats->value == Approx(9e8));
  CHECK(boats->currency == "EUR");
  CHECK_FALSE(helicopters->value);
}
