// SparseLDA collapsed Gibbs sampler (see lda.h).
//
// For a token of word w in document d, with the token's own assignment removed, the topic weight is
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

namespace entente {

LdaCorpus make_lda_corpus(const Corpus& corpus, const StopWords& stop_words) {
  std::map<std::string, std::uint32_t> ids;  // sorted vocabulary
  for (const Document& doc : corpus.docs) {
    if (!doc.ok()) continue;
    for (const Token& t : doc.tokens)
      if (is_content_term(t, stop_words)) ids.emplace(t.lower, 0);
  }
  LdaCorpus out;
  out.vocab.reserve(ids.size());
  for (auto& entry : ids) {
    entry.second = static_cast<std::uint32_t>(out.vocab.size());
    out.vocab.push_back(entry.first);
  }
  out.docs.resize(corpus.docs.size());
  for (std::size_t d = 0; d < corpus.docs.size(); ++d) {
    const Document& doc = corpus.docs[d];
    if (!doc.ok()) continue;
    for (const Token& t : doc.tokens)
      if (is_content_term(t, stop_words)) out.docs[d].push_back(ids.find(t.lower)->second);
    out.tokens += out.docs[d].size();
  }
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
  beta_v_ = options_.beta * static_cast<double>(corpus_.vocab.size());
  word_topics_.resize(corpus_.vocab.size());
  topic_totals_.assign(k_, 0);
  local_.assign(k_, 0);
  coef_.assign(k_, 0.0);
  z_.resize(corpus_.docs.size());
  for (std::size_t d = 0; d < corpus_.docs.size(); ++d) {
    z_[d].resize(corpus_.docs[d].size());
    for (std::size_t i = 0; i < z_[d].size(); ++i) {
      auto t = static_cast<std::uint16_t>(rng_.below(static_cast<std::uint32_t>(k_)));
      z_[d][i] = t;
      add_word_topic(corpus_.docs[d][i], t);
      ++topic_totals_[t];
    }
  }
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
  in_doc_ = true;
}

void GibbsLda::end_doc() {
  in_doc_ = false;
  pos_ = 0;
  if (++doc_ == z_.size()) {
    doc_ = 0;
    ++sweeps_;
  }
}

// Moves one token of `word` into (delta +1) or out of (delta -1) `topic`, keeping s, r and coef_ current.
void GibbsLda::change(std::uint32_t word, int topic, int delta) {
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

void GibbsLda::sample_token(std::uint32_t word, std::uint16_t& topic) {
  change(word, topic, -1);
  int t = draw(word);
  change(word, t, +1);
  topic = static_cast<std::uint16_t>(t);
}

std::size_t GibbsLda::run(std::size_t max_tokens) {
  if (corpus_.tokens == 0) {  // nothing to sample: a sweep is instant
    ++sweeps_;
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

std::vector<std::vector<std::string>> GibbsLda::top_terms(std::size_t n) const {
  std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> by_topic(k_);  // (count, word)
  for (std::uint32_t w = 0; w < word_topics_.size(); ++w)
    for (const Entry& e : word_topics_[w]) by_topic[e.topic].push_back({e.count, w});
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
