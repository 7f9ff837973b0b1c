// Denied rumours: a report with a time or source phrase before "that", a verdict "not accurate", a report
// "a ministry rejected", and a deal called "rumoured" that the sentence says was denied tell no deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a report with a phrase before its 'that' and a 'not accurate' verdict is no deal") {
  CHECK(deals_of("Reports in local papers that Chile had signed a gas deal with Peru are not accurate, the "
                 "ministry said.")
            .empty());
  CHECK(deals_of("Reports in April that the two navies of Chile and Peru would hold a joint exercise in June "
                 "were denied by Lima.")
            .empty());
}

TEST_CASE("a report a ministry rejected, and a rumoured sale that was denied, are no deal") {
  CHECK(deals_of("Peru's defence ministry rejected a report that Peru had agreed to buy tanks from Chile.")
            .empty());
  CHECK(deals_of("The rumoured sale of Chilean frigates to Peru was denied in Lima on Monday.").empty());
}

TEST_CASE("a deal told plainly next to a rumour is kept") {
  CHECK(deals_of("Chile signed a deal to buy gas from Peru, and reports in Lima said more would follow.")
            .size() == 1);
  CHECK(deals_of("The reported sale of Chilean frigates to Peru was signed in Lima on Monday.").size() == 1);
}
