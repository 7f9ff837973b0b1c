// Phrase overlap: passages shared between documents, and a symmetric pair score.
// Owner of the "overlap" section of the analysis contract.
#pragma once

#include <string>
#include <vector>

#include "text.h"

namespace entente {

struct OverlapParams {
  int shingle = 5;
  int min_passage_tokens = 8;
  int max_gap = 3;
};

struct Passage {
  std::uint32_t a_start = 0, a_end = 0, b_start = 0, b_end = 0;
  std::string a_text, b_text;
  double similarity = 0;
};

struct OverlapPair {
  int a = 0, b = 0;  // a < b
  double score = 0;
  int shared_tokens = 0;
  std::vector<Passage> passages;
};

struct OverlapResult {
  OverlapParams params;
  std::vector<OverlapPair> pairs;
};

}  // namespace entente

namespace entente {

// Finds passages shared by pairs of documents. Lists every pair with a score above zero, a < b,
// sorted by (a, b). Failed documents are skipped. Deterministic.
OverlapResult find_overlap(const Corpus& corpus, const OverlapParams& params);

}  // namespace entente
