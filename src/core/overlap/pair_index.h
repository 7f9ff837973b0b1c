// Inverted index from features (shingle fingerprints, content bigrams) to documents: finds the pairs of
// documents that share features in time proportional to the postings, never by comparing all pairs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace entente {

struct SharedCount {
  std::uint32_t a = 0, b = 0;  // document indices, a < b
  std::uint32_t shared = 0;    // features both hold, among those kept (document frequency <= max_df)
  double evidence = 0;         // sum over those features of 1 / (df - 1): 1 for a feature only the two hold
};

struct PairIndexOptions {
  std::size_t max_df = 32;  // features held by more documents are ignored (>= 2, < 2^16)
  // A pair is returned when its evidence reaches min_evidence, or when the features it shares reach min_share
  // of the smaller of the two documents' sizes (when `sizes` is given, one entry per document) and number at
  // least min_shared.
  double min_evidence = 0;
  double min_share = 0;
  std::size_t min_shared = 0;
  const std::vector<std::uint32_t>* sizes = nullptr;
  // Pair keys held in memory at once (8 bytes each, and as much again to sort them); a larger budget means
  // fewer passes (each pass reads the postings of the kept features only).
  std::size_t key_budget = 1u << 19;
};

// `features[d]` is the sorted, duplicate-free feature set of document d. Returns the pairs sharing kept
// features that pass the options' thresholds, sorted by (a, b). Cost: O(F log F) for F postings plus
// O(K log K) for the K = sum of df * (df - 1) / 2 pair keys, which a constant max_df keeps linear in F;
// memory stays within key_budget keys by making several passes over document ranges, and postings are sorted
// about 260,000 at a time (ranges of feature values), only those of kept features staying. `features` is
// taken by value and freed once its postings are taken (pass a temporary or std::move to save the copy).
// Deterministic. Precondition: fewer than 2^24 documents.
std::vector<SharedCount> index_pairs(std::vector<std::vector<std::uint64_t>> features,
                                     const PairIndexOptions& options);

// The features held by more than `max_df` documents of `features` (each sorted and duplicate-free), sorted.
// Memory: about 260,000 postings at a time besides the result.
std::vector<std::uint64_t> frequent_features(const std::vector<std::vector<std::uint64_t>>& features,
                                             std::size_t max_df);

// Removes from each set the values listed in `drop` (sorted).
void remove_features(std::vector<std::vector<std::uint64_t>>& features,
                     const std::vector<std::uint64_t>& drop);

}  // namespace entente
