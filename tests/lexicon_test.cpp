// Lexicon parsing: both shapes, term checks, and errors that name the line.
#include "lexicon.h"

#include <catch2/catch.hpp>

using entente::LexiconError;
using entente::parse_lexicon;

namespace {

// The line reported for a bad lexicon, or -1 if it parsed.
int error_line(const std::string& json) {
  try {
    parse_lexicon(json);
  } catch (const LexiconError& e) {
    return e.line();
  }
  return -1;
}

std::string error_text(const std::string& json) {
  try {
    parse_lexicon(json);
  } catch (const LexiconError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("long and short lexicon forms parse") {
  auto lex = parse_lexicon(R"({"name": "mine", "topics": [
    {"id": "energy", "label": "Energy", "terms": ["oil", "gas*", "power  plant"]},
    {"id": "defense", "terms": ["defen*"]}]})");
  REQUIRE(lex.topics.size() == 2);
  CHECK(lex.name == "mine");
  CHECK(lex.topics[0].label == "Energy");
  CHECK(lex.topics[0].terms[2] == "power plant");  // spaces collapsed
  CHECK(lex.topics[1].label == "defense");         // label defaults to the id
  auto short_form = parse_lexicon(R"({"energy": ["oil"], "trade": ["export*", "free trade"]})");
  REQUIRE(short_form.topics.size() == 2);
  CHECK(short_form.topics[1].terms.size() == 2);
}

TEST_CASE("lexicon round-trips through lexicon_to_json") {
  auto lex =
      parse_lexicon(R"({"topics": [{"id": "a", "label": "A b", "terms": ["xy*", "y z", "caf\u00e9"]}]})");
  auto again = parse_lexicon(entente::lexicon_to_json(lex));
  REQUIRE(again.topics.size() == 1);
  CHECK(again.topics[0].label == "A b");
  CHECK(again.topics[0].terms == lex.topics[0].terms);
}

TEST_CASE("lexicon syntax errors name the line") {
  CHECK(error_line("{\n  \"energy\": [\"oil\",\n  \"gas\"\n  \"coal\"]\n}") == 4);  // missing comma
  CHECK(error_line("{\n\"energy\": [\"oil\"],\n}") == 3);                           // trailing comma
  CHECK(error_line("{\"energy\": [\"oil\n\"]}") == 1);                              // line break in a string
  CHECK(error_line("") == 1);
  CHECK(error_text("{\n\"a\": [\"x\"]\n]").find("lexicon line 3:") == 0);
}

TEST_CASE("lexicon structure errors name the line of the bad value") {
  const char* bad_term = R"({"topics": [
    {"id": "energy",
     "terms": ["oil",
               "g*s"]}]})";
  CHECK(error_line(bad_term) == 4);
  CHECK(error_text(bad_term).find("'*' may only end a word") != std::string::npos);
  CHECK(error_line("{\"topics\": [\n{\"id\": \"Energy!\", \"terms\": []}]}") == 2);  // bad id
  CHECK(error_line(
            "{\"topics\": [\n{\"id\": \"a\", \"terms\": [\"x\"]},\n{\"id\": \"a\", \"terms\": [\"y\"]}]}") ==
        3);                                                                          // duplicate id
  CHECK(error_line("{\"a\": [\"oil\",\n \"OIL\"]}") == 2);                           // duplicate term
  CHECK(error_line("{\"a\": [\"oil\",\n 3]}") == 2);                                 // not a string
  CHECK(error_line("{\"a\": [\"*\"]}") == 1);                                        // bare wildcard
  CHECK(error_line("{\"a\": [\"d*\"]}") == 1);                                       // too short a stem
  CHECK(error_line("{\"topics\": [\n{\"id\": \"a\",\n \"term\": [\"x\"]}]}") == 3);  // unknown field
  CHECK(error_line("{\"topics\": []}") == 1);                                        // no topics
  CHECK(error_line("[1, 2]") == 1);
}

TEST_CASE("term_problem accepts words, wildcards and phrases") {
  CHECK(entente::term_problem("defen*").empty());
  CHECK(entente::term_problem("joint military exercis*").empty());
  CHECK(entente::term_problem("u.s.").empty());
  CHECK(entente::term_problem("people-to-people").empty());
  CHECK_FALSE(entente::term_problem("").empty());
  CHECK_FALSE(entente::term_problem("--").empty());
  CHECK_FALSE(entente::term_problem("a b c d e f g h i").empty());
}

TEST_CASE("the default lexicon parses and has the required topics") {
  auto lex = entente::default_lexicon();
  for (const char* id :
       {"defense", "energy", "trade", "terrorism", "afghanistan", "diplomacy", "infrastructure", "health",
        "nuclear", "technology", "culture", "great_powers", "india", "china"}) {
    bool found = false;
    for (const auto& t : lex.topics) found |= t.id == id && t.terms.size() >= 15;
    CHECK(found);
  }
}
