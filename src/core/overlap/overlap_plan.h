// The two phases of phrase overlap, exposed so that long runs can be sliced (and timed): plan_overlap()
// normalizes every document and finds candidate pairs through inverted indexes; score_candidates() aligns
// and scores a range of those candidates. find_overlap() (overlap.h) runs both.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "align.h"
#include "match_normalize.h"
#include "overlap.h"

namespace entente {

// One successful document, prepared for matching.
struct OverlapDoc {
  const Document* doc = nullptr;     // points into the corpus given to plan_overlap()
  MatchSeq seq;                      // normalized words, stock lines masked, quotations flagged on
                                     // documents of some candidate (plan_overlap: empty
                                     // for a document in no candidate, as are all but `doc`); its
                                     // shingles are hashed again where needed (shingle_hashes(seq, k)):
                                     // kept for every document, they would add 8 bytes a word
  std::vector<std::uint64_t> words;  // content words, boilerplate removed (sorted)
  std::uint32_t usable = 0;          // unmasked match tokens
};

struct OverlapCandidate {
  std::uint32_t a = 0, b = 0;  // indices into OverlapPlan::docs, a < b
};

struct OverlapPlan {
  OverlapParams params;
  AlignParams align;
  std::vector<OverlapDoc> docs;
  std::vector<std::uint64_t> frequent;       // boilerplate shingles (sorted): never seed a passage
  std::vector<OverlapCandidate> candidates;  // sorted by (a, b)
};

// Phase 1. Candidates are the pairs sharing enough winnowed shingle fingerprints and content bigrams, each
// worth 1 / (df - 1) (boilerplate and features in more than 32 documents excluded), or 8% of the smaller
// bigram set and at least 4 features; in corpora of at most 200 documents, one such feature. Time O(T log T)
// for T
// tokens; memory O(T): the documents are normalized one at a time, once per family of features, and those of
// some candidate once more for alignment. The plan refers to `corpus`, which must outlive it.
OverlapPlan plan_overlap(const Corpus& corpus, const OverlapParams& params);

// The rules plan_overlap() applies, for a corpus of `docs` successful documents; exposed so that features
// computed on separate shards can be joined by the same rules (overlap_shard.h, cluster/).
struct CandidateRule {
  std::size_t max_df = 0;       // shingles and content words held by more documents are boilerplate
  std::size_t pair_df = 0;      // fingerprints and bigrams held by more documents never pair
  int window = 0;               // winnowing window over shingles
  double min_evidence = 0;      // a pair needs this much evidence (sum of 1 / (df - 1)) ...
  double min_share = 0;         // ... or to share this fraction of the smaller document's bigram set
  std::size_t min_shared = 0;   //     and at least this many features
  std::uint64_t print_tag = 0;  // XORed into fingerprints so they never collide with bigrams
};
// min_evidence is 0 for a corpus of at most 200 documents: every pair sharing one feature is compared.
CandidateRule candidate_rule(std::size_t docs, const OverlapParams& params);
AlignParams align_params(const OverlapParams& params);

// Normalizes `d` (with `vocab`, the join vocabulary of the whole corpus; `cache` belongs to it) and masks its
// stock lines. words is left empty.
OverlapDoc prepare_overlap_doc(const Document& d, const JoinVocabulary& vocab, NormalizeCache& cache);

// prepare_overlap_doc() for every successful document of `corpus`, in order.
std::vector<OverlapDoc> prepare_overlap_docs(const Corpus& corpus, const JoinVocabulary& vocab);

// Phase 2. Aligns and scores candidates [begin, end) (clamped to the list) and appends those scoring above
// zero and at least params.min_score, with at most params.max_passages passages each, to `out`, in candidate
// order. Slices may be run one after another with the same result as one call.
void score_candidates(const OverlapPlan& plan, std::size_t begin, std::size_t end,
                      std::vector<OverlapPair>& out);

}  // namespace entente
