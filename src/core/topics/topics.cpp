// Topic frequencies: lexicon counts and term statistics (count_topics), and the sliced LDA sampler.
#include "topics.h"

#include <memory>
#include <stdexcept>

#include "lda.h"
#include "lda_corpus.h"
#include "lexicon.h"
#include "lexicon_match.h"
#include "rates.h"
#include "term_stats.h"

namespace entente {

void count_lexicon_topics(const Corpus& corpus, const Lexicon& lexicon, TopicsResult& out) {
  out.lexicon.clear();
  out.frequencies.clear();
  out.corpus.clear();
  const std::size_t topics = lexicon.topics.size();
  for (const LexiconTopic& t : lexicon.topics)
    out.lexicon.push_back({t.id, t.label, static_cast<int>(t.terms.size())});
  LexiconMatcher matcher(lexicon);
  LexiconMatcher::StartCache cache;  // views into the corpus' tokens
  std::vector<std::uint64_t> corpus_hits(topics, 0);
  std::uint64_t corpus_words = 0;
  for (const Document& doc : corpus.docs) {
    std::vector<int> hits(topics, 0);
    for (const LexiconHit& h : matcher.match(doc, cache)) ++hits[h.topic];
    std::size_t words = doc.ok() ? running_words(doc) : 0;
    corpus_words += words;
    for (std::size_t t = 0; t < topics; ++t) {
      out.frequencies.push_back(
          {doc.id, lexicon.topics[t].id, hits[t], per_1000(static_cast<std::uint64_t>(hits[t]), words)});
      corpus_hits[t] += static_cast<std::uint64_t>(hits[t]);
    }
  }
  for (std::size_t t = 0; t < topics; ++t)
    out.corpus.push_back(
        {lexicon.topics[t].id, static_cast<int>(corpus_hits[t]), per_1000(corpus_hits[t], corpus_words)});
}

TopicsResult count_topics(const Corpus& corpus, const TopicsOptions& options) {
  return count_topics(corpus, options, nullptr);
}

TopicsResult count_topics(const Corpus& corpus, const TopicsOptions& options,
                          std::vector<DocTermCounts>* term_counts) {
  TopicsResult out;
  count_lexicon_topics(corpus, lexicon_or_default(options.lexicon_json), out);
  std::vector<DocTermCounts> counts = count_corpus_terms(corpus, StopWords::english());
  out.terms = term_stats_of(counts, TermStatsOptions{});
  if (term_counts != nullptr) *term_counts = std::move(counts);
  return out;
}

// ---------------------------------------------------------------- LdaSampler

struct LdaSampler::State {
  TopicsOptions options;
  std::unique_ptr<GibbsLda> model;  // null when lda_k == 0
};

LdaSampler::LdaSampler(const Corpus& corpus, const TopicsOptions& options)
    : LdaSampler(options.lda_k > 0 && options.lda_k <= 1000 ? make_lda_corpus(corpus, StopWords::english())
                                                            : LdaCorpus{},
                 options) {}

LdaSampler::LdaSampler(const std::vector<DocTermCounts>& term_counts, const TopicsOptions& options)
    : LdaSampler(options.lda_k > 0 && options.lda_k <= 1000 ? lda_corpus_of(term_counts) : LdaCorpus{},
                 options) {}

LdaSampler::LdaSampler(LdaCorpus corpus, const TopicsOptions& options) : state_(new State{options, nullptr}) {
  std::unique_ptr<State> guard(state_);
  if (options.lda_k < 0 || options.lda_k > 1000)
    throw std::invalid_argument("--lda-k must be between 0 and 1000 (0 turns discovered topics off)");
  if (options.lda_iterations < 0)
    throw std::invalid_argument("the number of LDA iterations must not be negative");
  if (options.lda_k > 0) {
    LdaOptions lda;
    lda.k = options.lda_k;
    lda.seed = static_cast<std::uint64_t>(static_cast<std::int64_t>(options.lda_seed));
    lda.iterations = options.lda_iterations;
    lda.tolerance = options.lda_tolerance;
    state_->model = std::make_unique<GibbsLda>(std::move(corpus), lda);
  }
  guard.release();
}

LdaSampler::~LdaSampler() {
  delete state_;
}

bool LdaSampler::run(std::size_t max_tokens) {
  if (!state_->model || sweeps_done() >= iterations() || state_->model->converged()) return false;
  state_->model->run(max_tokens);
  return true;
}

bool LdaSampler::sweep() {
  if (!state_->model || sweeps_done() >= iterations() || state_->model->converged()) return false;
  state_->model->sweep();
  return true;
}

std::size_t LdaSampler::tokens() const {
  return state_->model ? state_->model->corpus().tokens : 0;
}
int LdaSampler::sweeps_done() const {
  return state_->model ? state_->model->sweeps_done() : 0;
}
int LdaSampler::iterations() const {
  return state_->model ? state_->options.lda_iterations : 0;
}

DiscoveredTopics LdaSampler::result() const {
  DiscoveredTopics out;
  out.k = state_->model ? state_->options.lda_k : 0;
  out.seed = state_->options.lda_seed;
  out.iterations = sweeps_done();
  if (!state_->model) return out;
  for (auto& terms : state_->model->top_terms(10)) out.topics.push_back({std::move(terms)});
  out.doc_topic = state_->model->doc_topic();
  return out;
}

}  // namespace entente
