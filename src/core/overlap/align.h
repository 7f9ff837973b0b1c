// Seed-and-extend alignment of one pair of documents: exact shingle matches grow into maximal passages that
// tolerate a few inserted, deleted or substituted words (WCopyfind-style).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "match_normalize.h"

namespace entente {

struct AlignParams {
  int seed = 5;                // shingle length of an exact seed match, >= 1
  int min_passage_tokens = 8;  // a passage spans at least this many match tokens on its longer side
  int max_gap = 3;             // at most this many unmatched tokens on each side between two matching runs
};

// A passage in match-token indices, half-open on both sides.
struct AlignedSpan {
  std::uint32_t a_begin = 0, a_end = 0, b_begin = 0, b_end = 0;
  std::uint32_t matched = 0;  // tokens matched one to one inside the span
};

// The shingles of one document, sorted by hash for lookups, and a bit filter over their hashes (built once
// per document, as one document is aligned against many).
struct SeedTable {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> entries;  // (hash, position), sorted
  std::vector<std::uint64_t> bits;  // one bit per hash bucket (about 32 buckets per entry)
  std::size_t mask = 0;             // buckets - 1
};

// Builds the seed table of a document from shingle_hashes(); zero (masked) shingles and shingles listed in
// `frequent` (sorted) are left out.
SeedTable build_seed_table(const std::vector<std::uint64_t>& shingles,
                           const std::vector<std::uint64_t>& frequent);

// Aligns `a` against `b`. `a_seeds` is a's seed table, `b_shingles` b's shingle_hashes() with the same seed
// length. Returns non-overlapping passages (on each side), sorted by a_begin. A passage starts and ends on a
// matched token, holds at least one exact seed and matches at least 3/4 of min_passage_tokens tokens.
std::vector<AlignedSpan> align_pair(const MatchSeq& a, const SeedTable& a_seeds, const MatchSeq& b,
                                    const std::vector<std::uint64_t>& b_shingles,
                                    const std::vector<std::uint64_t>& frequent, const AlignParams& params);

// Keeps the spans with the most matched tokens (ties: the earlier) that overlap no kept span on either side;
// returns them sorted by a_begin, then b_begin.
std::vector<AlignedSpan> resolve_spans(std::vector<AlignedSpan> spans);

}  // namespace entente
