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

TEST_CASE("every number word and scale word, and words that are neither") {
  const char* words[] = {"zero",     "one",     "two",     "three",     "four",     "five",    "six",
                         "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
                         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
  for (int v = 0; v < 20; ++v) {
    auto t = entente::lex_text(words[v]);
    auto n = entente::parse_number(t, 0, true);
    REQUIRE(n);
    CHECK(n->value == v);
  }
  auto t = entente::lex_text("ninety-nine Seventy three the tenth oner");
  CHECK(entente::parse_number(t, 0, true)->value == 99);
  CHECK(entente::parse_number(t, 3, true)->value == 73);
  CHECK_FALSE(entente::parse_number(t, 5, true));   // "the"
  CHECK_FALSE(entente::parse_number(t, 6, true));   // "tenth"
  CHECK_FALSE(entente::parse_number(t, 7, true));   // "oner"
  CHECK_FALSE(entente::parse_number(t, 0, false));  // words not allowed
  CHECK(entente::scale_word("thousands", false) == 1e3);
  CHECK(entente::scale_word("mln", false) == 1e6);
  CHECK(entente::scale_word("bln", false) == 1e9);
  CHECK(entente::scale_word("trn", false) == 1e12);
  CHECK(entente::scale_word("lacs", false) == 1e5);
  CHECK(entente::scale_word("crores", false) == 1e7);
  CHECK(entente::scale_word("k", true) == 1e3);
  CHECK(entente::scale_word("b", false) == 0);
  CHECK(entente::scale_word("millionaire", false) == 0);
  CHECK(entente::scale_word("", false) == 0);
}
