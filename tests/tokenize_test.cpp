// Tokenizer: offsets, abbreviations, numbers, hyphens, apostrophes, spaces.
#include "tokenize.h"

#include <catch2/catch.hpp>

namespace {

std::vector<std::string> texts(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& t : entente::tokenize(s)) out.emplace_back(s.substr(t.start, t.end - t.start));
  return out;
}

}  // namespace

using V = std::vector<std::string>;

TEST_CASE("words and punctuation with byte offsets") {
  auto t = entente::tokenize("Gas, oil.");
  REQUIRE(t.size() == 4);
  CHECK(t[0].start == 0);
  CHECK(t[0].end == 3);
  CHECK(t.lower(0) == "gas");
  CHECK(t[1].kind == entente::TokenKind::Punct);
  CHECK(t[3].start == 8);
}

TEST_CASE("dotted abbreviations are one token") {
  CHECK(texts("the U.S. and e.g. UK") == V{"the", "U.S.", "and", "e.g.", "UK"});
}

TEST_CASE("titles keep their dot as punctuation") {
  CHECK(texts("Mr. Putin") == V{"Mr", ".", "Putin"});
}

TEST_CASE("decimals and thousands stay in one number") {
  CHECK(texts("$1.5 billion, 1,300-km") == V{"$", "1.5", "billion", ",", "1,300-km"});
  CHECK(entente::tokenize("1,300-km")[0].kind == entente::TokenKind::Number);
}

TEST_CASE("hyphenated words are one token") {
  CHECK(texts("step-up co-operation Mi-35") == V{"step-up", "co-operation", "Mi-35"});
}

TEST_CASE("a curly possessive is split off as a clitic") {
  auto t = entente::tokenize("Pakistan\xE2\x80\x99s");
  REQUIRE(t.size() == 2);
  CHECK(t.lower(t[0]) == "pakistan");
  CHECK(t[1].kind == entente::TokenKind::Clitic);
  CHECK(t.lower(1) == "'s");
}

TEST_CASE("non-breaking spaces separate tokens") {
  CHECK(texts("50\xC2\xA0MW") == V{"50", "MW"});
}

TEST_CASE("currency symbols are their own tokens") {
  auto t = entente::tokenize(
      "\xE2\x82\xB9"
      "500 \xE2\x82\xAC"
      "3");
  REQUIRE(t.size() == 4);
  CHECK(t[0].kind == entente::TokenKind::Symbol);
  CHECK(t[2].kind == entente::TokenKind::Symbol);
}

TEST_CASE("lower-casing folds Latin and Cyrillic capitals") {
  CHECK(entente::fold_lower("\xC3\x89LYS\xC3\x89"
                            "E") ==
        "\xC3\xA9lys\xC3\xA9"
        "e");
  CHECK(entente::fold_lower("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") ==
        "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}

TEST_CASE("lower-casing an ASCII start then a non-ASCII tail folds both") {
  CHECK(entente::fold_lower("ABC-Def") == "abc-def");
  CHECK(entente::fold_lower("") == "");
  CHECK(entente::fold_lower("CAF\xC3\x89S") == "caf\xC3\xA9s");
  CHECK(entente::fold_lower("US\xE2\x80\x99S") == "us's");  // curly apostrophe folded to '
  CHECK(entente::fold_lower("Co\xE2\x80\x90OP") == "co-op");
}

TEST_CASE("a bullet is a punctuation token") {
  auto t = entente::tokenize("\xE2\x80\xA2 Energy");
  REQUIRE(t.size() == 2);
  CHECK(t[0].kind == entente::TokenKind::Punct);
}
