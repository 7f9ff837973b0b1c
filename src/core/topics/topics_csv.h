// CSV exports of the Topics panel: the lexicon frequency table and the discovered topics (RFC 4180 quoting,
// "\n" line ends, numbers as in the JSON contract).
#pragma once

#include <string>

#include "csv.h"
#include "text.h"
#include "topics.h"

namespace entente {

// One row per document x topic: doc,name,topic,label,hits,per_1000.
std::string frequencies_csv(const Corpus& corpus, const TopicsResult& topics);

// Discovered topics, one row per topic: topic,top_terms (space separated), then the document proportions
// after a blank line: doc,name,topic_0,...,topic_{k-1}.
std::string discovered_csv(const Corpus& corpus, const DiscoveredTopics& discovered);

}  // namespace entente
