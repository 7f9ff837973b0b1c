// Lexicon matching: words, wildcards, phrases, hyphen parts, overlap rule; per-1,000 arithmetic.
#include "lexicon_match.h"

#include <catch2/catch.hpp>

#include "rates.h"
#include "test_corpus.h"
#include "tokenize.h"
#include "topics.h"

namespace {

// Hits per topic index.
std::vector<int> counts(const std::string& lexicon_json, const std::string& text) {
  auto lex = entente::parse_lexicon(lexicon_json);
  entente::LexiconMatcher m(lex);
  std::vector<int> out(lex.topics.size(), 0);
  for (const auto& h : m.match(doc_of(text))) ++out[h.topic];
  return out;
}

}  // namespace

TEST_CASE("words match whole tokens case-insensitively") {
  CHECK(counts(R"({"e": ["oil"]})", "Oil, OIL and oil. Oilfield soil") == std::vector<int>{3});
}

TEST_CASE("prefix wildcards match token starts, the stem included") {
  CHECK(counts(R"({"d": ["defen*"]})", "Defence, defense, defensive, defend; undefended.") ==
        std::vector<int>{4});
}

TEST_CASE("phrases match consecutive tokens, not across punctuation") {
  CHECK(counts(R"({"e": ["natural gas", "power plant*"]})",
               "Natural gas and natural  gas; power plants, but natural. Gas and power, plant.") ==
        std::vector<int>{3});
  CHECK(counts(R"({"m": ["joint military exercis*"]})", "a joint military exercises drill") ==
        std::vector<int>{1});
}

TEST_CASE("single-word terms match hyphen parts; hyphenated terms match whole tokens") {
  CHECK(counts(R"({"t": ["terror*"], "p": ["people-to-people"], "n": ["nuclear"]})",
               "counter-terrorism, people-to-people ties, nuclear-armed, people to people") ==
        std::vector<int>{1, 1, 1});
}

TEST_CASE("each token position counts once per topic; the longest term wins") {
  // "joint military exercise" covers "military": one defense hit, not two.
  CHECK(counts(R"({"d": ["military", "joint military exercise"]})", "the joint military exercise began") ==
        std::vector<int>{1});
  // Overlapping terms in one topic: "oil" and "oil*" both match one token: one hit.
  CHECK(counts(R"({"e": ["oil", "oil*"]})", "oil") == std::vector<int>{1});
  // Phrases that overlap left to right: the first takes its tokens.
  CHECK(counts(R"({"x": ["a b", "b c"]})", "xa a b c") == std::vector<int>{1});
  // Topics are independent: a token can count for two topics.
  CHECK(counts(R"({"n": ["nuclear"], "d": ["nuclear weapon*", "weapon*"]})", "nuclear weapons") ==
        std::vector<int>{1, 1});
}

TEST_CASE("curly and straight apostrophes fold alike") {
  CHECK(counts(R"({"x": ["people's"]})", "people’s") == std::vector<int>{0});  // possessive is split off
  CHECK(counts(R"({"x": ["can't", "o'neill"]})", "O’Neill") == std::vector<int>{1});
}

TEST_CASE("per-1,000 arithmetic rounds half up to 2 decimals") {
  CHECK(entente::per_1000(0, 0) == 0.0);
  CHECK(entente::per_1000(1, 1000) == 1.0);
  CHECK(entente::per_1000(9, 422) == 21.33);    // 21.327...
  CHECK(entente::per_1000(1, 3) == 333.33);     // 333.333...
  CHECK(entente::per_1000(2, 3) == 666.67);     // 666.666...
  CHECK(entente::per_1000(1, 80000) == 0.01);   // 0.0125 -> 0.01
  CHECK(entente::per_1000(1, 160000) == 0.01);  // 0.00625 -> 0.01 (half up)
  CHECK(entente::per_1000(1, 400000) == 0.0);   // 0.0025
}

TEST_CASE("count_lexicon_topics: one row per document and topic, running words as denominator") {
  entente::Corpus corpus;
  corpus.docs.push_back(
      doc_of("Oil and gas, oil. The pipeline's end.", 0));  // 7 running words: 's is a clitic
  corpus.docs.push_back(doc_of("Nothing here at all.", 1));
  entente::Document failed;
  failed.id = 2;
  failed.error = "binary file";
  corpus.docs.push_back(failed);
  auto lex = entente::parse_lexicon(R"({"energy": ["oil", "gas", "pipeline*"], "trade": ["export*"]})");
  entente::TopicsResult r;
  entente::count_lexicon_topics(corpus, lex, r);
  REQUIRE(r.frequencies.size() == 6);
  CHECK(r.frequencies[0].topic == "energy");
  CHECK(r.frequencies[0].hits == 4);
  CHECK(r.frequencies[0].per_1000 == 571.43);  // 4 / 7
  CHECK(r.frequencies[4].doc == 2);
  CHECK(r.frequencies[4].hits == 0);
  REQUIRE(r.corpus.size() == 2);
  CHECK(r.corpus[0].hits == 4);
  CHECK(r.corpus[0].per_1000 == 363.64);  // 4 / 11
  CHECK(r.lexicon[0].terms == 3);
}

TEST_CASE("a start cache kept across documents gives each document's own hits") {
  auto lex = entente::parse_lexicon(R"({"e": ["oil", "gas pipeline*"], "d": ["defen*", "missile"]})");
  entente::LexiconMatcher m(lex);
  const entente::Corpus c =
      corpus_of({"Oil and gas pipelines; defence.", "Missile defence, oil-rich gas pipeline", "no hits here",
                 "gas pipeline gas oil"});
  entente::LexiconMatcher::StartCache cache;
  std::size_t total = 0;
  for (const auto& d : c.docs) {
    const auto shared = m.match(d, cache);
    const auto alone = m.match(d);
    REQUIRE(shared.size() == alone.size());
    for (std::size_t i = 0; i < shared.size(); ++i) {
      CHECK(shared[i].topic == alone[i].topic);
      CHECK(shared[i].term == alone[i].term);
      CHECK(shared[i].first_token == alone[i].first_token);
      CHECK(shared[i].token_end == alone[i].token_end);
    }
    total += shared.size();
  }
  CHECK(total == 9);
  CHECK_FALSE(cache.empty());
}
