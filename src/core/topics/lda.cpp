// Collapsed Gibbs samplers of lda.h: dense for small k, SparseLDA above kDenseMaxTopics.
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
#include <cmath>
#include <map>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "det_math.h"

namespace entente {

LdaCorpus make_lda_corpus(const Corpus& corpus, const StopWords& stop_words) {
  // One pass with provisional ids in order of first sight, then renumbered in alphabetical order.
  std::unordered_map<std::string_view, std::uint32_t> ids;  // looked up only, never iterated
  std::vector<std::string_view> seen;
  LdaCorpus out;
  out.docs.resize(corpus.docs.size());
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    const Document& doc = corpus.docs[d];
    if (!doc.ok()) continue;
    for (const Token& t : doc.tokens) {
      if (!is_content_term(t, stop_words)) continue;
      auto found = ids.emplace(t.lower, static_cast<std::uint32_t>(seen.size()));
      if (found.second) seen.push_back(t.lower);
      out.docs[d].push_back(found.first->second);
    }
    out.tokens += out.docs[d].size();
  }
  std::vector<std::uint32_t> order(seen.size()), rank(seen.size());
  for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) { return seen[x] < seen[y]; });
  out.vocab.reserve(seen.size());
  for (std::uint32_t r = 0; r < order.size(); ++r) {
    rank[order[r]] = r;
    out.vocab.emplace_back(seen[order[r]]);
  }
  for (std::vector<std::uint32_t>& words : out.docs)
    for (std::uint32_t& w : words) w = rank[w];
  return out;
}

LdaCorpus lda_corpus_of(const std::vector<DocTermCounts>& docs) {
  std::map<std::string, std::uint32_t> ids;  // sorted vocabulary
  for (const DocTermCounts& d : docs)
    for (const std::string& t : d.terms) ids.emplace(t, 0);
  LdaCorpus out;
  out.vocab.reserve(ids.size());
  for (auto& entry : ids) {
    entry.second = static_cast<std::uint32_t>(out.vocab.size());
    out.vocab.push_back(entry.first);
  }
  out.docs.resize(docs.size());
  std::vector<std::uint32_t> local;  // the document's term index -> vocabulary id
  for (std::size_t d = 0; d < docs.size(); ++d) {
    local.clear();
    for (const std::string& t : docs[d].terms) local.push_back(ids.find(t)->second);
    for (std::uint32_t i : docs[d].sequence) out.docs[d].push_back(local[i]);
    out.tokens += out.docs[d].size();
  }
  return out;
}

GibbsLda::GibbsLda(LdaCorpus corpus, const LdaOptions& options)
    : corpus_(std::move(corpus)), options_(options), k_(options.k), rng_(options.seed) {
  if (k_ < 1 || k_ > 1000) throw std::invalid_argument("the number of topics must be between 1 and 1000");
  dense_ = k_ <= kDenseMaxTopics;
  beta_v_ = options_.beta * static_cast<double>(corpus_.vocab.size());
  if (dense_) {
    word_topic_table_.assign(corpus_.vocab.size() * static_cast<std::size_t>(k_), 0);
    inv_totals_.assign(k_, beta_v_ > 0 ? 1.0 / beta_v_ : 0.0);
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
      const int t = dense_ ? draw_dense(word) : draw(word);
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

void GibbsLda::check_convergence() {
  const int every = std::max(1, options_.check_every);
  if (options_.tolerance <= 0 || sweeps_ % every != 0 || sweeps_ < options_.min_sweeps - every) return;
  const double ll = log_likelihood();
  if (sweeps_ >= options_.min_sweeps && ll - checked_ll_ < options_.tolerance * std::fabs(ll))
    converged_ = true;
  checked_ll_ = ll;
}

// Moves one token of `word` into (delta +1) or out of (delta -1) `topic`, keeping s, r and coef_ current.
void GibbsLda::change(std::uint32_t word, int topic, int delta) {
  if (dense_) {
    topic_totals_[topic] += delta;
    local_[topic] += delta;
    word_topic_table_[word * static_cast<std::size_t>(k_) + topic] += delta;
    inv_totals_[topic] = 1.0 / (beta_v_ + static_cast<double>(topic_totals_[topic]));
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
// coef_[t] = (alpha + n_dt) / (beta_v + n_t) kept current by change() and begin_doc().
int GibbsLda::draw_dense(std::uint32_t word) {
  const std::int32_t* n_wt = &word_topic_table_[word * static_cast<std::size_t>(k_)];
  const double beta = options_.beta;
  double total = 0;
  for (int t = 0; t < k_; ++t) {
    total += coef_[t] * (beta + n_wt[t]);
    cumulative_[t] = total;
  }
  const double u = rng_.next_double() * total;
  for (int t = 0; t < k_ - 1; ++t)
    if (u < cumulative_[t]) return t;
  return k_ - 1;
}

void GibbsLda::sample_token(std::uint32_t word, std::uint16_t& topic) {
  if (dense_) {  // most draws keep the topic: then restore the saved factors instead of dividing again
    const double inv = inv_totals_[topic], coef = coef_[topic];
    change(word, topic, -1);
    const int t = draw_dense(word);
    if (t == topic) {
      ++topic_totals_[t];
      ++local_[t];
      ++word_topic_table_[word * static_cast<std::size_t>(k_) + t];
      inv_totals_[t] = inv;
      coef_[t] = coef;
      return;
    }
    change(word, t, +1);
    topic = static_cast<std::uint16_t>(t);
    return;
  }
  change(word, topic, -1);
  int t = dense_ ? draw_dense(word) : draw(word);
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

std::vector<std::vector<GibbsLda::Entry>> GibbsLda::word_topic_lists() const {
  if (!dense_) return word_topics_;
  std::vector<std::vector<Entry>> out(corpus_.vocab.size());
  for (std::size_t w = 0; w < out.size(); ++w)
    for (int t = 0; t < k_; ++t)
      if (std::int32_t c = word_topic_table_[w * static_cast<std::size_t>(k_) + t])
        out[w].push_back({static_cast<std::uint32_t>(c), static_cast<std::uint16_t>(t)});
  return out;
}

double GibbsLda::log_likelihood() const {
  const double alpha = options_.alpha, beta = options_.beta;
  const double lg_alpha = det_lgamma(alpha), lg_beta = det_lgamma(beta);
  const double lg_k_alpha = det_lgamma(k_ * alpha), lg_beta_v = det_lgamma(beta_v_);
  double ll = 0;
  for (int t = 0; t < k_; ++t) ll += lg_beta_v - det_lgamma(beta_v_ + static_cast<double>(topic_totals_[t]));
  for (const std::vector<Entry>& list : word_topic_lists())
    for (const Entry& e : list) ll += det_lgamma(beta + e.count) - lg_beta;
  std::vector<std::int32_t> counts(k_);
  for (const std::vector<std::uint16_t>& z : z_) {
    if (z.empty()) continue;
    std::fill(counts.begin(), counts.end(), 0);
    for (std::uint16_t t : z) ++counts[t];
    ll += lg_k_alpha - det_lgamma(static_cast<double>(z.size()) + k_ * alpha);
    for (std::int32_t c : counts)
      if (c > 0) ll += det_lgamma(alpha + c) - lg_alpha;
  }
  return ll;
}

std::vector<std::vector<std::string>> GibbsLda::top_terms(std::size_t n) const {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> by_topic(k_);  // (count, word)
  const std::vector<std::vector<Entry>> lists = word_topic_lists();
  for (std::uint32_t w = 0; w < lists.size(); ++w)
    for (const Entry& e : lists[w]) by_topic[e.topic].push_back({e.count, w});
  std::vector<std::vector<std::string>> out(k_);
  for (int t = 0; t < k_; ++t) {
    auto& list = by_topic[t];
    std::size_t m = std::min(n, list.size());
    std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(m), list.end(),
                      [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    for (std::size_t i = 0; i < m; ++i) out[t].push_back(corpus_.vocab[list[i].second]);
  }
  return out;
}

std::vector<std::vector<double>> GibbsLda::doc_topic() const {
  std::vector<std::vector<double>> out(z_.size(), std::vector<double>(k_, 0.0));
  std::vector<std::int64_t> counts(k_);
  for (std::size_t d = 0; d < z_.size(); ++d) {
    if (z_[d].empty()) continue;
    std::fill(counts.begin(), counts.end(), 0);
    for (std::uint16_t t : z_[d]) ++counts[t];
    double total = static_cast<double>(z_[d].size()) + k_ * options_.alpha;
    for (int t = 0; t < k_; ++t) {
      double p = (static_cast<double>(counts[t]) + options_.alpha) / total;
      out[d][t] = std::floor(p * 10000.0 + 0.5) / 10000.0;
    }
  }
  return out;
}

}  // namespace entente
