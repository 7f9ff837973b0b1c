// `entente reduce`: partial results of consecutive shards (shard_map.h) and aligned candidate pairs
// (overlap_shard.h) merged into the analysis result: corpus-wide topic and term statistics, discovered
// topics (sampled on the merged term sequences, so the same as one run), deals grouped across documents, and
// the overlap pairs.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "analysis.h"
#include "result_json.h"

namespace entente {

struct NamedPartial {
  std::string name;  // the file it came from, for messages
  nlohmann::json payload;
};

struct ReducedResult {
  AnalysisResult result;  // result.corpus stays empty: documents are in `docs`
  std::vector<DocumentSummary> docs;
};

// Merges the partials (any order). Throws PartialError when they do not make one corpus: a partial of
// another kind or with a missing field, documents missing or held twice, shards made with different
// options or lexicons, a pair aligned twice. `topics` gives the discovered-topic options (lexicon_json is
// unused: the lexicon is the one the shards were counted with).
ReducedResult reduce_partials(std::vector<NamedPartial> partials, const TopicsOptions& topics);

}  // namespace entente
