// TokenList: lowered forms kept in one buffer survive copies and moves of the list and of its Document.
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "text.h"
#include "tokenize.h"

namespace {

std::vector<std::string> lowers(const entente::TokenList& tokens) {
  std::vector<std::string> out;
  for (const entente::Token& t : tokens) out.emplace_back(tokens.lower(t));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("each token's lowered form is read back, short and long, in order") {
  const std::string long_word(300, 'Q');
  entente::TokenList t = entente::tokenize("Gas, OIL and " + long_word + " \xC3\x89LYS\xC3\x89" + "E.");
  CHECK(lowers(t) == V{"gas", ",", "oil", "and", std::string(300, 'q'),
                       "\xC3\xA9lys\xC3\xA9"
                       "e",
                       "."});
  CHECK(t.lower(4).size() == 300);
  CHECK(t.lower(t.back()) == ".");
}

TEST_CASE("lowered forms survive copying and moving a Document, and a copied Token reads the same") {
  entente::Document a;
  a.text = "Pakistan and RUSSIA signed a co-operation deal worth billions";
  a.tokens = entente::tokenize(a.text);
  const V expected = lowers(a.tokens);
  REQUIRE(expected.size() == 9);
  entente::Document copy = a;
  entente::Document moved = std::move(a);
  a = entente::Document{};  // the moved-from document is reused and dropped: the others keep their forms
  CHECK(lowers(copy.tokens) == expected);
  CHECK(lowers(moved.tokens) == expected);
  std::vector<entente::Document> docs(1, copy);
  for (int i = 0; i < 50; ++i) docs.push_back(docs.back());  // reallocations move the lists
  CHECK(lowers(docs.back().tokens) == expected);
  const entente::Token token = moved.tokens[2];
  CHECK(copy.tokens.lower(token) == "russia");
}

TEST_CASE("push_back keeps forms apart, an empty form reads empty, a NUL ends a form, clear empties") {
  entente::TokenList t;
  entente::Token x;
  x.end = 1;
  t.push_back(x, "ab");
  t.push_back(x, "");
  t.push_back(x, std::string("c\0d", 3));
  t.push_back(x, "ef");
  CHECK(lowers(t) == V{"ab", "", "c", "ef"});
  CHECK(t[3].lower_at == 6);  // "ab", "", "c" and their NULs before it
  t.shrink_to_fit();
  CHECK(lowers(t) == V{"ab", "", "c", "ef"});
  t.clear();
  CHECK(t.empty());
  t.push_back(x, "gh");
  CHECK(lowers(t) == V{"gh"});
}
