// Deal count: a named subject after ", and" tells a deal of its own ("..., and Afcons won a contract").
#include "deal_and_subject.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'Egypt financed the port, and Orascom won a contract in 2020 for the quay' is two deals") {
  auto d = deals_of("Egypt financed the port in Ghana, and Orascom won a contract in 2020 for the quay.");
  REQUIRE(d.size() == 2);
  bool quay = false;
  for (const auto& x : d) quay |= x.item.find("quay") != std::string::npos && x.year == 2020;
  CHECK(quay);
}

TEST_CASE("'..., and a contract was signed' without a subject of its own stays one deal") {
  auto d = deals_of("Egypt financed the port in Ghana under a contract signed in 2020.");
  CHECK(d.size() == 1);
}
