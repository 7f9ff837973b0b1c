// Postings sorted by feature; each feature's posting list emits its document pairs as packed keys, which are
// sorted and reduced. Passes over ranges of the first document bound the memory.
#include "pair_index.h"

#include <algorithm>
#include <utility>

#include "radix_sort.h"

namespace entente {
namespace {

using Posting = std::pair<std::uint64_t, std::uint32_t>;  // (feature, document)
using FeatureSets = std::vector<std::vector<std::uint64_t>>;

// Postings sorted at once: features are taken in ranges of their top bits, about this many at a time (for
// evenly spread hashes), so that no array of every posting (16 bytes each, plus as much to sort it) is built.
constexpr std::size_t kPostingsPerChunk = std::size_t{1} << 18;

// Calls f(chunk) for consecutive ranges of feature values, ascending: `chunk` holds the postings of every
// feature in the range, sorted by (feature, document). Each set of `features` must be sorted (its features of
// one range are then contiguous).
template <class F>
void for_each_posting_chunk(const FeatureSets& features, const F& f) {
  std::size_t total = 0;
  for (const auto& set : features) total += set.size();
  int bits = 0;  // the ranges: values of the top `bits` bits
  while (bits < 12 && (total >> bits) > kPostingsPerChunk) ++bits;
  std::vector<std::size_t> next(features.size(), 0);  // per set: its first feature not taken yet
  std::vector<Posting> chunk, scratch;
  for (std::uint64_t range = 0; range < (std::uint64_t{1} << bits); ++range) {
    chunk.clear();
    for (std::uint32_t d = 0; d < features.size(); ++d) {
      const std::vector<std::uint64_t>& set = features[d];
      std::size_t& i = next[d];
      for (; i < set.size() && (bits == 0 || set[i] >> (64 - bits) == range); ++i)
        chunk.emplace_back(set[i], d);
    }
    // Within a range the top bits are equal: the sort buckets on the bits below them.
    sort_by_top_bits(
        chunk, scratch, [bits](const Posting& p) { return p.first << bits; },
        [](const Posting& x, const Posting& y) { return x < y; });
    f(chunk);
  }
}

// Calls f(begin, end) for each run of postings holding one feature, in order.
template <class F>
void for_each_feature(const std::vector<Posting>& postings, const F& f) {
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t j = i;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    f(i, j);
    i = j;
  }
}

// The documents of the features held by 2 to max_df documents, grouped by feature (ascending), each group's
// documents ascending: group g is docs[starts[g], starts[g + 1]). Only documents are kept (4 bytes a posting,
// not a posting's 16), so the list that grows here, the largest block of the overlap stage, stays small.
struct KeptPostings {
  std::vector<std::uint32_t> docs;
  std::vector<std::uint32_t> starts{0};
  std::size_t groups() const { return starts.size() - 1; }
};

KeptPostings kept_postings(const FeatureSets& features, std::size_t max_df) {
  KeptPostings kept;
  for_each_posting_chunk(features, [&](const std::vector<Posting>& chunk) {
    for_each_feature(chunk, [&](std::size_t i, std::size_t j) {
      if (j - i < 2 || j - i > max_df) return;
      for (std::size_t x = i; x < j; ++x) kept.docs.push_back(chunk[x].second);
      kept.starts.push_back(static_cast<std::uint32_t>(kept.docs.size()));
    });
  });
  return kept;
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

std::vector<SharedCount> index_pairs(std::vector<std::vector<std::uint64_t>> features,
                                     const PairIndexOptions& options) {
  const std::size_t max_df = std::max<std::size_t>(2, options.max_df);
  const KeptPostings kept = kept_postings(features, max_df);
  const std::vector<std::uint32_t>& held = kept.docs;
  const std::size_t docs = features.size();
  FeatureSets().swap(features);  // only the kept documents are read from here on
  KeyLayout layout;
  layout.df_bits = bits_for(max_df);
  layout.b_bits = bits_for(docs);

  // Keys per first document, to cut the documents into passes of at most key_budget keys.
  std::vector<std::size_t> keys_of(docs + 1, 0);
  for (std::size_t g = 0; g < kept.groups(); ++g) {
    const std::size_t end = kept.starts[g + 1];
    for (std::size_t x = kept.starts[g]; x < end; ++x) keys_of[held[x]] += end - x - 1;
  }
  std::vector<SharedCount> out;
  std::vector<std::uint64_t> keys, scratch;
  for (std::uint32_t first = 0; first < docs;) {
    std::uint32_t last = first;  // pass over first documents [first, last)
    std::size_t budget = 0;
    while (last < docs && (last == first || budget + keys_of[last] <= options.key_budget)) {
      budget += keys_of[last++];
    }
    keys.reserve(budget);
    for (std::size_t g = 0; g < kept.groups(); ++g) {
      const std::size_t begin = kept.starts[g], end = kept.starts[g + 1];
      const std::uint64_t df = end - begin;
      for (std::size_t x = begin; x < end; ++x) {
        const std::uint32_t a = held[x];
        if (a < first) continue;
        if (a >= last) break;
        for (std::size_t y = x + 1; y < end; ++y) {
          keys.push_back(layout.key(a, held[y], df));
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
  std::vector<std::uint64_t> out;
  for_each_posting_chunk(features, [&](const std::vector<Posting>& chunk) {
    for_each_feature(chunk, [&](std::size_t i, std::size_t j) {
      if (j - i > max_df) out.push_back(chunk[i].first);
    });
  });
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
