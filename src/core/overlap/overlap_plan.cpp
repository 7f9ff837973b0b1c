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

// Fingerprints and bigrams held by more documents than this neither create candidate pairs nor count in the
// phrase score (they add little evidence and quadratic work); such shingles still seed passages unless they
// are boilerplate.
constexpr std::size_t kMaxPairDf = 32;
// Evidence a pair needs to be compared: each shared fingerprint or content bigram is worth 1 / (df - 1), so
// two held by the two documents alone suffice (a shared eight-word sentence brings one fingerprint and
// several bigrams), while phrases held by twenty documents need thirty-eight like them.
constexpr double kMinEvidence = 2.0;
// ... or share this fraction of the smaller document's content bigrams, however common (a heavy rewrite of a
// source that many documents reuse), and at least kMinShared features. The floor matters in large corpora:
// there bigram sets shrink (more bigrams pass pair_df), and 8% of a set of 12 is one chance bigram; without
// it candidates grew with D^2 on generated text (290,000 at 20,000 documents, 95% from one to three shared
// features); with it 36,718 at 20,000 and 47,486 at 100,000, every planted copy listed. No change at 1,000.
constexpr double kMinShare = 0.08;
constexpr std::size_t kMinShared = 4;
// Fingerprints and bigrams share one index; fingerprints are tagged so the two families never collide.
constexpr std::uint64_t kPrintTag = 0x9E3779B97F4A7C15ull;

double round4(double x) {
  return std::round(x * 10000.0) / 10000.0;
}

}  // namespace

OverlapDoc prepare_overlap_doc(const Document& d, int k, const JoinVocabulary& vocab, NormalizeCache& cache) {
  OverlapDoc m;
  m.doc = &d;
  m.seq = normalize_for_matching(d, vocab, &cache);
  mark_stock_lines(d, m.seq);
  m.shingles = shingle_hashes(m.seq, k);
  for (std::size_t i = 0; i < m.seq.size(); ++i) m.usable += m.seq.usable(i) ? 1 : 0;
  return m;
}

std::vector<OverlapDoc> prepare_overlap_docs(const Corpus& corpus, int k, const JoinVocabulary& vocab) {
  NormalizeCache cache;
  std::vector<OverlapDoc> docs;
  for (const Document& d : corpus.docs)
    if (d.ok()) docs.push_back(prepare_overlap_doc(d, k, vocab, cache));
  return docs;
}

namespace {

// The feature sets of every successful document, taken one document at a time so that only one match
// sequence is alive at once (each is about 21 bytes per word with its shingles).
struct PlanFeatures {
  std::vector<const Document*> docs;
  std::vector<std::vector<std::uint64_t>> shingles;  // sorted sets
  std::vector<std::vector<std::uint64_t>> prints;    // winnowed fingerprints (sorted sets), boilerplate kept
  std::vector<std::vector<std::uint64_t>> bigrams;   // content_bigrams()
  std::vector<std::vector<std::uint64_t>> words;     // content_words()
};

PlanFeatures plan_features(const Corpus& corpus, int k, int window, const JoinVocabulary& vocab,
                           NormalizeCache& cache) {
  PlanFeatures f;
  for (const Document& d : corpus.docs) {
    if (!d.ok()) continue;
    const OverlapDoc m = prepare_overlap_doc(d, k, vocab, cache);
    f.docs.push_back(&d);
    f.shingles.push_back(sorted_set(m.shingles));
    std::vector<std::uint64_t> prints;
    for (const Fingerprint& fp : winnow(m.shingles, window)) prints.push_back(fp.hash);
    f.prints.push_back(sorted_set(std::move(prints)));
    f.bigrams.push_back(content_bigrams(m.seq));
    f.words.push_back(content_words(m.seq));
  }
  return f;
}

// One feature set per document: tagged winnowed fingerprints and content bigrams.
std::vector<std::vector<std::uint64_t>> evidence_sets(std::vector<std::vector<std::uint64_t>> prints,
                                                      const std::vector<OverlapDoc>& docs) {
  for (std::size_t d = 0; d < docs.size(); ++d) {
    for (std::uint64_t& h : prints[d]) h ^= kPrintTag;
    prints[d].insert(prints[d].end(), docs[d].bigram_set.begin(), docs[d].bigram_set.end());
    prints[d] = sorted_set(std::move(prints[d]));
  }
  return prints;
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

AlignParams align_params(const OverlapParams& params) {
  AlignParams align;
  align.seed = std::max(1, params.shingle);
  align.min_passage_tokens = std::max(align.seed, params.min_passage_tokens);
  align.max_gap = std::clamp(params.max_gap, 0, 16);
  return align;
}

CandidateRule candidate_rule(std::size_t docs, const OverlapParams& params) {
  const AlignParams align = align_params(params);
  CandidateRule rule;
  rule.max_df = max_feature_df(docs, params.boilerplate_share,
                               static_cast<std::size_t>(std::max(2, params.boilerplate_min_docs)));
  rule.pair_df = std::min(rule.max_df, kMaxPairDf);
  rule.window = align.min_passage_tokens - align.seed + 1;
  rule.min_evidence = kMinEvidence;
  rule.min_share = kMinShare;
  rule.min_shared = kMinShared;
  rule.print_tag = kPrintTag;
  return rule;
}

OverlapPlan plan_overlap(const Corpus& corpus, const OverlapParams& params) {
  OverlapPlan plan;
  plan.params = params;
  plan.align = align_params(params);
  const JoinVocabulary vocab = build_join_vocabulary(corpus);
  NormalizeCache cache;
  std::size_t ok_docs = 0;
  for (const Document& d : corpus.docs) ok_docs += d.ok() ? 1 : 0;
  const CandidateRule rule = candidate_rule(ok_docs, params);
  PlanFeatures f = plan_features(corpus, plan.align.seed, rule.window, vocab, cache);
  plan.frequent = frequent_features(f.shingles, rule.max_df);
  std::vector<std::vector<std::uint64_t>>().swap(f.shingles);
  remove_features(f.prints, plan.frequent);
  remove_features(f.bigrams, frequent_features(f.bigrams, rule.pair_df));
  remove_features(f.words, frequent_features(f.words, rule.max_df));
  plan.docs.resize(f.docs.size());
  for (std::size_t d = 0; d < f.docs.size(); ++d) {
    plan.docs[d].doc = f.docs[d];
    plan.docs[d].words = std::move(f.words[d]);
    plan.docs[d].bigram_set = std::move(f.bigrams[d]);
  }
  PairIndexOptions options;
  options.max_df = rule.pair_df;
  options.min_evidence = rule.min_evidence;
  options.min_share = rule.min_share;
  options.min_shared = rule.min_shared;
  std::vector<std::uint32_t> sizes;
  for (const OverlapDoc& m : plan.docs) sizes.push_back(static_cast<std::uint32_t>(m.bigram_set.size()));
  options.sizes = &sizes;
  for (const SharedCount& c : index_pairs(evidence_sets(std::move(f.prints), plan.docs), options))
    plan.candidates.push_back({c.a, c.b});
  // Match sequences and shingles again, for the documents of some candidate only (same vocabulary, same
  // result).
  std::vector<bool> needed(plan.docs.size(), false);
  for (const OverlapCandidate& c : plan.candidates) needed[c.a] = needed[c.b] = true;
  for (std::size_t d = 0; d < plan.docs.size(); ++d) {
    if (!needed[d]) continue;
    OverlapDoc m = prepare_overlap_doc(*plan.docs[d].doc, plan.align.seed, vocab, cache);
    plan.docs[d].seq = std::move(m.seq);
    plan.docs[d].shingles = std::move(m.shingles);
    plan.docs[d].usable = m.usable;
  }
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
    std::vector<AlignedSpan> spans = align_pair(a.seq, seeds, b.seq, b.shingles, plan.frequent, plan.align);
    std::uint32_t shared = 0;
    for (const AlignedSpan& s : spans) shared += s.matched;
    pair.shared_tokens = static_cast<int>(shared);
    pair.score = pair_score(
        containment(shared, a.usable, b.usable),
        containment(count_common(a.bigram_set, b.bigram_set), a.bigram_set.size(), b.bigram_set.size()),
        containment(count_common(a.words, b.words), a.words.size(), b.words.size()));
    if (pair.score <= 0 || pair.score < plan.params.min_score) continue;
    for (const AlignedSpan& s : top_spans(std::move(spans), plan.params.max_passages))
      pair.passages.push_back(to_passage(a, b, s));
    out.push_back(std::move(pair));
  }
}

}  // namespace entente
