// A stake that talks are about is being negotiated.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'in talks with X over a stake in the port' is a stake under negotiation") {
  auto d = deals_of(
      "Andina, a Chilean fund, said it was in talks with the government of Peru over a stake in the port of "
      "Callao.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Chile", "Peru"});
  CHECK(d[0].status == "negotiating");
}

TEST_CASE("a stake a country keeps is still no deal, talks or not") {
  CHECK(deals_of("Peru keeps a stake in the port of Callao, officials said on the sidelines of the talks.")
            .empty());
}
