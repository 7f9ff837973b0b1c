// "last <Month>": a month named after "last" dates a deal in the year before the dateline unless it is
// earlier than the dateline's own month.
#include "deal_last_month.h"

#include <catch2/catch.hpp>

#include "test_deals.h"

TEST_CASE("a deal signed 'last October', told in February, falls in the year before the dateline") {
  std::string head = "Boats\n\ndate 2026-02-20 LIMA: Peru's navy chief spoke to reporters.\n\n";
  auto lead = deals_of(head + "Last October we signed a contract with Spain for six patrol boats.\n");
  REQUIRE(lead.size() == 1);
  CHECK(lead[0].year == 2025);
  auto tail = deals_of(head + "Peru signed a contract with Spain for six patrol boats last October.\n");
  REQUIRE(tail.size() == 1);
  CHECK(tail[0].year == 2025);
}

TEST_CASE("'last January', told in February, falls in the dateline's year") {
  std::string head = "Boats\n\ndate 2026-02-20 LIMA: Peru's navy chief spoke to reporters.\n\n";
  auto d = deals_of(head + "Peru signed a contract with Spain for six patrol boats last January.\n");
  REQUIRE(d.size() == 1);
  CHECK(d[0].year == 2026);
}
