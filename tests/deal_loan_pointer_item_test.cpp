// A loan whose object only points back at what it finances is named a loan.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a loan told as lending for the project is a loan for the project") {
  auto d = deals_of(
      "Kenya signed a contract with South Korea on Monday for four patrol ships. The Korea Eximbank will "
      "lend "
      "200 billion won for the project, officials said.");
  bool loan = false;
  for (const auto& x : d) loan |= x.item.find("loan") != std::string::npos;
  CHECK(loan);
}
