// Shingles, winnowing guarantee, content bigrams, shared counts.
#include "fingerprint.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <iterator>
#include <random>

namespace {

entente::MatchSeq seq_of(const std::vector<std::string>& words) {
  entente::MatchSeq s;
  for (std::uint32_t i = 0; i < words.size(); ++i) {
    s.token.push_back(i);
    s.word.push_back(entente::hash_bytes(words[i]));
    s.flags.push_back(entente::is_stopword(words[i]) ? entente::kMatchStop : 0);
  }
  return s;
}

std::vector<std::string> words(int n, int salt) {
  std::vector<std::string> w;
  for (int i = 0; i < n; ++i) w.push_back("w" + std::to_string(i * 7919 % 1000 + salt * 1000));
  return w;
}

}  // namespace

TEST_CASE("shingle hashes: one per window, masked windows are zero") {
  entente::MatchSeq s = seq_of({"a", "b", "c", "d", "e", "f"});
  CHECK(entente::shingle_hashes(s, 3).size() == 4);
  CHECK(entente::shingle_hashes(s, 7).empty());
  s.flags[3] |= entente::kMatchMasked;
  const auto h = entente::shingle_hashes(s, 3);
  CHECK(h[0] != 0);
  CHECK(h[1] == 0);
  CHECK(h[2] == 0);
  CHECK(h[3] == 0);
}

TEST_CASE("equal windows hash equally wherever they are") {
  const auto h = entente::shingle_hashes(seq_of({"x", "a", "b", "c", "y", "a", "b", "c"}), 3);
  CHECK(h[1] == h[5]);
  CHECK(h[0] != h[1]);
}

TEST_CASE("winnowing: a shared run of window + k - 1 words always shares a fingerprint") {
  const int k = 5, w = 4;
  for (int salt = 1; salt < 30; ++salt) {
    std::vector<std::string> shared = words(w + k - 1, salt);
    std::vector<std::string> a = words(40, 100 + salt), b = words(25, 200 + salt);
    a.insert(a.begin() + salt % 30, shared.begin(), shared.end());
    b.insert(b.begin() + salt % 20, shared.begin(), shared.end());
    const auto fa = entente::winnow(entente::shingle_hashes(seq_of(a), k), w);
    const auto fb = entente::winnow(entente::shingle_hashes(seq_of(b), k), w);
    bool common = false;
    for (const auto& x : fa)
      for (const auto& y : fb) common = common || x.hash == y.hash;
    CHECK(common);
  }
}

TEST_CASE("winnowing selects far fewer fingerprints than shingles, in order") {
  const auto sh = entente::shingle_hashes(seq_of(words(200, 3)), 5);
  const auto fp = entente::winnow(sh, 4);
  CHECK(fp.size() < sh.size() / 1.5);
  for (std::size_t i = 1; i < fp.size(); ++i) CHECK(fp[i - 1].pos < fp[i].pos);
}

TEST_CASE("content bigrams skip function words") {
  const auto a = entente::content_bigrams(seq_of({"relations", "between", "pakistan", "and", "russia"}));
  const auto b = entente::content_bigrams(seq_of({"relations", "pakistan", "russia"}));
  CHECK(a.size() == 2);
  CHECK(a == b);
}

TEST_CASE("count_common counts the values two sorted sets share, as set_intersection does") {
  std::mt19937_64 rng(5);
  for (int round = 0; round < 200; ++round) {
    std::vector<std::uint64_t> x, y;
    const std::uint64_t range = 1 + rng() % 300;  // small ranges share many values, large ones few
    for (std::uint64_t n = rng() % 120; n > 0; --n) x.push_back(rng() % range);
    for (std::uint64_t n = rng() % 120; n > 0; --n) y.push_back(rng() % range);
    x = entente::sorted_set(x);
    y = entente::sorted_set(y);
    std::vector<std::uint64_t> both;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(both));
    CHECK(entente::count_common(x, y) == both.size());
    CHECK(entente::count_common(y, x) == both.size());
  }
  CHECK(entente::count_common({}, {1, 2}) == 0);
  CHECK(entente::count_common({UINT64_MAX}, {1, UINT64_MAX}) == 1);
}
