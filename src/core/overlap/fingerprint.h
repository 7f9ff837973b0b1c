// Hashed word shingles, winnowing (Schleimer, Wilkerson, Aiken 2003) and the softer content-bigram features
// used for candidate pairs and the pair score. Hashes are xxHash3 (64-bit, little-endian input on every
// target).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "match_normalize.h"

namespace entente {

// xxHash3 of the bytes of `s`. Never 0 (0 marks an unusable shingle).
std::uint64_t hash_bytes(std::string_view s);

// One hash per window of `k` consecutive match tokens (size n - k + 1, or 0 when n < k). A window holding a
// masked token gets 0. Precondition: k >= 1.
std::vector<std::uint64_t> shingle_hashes(const MatchSeq& seq, int k);

struct Fingerprint {
  std::uint64_t hash = 0;
  std::uint32_t pos = 0;  // index of the shingle
};

// Winnowing: the minimum hash of every window of `window` consecutive shingles (rightmost on ties), each
// selected position reported once, in order. Zero hashes are never selected. Guarantees that two sequences
// sharing a run of window + k - 1 usable tokens share a fingerprint. Precondition: window >= 1.
std::vector<Fingerprint> winnow(const std::vector<std::uint64_t>& shingles, int window);

// Hashes of consecutive pairs of content words (function words and masked tokens skipped). Sorted, unique.
std::vector<std::uint64_t> content_bigrams(const MatchSeq& seq);

// Hashes of the content words (function words and masked tokens skipped). Sorted, unique.
std::vector<std::uint64_t> content_words(const MatchSeq& seq);

// Number of values two sorted, duplicate-free vectors share.
std::size_t count_common(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y);

// Sorts and removes duplicates and zeros.
std::vector<std::uint64_t> sorted_set(std::vector<std::uint64_t> values);

}  // namespace entente
