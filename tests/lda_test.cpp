// SparseLDA sampler: determinism for a fixed seed, slicing, and a planted two-topic corpus.
#include "lda.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <set>

#include "det_math.h"
#include "rng.h"
#include "topics.h"

namespace {

// Documents of words drawn from one of two disjoint vocabularies (docs alternate), as an LdaCorpus.
entente::LdaCorpus planted(int docs, int length, std::uint64_t seed) {
  entente::LdaCorpus c;
  for (int i = 0; i < 20; ++i) c.vocab.push_back("a" + std::to_string(10 + i));  // ids 0..19: topic A
  for (int i = 0; i < 20; ++i) c.vocab.push_back("b" + std::to_string(10 + i));  // ids 20..39: topic B
  entente::Pcg32 rng(seed);
  for (int d = 0; d < docs; ++d) {
    std::vector<std::uint32_t> words;
    for (int i = 0; i < length; ++i) words.push_back((d % 2) * 20 + rng.below(20));
    c.tokens += words.size();
    c.docs.push_back(std::move(words));
  }
  return c;
}

entente::Document doc_of(std::vector<std::string> words, int id) {
  entente::Document d;
  d.id = id;
  for (auto& w : words) {
    entente::Token t;
    t.start = static_cast<std::uint32_t>(d.text.size());
    d.text += w + " ";
    t.end = t.start + static_cast<std::uint32_t>(w.size());
    d.tokens.push_back(t, w);
  }
  return d;
}

}  // namespace

TEST_CASE("Pcg32 is reproducible and next_double is in [0, 1)") {
  entente::Pcg32 a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 1000; ++i) {
    double x = a.next_double();
    CHECK(x == b.next_double());
    differs |= x != c.next_double();
    CHECK((x >= 0.0 && x < 1.0));
    CHECK(a.below(7) < 7u);
    b.below(7);
    c.below(7);
  }
  CHECK(differs);
}

TEST_CASE("LDA is deterministic for a fixed seed") {
  entente::LdaOptions o;
  o.k = 4;
  o.seed = 7;
  entente::GibbsLda x(planted(12, 60, 1), o), y(planted(12, 60, 1), o);
  for (int i = 0; i < 30; ++i) {
    x.sweep();
    y.sweep();
  }
  CHECK(x.top_terms(8) == y.top_terms(8));
  CHECK(x.doc_topic() == y.doc_topic());
  for (std::size_t d = 0; d < 12; ++d) CHECK(x.assignments(d) == y.assignments(d));
  o.seed = 8;
  entente::GibbsLda z(planted(12, 60, 1), o);
  for (int i = 0; i < 30; ++i) z.sweep();
  bool same = true;
  for (std::size_t d = 0; d < 12; ++d) same &= z.assignments(d) == x.assignments(d);
  CHECK_FALSE(same);
}

TEST_CASE("sampling in slices equals sampling whole sweeps") {
  entente::LdaOptions o;
  o.k = 3;
  entente::GibbsLda whole(planted(9, 50, 3), o), sliced(planted(9, 50, 3), o);
  for (int i = 0; i < 5; ++i) whole.sweep();
  while (sliced.sweeps_done() < 5) sliced.run(17);
  CHECK(sliced.sweeps_done() == 5);
  for (std::size_t d = 0; d < 9; ++d) CHECK(sliced.assignments(d) == whole.assignments(d));
}

TEST_CASE("a planted two-topic corpus is separated") {
  entente::LdaOptions o;
  o.k = 2;
  o.seed = 1;
  entente::GibbsLda lda(planted(20, 80, 5), o);
  for (int i = 0; i < 200; ++i) lda.sweep();
  auto theta = lda.doc_topic();
  // Each document is dominated by one topic, and A documents and B documents use different ones.
  int topic_a = theta[0][0] > 0.5 ? 0 : 1;
  for (std::size_t d = 0; d < theta.size(); ++d) {
    int expected = d % 2 == 0 ? topic_a : 1 - topic_a;
    CHECK(theta[d][expected] > 0.95);
  }
  auto terms = lda.top_terms(10);
  for (const auto& t : terms[topic_a]) CHECK(t[0] == 'a');
  for (const auto& t : terms[1 - topic_a]) CHECK(t[0] == 'b');
}

TEST_CASE("det_lgamma matches known values of log Gamma") {
  CHECK(std::fabs(entente::det_lgamma(1.0)) < 1e-13);
  CHECK(std::fabs(entente::det_lgamma(2.0)) < 1e-13);
  CHECK(std::fabs(entente::det_lgamma(0.5) - 0.57236494292470008) < 1e-13);  // log sqrt(pi)
  CHECK(std::fabs(entente::det_lgamma(10.0) - 12.801827480081469) < 1e-12);  // log 9!
  CHECK(std::fabs(entente::det_lgamma(0.01) - 4.5994798780420219) < 1e-12);
  CHECK(std::fabs(entente::det_lgamma(1000.5) / 5908.674175848678 - 1.0) < 1e-13);
  CHECK(entente::det_lgamma(0.0) == 0.0);
}

TEST_CASE("the log-likelihood rises as topics separate and the stopping rule ends sampling early") {
  entente::LdaOptions o;
  o.k = 2;
  o.iterations = 500;
  entente::GibbsLda lda(planted(20, 80, 5), o), fixed(planted(20, 80, 5), o);
  const double start = lda.log_likelihood();
  while (!lda.converged() && lda.sweeps_done() < o.iterations) lda.sweep();
  CHECK(lda.converged());
  CHECK(lda.sweeps_done() >= o.min_sweeps);
  CHECK(lda.sweeps_done() < o.iterations);
  CHECK(lda.sweeps_done() % o.check_every == 0);
  CHECK(lda.log_likelihood() > start);
  // The separated state is far likelier than a random one: the same corpus with topics drawn uniformly.
  entente::LdaOptions one = o;
  one.k = 1;
  CHECK(lda.log_likelihood() > entente::GibbsLda(planted(20, 80, 5), one).log_likelihood());
  // tolerance 0: never converges.
  o.tolerance = 0;
  entente::GibbsLda all(planted(20, 80, 5), o);
  for (int i = 0; i < 60; ++i) all.sweep();
  CHECK_FALSE(all.converged());
}

TEST_CASE("LdaSampler stops at convergence and reports the sweeps it ran") {
  entente::Corpus corpus;
  for (int d = 0; d < 12; ++d)
    corpus.docs.push_back(d % 2 ? doc_of({"oil", "gas", "pipeline", "oil", "refinery", "gas", "barrel"}, d)
                                : doc_of({"troops", "missiles", "drill", "troops", "navy", "army"}, d));
  entente::TopicsOptions o;
  o.lda_k = 2;
  entente::LdaSampler s(corpus, o);
  int calls = 0;
  while (s.sweep()) ++calls;
  CHECK(calls < o.lda_iterations);
  CHECK(s.result().iterations == calls);
  o.lda_tolerance = 0;
  o.lda_iterations = 50;
  entente::LdaSampler all(corpus, o);
  calls = 0;
  while (all.sweep()) ++calls;
  CHECK(calls == 50);
}

TEST_CASE("LdaSampler over a corpus: stop words removed, failed documents get zero rows") {
  entente::Corpus corpus;
  corpus.docs.push_back(doc_of({"the", "oil", "gas", "pipeline", "of", "oil"}, 0));
  corpus.docs.push_back(doc_of({"troops", "and", "missiles", "troops"}, 1));
  entente::Document failed;
  failed.id = 2;
  failed.error = "empty file";
  corpus.docs.push_back(failed);
  entente::TopicsOptions o;
  o.lda_k = 2;
  o.lda_iterations = 20;
  entente::LdaSampler s(corpus, o);
  CHECK(s.tokens() == 7);
  int calls = 0;
  while (s.sweep()) ++calls;
  CHECK(calls == 20);
  auto r = s.result();
  CHECK(r.k == 2);
  CHECK(r.iterations == 20);
  REQUIRE(r.doc_topic.size() == 3);
  CHECK(r.doc_topic[2] == std::vector<double>{0, 0});
  std::set<std::string> all;
  for (const auto& t : r.topics) all.insert(t.top_terms.begin(), t.top_terms.end());
  CHECK(all == std::set<std::string>{"gas", "missiles", "oil", "pipeline", "troops"});
}

TEST_CASE("LdaSampler: k 0 turns sampling off; bad k throws") {
  entente::Corpus corpus;
  entente::TopicsOptions o;
  o.lda_k = 0;
  entente::LdaSampler off(corpus, o);
  CHECK_FALSE(off.sweep());
  CHECK(off.result().k == 0);
  o.lda_k = -1;
  CHECK_THROWS_AS(entente::LdaSampler(corpus, o), std::invalid_argument);
}

TEST_CASE("the dense sampler's chain visits each assignment as often as the posterior p(z | w) says") {
  // Three tokens, so every assignment can be listed: a Gibbs chain that draws from the exact conditionals
  // spends in each state a share proportional to p(w, z) = exp(log_likelihood()). A draw that counted the
  // token itself, or a stale 1 / (beta V + n_t), would shift those shares far beyond the tolerance.
  for (int k : {2, 3}) {
    entente::LdaCorpus c;
    c.vocab = {"x", "y"};
    c.docs = {{0, 1}, {0}};
    c.tokens = 3;
    entente::LdaOptions o;
    o.k = k;
    o.alpha = 0.5;
    o.beta = 0.5;
    o.tolerance = 0;
    entente::GibbsLda lda(c, o);
    std::map<int, int> visits;
    std::map<int, double> log_p;
    const int sweeps = 200000;
    for (int i = 0; i < sweeps; ++i) {
      lda.sweep();
      const int state = (lda.assignments(0)[0] * k + lda.assignments(0)[1]) * k + lda.assignments(1)[0];
      ++visits[state];
      log_p[state] = lda.log_likelihood();
    }
    REQUIRE(visits.size() == static_cast<std::size_t>(k * k * k));
    double z = 0;
    for (const auto& [state, lp] : log_p) z += std::exp(lp);
    for (const auto& [state, n] : visits) {
      INFO("k " << k << ", state " << state);
      CHECK(static_cast<double>(n) / sweeps == Approx(std::exp(log_p[state]) / z).margin(0.01));
    }
  }
}
