// Phrase overlap across shards, in the two passes a cluster runs around its shuffle (cluster/driver.py):
// overlap_features() gives each document's features, which are joined corpus-wide into document
// frequencies and candidate pairs by CandidateRule (overlap_plan.h); align_shard() then aligns and scores a
// set of candidate pairs where their texts are. Together they give find_overlap()'s pairs.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "match_normalize.h"
#include "overlap.h"
#include "overlap_plan.h"

namespace entente {

// One successful document's features, each sorted and duplicate-free.
struct OverlapFeatures {
  int doc = 0;
  std::vector<std::uint64_t> shingles;  // its shingle hashes (their document frequency finds boilerplate)
  std::vector<std::uint64_t> prints;    // its winnowed fingerprints, boilerplate not yet removed
  std::vector<std::uint64_t> bigrams;   // its content bigrams
  std::vector<std::uint64_t> words;     // its content words
};

// Features of the successful documents of `corpus`, normalized with `vocab` (the corpus-wide join
// vocabulary restricted to the shard's join_queries()) and winnowed with rule.window.
std::vector<OverlapFeatures> overlap_features(const Corpus& corpus, const OverlapParams& params,
                                              const JoinVocabulary& vocab, const CandidateRule& rule);

// What the corpus-wide document frequencies removed (sorted): shingles in more than rule.max_df documents
// (boilerplate), bigrams in more than rule.pair_df (they only pair: align_shard() does not read them),
// content words in more than rule.max_df.
struct FrequentFeatures {
  std::vector<std::uint64_t> shingles, bigrams, words;
};

// Aligns and scores the candidate `pairs` (document ids, a < b, each in `corpus`) as score_candidates() does
// in one run over the whole corpus. Returns the pairs scoring above zero, sorted by (a, b). Throws
// std::invalid_argument when a pair names a document that is not in `corpus` or failed.
std::vector<OverlapPair> align_shard(const Corpus& corpus, const OverlapParams& params,
                                     const JoinVocabulary& vocab, const FrequentFeatures& frequent,
                                     std::vector<std::pair<int, int>> pairs);

}  // namespace entente
