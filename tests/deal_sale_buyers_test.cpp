// Deal parties: a sale to two listed buyers is two deals, each between the seller and one buyer.
#include "deal_sale_buyers.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

bool has_pair(const std::vector<entente::Deal>& d, const std::string& a, const std::string& b) {
  for (const auto& x : d)
    if (x.parties.size() == 2 &&
        ((x.parties[0] == a && x.parties[1] == b) || (x.parties[0] == b && x.parties[1] == a)))
      return true;
  return false;
}

}  // namespace

TEST_CASE("'India has sold patrol aircraft to Kenya and Ghana' is two sales") {
  auto d = deals_of("India has sold patrol aircraft to Kenya and Ghana, and its yards now bid for repairs.");
  REQUIRE(d.size() == 2);
  CHECK(has_pair(d, "India", "Kenya"));
  CHECK(has_pair(d, "India", "Ghana"));
}

TEST_CASE("'It has sold trainers to A and B': the seller is the country of the sentence before") {
  auto d = deals_of("Brazil has plenty of customers. It has sold Tucano trainers to Kenya and Ghana.");
  REQUIRE(d.size() == 2);
  CHECK(has_pair(d, "Brazil", "Kenya"));
  CHECK(has_pair(d, "Brazil", "Ghana"));
}

TEST_CASE("a sale to one buyer stays one deal") {
  auto d = deals_of("India has sold patrol aircraft to Kenya.");
  REQUIRE(d.size() == 1);
  CHECK(has_pair(d, "India", "Kenya"));
}
