// Postings sorted by feature; each feature's posting list emits its document pairs, then pairs are counted.
#include "pair_index.h"

#include <algorithm>
#include <utility>

namespace entente {

PairIndex index_pairs(const std::vector<std::vector<std::uint64_t>>& features, std::size_t max_df) {
  std::vector<std::pair<std::uint64_t, std::uint32_t>> postings;
  std::size_t total = 0;
  for (const auto& f : features) total += f.size();
  postings.reserve(total);
  for (std::uint32_t d = 0; d < features.size(); ++d) {
    for (std::uint64_t h : features[d]) postings.emplace_back(h, d);
  }
  std::sort(postings.begin(), postings.end());

  PairIndex out;
  out.kept.assign(features.size(), 0);
  // One key per shared feature: a (24 bits) | b (24 bits) | df (16 bits); sorting groups a pair's keys.
  std::vector<std::uint64_t> keys;
  for (std::size_t i = 0; i < postings.size();) {
    std::size_t j = i;
    while (j < postings.size() && postings[j].first == postings[i].first) ++j;
    if (j - i > max_df) {
      out.frequent.push_back(postings[i].first);
    } else {
      for (std::size_t x = i; x < j; ++x) {
        ++out.kept[postings[x].second];
        for (std::size_t y = x + 1; y < j; ++y) {
          keys.push_back((std::uint64_t{postings[x].second} << 40) |
                         (std::uint64_t{postings[y].second} << 16) | (j - i));
        }
      }
    }
    i = j;
  }
  std::sort(keys.begin(), keys.end());
  for (std::size_t i = 0; i < keys.size();) {
    SharedCount c;
    c.a = static_cast<std::uint32_t>(keys[i] >> 40);
    c.b = static_cast<std::uint32_t>(keys[i] >> 16) & 0xFFFFFF;
    std::size_t j = i;
    for (; j < keys.size() && (keys[j] >> 16) == (keys[i] >> 16); ++j) {
      c.evidence += 1.0 / static_cast<double>((keys[j] & 0xFFFF) - 1);
    }
    c.shared = static_cast<std::uint32_t>(j - i);
    out.pairs.push_back(c);
    i = j;
  }
  return out;
}

std::vector<std::uint64_t> frequent_features(const std::vector<std::vector<std::uint64_t>>& features,
                                             std::size_t max_df) {
  std::vector<std::uint64_t> all;
  for (const auto& f : features) all.insert(all.end(), f.begin(), f.end());
  std::sort(all.begin(), all.end());
  std::vector<std::uint64_t> out;
  for (std::size_t i = 0; i < all.size();) {
    std::size_t j = i;
    while (j < all.size() && all[j] == all[i]) ++j;
    if (j - i > max_df) out.push_back(all[i]);
    i = j;
  }
  return out;
}

}  // namespace entente
