// Similarity ordering of documents for the heatmap: the leaf order of an average-linkage hierarchical
// clustering over the overlap pair scores (distance = 1 - score; unlisted pairs are at distance 1).
#pragma once

#include <vector>

#include "overlap.h"

namespace entente {

// Returns a permutation of 0..n-1 (indices into `ids`) that puts similar documents next to each other.
// `ids[i]` is the document id of row i; pairs naming other ids are ignored. Ties keep input order;
// deterministic. Time O(n^2), memory O(n^2) floats (n = 1,000: 4 MB).
std::vector<int> similarity_order(const std::vector<int>& ids, const OverlapResult& overlap);

}  // namespace entente
