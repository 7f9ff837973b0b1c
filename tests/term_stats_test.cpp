// Term statistics: top terms, per 1,000, TF-IDF distinctive terms; deterministic log.
#include "term_stats.h"

#include <catch2/catch.hpp>

#include "det_math.h"
#include "test_corpus.h"
#include "tokenize.h"

TEST_CASE("det_log matches the natural logarithm") {
  for (double x : {1e-9, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 10.0, 1234.5, 1e12})
    CHECK(entente::det_log(x) == Approx(std::log(x)).epsilon(1e-14));
  CHECK(entente::det_log(1.0) == 0.0);
}

TEST_CASE("term stats: stop words and numbers out, counts ranked, per 1,000") {
  entente::Corpus c;
  c.docs.push_back(doc_of("The oil and the gas. Oil prices rose in 2019; oil is oil.", 0));
  c.docs.push_back(doc_of("Gas and troops. Troops moved.", 1));
  auto s = entente::term_stats(c, entente::StopWords::english(), {});
  REQUIRE(s.corpus.size() >= 3);
  CHECK(s.corpus[0].term == "oil");
  CHECK(s.corpus[0].count == 4);
  CHECK(s.corpus[0].per_1000 == 222.22);  // 4 of 18 running words (2019 counts as a running word)
  CHECK(s.corpus[1].term == "gas");       // 2, ties broken alphabetically before "troops"
  CHECK(s.corpus[2].term == "troops");
  REQUIRE(s.per_doc.size() == 2);
  CHECK(s.per_doc[1].terms[0].term == "troops");
  CHECK(s.per_doc[1].terms[0].per_1000 == 400.0);
}

TEST_CASE("distinctive terms rank by tf-idf and skip terms found everywhere") {
  entente::Corpus c;
  c.docs.push_back(doc_of("energy energy energy pipeline russia", 0));
  c.docs.push_back(doc_of("troops russia russia russia", 1));
  c.docs.push_back(doc_of("troops vaccine russia", 2));
  auto s = entente::term_stats(c, entente::StopWords::english(), {});
  REQUIRE(s.distinctive.size() == 3);
  CHECK(s.distinctive[0].terms == std::vector<std::string>{"energy", "pipeline"});
  CHECK(s.distinctive[0].tf_idf[0] == Approx(3 * std::log(3.0)).margin(0.001));
  CHECK(s.distinctive[1].terms == std::vector<std::string>{"troops"});
  CHECK(s.distinctive[2].terms == std::vector<std::string>{"vaccine", "troops"});
}
