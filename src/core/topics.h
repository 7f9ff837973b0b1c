// Topic frequencies: lexicon topics, discovered (LDA) topics and term statistics over a corpus.
// Owner of the "topics" section of the analysis contract.
#pragma once

#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct TopicsOptions {
  std::string lexicon_json;  // empty: the default lexicon from assets/lexicon.json
  int lda_k = 8;
  int lda_seed = 1;
  int lda_iterations = 500;
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
};
struct DistinctiveTerms {
  int doc = 0;
  std::vector<std::string> terms;
};
struct TermStats {
  std::vector<TermCount> corpus;
  std::vector<DistinctiveTerms> distinctive;
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

// Collapsed Gibbs LDA over the corpus, one sweep per call so a caller can run it in slices.
// Deterministic for a given corpus and options (same result native and in wasm).
class LdaSampler {
 public:
  LdaSampler(const Corpus& corpus, const TopicsOptions& options);
  ~LdaSampler();
  LdaSampler(const LdaSampler&) = delete;
  LdaSampler& operator=(const LdaSampler&) = delete;

  // Runs one Gibbs sweep over every token. Returns false (and does nothing) once all iterations are done.
  bool sweep();
  int sweeps_done() const;
  int iterations() const;
  // Top terms and document proportions from the current state; `iterations` reports sweeps_done().
  DiscoveredTopics result() const;

 private:
  struct State;
  State* state_;
};

}  // namespace entente
