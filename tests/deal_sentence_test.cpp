// The deals of one sentence: a noun phrase that restates the deal before it is no deal of its own, and an
// agreement a deal is made "under" is a deal of its own, with its own time.
#include "deal_sentence.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("', the second contract under a framework agreement' restates the deal and names its frame") {
  auto d = deals_of(
      "date 2024-03-01\nLIMA - Peru on Monday signed a contract worth $40 million for 12 electric buses from "
      "Chile, the second contract under a framework agreement reached last year.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value_usd == Approx(4e7));
  CHECK(d[0].item.find("buses") != std::string::npos);
  CHECK(d[0].year == 2024);
  CHECK(d[1].item == "framework agreement");
  CHECK_FALSE(d[1].year);  // "last year": a relative year is no year
}

TEST_CASE("'in an order worth ...' after a purchase gives that purchase its price") {
  auto d = deals_of(
      "Chile and Peru agreed on Monday to buy four Spanish frigates, in an order worth 900 million euros.");
  REQUIRE(d.size() == 1);
  REQUIRE(d[0].value);
  CHECK(*d[0].value == Approx(9e8));
  CHECK(d[0].currency == "EUR");
  CHECK(d[0].item.find("frigates") != std::string::npos);
}

TEST_CASE("a model number inside a counted quantity stays in the item, and the dateline marker is no item") {
  auto d =
      deals_of("Chile buys tanks from Peru\ndate 2024-03-01\nChile bought 40 T3 battle tanks from Peru.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("T3") != std::string::npos);
  CHECK(d[0].item.find("date") == std::string::npos);
}

TEST_CASE("a priced noun in apposition (', a package then worth $X') gives the deal before it its price") {
  auto d =
      deals_of("Peru ordered six corvettes from Chile in 2012, a package then worth around $900 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "purchase");
  CHECK(d[0].value_usd == 900e6);
  CHECK(d[0].year == 2012);
  auto before = deals_of("Peru bought 12 tanks from Chile in 2015, a $300 million contract.");
  REQUIRE(before.size() == 1);
  CHECK(before[0].value_usd == 300e6);
  // Without a price the apposition is not folded by this rule ("a deal that angered Bolivia").
  auto unpriced = deals_of("Peru bought 10 patrol boats from Chile in 2016, a deal that angered Bolivia.");
  REQUIRE(unpriced.size() == 1);
  CHECK_FALSE(unpriced[0].value_usd);
}

TEST_CASE(
    "'The deal comes weeks after X ordered Y': the deal the clause tells by its verb, not the reference") {
  auto d = deals_of(
      "Chile signed a $90 million deal with Peru for radars. The deal comes weeks after Lima ordered $80 "
      "million of spare parts for its patrol boats from Chile.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].value_usd == 90e6);
  CHECK(d[1].kind == "purchase");
  CHECK(d[1].item.find("spare parts") != std::string::npos);
  CHECK(d[1].value_usd == 80e6);
}

TEST_CASE("', a deal Lima has sought': an apposed agreement noun told about restates the deal before it") {
  auto d = deals_of("Chile is negotiating the sale of six radars to Peru, a deal Lima has long pressed for.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("radars") != std::string::npos);
  // An apposed agreement noun with an object of its own is a deal of its own.
  CHECK(
      deals_of("Chile signed a gas pipeline pact with Peru, a deal for 12 patrol boats and a loan.").size() ==
      2);
}

TEST_CASE("a facility noun in a clause of its own after 'while' or ', and' is a deal of its own") {
  auto d = deals_of(
      "Peru signed a $200 million loan with Chile for a port on Monday, while Brazil committed $90m to "
      "Bolivia for a hospital project.");
  REQUIRE(d.size() == 2);
  CHECK(d[1].value_usd);
  CHECK(d[1].item.find("hospital") != std::string::npos);
  // An apposition still gives the deal before it its figures.
  auto appos = deals_of("Peru signed a deal with Chile on a port, a $200 million project with two berths.");
  REQUIRE(appos.size() == 1);
}

TEST_CASE("the first units of an earlier order, told after a prospect of more, are a delivery of their own") {
  auto d = deals_of("Peru is considering more K9 howitzers, and the first 24 were received in 2021.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].status == "proposed");
  CHECK_FALSE(d[0].year);  // the delivery's year is not the prospect's
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "South Korea"});
  CHECK(d[1].kind == "supply");
  CHECK(d[1].status == "completed");
  CHECK(d[1].year == 2021);
  auto batch = deals_of(
      "Chile is weighing the purchase of Spanish patrol boats, having received a first batch of six in "
      "2020.");
  REQUIRE(batch.size() == 2);
  CHECK(batch[1].year == 2020);
  CHECK_FALSE(batch[0].year);
  // The first units of the order told in the same sentence are that order's progress, not a deal.
  CHECK(deals_of("Peru ordered 48 K9 howitzers from South Korea in 2020, and the first 24 were received in "
                 "2021.")
            .size() == 1);
}

TEST_CASE("a bare deal whose clause is paired with a clause of another country's own is kept") {
  auto d =
      deals_of("Chile signed a deal in 2022 to buy Peruvian fish, and Peru has bought copper from Bolivia.");
  REQUIRE(d.size() == 2);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[0].year == 2022);
  // A bare deal that frames the deal of the same clause still gives way to it.
  auto frame =
      deals_of("Under a deal approved in 2016, Chile will build a highway in Peru for $400 million.");
  REQUIRE(frame.size() == 1);
}

TEST_CASE("a letter of intent the order converts is the order's earlier stage, not a deal of its own") {
  auto d = deals_of(
      "Ghana's airline has firmed up an order for 10 Embraer jets, the Brazilian planemaker said, converting "
      "a "
      "letter of intent that the two companies initialled at the Paris Air Show in June.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("jets"));
  CHECK(d[0].parties == std::vector<std::string>{"Brazil", "Ghana"});
}
