// Phase 2 of phrase overlap (see overlap_plan.h): each candidate pair aligned, scored and its passages
// listed.
#include <algorithm>
#include <cmath>

#include "fingerprint.h"
#include "overlap_plan.h"
#include "reworded_sentences.h"

namespace entente {
namespace {

double round4(double x) {
  return std::round(x * 10000.0) / 10000.0;
}

Passage to_passage(const OverlapDoc& a, const OverlapDoc& b, const AlignedSpan& s) {
  Passage p;
  p.a_start = a.doc->tokens[a.seq.token[s.a_begin]].start;
  p.a_end = a.doc->tokens[a.seq.token[s.a_end - 1]].end;
  p.b_start = b.doc->tokens[b.seq.token[s.b_begin]].start;
  p.b_end = b.doc->tokens[b.seq.token[s.b_end - 1]].end;
  p.a_text = std::string(a.doc->slice(p.a_start, p.a_end));
  p.b_text = std::string(b.doc->slice(p.b_start, p.b_end));
  const double words = static_cast<double>(s.a_end - s.a_begin + s.b_end - s.b_begin);
  p.similarity = round4(2.0 * s.matched / words);
  return p;
}

// Shared over the smaller of two sizes, in [0, 1].
double containment(std::size_t shared, std::size_t size_a, std::size_t size_b) {
  const std::size_t smaller = std::min(size_a, size_b);
  return smaller == 0 ? 0.0 : std::min(1.0, static_cast<double>(shared) / static_cast<double>(smaller));
}

// Share of the match tokens [begin, end) of `seq` outside quotations.
double narrative_share(const MatchSeq& seq, std::uint32_t begin, std::uint32_t end) {
  std::uint32_t out = 0;
  for (std::uint32_t i = begin; i < end; ++i) out += (seq.flags[i] & kMatchQuoted) == 0 ? 1 : 0;
  return end > begin ? static_cast<double>(out) / static_cast<double>(end - begin) : 0.0;
}

// The coverage of overlap.h. Each passage's matched words count times the smaller share of its words
// outside quotations (of its two sides); the rest, shared quotation, leaves the count and the size of the
// document holding fewer words alike. `shared` is the sum of the passages' matched words.
double coverage(const OverlapDoc& a, const OverlapDoc& b, const std::vector<AlignedSpan>& spans,
                std::uint32_t shared) {
  double narrative = 0;
  for (const AlignedSpan& s : spans) {
    narrative += s.matched * std::min(narrative_share(a.seq, s.a_begin, s.a_end),
                                      narrative_share(b.seq, s.b_begin, s.b_end));
  }
  const double smaller = static_cast<double>(std::min(a.usable, b.usable)) - (shared - narrative);
  if (smaller < 0.5) return containment(shared, a.usable, b.usable);  // all quotation, all shared
  return std::min(1.0, narrative / smaller);
}

// The pair score documented in overlap.h. Word containment is squared: documents on one topic share many
// words, so only a high share says much.
double pair_score(double coverage, double words) {
  return round4((coverage + words * words) / 2.0);
}

// The `limit` spans with the most matched words (ties: the earlier), kept in text order.
std::vector<AlignedSpan> top_spans(std::vector<AlignedSpan> spans, int limit) {
  const std::size_t n = static_cast<std::size_t>(std::max(0, limit));
  if (spans.size() <= n) return spans;
  std::vector<std::size_t> order(spans.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return spans[x].matched > spans[y].matched; });
  order.resize(n);
  std::sort(order.begin(), order.end());
  std::vector<AlignedSpan> out;
  for (std::size_t i : order) out.push_back(spans[i]);
  return out;
}

}  // namespace

void score_candidates(const OverlapPlan& plan, std::size_t begin, std::size_t end,
                      std::vector<OverlapPair>& out) {
  end = std::min(end, plan.candidates.size());
  const int k = plan.align.seed;
  SeedTable seeds;
  std::uint32_t seeds_of = UINT32_MAX;
  SentenceMemo sentences(plan.docs.size());
  for (std::size_t i = begin; i < end; ++i) {
    const OverlapCandidate& c = plan.candidates[i];
    const OverlapDoc& a = plan.docs[c.a];
    const OverlapDoc& b = plan.docs[c.b];
    if (seeds_of != c.a) {
      seeds = build_seed_table(shingle_hashes(a.seq, k), plan.frequent);
      seeds_of = c.a;
    }
    OverlapPair pair;
    pair.a = a.doc->id;
    pair.b = b.doc->id;
    const std::vector<std::uint64_t> b_shingles = shingle_hashes(b.seq, k);
    std::vector<AlignedSpan> spans = align_pair(a.seq, seeds, b.seq, b_shingles, plan.frequent, plan.align);
    std::uint32_t shared = 0;
    for (const AlignedSpan& s : spans) shared += s.matched;
    pair.shared_tokens = static_cast<int>(shared);
    pair.score = pair_score(coverage(a, b, spans, shared),
                            containment(count_common(a.words, b.words), a.words.size(), b.words.size()));
    if (pair.score <= 0 || pair.score < plan.params.min_score) continue;
    spans = sentence_passages(plan, c, std::move(spans), sentences);
    for (const AlignedSpan& s : top_spans(std::move(spans), plan.params.max_passages))
      pair.passages.push_back(to_passage(a, b, s));
    out.push_back(std::move(pair));
  }
}

}  // namespace entente
