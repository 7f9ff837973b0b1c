// A list after a deal's purpose ("for resilience projects, including sea walls and shelters") names what the
// purpose covers; a list after deals signed still gives one deal per part.
#include "deal_purpose_list.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a list after 'for ... projects, including' is no list of deals") {
  auto d = deals_of(
      "Korea pledged 9 billion won in grant aid to Tonga in May for coastal projects, including new sea "
      "walls and "
      "evacuation centres.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].currency == "KRW");
}

TEST_CASE("the phrase before the list must open with 'for'") {
  const entente::LexedText t = entente::lex_text("pledged aid for coastal projects, including sea walls");
  CHECK(entente::purpose_plural(t, 4, 0));
  const entente::LexedText u = entente::lex_text("signed six projects, including sea walls");
  CHECK(!entente::purpose_plural(u, 2, 0));
}
