// Topic frequencies: lexicon topics, discovered (LDA) topics and term statistics over a corpus.
// Owner of the "topics" section of the analysis contract.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct TopicsOptions {
  std::string lexicon_json;  // empty: the default lexicon from assets/lexicon.json
  int lda_k = 8;
  int lda_seed = 1;
  int lda_iterations = 500;     // most Gibbs sweeps
  double lda_tolerance = 1e-3;  // stopping rule of LdaOptions::tolerance; 0 runs all lda_iterations
};

struct LexiconTopicInfo {
  std::string id, label;
  int terms = 0;
};
struct TopicFrequency {
  int doc = 0;
  std::string topic;
  int hits = 0;
  double per_1000 = 0;
};
struct CorpusTopicFrequency {
  std::string topic;
  int hits = 0;
  double per_1000 = 0;
};
struct DiscoveredTopic {
  std::vector<std::string> top_terms;
};
struct DiscoveredTopics {
  int k = 0, seed = 0, iterations = 0;
  std::vector<DiscoveredTopic> topics;
  std::vector<std::vector<double>> doc_topic;  // one row per document (all zeros for failed documents)
};
struct TermCount {
  std::string term;
  int count = 0;
  double per_1000 = 0;  // per 1,000 running words of the document or corpus
};
struct DistinctiveTerms {
  int doc = 0;
  std::vector<std::string> terms;
  std::vector<double> tf_idf;  // parallel to terms
};
struct DocTerms {
  int doc = 0;
  std::vector<TermCount> terms;
};
struct TermStats {
  std::vector<TermCount> corpus;
  std::vector<DistinctiveTerms> distinctive;  // one row per document
  std::vector<DocTerms> per_doc;              // one row per document: its top terms
};

struct TopicsResult {
  std::vector<LexiconTopicInfo> lexicon;
  std::vector<TopicFrequency> frequencies;
  std::vector<CorpusTopicFrequency> corpus;
  DiscoveredTopics discovered;
  TermStats terms;
};

}  // namespace entente

namespace entente {

// Counts lexicon topics (per document and corpus) and term statistics. `discovered` is left empty:
// LdaSampler fills it. Throws LexiconError (see lexicon.h) when options.lexicon_json is not a valid lexicon.
TopicsResult count_topics(const Corpus& corpus, const TopicsOptions& options);

struct DocTermCounts;
// The same, also handing back (when `term_counts` is not null) each document's content terms
// (count_doc_terms, term_stats.h) for LdaSampler, so that the corpus is counted once.
TopicsResult count_topics(const Corpus& corpus, const TopicsOptions& options,
                          std::vector<DocTermCounts>* term_counts);

struct Lexicon;
struct LdaCorpus;
// Recounts only the lexicon part (lexicon, frequencies, corpus) of `out` for `lexicon`, e.g. after an edit
// in the app. Rules: lexicon_match.h; per_1000 uses running words (rates.h), rounded to 2 decimals.
void count_lexicon_topics(const Corpus& corpus, const Lexicon& lexicon, TopicsResult& out);

// Collapsed Gibbs LDA (lda.h) over the content terms of the corpus (stop words removed), one sweep per call
// so a caller can run it in slices; it stops at lda_iterations sweeps or earlier, once the log-likelihood
// levels off (LdaOptions' stopping rule). Deterministic for a given corpus and options (same result native
// and in wasm).
class LdaSampler {
 public:
  // lda_k == 0 disables sampling (result() has k 0). Throws std::invalid_argument when lda_k is outside
  // 0..1000 or lda_iterations is negative.
  LdaSampler(const Corpus& corpus, const TopicsOptions& options);
  // The same over the content terms of each document (count_doc_terms, term_stats.h), in corpus order.
  LdaSampler(const std::vector<DocTermCounts>& term_counts, const TopicsOptions& options);
  // The same over a corpus already reduced to word ids (lda.h), e.g. merged from shards.
  LdaSampler(LdaCorpus corpus, const TopicsOptions& options);
  ~LdaSampler();
  LdaSampler(const LdaSampler&) = delete;
  LdaSampler& operator=(const LdaSampler&) = delete;

  // Runs one Gibbs sweep over every token. Returns false (and does nothing) once all iterations are done or
  // sampling has converged.
  bool sweep();
  // Samples at most `max_tokens` tokens, resuming the current sweep, for callers that slice a sweep
  // (a sweep over a big corpus can take longer than a frame). Returns false once sweep() would.
  bool run(std::size_t max_tokens);
  // Tokens one sweep samples (content terms of all documents).
  std::size_t tokens() const;
  int sweeps_done() const;
  int iterations() const;
  // Top terms and document proportions from the current state; `iterations` reports sweeps_done().
  DiscoveredTopics result() const;

 private:
  struct State;
  State* state_;
};

}  // namespace entente
