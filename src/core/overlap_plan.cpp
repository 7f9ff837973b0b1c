// Phase 1 (normalize, shingles, boilerplate frequencies, inverted-index candidates) and phase 2 (alignment
// and the pair score) of phrase overlap.
#include "overlap_plan.h"

#include <algorithm>
#include <cmath>

#include "boilerplate.h"
#include "fingerprint.h"
#include "pair_index.h"

namespace entente {
namespace {

// Features held by more documents than this create no candidate pairs (they would add little evidence and
// quadratic work); they still seed passages unless they are boilerplate.
constexpr std::size_t kMaxPrintPairDf = 64;
constexpr std::size_t kMaxBigramPairDf = 32;
// Evidence a pair needs to be compared (see merge_candidates).
constexpr double kMinEvidence = 2.0;

double round4(double x) {
  return std::round(x * 10000.0) / 10000.0;
}

std::vector<OverlapDoc> prepare(const Corpus& corpus, int k) {
  const JoinVocabulary vocab = build_join_vocabulary(corpus);
  std::vector<OverlapDoc> docs;
  for (const Document& d : corpus.docs) {
    if (!d.ok()) continue;
    OverlapDoc m;
    m.doc = &d;
    m.seq = normalize_for_matching(d, vocab);
    mark_stock_lines(d, m.seq);
    m.shingles = shingle_hashes(m.seq, k);
    for (std::size_t i = 0; i < m.seq.size(); ++i) m.usable += m.seq.usable(i) ? 1 : 0;
    docs.push_back(std::move(m));
  }
  return docs;
}

// Winnowed fingerprints of each document, boilerplate removed, as sorted sets.
std::vector<std::vector<std::uint64_t>> winnowed_sets(const std::vector<OverlapDoc>& docs, int window,
                                                      const std::vector<std::uint64_t>& frequent) {
  std::vector<std::vector<std::uint64_t>> out;
  for (const OverlapDoc& m : docs) {
    std::vector<std::uint64_t> f;
    for (const Fingerprint& fp : winnow(m.shingles, window)) {
      if (!std::binary_search(frequent.begin(), frequent.end(), fp.hash)) f.push_back(fp.hash);
    }
    out.push_back(sorted_set(std::move(f)));
  }
  return out;
}

// Content words of each document, those in more than max_df documents removed.
std::vector<std::vector<std::uint64_t>> content_word_sets(const std::vector<OverlapDoc>& docs,
                                                          std::size_t max_df) {
  std::vector<std::vector<std::uint64_t>> sets;
  for (const OverlapDoc& m : docs) sets.push_back(content_words(m.seq));
  const std::vector<std::uint64_t> frequent = frequent_features(sets, max_df);
  if (frequent.empty()) return sets;
  for (auto& s : sets) {
    s.erase(std::remove_if(
                s.begin(), s.end(),
                [&](std::uint64_t h) { return std::binary_search(frequent.begin(), frequent.end(), h); }),
            s.end());
  }
  return sets;
}

// Pairs with enough shared evidence (fingerprints and content bigrams, each worth 1 / (df - 1)), sorted by
// (a, b). Two fingerprints or bigrams held by the two documents alone suffice (a shared eight-word sentence
// brings one fingerprint and several bigrams); phrases held by twenty documents need thirty-eight like them.
std::vector<OverlapCandidate> merge_candidates(const PairIndex& prints, const PairIndex& bigrams) {
  std::vector<OverlapCandidate> out;
  std::size_t i = 0, j = 0;
  const auto& p = prints.pairs;
  const auto& q = bigrams.pairs;
  while (i < p.size() || j < q.size()) {
    const bool take_p =
        j == q.size() || (i < p.size() && (p[i].a < q[j].a || (p[i].a == q[j].a && p[i].b <= q[j].b)));
    const bool take_q =
        i == p.size() || (j < q.size() && (q[j].a < p[i].a || (q[j].a == p[i].a && q[j].b <= p[i].b)));
    OverlapCandidate c;
    c.a = take_p ? p[i].a : q[j].a;
    c.b = take_p ? p[i].b : q[j].b;
    c.shared_bigrams = take_q ? q[j].shared : 0;
    const double evidence = (take_p ? p[i].evidence : 0.0) + (take_q ? q[j].evidence : 0.0);
    if (evidence >= kMinEvidence) out.push_back(c);
    i += take_p ? 1 : 0;
    j += take_q ? 1 : 0;
  }
  return out;
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

// The pair score documented in overlap.h. Unigram containment is cubed: documents on one topic share many
// words, so only a high share says much.
double pair_score(double coverage, double bigrams, double words) {
  const double phrase = (2.0 * bigrams + words * words * words) / 3.0;
  return round4((coverage + phrase) / 2.0);
}

}  // namespace

OverlapPlan plan_overlap(const Corpus& corpus, const OverlapParams& params) {
  OverlapPlan plan;
  plan.params = params;
  plan.align.seed = std::max(1, params.shingle);
  plan.align.min_passage_tokens = std::max(plan.align.seed, params.min_passage_tokens);
  plan.align.max_gap = std::clamp(params.max_gap, 0, 16);
  plan.docs = prepare(corpus, plan.align.seed);
  const std::size_t max_df =
      max_feature_df(plan.docs.size(), params.boilerplate_share,
                     static_cast<std::size_t>(std::max(2, params.boilerplate_min_docs)));
  std::vector<std::vector<std::uint64_t>> shingle_sets, bigram_sets;
  for (const OverlapDoc& m : plan.docs) {
    shingle_sets.push_back(sorted_set(m.shingles));
    bigram_sets.push_back(content_bigrams(m.seq));
  }
  plan.frequent = frequent_features(shingle_sets, max_df);
  shingle_sets.clear();
  const int window = plan.align.min_passage_tokens - plan.align.seed + 1;
  const PairIndex prints =
      index_pairs(winnowed_sets(plan.docs, window, plan.frequent), std::min(max_df, kMaxPrintPairDf));
  const PairIndex bigrams = index_pairs(bigram_sets, std::min(max_df, kMaxBigramPairDf));
  std::vector<std::vector<std::uint64_t>> words = content_word_sets(plan.docs, max_df);
  for (std::size_t d = 0; d < plan.docs.size(); ++d) {
    plan.docs[d].words = std::move(words[d]);
    plan.docs[d].bigrams = bigrams.kept[d];
  }
  plan.candidates = merge_candidates(prints, bigrams);
  return plan;
}

void score_candidates(const OverlapPlan& plan, std::size_t begin, std::size_t end,
                      std::vector<OverlapPair>& out) {
  end = std::min(end, plan.candidates.size());
  SeedTable seeds;
  std::uint32_t seeds_of = UINT32_MAX;
  for (std::size_t i = begin; i < end; ++i) {
    const OverlapCandidate& c = plan.candidates[i];
    const OverlapDoc& a = plan.docs[c.a];
    const OverlapDoc& b = plan.docs[c.b];
    if (seeds_of != c.a) {
      seeds = build_seed_table(a.shingles, plan.frequent);
      seeds_of = c.a;
    }
    OverlapPair pair;
    pair.a = a.doc->id;
    pair.b = b.doc->id;
    std::uint32_t shared = 0;
    for (const AlignedSpan& s : align_pair(a.seq, seeds, b.seq, b.shingles, plan.frequent, plan.align)) {
      shared += s.matched;
      pair.passages.push_back(to_passage(a, b, s));
    }
    pair.shared_tokens = static_cast<int>(shared);
    pair.score = pair_score(containment(shared, a.usable, b.usable),
                            containment(c.shared_bigrams, a.bigrams, b.bigrams),
                            containment(count_common(a.words, b.words), a.words.size(), b.words.size()));
    if (pair.score > 0) out.push_back(std::move(pair));
  }
}

}  // namespace entente
