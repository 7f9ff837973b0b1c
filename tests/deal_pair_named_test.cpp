// "the two countries" of a clause are the two countries its sentence names.
#include "deal_pair_named.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("the two countries of a clause are the two its sentence names, not the story's main pair") {
  std::string text =
      "Arms\n\ndate 2025-01-20 Who buys what in the Andes\n\n"
      "Chile ordered six Embraer jets from Brazil in 2021, and Brazil delivered them to Chile in 2023.\n\n"
      "Brazil and Chile also signed a training agreement in 2022.\n\n"
      "Japan has sold patrol boats to Ecuador, and in 2024 the two countries signed a maritime security "
      "memorandum.\n";
  auto deals = deals_of(text);
  bool found = false;
  for (const auto& d : deals) {
    if (d.item.find("maritime security") == std::string::npos) continue;
    found = true;
    CHECK(d.parties == std::vector<std::string>{"Ecuador", "Japan"});
  }
  CHECK(found);
}

TEST_CASE("countries named only after 'the two countries' are not the pair it refers to") {
  std::string text =
      "Ecuador and Japan met. Ecuador and Japan agreed. The navies of the two countries will hold a joint "
      "exercise in the Pacific in May, with Chile and Peru joining.";
  auto d = deals_of(text);
  REQUIRE(d.size() == 1);
  CHECK(d[0].parties == std::vector<std::string>{"Ecuador", "Japan"});
}
