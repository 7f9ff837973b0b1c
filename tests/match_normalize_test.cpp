// Matching forms: spelling variants fold together, offsets map back to source tokens.
#include "match_normalize.h"

#include <catch2/catch.hpp>

#include "tokenize.h"

using entente::normalize_word;

TEST_CASE("dots, apostrophes and digit commas are dropped") {
  CHECK(normalize_word("u.s.") == "us");
  CHECK(normalize_word("us") == "us");
  CHECK(normalize_word("1,300") == "1300");
  CHECK(normalize_word("pakistan's") == normalize_word("pakistan"));
}

TEST_CASE("british and american spellings fold together") {
  CHECK(normalize_word("realise") == normalize_word("realize"));
  CHECK(normalize_word("organisation") == normalize_word("organization"));
  CHECK(normalize_word("revitalised") == normalize_word("revitalized"));
  CHECK(normalize_word("neighbour") == normalize_word("neighbor"));
  CHECK(normalize_word("neighbours") == normalize_word("neighbors"));
  CHECK(normalize_word("favourable") == normalize_word("favorable"));
  CHECK(normalize_word("centre") == normalize_word("center"));
  CHECK(normalize_word("travelled") == normalize_word("traveled"));
  CHECK(normalize_word("programme") == normalize_word("program"));
  CHECK(normalize_word("dialogue") == normalize_word("dialog"));
}

TEST_CASE("short words are left alone") {
  CHECK(normalize_word("four") == "four");
  CHECK(normalize_word("our") == "our");
  CHECK(normalize_word("this") == "this");
  CHECK(normalize_word("crisis") == "crisis");
  CHECK(normalize_word("us") == "us");
}

TEST_CASE("plurals fold to the singular") {
  CHECK(normalize_word("groups") == "group");
  CHECK(normalize_word("countries") == "country");
  CHECK(normalize_word("interests") == "interest");
}

TEST_CASE("hyphenated words join when the corpus writes them closed, else split") {
  entente::Corpus c;
  for (const char* t : {"economic co-operation and object-oriented design", "cooperation"}) {
    entente::Document d;
    d.text = t;
    d.tokens = entente::tokenize(d.text);
    c.docs.push_back(d);
  }
  const auto vocab = entente::build_join_vocabulary(c);
  const entente::MatchSeq seq = entente::normalize_for_matching(c.docs[0], vocab);
  // economic, cooperation, and, object, oriented, design
  REQUIRE(seq.size() == 6);
  CHECK(seq.token[1] == 1);
  CHECK(seq.token[3] == 3);
  CHECK(seq.token[4] == 3);
  CHECK((seq.flags[2] & entente::kMatchStop) != 0);
  const entente::MatchSeq closed = entente::normalize_for_matching(c.docs[1], vocab);
  CHECK(closed.word[0] == seq.word[1]);
}

TEST_CASE("n't reads as not; punctuation is dropped") {
  entente::Document d;
  d.text = "They didn't sign, did they?";
  d.tokens = entente::tokenize(d.text);
  const entente::MatchSeq seq = entente::normalize_for_matching(d, {});
  CHECK(seq.size() == 5);
}

TEST_CASE("a normalize cache gives what normalizing without it gives, across documents and as it grows") {
  entente::Corpus c;
  std::string many;  // enough distinct words to grow the cache's table past its first size several times
  for (int i = 0; i < 3000; ++i) many += "word" + std::to_string(i) + (i % 7 == 0 ? "-co-op " : " ");
  for (const std::string& t :
       {std::string("The co-operation talks didn't stall; the talks went on."),
        std::string("Cooperation, not object-oriented talk, won the day."), many, many}) {
    entente::Document d;
    d.text = t;
    d.tokens = entente::tokenize(d.text);
    c.docs.push_back(d);
  }
  const auto vocab = entente::build_join_vocabulary(c);
  entente::NormalizeCache cache;
  for (const entente::Document& d : c.docs) {
    const entente::MatchSeq plain = entente::normalize_for_matching(d, vocab);
    const entente::MatchSeq cached = entente::normalize_for_matching(d, vocab, &cache);
    CHECK(cached.token == plain.token);
    CHECK(cached.word == plain.word);
    CHECK(cached.flags == plain.flags);
  }
}
