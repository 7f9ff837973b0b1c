// Approval and signature told in one sentence: one deal, signed, in the year of its signature.
#include "deal_signed_later.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("an approval with the signature told in a later clause is signed, in the signature's year") {
  std::string head = "Arms\n\ndate 2025-06-02 Chile's air force renews its fleet\n\n";
  auto d = deals_of(head +
                    "The State Department approved the sale of 12 F-16 fighters to Chile in 2021 for an "
                    "estimated $1.1 billion; Santiago signed the contract in 2022.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "signed");
  CHECK(d[0].year == 2022);
  // An approval whose contract is not yet signed stays announced, in its own year.
  auto open = deals_of(head +
                       "The State Department approved the sale of 12 F-16 fighters to Chile in 2021 for an "
                       "estimated $1.1 billion, but Santiago has not yet signed the contract.\n");
  REQUIRE(open.size() == 1);
  CHECK(open[0].status == "announced");
  CHECK(open[0].year == 2021);
}
