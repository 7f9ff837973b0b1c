// KWIC lines: context of six running words, offsets, topic and term look-ups.
#include "kwic.h"

#include <catch2/catch.hpp>

#include "test_corpus.h"
#include "tokenize.h"

TEST_CASE("kwic_term gives six running words each side and the hit's offsets") {
  auto c =
      corpus_of({"one two three, four five six seven   eight GAS pipeline nine ten eleven twelve thirteen "
                 "fourteen fifteen"});
  auto lines = entente::kwic_term(c, "gas pipeline*", {});
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].left == "three, four five six seven eight");
  CHECK(lines[0].hit == "GAS pipeline");
  CHECK(lines[0].right == "nine ten eleven twelve thirteen fourteen");
  CHECK(c.docs[0].text.substr(lines[0].start, lines[0].end - lines[0].start) == "GAS pipeline");
  CHECK(lines[0].term == "gas pipeline*");
  CHECK(lines[0].topic.empty());
}

TEST_CASE("kwic_topic follows the counting rules and filters by document") {
  auto c = corpus_of({"Oil here.", "Gas and oil, natural gas."});
  auto lex = entente::parse_lexicon(R"({"energy": ["oil", "gas", "natural gas"], "trade": ["export*"]})");
  auto all = entente::kwic_topic(c, lex, "energy", {});
  REQUIRE(all.size() == 4);
  CHECK(all[0].doc == 0);
  CHECK(all[3].term == "natural gas");
  CHECK(all[3].topic == "energy");
  entente::KwicOptions only1;
  only1.doc = 1;
  CHECK(entente::kwic_topic(c, lex, "energy", only1).size() == 3);
  CHECK(entente::kwic_topic(c, lex, "nope", {}).empty());
  CHECK_THROWS_AS(entente::kwic_term(c, "*", {}), entente::LexiconError);
}
