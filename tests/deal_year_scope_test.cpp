// Whose time a time of a sentence is: a deal set against a dated clause ("..., while"), or told in the
// future after it, is not dated by that clause's time; a deal told over a span of years has no year.
#include "deal_year_scope.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const std::string kHead =
    "Finance roundup\n\ndate 2026-03-06 ROUNDUP: Lenders across the region were busy this week.\n\n";

const entente::Deal* deal_with(const std::vector<entente::Deal>& v, const std::string& word) {
  for (const entente::Deal& d : v)
    if (d.item.find(word) != std::string::npos) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("a deal set against a clause dated by the story's day ('..., while') takes no year from it") {
  auto v = deals_of(kHead +
                    "Norway signed a $400 million credit line with Ghana on Wednesday, while Denmark bought "
                    "a 12 percent stake in a Kenyan cement maker for $90 million.\n");
  const entente::Deal* line = deal_with(v, "credit");
  const entente::Deal* stake = deal_with(v, "stake");
  REQUIRE(line);
  REQUIRE(stake);
  CHECK(line->year == 2026);
  CHECK_FALSE(stake->year);
}

TEST_CASE("a deal told in the future after a clause dated by its own month takes no year from it") {
  auto v = deals_of(kHead +
                    "Norway deposited $900 million at Ghana's central bank in February, and Denmark will "
                    "invest $250 million in Kenyan fish farms.\n");
  const entente::Deal* deposit = deal_with(v, "deposit");
  const entente::Deal* farms = deal_with(v, "farms");
  REQUIRE(deposit);
  REQUIRE(farms);
  CHECK(deposit->year == 2026);
  CHECK_FALSE(farms->year);
  // A time opening the sentence dates every clause of it.
  auto opened = deals_of(kHead +
                         "On Monday, Norway signed a $400 million credit line with Ghana, while Denmark "
                         "bought a 12 percent stake in a Kenyan cement maker for $90 million.\n");
  const entente::Deal* stake = deal_with(opened, "stake");
  REQUIRE(stake);
  CHECK(stake->year == 2026);
}

TEST_CASE("a deal told over a span of years that reaches the story's year has no year, not the dateline's") {
  auto v = deals_of(kHead +
                    "Norway will lend Ghana about $3 billion for roads and ports between 2026 and 2028, the "
                    "minister said.\n");
  REQUIRE(v.size() == 1);
  CHECK_FALSE(v[0].year);
}

TEST_CASE("in a roundup of many countries, a deal off the main pair with no time has no year") {
  std::string body =
      "Norway signed a $400 million credit line with Ghana on Wednesday.\n"
      "Norway also lent Ghana $200 million for a port at Tema on Tuesday.\n"
      "Denmark bought a 12 percent stake in a Kenyan cement maker for $90 million.\n"
      "Brazil agreed to sell 2 million tonnes of soybeans to Chile.\n"
      "Officials in Peru and Japan were not available for comment.\n";
  auto roundup = deals_of(kHead + body);
  const entente::Deal* stake = deal_with(roundup, "stake");
  REQUIRE(stake);
  CHECK_FALSE(stake->year);
  // A story told around one gathering dates its deals between whichever countries.
  auto summit = deals_of(
      "Finance roundup\n\ndate 2026-03-06 ACCRA: Leaders met at a regional summit this week.\n\n" + body);
  stake = deal_with(summit, "stake");
  REQUIRE(stake);
  CHECK(stake->year == 2026);
}

TEST_CASE("a deal told as separate from the story's event, with no time, has no year; 'also' links it") {
  std::string head =
      "Visit\n\ndate 2026-03-06 ACCRA: Norway and Ghana signed a $400 million credit line on Friday.\n";
  auto apart =
      deals_of(head + "Separately, Norway's Equinor signed a contract with Ghana for an oil field.\n");
  const entente::Deal* field = deal_with(apart, "field");
  REQUIRE(field);
  CHECK_FALSE(field->year);
  auto linked =
      deals_of(head + "Separately, Norway's Equinor also signed a contract with Ghana for an oil field.\n");
  field = deal_with(linked, "field");
  REQUIRE(field);
  CHECK(field->year == 2026);
}
