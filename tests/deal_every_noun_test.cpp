// Deal nouns in general: "every pledge and memorandum", "disbursed loans" in a sentence that names no one and
// holds no figure tell what deals are like, not one deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal noun after 'every' in a sentence that names no one is no deal") {
  CHECK(deals_of("Chile and Peru are close partners.\n\nPolicymakers should resist the temptation to add up "
                 "every pledge and memorandum into a headline number.")
            .empty());
  auto named = deals_of("Peru signed every memorandum that Chile proposed in 2024.");
  CHECK_FALSE(named.empty());
}

TEST_CASE("plural loans and grants in a sentence that names no one are no deal") {
  CHECK(deals_of("Chile and Peru are close partners.\n\nThe resulting totals mix disbursed loans, unspent "
                 "credit lines and intentions.")
            .empty());
  auto priced =
      deals_of("Chile and Peru are close partners.\n\nChile disbursed loans of $40 million to Peru.");
  CHECK_FALSE(priced.empty());
}
