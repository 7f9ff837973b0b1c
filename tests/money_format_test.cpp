// Money labels in the Deals panel.
#include "money_format.h"

#include <catch2/catch.hpp>

TEST_CASE("money labels use a symbol or the code and a scale word") {
  CHECK(entente::format_money(153e6, "USD") == "$153 million");
  CHECK(entente::format_money(1.17e9, "USD") == "$1.17 billion");
  CHECK(entente::format_money(1.2e9, "PKR") == "PKR 1.2 billion");
  CHECK(entente::format_money(60000, "GBP") ==
        "\xC2\xA3"
        "60,000");
  CHECK(entente::format_money(4.25, "USD") == "$4.25");
  CHECK(entente::format_money(5e12, "JPY") ==
        "\xC2\xA5"
        "5 trillion");
}
