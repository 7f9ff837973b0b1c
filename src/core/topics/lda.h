// Latent Dirichlet allocation by collapsed Gibbs sampling. Two exact samplers of the same conditional:
// for k <= kDenseMaxTopics a dense one (word-topic counts in a flat table, one pass over the k topics per
// token: fastest when k is small), above it the SparseLDA bucket decomposition (Yao, Mimno & McCallum 2009;
// as in MALLET): the sampling mass splits into a smoothing bucket s, a document bucket r over the document's
// topics and a word bucket q over the word's topics, so most draws touch only the few topics a word or
// document uses. Tokens start from one sequential pass that draws each from the counts so far (instead of
// uniform topics), which cuts the sweeps needed to converge. Deterministic: own PCG32 generator, fixed order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "lda_corpus.h"
#include "rng.h"

namespace entente {

struct LdaOptions {
  int k = 8;               // number of topics, 1..1000
  std::uint64_t seed = 1;  // the same seed and corpus give the same topics
  int iterations = 500;    // sweeps over all tokens, at most
  // Stopping rule: every `check_every` sweeps (from `min_sweeps` on) log_likelihood() is compared with its
  // value one check earlier; sampling has converged once it rose by less than `tolerance` times its
  // magnitude. tolerance 0 never converges (all `iterations` run).
  int check_every = 20;
  int min_sweeps = 40;
  double tolerance = 1e-3;
  double alpha = 0.1;  // symmetric document-topic prior
  double beta = 0.01;  // symmetric topic-word prior
};

// Largest k sampled densely (see the file comment).
constexpr int kDenseMaxTopics = 48;

class GibbsLda {
 public:
  // Assigns every token a topic by one sequential pass (each token drawn from the counts of the tokens
  // before it). Throws std::invalid_argument when options.k is outside 1..1000.
  GibbsLda(LdaCorpus corpus, const LdaOptions& options);

  // Samples up to `max_tokens` tokens (at least one when any remain), continuing the current sweep where the
  // last call stopped; a sweep that ends increments sweeps_done(). Returns the number of tokens sampled.
  std::size_t run(std::size_t max_tokens);
  // Finishes the current sweep (or runs a whole one).
  void sweep();
  int sweeps_done() const { return sweeps_; }
  // True once the stopping rule of LdaOptions has fired (checked as each sweep ends).
  bool converged() const { return converged_; }
  const LdaCorpus& corpus() const { return corpus_; }

  // log p(w, z): the log probability of the words and the current topic assignments, with the topic and
  // document distributions integrated out (Griffiths & Steyvers 2004). Rises while the sampler converges,
  // then levels off. Built from det_math only, so it is bit-identical natively and in wasm.
  double log_likelihood() const;

  // The `n` most frequent terms of each topic (ties: alphabetical).
  std::vector<std::vector<std::string>> top_terms(std::size_t n) const;
  // Per document: (n_dt + alpha) / (n_d + k alpha) rounded to 4 decimals; all zeros for a document with no
  // terms.
  std::vector<std::vector<double>> doc_topic() const;
  // The current topic of each token of document d (for tests).
  const std::vector<std::uint16_t>& assignments(std::size_t d) const { return z_[d]; }

 private:
  struct Entry {
    std::uint32_t count;
    std::uint16_t topic;
  };

  void begin_doc();
  void end_doc();
  void sample_token(std::uint32_t word, std::uint16_t& topic);
  void change(std::uint32_t word, int topic, int delta);
  int draw(std::uint32_t word);
  int draw_dense(std::uint32_t word, int own, double own_coef);
  void add_word_topic(std::uint32_t word, int topic);
  void remove_word_topic(std::uint32_t word, int topic);
  // Per word, its nonzero topic counts (either layout).
  std::vector<std::vector<Entry>> word_topic_lists() const;

  LdaCorpus corpus_;
  LdaOptions options_;
  int k_;
  double beta_v_;  // beta * vocabulary size
  Pcg32 rng_;
  std::vector<std::vector<std::uint16_t>> z_;  // topic of each token
  bool dense_;
  std::vector<std::vector<Entry>> word_topics_;  // sparse: per word, nonzero topic counts, count descending
  std::vector<std::int32_t> word_topic_table_;   // dense: n_wt at [w * k + t]
  std::vector<double> inv_totals_;               // dense: 1 / (beta_v + n_t)
  std::vector<double> inv_less_;                 // dense: 1 / (beta_v + n_t - 1)
  std::vector<double> cumulative_;               // dense: running sums of the current draw's weights
  std::vector<std::int64_t> topic_totals_;       // n_t
  // Current document (sampling state that persists across run() calls).
  std::size_t doc_ = 0, pos_ = 0;
  bool in_doc_ = false;
  std::vector<std::int32_t> local_;  // n_dt
  std::vector<int> doc_topics_;      // topics with n_dt > 0
  std::vector<double> coef_;         // (alpha + n_dt) / (beta_v + n_t)
  std::vector<double> q_;            // q-bucket weights of the current word's entries
  double s_ = 0, r_ = 0;
  int sweeps_ = 0;
  bool converged_ = false;
  double checked_ll_ = 0;  // log_likelihood() at the last check
  void check_convergence();
};

}  // namespace entente
