// Shingles, winnowing and content bigrams over match tokens.
#include "fingerprint.h"

#include <algorithm>

#include "radix_sort.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace entente {

std::uint64_t hash_bytes(std::string_view s) {
  const std::uint64_t h = XXH3_64bits(s.data(), s.size());
  return h == 0 ? 1 : h;
}

namespace {
std::uint64_t hash_words(const std::uint64_t* words, std::size_t count) {
  const std::uint64_t h = XXH3_64bits(words, count * sizeof(std::uint64_t));
  return h == 0 ? 1 : h;
}
}  // namespace

std::vector<std::uint64_t> shingle_hashes(const MatchSeq& seq, int k) {
  const std::size_t n = seq.size();
  const std::size_t kk = static_cast<std::size_t>(k);
  if (n < kk) return {};
  std::vector<std::uint64_t> out(n - kk + 1, 0);
  std::size_t last_masked = n;  // position of the most recent masked token seen, n = none
  for (std::size_t i = 0; i < n; ++i) {
    if (!seq.usable(i)) last_masked = i;
    if (i + 1 < kk) continue;
    const std::size_t start = i + 1 - kk;
    const bool clean = last_masked == n || last_masked < start;
    if (clean) out[start] = hash_words(&seq.word[start], kk);
  }
  return out;
}

std::vector<Fingerprint> winnow(const std::vector<std::uint64_t>& shingles, int window) {
  std::vector<Fingerprint> out;
  const std::size_t w = static_cast<std::size_t>(window);
  // Positions with increasing hashes (monotone queue of window minima): q[head, end).
  std::vector<std::uint32_t> q;
  q.reserve(shingles.size());
  std::size_t head = 0;
  auto key = [&](std::uint32_t p) { return shingles[p] == 0 ? UINT64_MAX : shingles[p]; };
  for (std::uint32_t i = 0; i < shingles.size(); ++i) {
    while (q.size() > head && key(q.back()) >= key(i)) q.pop_back();
    q.push_back(i);
    if (q[head] + w <= i) ++head;
    if (i + 1 < w && i + 1 != shingles.size()) continue;
    const std::uint32_t m = q[head];
    if (shingles[m] != 0 && (out.empty() || out.back().pos != m)) out.push_back({shingles[m], m});
  }
  return out;
}

std::vector<std::uint64_t> content_bigrams(const MatchSeq& seq) {
  std::vector<std::uint64_t> out;
  std::uint64_t prev = 0;
  for (std::size_t i = 0; i < seq.size(); ++i) {
    if (!seq.usable(i)) {
      prev = 0;
      continue;
    }
    if (seq.flags[i] & kMatchStop) continue;
    if (prev != 0) {
      const std::uint64_t pair[2] = {prev, seq.word[i]};
      out.push_back(hash_words(pair, 2));
    }
    prev = seq.word[i];
  }
  return sorted_set(std::move(out));
}

std::vector<std::uint64_t> content_words(const MatchSeq& seq) {
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < seq.size(); ++i) {
    if (seq.usable(i) && (seq.flags[i] & kMatchStop) == 0) out.push_back(seq.word[i]);
  }
  return sorted_set(std::move(out));
}

std::size_t count_common(const std::vector<std::uint64_t>& x, const std::vector<std::uint64_t>& y) {
  // Branch-free merge: hashes compare unpredictably, so each step advances by arithmetic, not by a jump.
  std::size_t n = 0;
  for (std::size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    const std::uint64_t a = x[i], b = y[j];
    n += a == b;
    i += a <= b;
    j += b <= a;
  }
  return n;
}

std::vector<std::uint64_t> sorted_set(std::vector<std::uint64_t> values) {
  sort_hashes(values);
  values.erase(std::unique(values.begin(), values.end()), values.end());
  if (!values.empty() && values.front() == 0) values.erase(values.begin());
  return values;
}

}  // namespace entente
