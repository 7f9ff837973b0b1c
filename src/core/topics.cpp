// Placeholder until the topics issue lands: no lexicon topics, no discovered topics.
#include "topics.h"

namespace entente {

struct LdaSampler::State {
  TopicsOptions options;
};

TopicsResult count_topics(const Corpus&, const TopicsOptions&) { return {}; }

LdaSampler::LdaSampler(const Corpus&, const TopicsOptions& options) : state_(new State{options}) {}
LdaSampler::~LdaSampler() { delete state_; }
bool LdaSampler::sweep() { return false; }
int LdaSampler::sweeps_done() const { return 0; }
int LdaSampler::iterations() const { return 0; }
DiscoveredTopics LdaSampler::result() const { return {}; }

}  // namespace entente
