// Investment protection, double taxation, visas and direct flights are fields of their own (sector other),
// not the story's common sector ("a rail story's investment protection agreement").
#include <catch2/catch.hpp>
#include <string>

#include "test_deals.h"

namespace {

const char* kRail =
    "Chile signed a contract with Peru's state railway for six trains on Monday. Peru also ordered 20 "
    "locomotives from Chile in March. ";

std::string sector_of_last(const std::string& text) {
  auto deals = deals_of(text);
  return deals.empty() ? std::string() : deals.back().sector;
}

}  // namespace

TEST_CASE("an investment protection agreement in a rail story is other") {
  CHECK(sector_of_last(
            std::string(kRail) +
            "The two countries are expected to sign an investment protection agreement in July.") == "other");
}

TEST_CASE("a deal on direct flights in a rail story is other") {
  CHECK(sector_of_last(std::string(kRail) +
                       "Chile and Peru are also in talks on a deal on direct flights.") == "other");
}
