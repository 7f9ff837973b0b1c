// Deal rules: list splitting, status from modality, values attached to the right list part, parties.
#include "deal_rules.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a list after an investment is one deal per part, the amount on its own part") {
  auto d = deals_of(
      "Russia and Pakistan are close. Moscow builds up investment in Islamabad as US$ 1 billion for Pakistan "
      "Steel Mills, supply of SuperJet 100 planes, Quetta to Taftan construction of railway track, and 26% "
      "share "
      "in Pakistan Stream.");
  REQUIRE(d.size() == 4);
  CHECK(d[0].item == "Pakistan Steel Mills");
  CHECK(d[0].value_usd == Approx(1e9));
  CHECK(d[1].kind == "supply");
  CHECK_THAT(d[1].item, Catch::Contains("SuperJet 100 planes"));
  CHECK_FALSE(d[1].value);
  CHECK(d[2].kind == "project");
  CHECK_THAT(d[2].item, Catch::Contains("railway track"));
  CHECK(d[3].quantity == std::string("26% share"));
  CHECK(d[3].parties == std::vector<std::string>{"Pakistan", "Russia"});
}

TEST_CASE("status follows modality") {
  auto d = deals_of(
      "Talks with Moscow over purchasing of Mi-35 helicopters are in process. "
      "In 2019, Russia announced to invest $14 billion in Pakistan's energy sector. "
      "The two countries signed a defense cooperation agreement. "
      "The gas pipeline should be revived with a $2 billion loan from China to Pakistan. "
      "Moscow is also working to help Pakistan build a 1,100-kilometer gas pipeline.");
  REQUIRE(d.size() == 5);
  CHECK(d[0].status == "negotiating");
  CHECK(d[1].status == "announced");
  CHECK(d[1].year == 2019);
  CHECK(d[2].status == "signed");
  CHECK(d[3].status == "proposed");
  CHECK(d[3].kind == "loan");
  CHECK(d[3].parties == std::vector<std::string>{"China", "Pakistan"});
  CHECK(d[4].status == "in_progress");
  CHECK(d[4].quantity == std::string("1,100 km"));
}

TEST_CASE("qualified values and their text") {
  auto d =
      deals_of("Russia and Pakistan are negotiating potential energy deals worth in excess of $10 billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_qualifier == std::string("over"));
  CHECK(d[0].value_text == std::string("in excess of $10 billion"));
  CHECK(d[0].sector == "energy");
  CHECK(d[0].evidence.start == 0);
}

TEST_CASE("a plural exercise with a list of years is one deal per year") {
  auto d = deals_of("Pakistan and Russia held two drills, in 2016 and 2017, in Cherat.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].year == 2016);
  CHECK(d[1].year == 2017);
  CHECK(d[0].kind == "exercise");
}

TEST_CASE("no deal without a concrete undertaking") {
  CHECK(deals_of("Russian inclusion in the CPEC would pave new avenues for trade and investment.").empty());
  CHECK(deals_of("Their country will provide every possible support to Pakistan.").empty());
  CHECK(deals_of("It is a great deal for Pakistan that relations are good.").empty());
  CHECK(deals_of("Both sides should build a strong edifice of interactions.").empty());
}

TEST_CASE("appositions and participles give their figures to the deal before them") {
  auto d = deals_of(
      "Turkey and Russia work together. Rosatom is building Turkey's first nuclear power plant at Akkuyu, a "
      "$20 "
      "billion project with four reactors. The Padma Bridge rail link, built by China Railway Group at a "
      "cost of "
      "about Tk 39,246 crore, opened in Bangladesh with Chinese help.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value_usd == Approx(20e9));
  CHECK(d[0].quantity == std::string("four reactors"));
  CHECK(d[1].currency == std::string("BDT"));
  CHECK(d[1].value == Approx(392460000000.0));
  CHECK_FALSE(d[1].value_usd);
}

TEST_CASE("a deal referred to again gives it its value") {
  auto d = deals_of(
      "Pakistan and China are allies. Pakistan will buy 36 J-10C fighter jets from China, a minister said. "
      "Analysts said the deal could be worth up to $1.5 billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].value_usd == Approx(1.5e9));
  CHECK(d[0].value_qualifier == std::string("up_to"));
}

TEST_CASE("a second counted object with its own amount is a second deal") {
  auto d = deals_of(
      "India and the United States met. India will buy 24 MH-60R Seahawk helicopters from Lockheed Martin "
      "for $2.6 billion and six AH-64E Apache helicopters from Boeing for around $930 million.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].item == "MH-60R Seahawk helicopters");
  CHECK(d[0].quantity == std::string("24 helicopters"));
  CHECK(d[0].value == Approx(2.6e9));
  CHECK(d[1].item == "AH-64E Apache helicopters");
  CHECK(d[1].quantity == std::string("six helicopters"));
  CHECK(d[1].value == Approx(930e6));
  CHECK(d[1].value_qualifier == std::string("approx"));
  CHECK(d[1].kind == "purchase");
}

TEST_CASE("an exercise that will be held is a deal between the pair") {
  auto d = deals_of(
      "India and the United States met. India and the United States agreed. The navies of the two countries "
      "will hold the Malabar exercise in the Bay of Bengal in November, with Japan and Australia joining.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "exercise");
  CHECK(d[0].status == "proposed");  // a planned exercise (LABELING.md rule 12)
  CHECK(d[0].parties == std::vector<std::string>{"India", "United States"});
  CHECK(deals_of("It was the third annually held Friendship exercise.").empty());
  CHECK(deals_of("India held that both must exercise restraint.").empty());
}

TEST_CASE("a relative clause gives its quantity to the deal before it") {
  auto d = deals_of(
      "Petronet LNG said it was in talks to invest $2.5 billion in Tellurian's Driftwood LNG project in "
      "Louisiana, which would supply up to 5 million tonnes a year.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "investment");
  CHECK(d[0].quantity == std::string("5 million tonnes"));
}

TEST_CASE("the object after a qualifier or a receiving country") {
  auto d = deals_of("Trump said Washington also wants to sell India armed drones.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "armed drones");
  d = deals_of("Russia will supply up to 300 tanks to Pakistan.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item != "up");
  CHECK_THAT(d[0].item, Catch::Contains("tanks"));
  d = deals_of("Pakistan will buy Russian helicopters.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "Russian helicopters");
}

TEST_CASE("a count before a noun modifier and a bare agreement named by its purpose") {
  auto d = deals_of("Japan and the Philippines met. Tokyo has already delivered 10 patrol boats to Manila.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].quantity == std::string("10 ships"));
  CHECK(d[0].item == "patrol boats");
  d = deals_of(
      "China and Pakistan met. The two countries signed an agreement on Monday to upgrade the 1,733-km Main "
      "Line-1 railway from Karachi to Peshawar at a cost of $6.8 billion.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("Main Line-1 railway"));
  CHECK(d[0].sector == "infrastructure");
  d = deals_of("China and Pakistan met. They signed an agreement in 2022 to build a 300-km motorway.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("motorway"));
  CHECK(d[0].year == 2022);
}

TEST_CASE("a second deal verb after 'and' with its own amount is a second deal") {
  auto d = deals_of(
      "China has agreed to roll over a $2.3 billion commercial loan to Pakistan and will provide another $1 "
      "billion in credit to shore up its reserves.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].value == Approx(2.3e9));
  CHECK(d[1].value == Approx(1e9));
  CHECK_THAT(d[1].item, Catch::StartsWith("credit"));
}

TEST_CASE("a loan that finances a project takes the loan's amount; a contract is named by its purpose") {
  auto d = deals_of(
      "Russia and Egypt are partners. Russia is financing 85 percent of the $30 billion project through a "
      "state loan of $25 billion.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].value == Approx(25e9));
  d = deals_of(
      "Poland and South Korea met. Poland signed contracts worth $5.8 billion on Saturday to buy 180 K2 "
      "tanks from South Korea.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("K2 tanks"));
  d = deals_of("Russia and Egypt met. Rosatom has begun construction of the El Dabaa nuclear power plant.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "in_progress");
  CHECK_THAT(d[0].item, Catch::StartsWith("construction"));
}

TEST_CASE("agreeing to establish a concrete body is a deal; establishing links or relations is not") {
  auto d =
      deals_of("Ukraine and Poland have agreed to establish a joint investment fund for the border regions.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("joint investment fund"));
  CHECK(d[0].status == "signed");
  CHECK(deals_of("Russia and Pakistan had established links with the Taliban.").empty());
  CHECK(deals_of("Kenya and Japan established diplomatic relations in 1963.").empty());
}

TEST_CASE("an object evaluated for potential acquisition is a proposed purchase") {
  auto d = deals_of(
      "Peru is evaluating the Korean FA-50 fighter jet for potential acquisition, reports from Seoul say.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK_THAT(d[0].item, Catch::Contains("fighter jet"));
  CHECK(d[0].status == "proposed");
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "South Korea"});
  CHECK(deals_of("Peru is evaluating the proposal for possible acquisition by Korea.").empty());
}

TEST_CASE("a passive purchase names its object before the auxiliary and its buyer after 'by'") {
  auto d = deals_of("France and India are partners. Thirty-six Rafale jets were ordered by India in 2016.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "Rafale jets");
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2016);
  CHECK(d[0].parties == std::vector<std::string>{"France", "India"});
  CHECK(deals_of("France and India are partners. The Rafale jets were built by Dassault in France.").empty());
}

TEST_CASE("an arrival year is a delivery year, not the deal's") {
  auto d = deals_of("France and India are partners. The 36 Rafale jets bought by India arrived in 2020.");
  REQUIRE(d.size() == 1);
  CHECK_FALSE(d[0].year);
}

TEST_CASE("a model code's number before its noun stays in the item told before the verb") {
  auto d = deals_of("The S-400 systems purchased by Turkey from Russia were delivered in 2019.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "S-400 systems");
}

TEST_CASE("taking delivery of a first batch is a supply under way") {
  auto d = deals_of("Egypt received the first batch of Rafale jets from France in 2016.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "supply");
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].year == 2016);
  CHECK(d[0].parties == std::vector<std::string>{"Egypt", "France"});
  auto t = deals_of("Poland took delivery of 24 Apache helicopters from the United States.");
  REQUIRE(t.size() == 1);
  CHECK(t[0].kind == "supply");
}

TEST_CASE("sanctions or tariffs on a trade are no deal; lifting them is") {
  CHECK(deals_of("The US imposed sanctions on Russian oil exports to India.").empty());
  CHECK(deals_of("Washington slapped tariffs on Chinese steel imports.").empty());
  auto d = deals_of("Russia has lifted its sanctions on Turkish tomato imports.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Russia", "Turkey"});
}

TEST_CASE("a working group or committee set up is no deal; a fund established is signed") {
  CHECK(deals_of("India and Russia agreed to establish a working group on trade.").empty());
  CHECK(deals_of("India and Russia set up a joint committee on energy.").empty());
  auto d = deals_of("China and Pakistan established a fund of $5 billion for industrial zones.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("the items of a bulleted list near the top are deals of the body, not headlines") {
  std::string text =
      "Visit of the Chilean president to Peru\n\nThe two presidents welcomed the documents listed below:\n"
      "- a Chilean loan of 900 million pesos for a new bridge over the Rimac;\n"
      "- a contract for 4 patrol boats worth $80 million;\n"
      "- a railway deal worth $300 million signed by Chile and Peru.\n";
  auto d = deals_of(text);
  REQUIRE(d.size() == 3);
  CHECK(d[0].kind == "loan");
  CHECK(d[1].quantity == std::string("4 ships"));
  CHECK(d[2].value_usd == 300e6);
}

TEST_CASE("a question asks about a deal but states none") {
  CHECK(deals_of("Q: Is Chile buying Peruvian helicopters for its police?").empty());
  CHECK(deals_of("Will Peru sign the gas pipeline deal with Bolivia this year?").empty());
  auto answer = deals_of("A: Yes, Chile signed a contract to buy 12 helicopters from Peru.");
  REQUIRE(answer.size() == 1);
  CHECK(answer[0].status == "signed");
}

TEST_CASE("a sentence whose subject is 'the fund' or 'the company' tells more of the deal just told") {
  auto d = deals_of(
      "Kuwait's sovereign fund is in talks to invest $500m in Peruvian copper smelters. The fund is expected "
      "to sign a framework agreement with Lima within weeks.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].evidence_extra.size() == 1);
  // A country outside that deal makes it a deal of its own.
  auto other = deals_of(
      "Kuwait's sovereign fund is in talks to invest $500m in Peruvian copper smelters. The fund also signed "
      "a framework agreement with Chile on Monday.");
  CHECK(other.size() == 2);
}

TEST_CASE("a counted number of documents signed is an umbrella over the deals it lists") {
  auto d = deals_of(
      "Following the talks, Chile and Peru signed 12 documents, including an agreement on mining and a "
      "memorandum on tourism.");
  REQUIRE(d.size() == 3);
  CHECK(d[0].aggregate);
  CHECK(d[0].status == "signed");
  CHECK_FALSE(d[1].aggregate);
  CHECK(deals_of("Documents seen by reporters show that Chile and Peru discussed the border.").empty());
}

TEST_CASE("a priced contract a deal is told as made under frames that deal, with its amount and year") {
  auto d = deals_of(
      "Committee notes\n\ndate 2026-01-22 Summary of evidence: Chile and Peru\n\nPeru's purchase of Chilean "
      "air defence missiles, under a $4 billion contract signed in November 2023, remains on schedule.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].value_usd == 4e9);
  CHECK(d[0].year == 2023);
  CHECK(d[0].status == "signed");
}

TEST_CASE("a delivery sentence naming no country right after a purchase tells that purchase's progress") {
  auto d = deals_of(
      "Peru's purchase of Chilean air defence missiles, under a $4 billion contract signed in 2023, remains "
      "on "
      "schedule. Deliveries of launchers began in 2024.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].status == "in_progress");
  CHECK(d[0].year == 2023);
  CHECK(d[0].evidence_extra.size() == 1);
}

TEST_CASE("a deal verb whose object is only 'it' tells the price of the deal told just before") {
  auto d = deals_of(
      "In 2004 Spain's Repsol bought a controlling stake in Peru's refiner La Pampilla. The Spaniards paid "
      "some $180 million for it.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2004);
  CHECK(d[0].value_usd == Approx(1.8e8));
}
