// Inverted index from features (shingle fingerprints, content bigrams) to documents: finds the pairs of
// documents that share features in time proportional to the postings, never by comparing all pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente {

struct SharedCount {
  std::uint32_t a = 0, b = 0;  // document indices, a < b
  std::uint32_t shared = 0;    // features both hold, among those kept
  double evidence = 0;         // sum over those features of 1 / (df - 1): 1 for a feature only the two hold
};

struct PairIndex {
  std::vector<SharedCount> pairs;       // sorted by (a, b); only pairs sharing at least one kept feature
  std::vector<std::uint32_t> kept;      // per document: its features with document frequency <= max_df
  std::vector<std::uint64_t> frequent;  // sorted: features dropped for document frequency > max_df
};

// `features[d]` is the sorted, duplicate-free feature set of document d. Features held by more than `max_df`
// documents are boilerplate: they neither count nor create pairs. Cost: O(F log F + sum of df^2) for F
// postings, with df <= max_df, so a constant max_df keeps it linear in F. Deterministic.
// Preconditions: fewer than 2^24 documents, max_df < 2^16.
PairIndex index_pairs(const std::vector<std::vector<std::uint64_t>>& features, std::size_t max_df);

// The features held by more than `max_df` documents of `features` (each sorted and duplicate-free), sorted.
std::vector<std::uint64_t> frequent_features(const std::vector<std::vector<std::uint64_t>>& features,
                                             std::size_t max_df);

}  // namespace entente
