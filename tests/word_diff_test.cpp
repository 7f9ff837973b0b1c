// Word differences inside aligned passages.
#include "word_diff.h"

#include <catch2/catch.hpp>

TEST_CASE("a substituted word is marked on both sides") {
  const std::string a = "results will be much more optimistic and nurturing";
  const std::string b = "Results will be much more positive and nurturing";
  const entente::WordDiff d = entente::word_diff(a, b);
  REQUIRE(d.a_only.size() == 1);
  REQUIRE(d.b_only.size() == 1);
  CHECK(a.substr(d.a_only[0].first, d.a_only[0].second - d.a_only[0].first) == "optimistic");
  CHECK(b.substr(d.b_only[0].first, d.b_only[0].second - d.b_only[0].first) == "positive");
}

TEST_CASE("insertions show on one side only; oversized inputs give no differences") {
  const entente::WordDiff d =
      entente::word_diff("relations between Pakistan", "relations and ties between Pakistan");
  CHECK(d.a_only.empty());
  CHECK(d.b_only.size() == 2);
  CHECK(entente::word_diff("a b c", "x y z", 4).a_only.empty());
}
