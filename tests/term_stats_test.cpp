// Term statistics: top terms, per 1,000, TF-IDF distinctive terms; deterministic log.
#include "term_stats.h"

#include <catch2/catch.hpp>

#include "det_math.h"
#include "lda_corpus.h"
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

TEST_CASE("short rankings are the first entries of the full rankings, ties by term") {
  const entente::Corpus c = corpus_of({"delta alpha charlie bravo alpha charlie echo delta foxtrot",
                                       "bravo bravo charlie golf hotel alpha", "india juliet golf golf"});
  entente::TermStatsOptions full{100, 100, 100}, cut{2, 3, 1};
  const auto all = entente::term_stats(c, entente::StopWords::english(), full);
  const auto few = entente::term_stats(c, entente::StopWords::english(), cut);
  REQUIRE(few.corpus.size() == 2);
  CHECK(few.corpus[0].term == "alpha");  // alpha, bravo, charlie, golf: 3 each; alphabetical
  CHECK(few.corpus[1].term == "bravo");
  for (std::size_t d = 0; d < c.docs.size(); ++d) {
    REQUIRE(few.per_doc[d].terms.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(few.per_doc[d].terms[i].term == all.per_doc[d].terms[i].term);
    REQUIRE(few.distinctive[d].terms.size() == 1);
    CHECK(few.distinctive[d].terms[0] == all.distinctive[d].terms[0]);
  }
  CHECK(few.per_doc[0].terms[0].term == "alpha");  // alpha, charlie, delta: 2 each
  CHECK(few.per_doc[0].terms[2].term == "delta");
}

TEST_CASE("lda_corpus_of: one sorted vocabulary, ids in text order, failed documents empty") {
  entente::Corpus c = corpus_of({"Troops and oil; the OIL of troops.", "", "gas, oil"});
  c.docs[1].error = "empty file";
  const auto counts = entente::count_corpus_terms(c, entente::StopWords::english());
  REQUIRE(counts.size() == 3);
  CHECK(counts[0].terms == std::vector<std::string>{"oil", "troops"});
  CHECK(counts[0].sequence == std::vector<std::uint32_t>{1, 0, 0, 1});
  const entente::LdaCorpus lda = entente::lda_corpus_of(counts);
  CHECK(lda.vocab == std::vector<std::string>{"gas", "oil", "troops"});
  CHECK(lda.docs[0] == std::vector<std::uint32_t>{2, 1, 1, 2});
  CHECK(lda.docs[1].empty());
  CHECK(lda.docs[2] == std::vector<std::uint32_t>{0, 1});
  CHECK(lda.tokens == 6);
  const entente::LdaCorpus direct = entente::make_lda_corpus(c, entente::StopWords::english());
  CHECK(direct.vocab == lda.vocab);
  CHECK(direct.docs == lda.docs);
}

TEST_CASE(
    "lda_corpus_of: from kLdaCommonTermMinDocs documents on, terms in more than half of them are left out") {
  // "talks" in every document, "pipeline" in exactly half, "grain" in one: only "talks" goes.
  const std::size_t n = entente::kLdaCommonTermMinDocs;
  std::vector<std::string> texts;
  for (std::size_t d = 0; d < n; ++d)
    texts.push_back(std::string("Talks. ") + (d % 2 ? "Pipeline talks. " : "") + (d == 0 ? "Grain." : ""));
  const entente::LdaCorpus many = entente::make_lda_corpus(corpus_of(texts), entente::StopWords::english());
  CHECK(many.vocab == std::vector<std::string>{"grain", "pipeline"});
  CHECK(many.docs[0] == std::vector<std::uint32_t>{0});
  CHECK(many.docs[1] == std::vector<std::uint32_t>{1});
  CHECK(many.docs[2].empty());
  CHECK(many.tokens == n / 2 + 1);

  texts.pop_back();  // one document fewer: every term stays
  const entente::LdaCorpus few = entente::make_lda_corpus(corpus_of(texts), entente::StopWords::english());
  CHECK(few.vocab == std::vector<std::string>{"grain", "pipeline", "talks"});
  CHECK(few.docs[1] == std::vector<std::uint32_t>{2, 1, 2});
}
