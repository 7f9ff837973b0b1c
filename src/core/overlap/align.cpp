// Seeds come from equal shingles; each seed is extended both ways across small gaps, then overlapping
// passages are resolved greedily by size.
#include "align.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "radix_sort.h"

namespace entente {
namespace {

constexpr std::size_t kMaxSeedsPerShingle = 16;  // repeated text cannot blow up the work

// One bit per hash bucket of a document's seeds: most shingles of the other document are in no seed, and a
// bit test rejects them before the binary search (about 32 buckets per seed: ~3% false positives).
std::size_t seed_bucket(const SeedTable& seeds, std::uint64_t h) {
  return static_cast<std::size_t>(h ^ (h >> 32)) & seeds.mask;
}

void fill_seed_filter(SeedTable& seeds) {
  std::size_t bits = 4096;
  while (bits < seeds.entries.size() * 32) bits *= 2;
  seeds.mask = bits - 1;
  seeds.bits.assign(bits / 64, 0);
  for (const auto& s : seeds.entries) {
    const std::size_t b = seed_bucket(seeds, s.first);
    seeds.bits[b >> 6] |= std::uint64_t{1} << (b & 63);
  }
}

bool may_hold(const SeedTable& seeds, std::uint64_t h) {
  if (seeds.bits.empty()) return false;
  const std::size_t b = seed_bucket(seeds, h);
  return (seeds.bits[b >> 6] >> (b & 63)) & 1;
}

struct Step {
  int da = 0, db = 0;
};

// Gap shapes to try after a mismatch: fewest skipped tokens first, substitutions before indels.
std::vector<Step> gap_steps(int max_gap) {
  std::vector<Step> steps;
  for (int da = 0; da <= max_gap; ++da) {
    for (int db = 0; db <= max_gap; ++db) {
      if (da + db > 0) steps.push_back({da, db});
    }
  }
  std::sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) {
    const int tx = x.da + x.db, ty = y.da + y.db;
    if (tx != ty) return tx < ty;
    const int ux = std::abs(x.da - x.db), uy = std::abs(y.da - y.db);
    if (ux != uy) return ux < uy;
    return x.da < y.da;
  });
  return steps;
}

class Walker {
 public:
  Walker(const MatchSeq& a, const MatchSeq& b, int max_gap) : a_(a), b_(b), steps_(gap_steps(max_gap)) {}

  struct Reach {
    int a_len = 0, b_len = 0, matched = 0;
  };

  // Walks from (pa, pb) in direction dir (+1 or -1) over matching tokens and small gaps. The reach ends
  // after the last matched token.
  Reach walk(int pa, int pb, int dir) const {
    const int a0 = pa, b0 = pb;
    Reach r;
    for (;;) {
      while (eq(pa, pb)) {
        pa += dir;
        pb += dir;
        ++r.matched;
      }
      r.a_len = std::abs(pa - a0);
      r.b_len = std::abs(pb - b0);
      const Step* next = nullptr;
      for (const Step& s : steps_) {
        if (resyncs(pa + dir * s.da, pb + dir * s.db, dir)) {
          next = &s;
          break;
        }
      }
      if (next == nullptr) return r;
      pa += dir * next->da;
      pb += dir * next->db;
    }
  }

 private:
  bool eq(int x, int y) const {
    if (x < 0 || y < 0 || x >= static_cast<int>(a_.size()) || y >= static_cast<int>(b_.size())) return false;
    return a_.usable(x) && b_.usable(y) && a_.word[x] == b_.word[y];
  }
  bool content(int x) const { return (a_.flags[x] & kMatchStop) == 0; }

  // A gap may close where three tokens match, or two that are not both function words.
  bool resyncs(int x, int y, int dir) const {
    if (!eq(x, y) || !eq(x + dir, y + dir)) return false;
    return eq(x + 2 * dir, y + 2 * dir) || content(x) || content(x + dir);
  }

  const MatchSeq& a_;
  const MatchSeq& b_;
  std::vector<Step> steps_;
};

bool inside(const AlignedSpan& s, std::uint32_t i, std::uint32_t j) {
  return s.a_begin <= i && i < s.a_end && s.b_begin <= j && j < s.b_end;
}

bool overlaps(const AlignedSpan& x, const AlignedSpan& y) {
  return (x.a_begin < y.a_end && y.a_begin < x.a_end) || (x.b_begin < y.b_end && y.b_begin < x.b_end);
}

}  // namespace

std::vector<AlignedSpan> resolve_spans(std::vector<AlignedSpan> spans) {
  std::sort(spans.begin(), spans.end(), [](const AlignedSpan& x, const AlignedSpan& y) {
    if (x.matched != y.matched) return x.matched > y.matched;
    return std::tie(x.a_begin, x.b_begin, x.a_end, x.b_end) <
           std::tie(y.a_begin, y.b_begin, y.a_end, y.b_end);
  });
  std::vector<AlignedSpan> kept;
  for (const AlignedSpan& s : spans) {
    bool clash = false;
    for (const AlignedSpan& k : kept) clash = clash || overlaps(s, k);
    if (!clash) kept.push_back(s);
  }
  std::sort(kept.begin(), kept.end(), [](const AlignedSpan& x, const AlignedSpan& y) {
    return x.a_begin != y.a_begin ? x.a_begin < y.a_begin : x.b_begin < y.b_begin;
  });
  return kept;
}

SeedTable build_seed_table(const std::vector<std::uint64_t>& shingles,
                           const std::vector<std::uint64_t>& frequent) {
  SeedTable seeds;
  auto& table = seeds.entries;
  table.reserve(shingles.size());
  for (std::uint32_t i = 0; i < shingles.size(); ++i) {
    if (shingles[i] != 0) table.emplace_back(shingles[i], i);
  }
  std::vector<std::pair<std::uint64_t, std::uint32_t>> scratch;
  sort_by_top_bits(
      table, scratch, [](const auto& s) { return s.first; },
      [](const auto& x, const auto& y) { return x < y; });
  // Both sorted by hash: drop the frequent ones in one forward pass.
  auto f = frequent.begin();
  auto kept = table.begin();
  for (const auto& s : table) {
    f = std::lower_bound(f, frequent.end(), s.first);
    if (f == frequent.end() || *f != s.first) *kept++ = s;
  }
  table.erase(kept, table.end());
  fill_seed_filter(seeds);
  return seeds;
}

std::vector<AlignedSpan> align_pair(const MatchSeq& a, const SeedTable& a_seeds, const MatchSeq& b,
                                    const std::vector<std::uint64_t>& b_shingles,
                                    const std::vector<std::uint64_t>& frequent, const AlignParams& params) {
  const Walker walker(a, b, params.max_gap);
  const int k = params.seed;
  std::vector<AlignedSpan> tried, accepted;
  for (std::uint32_t j = 0; j < b_shingles.size(); ++j) {
    const std::uint64_t h = b_shingles[j];
    if (h == 0 || !may_hold(a_seeds, h)) continue;
    auto range =
        std::equal_range(a_seeds.entries.begin(), a_seeds.entries.end(), std::make_pair(h, std::uint32_t{0}),
                         [](const auto& x, const auto& y) { return x.first < y.first; });
    if (range.first == range.second || std::binary_search(frequent.begin(), frequent.end(), h)) continue;
    if (tried.size() > 64) {
      tried.erase(
          std::remove_if(tried.begin(), tried.end(), [j](const AlignedSpan& s) { return s.b_end <= j; }),
          tried.end());
    }
    std::size_t used = 0;
    for (auto it = range.first; it != range.second && used < kMaxSeedsPerShingle; ++it, ++used) {
      const std::uint32_t i = it->second;
      bool covered = false;
      for (const AlignedSpan& s : tried) covered = covered || inside(s, i, j);
      if (covered || !std::equal(&a.word[i], &a.word[i] + k, &b.word[j])) continue;
      const Walker::Reach back = walker.walk(static_cast<int>(i) - 1, static_cast<int>(j) - 1, -1);
      const Walker::Reach fwd = walker.walk(static_cast<int>(i) + k, static_cast<int>(j) + k, +1);
      AlignedSpan s;
      s.a_begin = i - back.a_len;
      s.b_begin = j - back.b_len;
      s.a_end = i + k + fwd.a_len;
      s.b_end = j + k + fwd.b_len;
      s.matched = k + back.matched + fwd.matched;
      tried.push_back(s);
      const std::uint32_t longer = std::max(s.a_end - s.a_begin, s.b_end - s.b_begin);
      if (longer >= static_cast<std::uint32_t>(params.min_passage_tokens) &&
          s.matched * 4 >= static_cast<std::uint32_t>(params.min_passage_tokens) * 3) {
        accepted.push_back(s);
      }
    }
  }
  return resolve_spans(std::move(accepted));
}

}  // namespace entente
