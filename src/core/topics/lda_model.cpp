// What the Gibbs sampler of lda.h has learned: log-likelihood and the stopping rule, top terms per topic,
// document-topic proportions. Reads the counts; never samples.
#include <algorithm>
#include <cmath>

#include "det_math.h"
#include "lda.h"

namespace entente {

void GibbsLda::check_convergence() {
  const int every = std::max(1, options_.check_every);
  if (options_.tolerance <= 0 || sweeps_ % every != 0 || sweeps_ < options_.min_sweeps - every) return;
  const double ll = log_likelihood();
  if (sweeps_ >= options_.min_sweeps && ll - checked_ll_ < options_.tolerance * std::fabs(ll))
    converged_ = true;
  checked_ll_ = ll;
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
