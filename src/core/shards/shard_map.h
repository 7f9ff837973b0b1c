// `entente map`: one shard of a corpus (a run of consecutive documents) analyzed as far as a shard can go
// alone. The partial holds every per-document result (document lines, lexicon hits, content-term counts and
// order, mentions, deals before grouping); shard_reduce.h merges partials into the analysis result.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "analysis.h"

namespace entente {

struct ShardMap {
  nlohmann::json partial;  // the payload of a "map" partial (partial.h)
  // Input to the corpus-wide join vocabulary of phrase overlap (match_normalize.h): the shard's closed word
  // forms and the joined forms its hyphenated words look up, sorted hashes; and its successful documents.
  std::vector<std::uint64_t> closed_forms, join_queries;
  std::size_t ok_docs = 0;
};

// Ingests `inputs` as documents first_id, first_id + 1, ... (the corpus size limit applies to the shard)
// and analyzes them. Never throws for bad input: file problems become document errors, a bad lexicon the
// partial's "lexicon_error".
ShardMap map_shard(std::vector<InputFile> inputs, int first_id, const AnalysisOptions& options);

// Ingests a shard as map_shard() does (same ids, same limits), for the later overlap passes.
Corpus ingest_shard(std::vector<InputFile> inputs, int first_id, const IngestLimits& limits);

}  // namespace entente
