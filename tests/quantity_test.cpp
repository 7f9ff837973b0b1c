// Quantities: measures, counted things, percentage shares; model numbers are not counts.
#include "quantity.h"

#include <catch2/catch.hpp>

#include "mentions.h"

namespace {
std::vector<entente::QuantitySpan> quantities(const std::string& text) {
  auto tables = entente::load_mention_tables();
  auto m = entente::find_mentions(tables, text);
  return m.quantities;
}
}  // namespace

TEST_CASE("measures and counts with units") {
  auto q = quantities("a 1,300-km pipeline, 16,400 MW, 50,000 doses, 200 helicopters and 2.5 lakh tonnes");
  REQUIRE(q.size() == 5);
  CHECK(entente::quantity_text(q[0]) == "1,300 km");
  CHECK(q[0].value == 1300);
  CHECK(q[1].unit == "MW");
  CHECK(q[2].counted);
  CHECK(q[3].unit == "helicopters");
  CHECK(q[4].value == Approx(250000));
}

TEST_CASE("percentage share and model numbers") {
  auto q = quantities("a 26% share in the project and Mi-35 helicopters");
  REQUIRE(q.size() == 1);
  CHECK(entente::quantity_text(q[0]) == "26% share");
}

// Regression (issue 13): a number as the last token read taken[n] past the end (ASan heap-buffer-overflow).
TEST_CASE("a number as the last token of a document") {
  CHECK(quantities("5").empty());
  CHECK(quantities("covered on page 3").empty());
  auto q = quantities("Page 3 of 3 and 12 helicopters, then 7");
  REQUIRE(q.size() == 1);
  CHECK(q[0].unit == "helicopters");
}

TEST_CASE("a count before a model number counts the things, not the model") {
  auto q = quantities("the carrier will take 24 787 jets and 8 777X airliners, then 30 A350 planes");
  REQUIRE(q.size() == 3);
  CHECK(q[0].value == 24);
  CHECK(q[0].number == "24");
  CHECK(q[1].value == 8);
  CHECK(q[2].value == 30);
  // A number with a thousands comma after a count is no model number.
  CHECK(quantities("in 2019 1,200 trucks").size() == 1);
}

TEST_CASE("a model name may be followed by up to two noun modifiers before the count noun") {
  auto q = quantities("the army will get 40 Varuna heavy attack helicopters and 9 K7 school buses");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 40);
  CHECK(q[0].unit == "helicopters");
  CHECK(q[1].value == 9);
  CHECK(q[1].unit == "vehicles");
  // Three lowercase words, or a verb form, after the name end the model: no count noun follows it.
  CHECK(quantities("in 12 Delta large green city buses").empty());
  CHECK(quantities("in 12 Delta provinces city buses").empty());
  CHECK(quantities("they sold 5 Kestrel units").size() == 1);
  // A hyphened word inside the name ("French-made") is part of it, not a modifier.
  REQUIRE(quantities("buying 30 French-made Sabre fighter jets").size() == 1);
  CHECK(quantities("buying 30 French-made Sabre fighter jets")[0].value == 30);
}

TEST_CASE("a hyphened count before a singular count noun is a quantity, its count first in the phrase") {
  auto tables = entente::load_mention_tables();
  auto m = entente::find_mentions(tables, "part of a 24-plane order and a 3-submarine deal");
  REQUIRE(m.quantities.size() == 2);
  CHECK(entente::quantity_text(m.quantities[0]) == "24 aircraft");
  CHECK(entente::quantity_text(m.quantities[1]) == "3 ships");
  std::size_t unit = m.quantities[0].unit_first;
  CHECK(entente::from_hyphened_count(m.quantities, m.lexed, unit) == m.quantities[0].first);
  CHECK(entente::from_hyphened_count(m.quantities, m.lexed, unit + 1) == m.quantities[0].first);  // "order"
  CHECK(entente::from_hyphened_count(m.quantities, m.lexed, unit + 2) == unit + 2);
}

TEST_CASE("an -ed adjective may modify the count noun after a model name, not right after the count") {
  auto q = quantities("Peru will get 6 Condor upgraded patrol boats");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 6);
  CHECK(q[0].unit == "ships");
  CHECK(quantities("they took 6 signed patrol boats").empty());
}

TEST_CASE("a count of things named after 'of the' ('four more of the planes') is a count of them") {
  auto q = quantities("Peru ordered four more of the planes and two of its frigates");
  REQUIRE(q.size() == 2);
  CHECK(q[0].value == 4);
  CHECK(q[0].unit == "aircraft");
  CHECK(q[1].value == 2);
  CHECK(q[1].unit == "ships");
  CHECK(quantities("one of the reasons and two of the talks").empty());
}

TEST_CASE("a count before 'more' and a model code ('two more Type 212CD submarines') counts them") {
  auto q = quantities("will order two more Type 212CD submarines and 27-year agreements");
  REQUIRE(q.size() == 1);
  CHECK(q[0].value == 2);
  CHECK(q[0].unit == "ships");
}

TEST_CASE("a hyphened compound modifier ('self-propelled', 'long-range') between a count and its noun") {
  auto q = quantities(
      "Chile bought 24 self-propelled howitzers, 300 long-range Viper cruise missiles, "
      "6 N7 all-weather attack helicopters and 12 multi-role fighter jets");
  REQUIRE(q.size() == 4);
  CHECK(q[0].value == 24);
  CHECK(q[0].unit == "guns");
  CHECK(q[1].value == 300);
  CHECK(q[1].unit == "missiles");
  CHECK(q[2].value == 6);
  CHECK(q[2].unit == "helicopters");
  CHECK(q[3].value == 12);
  CHECK(q[3].unit == "aircraft");
  // Three modifiers, or a compound that is no modifier of the noun, count nothing.
  CHECK(quantities("in 2 well-known old patrol coastal boats").empty());
}

TEST_CASE("radars and cutters are counted things") {
  auto q = quantities("Peru bought 6 coastal radars and 2 former cutters from Chile.");
  REQUIRE(q.size() == 2);
  CHECK(q[0].counted);
  CHECK(q[0].unit == "radars");
  CHECK(q[1].unit == "ships");
}
