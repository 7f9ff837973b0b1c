// Unreal conditions and modal perfects anywhere in a sentence tell deals that did not happen.
#include "deal_counterfactual_clause.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal inside an unreal 'if' clause in mid-sentence is no deal") {
  CHECK(deals_of("Think what would have followed if Peru had bought twelve Gripens from Sweden in 2018.")
            .empty());
  CHECK(deals_of("Imagine if Japan had bought a stake in a Chilean mine: it would have paid twice as much.")
            .empty());
  CHECK(deals_of("Picture it: if Bolivia ever agreed to sell lithium to Japan, the market would change.")
            .empty());
}

TEST_CASE("a deal after a modal perfect is no deal") {
  CHECK(
      deals_of("Critics say Ecuador should instead have bought six patrol boats from Spain for $90 million.")
          .empty());
  CHECK(deals_of("Uruguay could have signed a loan with Japan years ago.").empty());
}

TEST_CASE("a real deal next to a condition or a modal stays a deal") {
  CHECK(deals_of(
            "Peru bought twelve Gripens from Sweden in 2018, and if the jets perform well, more may follow.")
            .size() == 1);
  CHECK(deals_of(
            "A law that would have allowed firms to lease farms was dropped, and with it went a Chinese plan "
            "to lease land in Kazakhstan.")
            .size() >= 1);
}

TEST_CASE("a deal in 'the idea that ... could' opening a clause is no deal; a floated idea is a proposal") {
  CHECK(deals_of("Still, the idea that Bolivia could sell lithium to Japan remains a slide, not a contract.")
            .empty());
  auto d = deals_of("Officials floated the idea that Peru could buy six frigates from Spain.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
}

TEST_CASE("a second conditional, an inverted condition and 'imagine' tell no deal") {
  CHECK(deals_of("If Bolivia bought K2 tanks from Korea, Chile would protest.").empty());
  CHECK(deals_of("Even if Peru signed the deal with France tomorrow, deliveries would take years.").empty());
  CHECK(deals_of("Were Japan to lend Ghana $1 billion for the port, the balance would shift.").empty());
  CHECK(deals_of("Imagine Ecuador buying a nuclear plant from Russia: the debt would be enormous.").empty());
}

TEST_CASE("a deal told as done before a real condition stays a deal") {
  CHECK(deals_of("Peru bought K2 tanks from Korea in May, and if all goes well, more would follow.").size() ==
        1);
}

TEST_CASE("a gerund deal after 'hard to see' or 'cannot imagine' is no deal") {
  CHECK(deals_of("It is hard to see Uruguay buying JF-17 jets from Pakistan.").empty());
  CHECK(deals_of("One cannot imagine Chile selling lithium to Japan at that price.").empty());
  CHECK(deals_of("Analysts can see Uruguay buying JF-17 jets from Pakistan.").size() == 1);
}
