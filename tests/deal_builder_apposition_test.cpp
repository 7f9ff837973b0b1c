// A facility with its foreign builder told in an apposition is a deal.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a facility built by a foreign firm, told in an apposition, is a completed project") {
  auto d = deals_of("The new terminal at Mombasa, built by a Japanese firm, opened in Kenya in 2022.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "completed");
  CHECK(d[0].year == 2022);
  CHECK(d[0].parties == std::vector<std::string>{"Japan", "Kenya"});
}

TEST_CASE("a facility built by a local firm is no deal") {
  CHECK(deals_of("The new terminal at Mombasa, built by a local firm, opened in 2022.").empty());
}
