// A deal whose subject "no" negates, or a plan denied with "no plans to", is no deal.
#include "deal_no_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal noun or verb under a subject negated by 'no' is no deal") {
  CHECK(deals_of("No new Japanese rail loan to Peru has been announced since 2019.").empty());
  CHECK(deals_of("No Chilean or Peruvian firm can offer the whole package of spares.").empty());
  CHECK(deals_of("No Peruvian firm has signed a contract with Spain.").empty());
}

TEST_CASE("a plan denied with 'no plans to' is no deal") {
  CHECK(deals_of("Peru has no plans to buy frigates from Spain.").empty());
  CHECK(deals_of("Chile has no immediate plans to order tanks from Germany.").empty());
}

TEST_CASE("'no fewer than' and a plain subject keep the deal") {
  CHECK(deals_of("Peru bought no fewer than six frigates from Spain.").size() == 1);
  CHECK(deals_of("Peru has signed a contract with Spain.").size() == 1);
  CHECK(deals_of("Peru plans to buy frigates from Spain.").size() == 1);
}

TEST_CASE("a deal under 'nobody' or 'no one' as subject is no deal; a reported clause is") {
  CHECK(deals_of("Nobody in Lima is proposing to buy Gripens from Sweden.").empty());
  CHECK(deals_of("No one doubts that Peru bought tanks from Korea in 2024.").size() == 1);
}
