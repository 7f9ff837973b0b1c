// Debt relief: deferring, rescheduling, writing off or forgiving a debt is a finance deal; the same verbs on
// a decision or an idea are none.
#include "deal_debt_relief.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a relief verb on payments or a debt is a loan deal") {
  auto d = deals_of("Japan agreed in 2021 to defer Sri Lanka's loan repayments for three years.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].kind == "loan");
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Sri Lanka"});
  auto w = deals_of("In 2019 Brazil wrote off $900 million of Mozambique's debt.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].value_usd == Approx(9e8));
}

TEST_CASE("a relief verb on anything but a debt tells no deal") {
  CHECK(deals_of("Kenya deferred the tender for six patrol boats from Turkey.").empty());
  CHECK(deals_of("Chile has written off the plan for a new port with Peru.").empty());
}
