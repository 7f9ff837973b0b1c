// Number parsing: grouping styles, scale words and spelled-out numbers.
#include "numbers.h"

#include <catch2/catch.hpp>

TEST_CASE("digit literals in Western and Indian grouping") {
  CHECK(*entente::parse_digits("1,300") == 1300);
  CHECK(*entente::parse_digits("12,34,567.89") == Approx(1234567.89));
  CHECK(*entente::parse_digits("2.5") == 2.5);
  CHECK_FALSE(entente::parse_digits("12a"));
}

TEST_CASE("scale words multiply exactly") {
  auto t = entente::lex_text("1.17 billion, 2.5bn, 39,000 crore, three quarters billion, 5m");
  auto a = entente::parse_number(t, 0, true);
  REQUIRE(a);
  CHECK(a->value == 1170000000.0);
  CHECK(a->scaled);
  auto b = entente::parse_number(t, a->end + 1, true);
  REQUIRE(b);
  CHECK(b->value == 2.5e9);
  auto c = entente::parse_number(t, b->end + 1, true);
  CHECK(c->value == 3.9e11);
  auto d = entente::parse_number(t, c->end + 1, true);
  CHECK(d->value == 7.5e8);
  CHECK(d->spelled);
  auto e = entente::parse_number(t, d->end + 1, true);
  CHECK(e->value == 5e6);
}

TEST_CASE("single-letter scales only when attached") {
  CHECK(entente::scale_word("m", true) == 1e6);
  CHECK(entente::scale_word("m", false) == 0);
  CHECK(entente::scale_word("lakh", false) == 1e5);
}
