// `entente reduce`: partial results of consecutive shards (shard_map.h) and aligned candidate pairs
// (overlap_shard.h) merged into the analysis result: corpus-wide topic and term statistics, discovered
// topics (sampled on the merged term sequences, so the same as one run), deals grouped across documents, and
// the overlap pairs.
#pragma once

#include <memory>
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
  std::vector<std::string> map_names;  // the map partials' names in document order
};

// Merges partials taken one at a time, keeping only what the result needs of each (not the partial), so
// a caller can decode, add and free the partials one by one.
class ShardReducer {
 public:
  // keep_mentions false: the mentions of each shard are dropped (result.deals.mentions stays empty), for a
  // caller that writes them from the map partials again (map_names), shard by shard.
  explicit ShardReducer(bool keep_mentions = true);
  ~ShardReducer();
  ShardReducer(const ShardReducer&) = delete;
  ShardReducer& operator=(const ShardReducer&) = delete;

  // Takes a map or align partial (any order). Throws PartialError naming it when it is of another kind or
  // malformed.
  void add(NamedPartial partial);
  // Checks that the shards make one corpus and merges them: throws PartialError when they do not
  // (documents missing or held twice, shards made with different options or lexicons, a pair aligned
  // twice). `topics` gives the discovered-topic options (lexicon_json is unused: the lexicon is the one the
  // shards were counted with). Call once.
  ReducedResult finish(const TopicsOptions& topics);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// ShardReducer over `partials` (any order), mentions kept: throws as add() and finish().
ReducedResult reduce_partials(std::vector<NamedPartial> partials, const TopicsOptions& topics);

}  // namespace entente
