// A deal named after "under the" with its amount is one told before, not dated by the sentence.
#include "deal_under_reference.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a credit line named after 'under the' with its amount is the earlier deal, not a new one") {
  auto d = deals_of(
      "Ties\n\ndate 2025-03-10 Chile and Peru: ten years on\n\nTimeline\n\n"
      "- 2015: Chile extended a $50 million line of credit to Peru for the purchase of patrol vessels.\n"
      "- 2019: Asmar handed over the first of six patrol boats built under the $50 million credit line to "
      "Peru's navy in a ceremony in Callao in May 2019.\n");
  int lines = 0;
  for (const auto& deal : d)
    if (deal.value_usd && *deal.value_usd == 50000000) {
      ++lines;
      CHECK(deal.year == 2015);
    }
  CHECK(lines == 1);
}
