// Deal items: a participle after an adverb is part of the noun phrase it describes.
#include "deal_item.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("'locally assembled railway line': the item runs past a participle after an adverb") {
  auto d = deals_of("Peru will build a locally assembled railway line for Chile worth $90 million.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].item.find("assembled railway line") != std::string::npos);
  // A past-tense verb after a noun still ends the item ("deal with Italy signed in May").
  auto v = deals_of("Peru will build a railway line for Chile approved in May, worth $90 million.");
  REQUIRE(v.size() == 1);
  CHECK(v[0].item.find("approved") == std::string::npos);
}
