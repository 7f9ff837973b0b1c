// A loan told by a lending verb whose object is only the borrower gets a loan item, not the borrower's name.
#include "deal_loan_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'agreed to lend Peru 300 million euros' is a loan to Peru, not an item 'Peru'") {
  auto d = deals_of("Chile agreed in 2014 to lend Peru 300 million euros.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item == "loan to Peru");
  CHECK(d[0].sector == "finance");
}

TEST_CASE("a lending verb with a purpose keeps the purpose as its item") {
  auto d = deals_of("Chile agreed to lend Peru 300 million euros for a new metro line.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("metro line") != std::string::npos);
}
