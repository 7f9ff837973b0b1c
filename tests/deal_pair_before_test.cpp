// Deal parties: "the two governments" in a sentence that names no country are the pair of the sentence
// before, not the story's most-named pair.
#include "deal_pair_before.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {
const char* kBrief =
    "Peru is the most active partner of Chile, and Chilean firms lead in Peru. Peruvian buyers like Chilean "
    "wine, and Chile sells fruit to Peru.\n\n"
    "1. Bolivia and Paraguay have moved from talk to contract on river links. In March, the two governments "
    "signed an agreement to dredge a shared river port at a cost of about $50 million.\n";
}

TEST_CASE("'the two governments' take the pair named in the sentence before") {
  auto d = deals_of(kBrief);
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Bolivia", "Paraguay"});
}

TEST_CASE("a sentence before that joins no two countries leaves 'the two countries' to the story's pair") {
  auto d = deals_of(
      "Peru and Chile are old partners. Chile and Peru trade fruit and wine.\n\n"
      "In the region, Bolivia has chosen a Chilean firm to build its first port.\n\n"
      "The plan revives an idea from 2018, when the two countries signed a deal for a gas pipeline.\n");
  REQUIRE(!d.empty());
  CHECK(d.back().parties == std::vector<std::string>{"Chile", "Peru"});
}
