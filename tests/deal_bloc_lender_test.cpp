// A bloc or international body as lender or giver in a sentence naming one country: no deal between two
// countries ("a World Bank loan to Chile", "a loan from the IMF", "The European Union approved grants").
#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const char* kPair = "Chile and Peru signed a deal on Monday to build a power line across their border. ";

}  // namespace

TEST_CASE("a loan from the IMF or a World Bank loan to one country is no deal of the story's pair") {
  CHECK(deals_of(std::string(kPair) + "Chile also secured a $2 billion loan from the International "
                                      "Monetary Fund in 2024.")
            .size() == 1);
  CHECK(deals_of(std::string(kPair) + "The ministry welcomed a World Bank loan of $300 million to Peru for "
                                      "its ports.")
            .size() == 1);
}

TEST_CASE("a grant a bloc approves for one country is no deal of the story's pair") {
  CHECK(deals_of(std::string(kPair) + "The European Union also approved 200 million euros of development "
                                      "grants to Peru for 2026.")
            .size() == 1);
}

TEST_CASE("a deal of the pair with a body named elsewhere in the sentence is kept") {
  CHECK(deals_of(std::string(kPair) + "Chile will lend Peru $500 million from its reserves, the World Bank "
                                      "said.")
            .size() == 2);
}
