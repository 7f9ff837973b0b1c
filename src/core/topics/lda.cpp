// Collapsed Gibbs samplers of lda.h: dense for small k, SparseLDA above kDenseMaxTopics (the sampling steps;
// what the counts say is read in lda_model.cpp, the input built in lda_corpus.cpp).
//
// For a token of word w in document d, with the token's own assignment removed, the topic weight is
// (SparseLDA splits it into three buckets)
//   (alpha + n_dt)(beta + n_wt) / (beta_v + n_t)
//     = alpha beta / (beta_v + n_t)                 s: every topic, changes slowly
//     + n_dt beta / (beta_v + n_t)                  r: only the document's topics
//     + (alpha + n_dt) n_wt / (beta_v + n_t)        q: only the word's topics, via coef_[t]
// s and r are kept up to date incrementally and recomputed at each document start.
#include "lda.h"

#include <algorithm>
#include <stdexcept>

namespace entente {

GibbsLda::GibbsLda(LdaCorpus corpus, const LdaOptions& options)
    : corpus_(std::move(corpus)), options_(options), k_(options.k), rng_(options.seed) {
  if (k_ < 1 || k_ > 1000) throw std::invalid_argument("the number of topics must be between 1 and 1000");
  dense_ = k_ <= kDenseMaxTopics;
  beta_v_ = options_.beta * static_cast<double>(corpus_.vocab.size());
  if (dense_) {
    word_topic_table_.assign(corpus_.vocab.size() * static_cast<std::size_t>(k_), 0);
    inv_totals_.assign(k_, beta_v_ > 0 ? 1.0 / beta_v_ : 0.0);
    inv_less_.assign(k_, 0.0);  // set as tokens arrive (read only for a topic that holds a token)
    cumulative_.assign(k_, 0.0);
  } else {
    word_topics_.resize(corpus_.vocab.size());
  }
  topic_totals_.assign(k_, 0);
  local_.assign(k_, 0);
  coef_.assign(k_, 0.0);
  z_.resize(corpus_.docs.size());
  for (doc_ = 0; doc_ < corpus_.docs.size(); ++doc_) {  // sequential initialization
    begin_doc();
    for (std::uint32_t word : corpus_.docs[doc_]) {
      const int t = dense_ ? draw_dense(word, -1, 0.0) : draw(word);
      change(word, t, +1);
      z_[doc_].push_back(static_cast<std::uint16_t>(t));
    }
  }
  doc_ = 0;
  in_doc_ = false;
}

void GibbsLda::add_word_topic(std::uint32_t word, int topic) {
  std::vector<Entry>& list = word_topics_[word];
  std::size_t j = 0;
  while (j < list.size() && list[j].topic != topic) ++j;
  if (j == list.size()) list.push_back({0, static_cast<std::uint16_t>(topic)});
  ++list[j].count;
  for (; j > 0 && list[j - 1].count < list[j].count; --j) std::swap(list[j - 1], list[j]);
}

void GibbsLda::remove_word_topic(std::uint32_t word, int topic) {
  std::vector<Entry>& list = word_topics_[word];
  std::size_t j = 0;
  while (list[j].topic != topic) ++j;  // present: the token being removed holds it
  if (--list[j].count == 0) {
    list.erase(list.begin() + static_cast<std::ptrdiff_t>(j));
    return;
  }
  for (; j + 1 < list.size() && list[j + 1].count > list[j].count; ++j) std::swap(list[j], list[j + 1]);
}

void GibbsLda::begin_doc() {
  std::fill(local_.begin(), local_.end(), 0);
  for (std::uint16_t t : z_[doc_]) ++local_[t];
  in_doc_ = true;
  if (dense_) {
    for (int t = 0; t < k_; ++t) coef_[t] = (options_.alpha + local_[t]) * inv_totals_[t];
    return;
  }
  doc_topics_.clear();
  s_ = 0;
  r_ = 0;
  double ab = options_.alpha * options_.beta;
  for (int t = 0; t < k_; ++t) {
    double denom = beta_v_ + static_cast<double>(topic_totals_[t]);
    s_ += ab / denom;
    if (local_[t] > 0) {
      doc_topics_.push_back(t);
      r_ += options_.beta * local_[t] / denom;
    }
    coef_[t] = (options_.alpha + local_[t]) / denom;
  }
}

void GibbsLda::end_doc() {
  in_doc_ = false;
  pos_ = 0;
  if (++doc_ == z_.size()) {
    doc_ = 0;
    ++sweeps_;
    check_convergence();
  }
}

// Moves one token of `word` into (delta +1) or out of (delta -1) `topic`, keeping s, r and coef_ current.
void GibbsLda::change(std::uint32_t word, int topic, int delta) {
  if (dense_) {
    topic_totals_[topic] += delta;
    local_[topic] += delta;
    word_topic_table_[word * static_cast<std::size_t>(k_) + topic] += delta;
    inv_totals_[topic] = 1.0 / (beta_v_ + static_cast<double>(topic_totals_[topic]));
    inv_less_[topic] = 1.0 / (beta_v_ + static_cast<double>(topic_totals_[topic] - 1));
    coef_[topic] = (options_.alpha + local_[topic]) * inv_totals_[topic];
    return;
  }
  double ab = options_.alpha * options_.beta;
  double denom = beta_v_ + static_cast<double>(topic_totals_[topic]);
  s_ -= ab / denom;
  r_ -= options_.beta * local_[topic] / denom;
  topic_totals_[topic] += delta;
  local_[topic] += delta;
  if (delta > 0) {
    add_word_topic(word, topic);
    if (local_[topic] == 1) doc_topics_.push_back(topic);
  } else {
    remove_word_topic(word, topic);
    if (local_[topic] == 0) doc_topics_.erase(std::find(doc_topics_.begin(), doc_topics_.end(), topic));
  }
  denom = beta_v_ + static_cast<double>(topic_totals_[topic]);
  s_ += ab / denom;
  r_ += options_.beta * local_[topic] / denom;
  coef_[topic] = (options_.alpha + local_[topic]) / denom;
}

int GibbsLda::draw(std::uint32_t word) {
  const std::vector<Entry>& list = word_topics_[word];
  q_.resize(list.size());
  double q = 0;
  for (std::size_t j = 0; j < list.size(); ++j) {
    q_[j] = coef_[list[j].topic] * list[j].count;
    q += q_[j];
  }
  double s = s_ > 0 ? s_ : 0, r = r_ > 0 ? r_ : 0;  // guard against rounding drift below zero
  double u = rng_.next_double() * (s + r + q);
  if (u < q) {
    for (std::size_t j = 0; j < list.size(); ++j)
      if ((u -= q_[j]) < 0) return list[j].topic;
    return list.back().topic;
  }
  u -= q;
  if (u < r && !doc_topics_.empty()) {
    for (int t : doc_topics_)
      if ((u -= options_.beta * local_[t] / (beta_v_ + static_cast<double>(topic_totals_[t]))) < 0) return t;
    return doc_topics_.back();
  }
  u -= r;
  double ab = options_.alpha * options_.beta;
  for (int t = 0; t < k_; ++t)
    if ((u -= ab / (beta_v_ + static_cast<double>(topic_totals_[t]))) < 0) return t;
  return k_ - 1;
}

// Dense draw: weight (alpha + n_dt)(beta + n_wt) / (beta_v + n_t) for every topic, one linear pass, with
// coef_[t] = (alpha + n_dt) / (beta_v + n_t) kept current by change() and begin_doc(). The token being
// sampled still counts in topic `own` (-1: none): its weight there is taken with the token left out,
// `own_coef` = (alpha + n_dt - 1) / (beta_v + n_t - 1) times (beta + n_wt - 1), the very numbers the
// counts would give once it is removed.
int GibbsLda::draw_dense(std::uint32_t word, int own, double own_coef) {
  const std::int32_t* n_wt = &word_topic_table_[word * static_cast<std::size_t>(k_)];
  const double beta = options_.beta;
  for (int t = 0; t < k_; ++t) cumulative_[t] = coef_[t] * (beta + n_wt[t]);
  if (own >= 0) cumulative_[own] = own_coef * (beta + (n_wt[own] - 1));
  double total = 0;
  for (int t = 0; t < k_; ++t) cumulative_[t] = total += cumulative_[t];
  const double u = rng_.next_double() * total;
  // The first t with u < cumulative_[t] (k - 1 at most), counted without branches: the sums never fall, so
  // it is the number of sums at or below u; a branch per topic would be mispredicted on most draws.
  int t = 0;
  for (int j = 0; j < k_ - 1; ++j) t += cumulative_[j] <= u;
  return t;
}

// Resamples one token. Dense: most draws keep the topic, and then no count changes and nothing is divided;
// a move reuses the reciprocals it already holds (the old topic's n_t - 1, the new topic's n_t).
void GibbsLda::sample_token(std::uint32_t word, std::uint16_t& topic) {
  if (dense_) {
    const int old = topic;
    const double own_coef = (options_.alpha + (local_[old] - 1)) * inv_less_[old];
    const int t = draw_dense(word, old, own_coef);
    if (t == old) return;
    std::int32_t* n_wt = &word_topic_table_[word * static_cast<std::size_t>(k_)];
    --topic_totals_[old];
    --local_[old];
    --n_wt[old];
    inv_totals_[old] = inv_less_[old];
    inv_less_[old] = 1.0 / (beta_v_ + static_cast<double>(topic_totals_[old] - 1));
    coef_[old] = own_coef;
    ++topic_totals_[t];
    ++local_[t];
    ++n_wt[t];
    inv_less_[t] = inv_totals_[t];
    inv_totals_[t] = 1.0 / (beta_v_ + static_cast<double>(topic_totals_[t]));
    coef_[t] = (options_.alpha + local_[t]) * inv_totals_[t];
    topic = static_cast<std::uint16_t>(t);
    return;
  }
  change(word, topic, -1);
  const int t = draw(word);
  change(word, t, +1);
  topic = static_cast<std::uint16_t>(t);
}

std::size_t GibbsLda::run(std::size_t max_tokens) {
  if (corpus_.tokens == 0) {  // nothing to sample: a sweep is instant, and nothing can change
    ++sweeps_;
    converged_ = true;
    return 0;
  }
  if (max_tokens == 0) max_tokens = 1;
  std::size_t done = 0;
  const int start = sweeps_;
  while (done < max_tokens && sweeps_ == start) {
    if (!in_doc_) begin_doc();
    const std::vector<std::uint32_t>& words = corpus_.docs[doc_];
    std::vector<std::uint16_t>& z = z_[doc_];
    std::size_t n = std::min(words.size() - pos_, max_tokens - done);
    for (std::size_t end = pos_ + n; pos_ < end; ++pos_) sample_token(words[pos_], z[pos_]);
    done += n;
    if (pos_ == words.size()) end_doc();
  }
  return done;
}

void GibbsLda::sweep() {
  const int start = sweeps_;
  while (sweeps_ == start) run(corpus_.tokens + 1);
}

}  // namespace entente
