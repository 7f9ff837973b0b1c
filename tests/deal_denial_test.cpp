// Denied reports: a deal told only inside a report the text denies is no deal.
#include "deal_denial.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal inside a report the text calls inaccurate or denies is no deal") {
  CHECK(deals_of("Reports that Peru has agreed to buy six frigates from Spain are inaccurate.").empty());
  CHECK(deals_of("Peru's navy denied reports that it had signed a contract with Spain for six frigates.")
            .empty());
  CHECK(deals_of("Lima dismissed claims that Peru had ordered 12 jets from Sweden.").empty());
  CHECK(deals_of("The ministry denied that Peru had bought tanks from Korea.").empty());
}

TEST_CASE("a denial that ends before the deal leaves the deal") {
  auto d = deals_of(
      "Peru denied reports that talks had stalled, saying it signed a contract with Spain for six "
      "frigates in May.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Peru", "Spain"});
  CHECK(deals_of("Reports say that Peru signed a contract with Spain for six frigates.").size() == 1);
}

TEST_CASE("a guess the next sentence denies, a counterfactual and a trigger after 'no' are no deals") {
  auto d = deals_of(
      "A Peruvian firm built the wind farm at Arica for Chile? No: that was Spanish money. Peru and Chile "
      "signed a gas deal in 2019.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("gas"));
  CHECK(
      deals_of("Had Lima accepted Chile's offer of a $200 million loan in 2012, the port would be finished.")
          .empty());
  CHECK(deals_of("If Lima had accepted Chile's offer of a $200 million loan in 2012, the port would have "
                 "been finished by now.")
            .empty());
  CHECK(deals_of("There have been no joint exercises between Peru and Chile.").empty());
}

TEST_CASE("a count after 'no fewer than' and the clauses before a denied guess are deals") {
  CHECK(deals_of("Peru bought no fewer than 12 patrol boats from Chile in 2019.").size() == 1);
  auto d = deals_of(
      "Peru ordered 12 patrol boats from Chile in 2019, and in 2024 Lima picked a Chilean firm to supply "
      "its army trucks? It did not; that contract went to a Brazilian maker.");
  REQUIRE(d.size() == 1);
  CHECK_THAT(d[0].item, Catch::Contains("patrol boats"));
}

TEST_CASE("a report the next sentence, after a speaker's label, calls untrue is no deal") {
  CHECK(deals_of("Q: There have been reports that Peru will buy six frigates from Spain.\n"
                 "A: No, that is not true. We have no such plan.")
            .empty());
  CHECK(deals_of("There were reports that Peru had ordered 12 jets from Sweden. That is untrue.").empty());
  // A report the next sentence confirms stays a deal.
  CHECK(deals_of("There were reports that Peru had ordered 12 jets from Sweden. That is right, the "
                 "minister said.")
            .size() == 1);
}

TEST_CASE("a deal verb in a relative clause after an indefinite subject is a generic case, not a deal") {
  CHECK(deals_of("Peru borrows from Chile. But a government that signs a loan it will not publish should "
                 "expect questions.")
            .empty());
  CHECK(deals_of("Any country that buys tanks from Chile pays for spares too, Peru says.").empty());
  // A firm told by an indefinite subject that did sign stays a deal.
  CHECK(deals_of("A Chilean firm that signed a $40 million contract with Peru in 2021 will build the port.")
            .size() == 1);
}

TEST_CASE("an interviewer's line asks or restates; it tells no deal of its own") {
  CHECK(deals_of("INTERVIEWER: And the reports that Chile will buy Korean frigates?\n\nMINISTER: I cannot "
                 "comment on that.\n")
            .empty());
  CHECK(deals_of(
            "Q: Chile has also bought Korean patrol boats.\n\nA: That is right, and the crews like them.\n")
            .empty());
  auto d = deals_of(
      "Q: What about the navy?\n\nA: Chile and South Korea signed a contract for four patrol "
      "boats in 2024.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
}

TEST_CASE("a deal verb after 'should have' or 'could have' tells a choice not made") {
  CHECK(deals_of("Critics say Chile should have bought Korean frigates instead.").empty());
  CHECK(deals_of("Santiago could have ordered Korean frigates ten years ago.").empty());
  CHECK(deals_of("Chile bought Korean frigates.").size() == 1);
}

TEST_CASE("a negated present tells what deals do not do: no deal") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "A memorandum does not build a railway, and it does not buy a single locomotive.")
            .empty());
  CHECK(deals_of(head + "Money doesn't buy loyalty from Lima.").empty());
  CHECK(deals_of(head + "Peru cannot afford to buy Chilean frigates.").empty());
  // A negation of something else leaves the deal.
  auto d = deals_of("Peru, which does not build ships, will buy six frigates from Chile.");
  CHECK(d.size() == 1);
}

TEST_CASE("a bare plural deal noun with a simple present tells what deals are like: no deal") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "Contracts outlive the ministers who sign them.").empty());
  CHECK(deals_of(head + "But contracts outlive the ministers who sign them.").empty());
  CHECK(deals_of(head + "Loans with Chile are signed in a week and repaid over a generation.").empty());
  CHECK(deals_of(head + "Agreements are easy to sign.").empty());
  // A plural telling deals to come or a figure is news.
  auto due = deals_of("Agreements on fisheries are expected to be signed by Peru and Chile next week.");
  CHECK(due.size() == 1);
  auto counted = deals_of("Contracts worth $40 million were signed by Peru and Chile for two frigates.");
  CHECK(counted.size() == 1);
}

TEST_CASE("a deal in the future perfect under a condition sums up prospects: no deal") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "If all of these go ahead, Peru will have bought 30 Chilean buses by 2030.").empty());
  auto d = deals_of("Peru will buy 30 Chilean buses by 2030.");
  CHECK(d.size() == 1);
}

TEST_CASE("advice, a denied predicate and a prospect under a present condition are no deals") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "Some say Peru should drop its Chilean orders and buy Korean instead.").empty());
  CHECK(deals_of(head + "An offer is not a contract, and Lima knows it.").empty());
  CHECK(deals_of(head + "If Chile lowers its price, Peru will buy Chilean buses again.").empty());
  CHECK(deals_of(head + "The Chilean frigates should never have been bought by Peru.").empty());
  // Advice with a figure, and a condition with a figure, are news.
  CHECK(deals_of("Peru should sign a $40 million contract with Chile for two frigates next week.").size() ==
        1);
  CHECK(deals_of("If parliament agrees, Peru will buy 12 Chilean buses in 2027.").size() == 1);
}

TEST_CASE("a gerund naming an activity, not a purchase, is no deal") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "Buying Chilean frigates does not make a navy.").empty());
  CHECK(deals_of(head + "There is a gap between buying Chilean gas and trusting Santiago.").empty());
  CHECK(deals_of(head + "Peru keeps buying military trucks from Chile.").empty());
  CHECK(deals_of(head + "Lima should be careful about buying more Chilean buses.").empty());
  // A gerund after "interested in" or "is" tells a deal.
  CHECK(deals_of(head + "Peru is interested in buying Chilean frigates.").size() == 1);
  CHECK(deals_of(head + "Peru is buying Chilean frigates.").size() == 1);
}

TEST_CASE("a deal verb right after a negated modal ('will not buy', 'could not buy') tells no deal") {
  std::string head = "Peru and Chile are old partners. ";
  CHECK(deals_of(head + "Lima will not buy Chilean frigates.").empty());
  CHECK(deals_of(head + "It gets nothing in Santiago that it could not buy anyway.").empty());
  // The negation of another verb leaves the deal.
  CHECK(deals_of("Peru, which could not wait, bought six frigates from Chile.").size() == 1);
}
