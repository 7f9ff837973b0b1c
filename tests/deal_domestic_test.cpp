// Domestic deals: a contract the text calls domestic, or one between two firms of one country, is no deal
// between two countries.
#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const char* kPair = "Chile and Peru signed a deal on Monday to build a power line across their border. ";

}  // namespace

TEST_CASE("a contract the text calls domestic is no deal of the story's pair") {
  CHECK(deals_of(std::string(kPair) + "Peru's state oil firm awarded a domestic drilling contract to a "
                                      "local company.")
            .size() == 1);
  CHECK(deals_of(std::string(kPair) + "In a separate domestic contract, Chile's grid operator awarded a "
                                      "Chilean builder a $40 million deal to build a substation.")
            .size() == 1);
}

TEST_CASE("a deal between two firms of one country is no deal of the story's pair") {
  CHECK(deals_of(std::string(kPair) + "Two Chilean companies, Andes Steel and Pacific Forge, signed a "
                                      "supply contract in June for rail parts.")
            .size() == 1);
}

TEST_CASE(
    "a deal told inside one country, or between two firms named by its demonym, is no deal of the pair") {
  CHECK(deals_of(std::string(kPair) + "Inside Peru, Andina Gas and Lima Power signed a contract to build a "
                                      "compressor plant near Cusco.")
            .size() == 1);
  CHECK(deals_of(std::string(kPair) + "Chilean Railways signed a contract with Chilean Steel Works for a new "
                                      "depot, a deal worth $20 million.")
            .size() == 1);
}

TEST_CASE("a deal with a foreign side next to a domestic one is kept") {
  CHECK(deals_of("Inside Chile, Chilean Railways signed a contract with Peru's state rail firm for a depot.")
            .size() == 1);
  CHECK(deals_of("Two Chilean companies signed a contract with Peru to build a port in Callao.").size() == 1);
  CHECK(deals_of("Chile signed a deal with Peru to buy gas, while its domestic output fell.").size() == 1);
}
