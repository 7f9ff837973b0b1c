// Lines of a list of signed documents are distinct documents: two memoranda on different subjects, one per
// line, stay two rows even when no word but the head noun tells them apart.
#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("two memoranda on separate lines of a signed list stay two rows") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two ministers signed the following documents:\n"
      "- Memorandum of Understanding on cooperation in tourism;\n"
      "- Memorandum of Understanding on cooperation in veterinary and phytosanitary matters.\n");
  REQUIRE(d.size() == 2);
  CHECK(d[0].item.find("tourism") != std::string::npos);
  CHECK(d[1].item.find("veterinary") != std::string::npos);
}

TEST_CASE("a memorandum told again in a later sentence after a signed list still joins its line") {
  auto d = deals_of(
      "Chile and Peru met in Lima.\n\nThe two ministers signed the following documents:\n"
      "- Memorandum of Understanding on cooperation in tourism;\n"
      "- Agreement on fisheries between Chile and Peru.\n\nThe tourism memorandum covers hotel training.\n");
  CHECK(d.size() == 2);
}
