// A purchase verb with only "it" or "them" for object buys the named goods told before it in its sentence.
#include "deal_pronoun_object.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("buying 'it' buys the named goods told earlier in the sentence") {
  auto d = deals_of(
      "A Kenyan delegation was shown the South Korean K9 howitzer; Nairobi is interested in buying it, an "
      "official said.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].status == "proposed");
  CHECK(d[0].item.find("K9") != std::string::npos);
}

TEST_CASE("a pronoun with no named goods before it states no deal") {
  CHECK(deals_of("Kenya admired South Korea's approach to the question, and Nairobi may buy it.").empty());
}
