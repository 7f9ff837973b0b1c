// Postings sorted by feature; each feature's posting list emits its document pairs as packed keys, which are
// sorted and reduced. Passes over ranges of the first document bound the memory.
#include "pair_index.h"

#include <algorithm>
#include <utility>

#include "radix_sort.h"

namespace entente {
namespace {

using Posting = std::pair<std::uint64_t, std::uint32_t>;  // (feature, document)

// Kept posting groups: [begin, end) ranges of postings holding one feature with 2 <= df <= max_df.
std::vector<std::pair<std::size_t, std::size_t>> kept_groups(const std::vector<Posting>& postings,
                                                             std::size_t max_df) {
  std::vector<std::pair<std::size_t, std::size_t>> groups;
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t j = i;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    if (j - i >= 2 && j - i <= max_df) groups.emplace_back(i, j);
    i = j;
  }
  return groups;
}

// Pair keys: a | b | df in as few bits as the corpus needs (fewer radix passes); sorting groups a pair's keys
// and orders them by (a, b, df).
struct KeyLayout {
  int df_bits = 16, b_bits = 24;
  std::uint64_t key(std::uint64_t a, std::uint64_t b, std::uint64_t df) const {
    return (a << (b_bits + df_bits)) | (b << df_bits) | df;
  }
  std::uint32_t a(std::uint64_t key) const { return static_cast<std::uint32_t>(key >> (b_bits + df_bits)); }
  std::uint32_t b(std::uint64_t key) const {
    return static_cast<std::uint32_t>(key >> df_bits) & ((std::uint32_t{1} << b_bits) - 1);
  }
  std::uint64_t df(std::uint64_t key) const { return key & ((std::uint64_t{1} << df_bits) - 1); }
};

// Bits needed to write values up to `n`.
int bits_for(std::size_t n) {
  int bits = 1;
  while (bits < 32 && (std::size_t{1} << bits) <= n) ++bits;
  return bits;
}

void reduce_keys(std::vector<std::uint64_t>& keys, std::vector<std::uint64_t>& scratch,
                 const KeyLayout& layout, const PairIndexOptions& options, std::vector<SharedCount>& out) {
  radix_sort(keys, scratch);
  for (std::size_t i = 0; i < keys.size();) {
    SharedCount c;
    c.a = layout.a(keys[i]);
    c.b = layout.b(keys[i]);
    std::size_t j = i;
    for (; j < keys.size() && (keys[j] >> layout.df_bits) == (keys[i] >> layout.df_bits); ++j) {
      c.evidence += 1.0 / static_cast<double>(layout.df(keys[j]) - 1);
    }
    c.shared = static_cast<std::uint32_t>(j - i);
    bool pass = c.evidence >= options.min_evidence;
    if (!pass && options.sizes != nullptr) {
      const double smaller = std::min((*options.sizes)[c.a], (*options.sizes)[c.b]);
      pass = c.shared >= options.min_share * smaller && c.shared >= options.min_shared;
    }
    if (pass) out.push_back(c);
    i = j;
  }
  keys.clear();
}

}  // namespace

std::vector<SharedCount> index_pairs(const std::vector<std::vector<std::uint64_t>>& features,
                                     const PairIndexOptions& options) {
  std::vector<Posting> postings;
  std::size_t total = 0;
  for (const auto& f : features) total += f.size();
  postings.reserve(total);
  for (std::uint32_t d = 0; d < features.size(); ++d) {
    for (std::uint64_t h : features[d]) postings.emplace_back(h, d);
  }
  {
    std::vector<Posting> scratch;
    sort_by_top_bits(
        postings, scratch, [](const Posting& p) { return p.first; },
        [](const Posting& x, const Posting& y) { return x < y; });
  }
  const std::size_t max_df = std::max<std::size_t>(2, options.max_df);
  const auto groups = kept_groups(postings, max_df);
  KeyLayout layout;
  layout.df_bits = bits_for(max_df);
  layout.b_bits = bits_for(features.size());

  // Keys per first document, to cut the documents into passes of at most key_budget keys.
  std::vector<std::size_t> keys_of(features.size() + 1, 0);
  for (const auto& [begin, end] : groups) {
    for (std::size_t x = begin; x < end; ++x) keys_of[postings[x].second] += end - x - 1;
  }
  std::vector<SharedCount> out;
  std::vector<std::uint64_t> keys, scratch;
  for (std::uint32_t first = 0; first < features.size();) {
    std::uint32_t last = first;  // pass over first documents [first, last)
    std::size_t budget = 0;
    while (last < features.size() && (last == first || budget + keys_of[last] <= options.key_budget)) {
      budget += keys_of[last++];
    }
    keys.reserve(budget);
    for (const auto& [begin, end] : groups) {
      const std::uint64_t df = end - begin;
      for (std::size_t x = begin; x < end; ++x) {
        const std::uint32_t a = postings[x].second;
        if (a < first) continue;
        if (a >= last) break;
        for (std::size_t y = x + 1; y < end; ++y) {
          keys.push_back(layout.key(a, postings[y].second, df));
        }
      }
    }
    reduce_keys(keys, scratch, layout, options, out);
    first = last;
  }
  return out;
}

std::vector<std::uint64_t> frequent_features(const std::vector<std::vector<std::uint64_t>>& features,
                                             std::size_t max_df) {
  std::vector<std::uint64_t> all;
  std::size_t total = 0;
  for (const auto& f : features) total += f.size();
  all.reserve(total);
  for (const auto& f : features) all.insert(all.end(), f.begin(), f.end());
  sort_hashes(all);
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (j - i > max_df) out.push_back(all[i]);
    i = j;
  }
  return out;
}

void remove_features(std::vector<std::vector<std::uint64_t>>& features,
                     const std::vector<std::uint64_t>& drop) {
  if (drop.empty()) return;
  for (auto& f : features) {
    if (!std::is_sorted(f.begin(), f.end())) {
      f.erase(
          std::remove_if(f.begin(), f.end(),
                         [&](std::uint64_t h) { return std::binary_search(drop.begin(), drop.end(), h); }),
          f.end());
      continue;
    }
    // Both sorted: each search starts where the previous one ended.
    auto d = drop.begin();
    auto kept = f.begin();
    for (std::uint64_t h : f) {
      d = std::lower_bound(d, drop.end(), h);
      if (d == drop.end() || *d != h) *kept++ = h;
    }
    f.erase(kept, f.end());
  }
}

}  // namespace entente
