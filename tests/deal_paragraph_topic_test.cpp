// In a piece told country by country, a deal whose sentence names no partner is with the country its
// paragraph opens on, not the story's most-named pair.
#include "deal_paragraph_topic.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

namespace {

const char* const kStory =
    "Peru looks beyond China\n\nPeru sells most of its copper to China, and Chinese firms run the port of "
    "Chancay. China is the largest buyer of Peruvian fish, and Peru wants more partners than China "
    "alone.\n\n";

std::vector<std::string> parties_of_only(const std::string& paragraph) {
  auto d = deals_of(std::string(kStory) + paragraph +
                    "\n\nFor Peru, China still matters most, but Peru now has choices.\n");
  REQUIRE(d.size() == 1);
  return d[0].parties;
}

}  // namespace

TEST_CASE("the country a paragraph opens on is the partner of a deal that names none") {
  CHECK(parties_of_only("Start with Japan. A loan for the second Lima metro line was signed in 2023.") ==
        std::vector<std::string>{"Japan", "Peru"});
  CHECK(parties_of_only("Then Canada, an old friend. Six patrol boats were ordered in 2021 and delivered by "
                        "2024.") == std::vector<std::string>{"Canada", "Peru"});
}

TEST_CASE("a deal that names its own partner keeps it") {
  CHECK(parties_of_only("Start with Japan. A loan from South Korea for the Lima port was signed in 2023.") ==
        std::vector<std::string>{"Peru", "South Korea"});
}
