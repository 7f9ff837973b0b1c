// Phase 1 of phrase overlap: normalize, shingles, boilerplate frequencies, inverted-index candidates (phase
// 2, alignment and the pair score: overlap_score.cpp).
#include "overlap_plan.h"

#include <algorithm>
#include <unordered_map>

#include "boilerplate.h"
#include "fingerprint.h"
#include "pair_index.h"
#include "quoted_speech.h"

namespace entente {
namespace {

// Fingerprints and bigrams held by more documents than this never create candidate pairs (they add little
// evidence and quadratic work); such shingles still seed passages unless they are boilerplate.
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
// ... except in corpora of at most this many documents, where every pair sharing one such feature is compared
// (at most 19,900 alignments). A heavy rewrite keeps the source's words but few of its bigrams: on
// hand-written reuse sets (five tasks, 65 documents) a quarter of the rewrites shared only 4-5 bigrams (3-7%)
// with their source, were never compared and scored 0, as low as answers written independently.
constexpr std::size_t kAllPairsDocs = 200;
// Fingerprints and bigrams share one index; fingerprints are tagged so the two families never collide.
constexpr std::uint64_t kPrintTag = 0x9E3779B97F4A7C15ull;

}  // namespace

OverlapDoc prepare_overlap_doc(const Document& d, const JoinVocabulary& vocab, NormalizeCache& cache) {
  OverlapDoc m;
  m.doc = &d;
  m.seq = normalize_for_matching(d, vocab, &cache);
  mark_stock_lines(d, m.seq);
  for (std::size_t i = 0; i < m.seq.size(); ++i) m.usable += m.seq.usable(i) ? 1 : 0;
  return m;
}

std::vector<OverlapDoc> prepare_overlap_docs(const Corpus& corpus, const JoinVocabulary& vocab) {
  NormalizeCache cache;
  std::vector<OverlapDoc> docs;
  for (const Document& d : corpus.docs)
    if (d.ok()) docs.push_back(prepare_overlap_doc(d, vocab, cache));
  return docs;
}

namespace {

using Sets = std::vector<std::vector<std::uint64_t>>;

// Calls f(i, m) with m = prepare_overlap_doc() of each document of `docs` in turn (i its index): one match
// sequence (about 13 bytes per word) is alive at a time.
template <class F>
void for_each_prepared(const std::vector<const Document*>& docs, const JoinVocabulary& vocab,
                       NormalizeCache& cache, const F& f) {
  for (std::size_t i = 0; i < docs.size(); ++i) f(i, prepare_overlap_doc(*docs[i], vocab, cache));
}

// `set` without the features listed in `drop` (both sorted).
std::vector<std::uint64_t> without(std::vector<std::uint64_t> set, const std::vector<std::uint64_t>& drop) {
  Sets one(1, std::move(set));
  remove_features(one, drop);
  return std::move(one[0]);
}

// The features counted in more than `max_df` sets, sorted (frequent_features() from counts).
std::vector<std::uint64_t> more_than(const std::unordered_map<std::uint64_t, std::uint32_t>& df,
                                     std::size_t max_df) {
  std::vector<std::uint64_t> out;
  for (const auto& [feature, count] : df)
    if (count > max_df) out.push_back(feature);
  std::sort(out.begin(), out.end());
  return out;
}

// One feature set per document: tagged winnowed fingerprints and content bigrams (both moved in).
Sets evidence_sets(Sets prints, Sets bigrams) {
  for (std::size_t d = 0; d < prints.size(); ++d) {
    for (std::uint64_t& h : prints[d]) h ^= kPrintTag;
    prints[d].insert(prints[d].end(), bigrams[d].begin(), bigrams[d].end());
    std::vector<std::uint64_t>().swap(bigrams[d]);
    prints[d] = sorted_set(std::move(prints[d]));
  }
  return prints;
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
  rule.min_evidence = docs <= kAllPairsDocs ? 0.0 : kMinEvidence;
  rule.min_share = kMinShare;
  rule.min_shared = kMinShared;
  rule.print_tag = kPrintTag;
  return rule;
}

// Pass 3 of plan_overlap(): the documents of some candidate prepared for alignment, their content words
// without the common ones; the others keep only their document.
void prepare_candidates(OverlapPlan& plan, const std::vector<const Document*>& docs,
                        const JoinVocabulary& vocab, NormalizeCache& cache,
                        const std::vector<std::uint64_t>& common_words) {
  std::vector<bool> needed(docs.size(), false);
  for (const OverlapCandidate& c : plan.candidates) needed[c.a] = needed[c.b] = true;
  plan.docs.resize(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) {
    plan.docs[i].doc = docs[i];
    if (!needed[i]) continue;
    plan.docs[i] = prepare_overlap_doc(*docs[i], vocab, cache);
    mark_quoted_speech(*docs[i], plan.docs[i].seq);
    plan.docs[i].words = without(content_words(plan.docs[i].seq), common_words);
  }
}

namespace {

// The pairs that pass `rule` on their shared fingerprints and content bigrams (boilerplate removed), sorted.
std::vector<OverlapCandidate> index_candidates(const CandidateRule& rule, Sets prints, Sets bigrams) {
  std::vector<std::uint32_t> sizes;
  for (const auto& b : bigrams) sizes.push_back(static_cast<std::uint32_t>(b.size()));
  PairIndexOptions options;
  options.max_df = rule.pair_df;
  options.min_evidence = rule.min_evidence;
  options.min_share = rule.min_share;
  options.min_shared = rule.min_shared;
  options.sizes = &sizes;
  std::vector<OverlapCandidate> out;
  for (const SharedCount& c : index_pairs(evidence_sets(std::move(prints), std::move(bigrams)), options))
    out.push_back({c.a, c.b});
  return out;
}

}  // namespace

// plan_overlap() in three passes over the documents, each normalizing them again, so that no two families of
// feature sets of the whole corpus are held at once beside a sort: 1. shingles (boilerplate) and winnowed
// fingerprints; 2. content bigrams and the common content words (counted), then the candidates; 3. the
// documents of some candidate, for alignment.
OverlapPlan plan_overlap(const Corpus& corpus, const OverlapParams& params) {
  OverlapPlan plan;
  plan.params = params;
  plan.align = align_params(params);
  const int k = plan.align.seed;
  const JoinVocabulary vocab = build_join_vocabulary(corpus);
  std::vector<const Document*> docs;
  std::size_t tokens = 0;
  for (const Document& d : corpus.docs)
    if (d.ok()) {
      docs.push_back(&d);
      tokens += d.tokens.size();
    }
  NormalizeCache cache(expected_forms(tokens));
  const CandidateRule rule = candidate_rule(docs.size(), params);
  Sets shingles(docs.size()), prints(docs.size()), bigrams(docs.size());
  for_each_prepared(docs, vocab, cache, [&](std::size_t i, const OverlapDoc& m) {
    const std::vector<std::uint64_t> hashes = shingle_hashes(m.seq, k);
    shingles[i] = sorted_set(hashes);
    std::vector<std::uint64_t> p;
    for (const Fingerprint& fp : winnow(hashes, rule.window)) p.push_back(fp.hash);
    prints[i] = sorted_set(std::move(p));
  });
  plan.frequent = frequent_features(shingles, rule.max_df);
  Sets().swap(shingles);
  remove_features(prints, plan.frequent);
  std::unordered_map<std::uint64_t, std::uint32_t> word_df;  // content words are few: counted, not kept
  for_each_prepared(docs, vocab, cache, [&](std::size_t i, const OverlapDoc& m) {
    bigrams[i] = content_bigrams(m.seq);
    for (std::uint64_t w : content_words(m.seq)) ++word_df[w];
  });
  const std::vector<std::uint64_t> common_words = more_than(word_df, rule.max_df);
  decltype(word_df)().swap(word_df);
  const std::vector<std::uint64_t> common_bigrams = frequent_features(bigrams, rule.pair_df);
  remove_features(bigrams, common_bigrams);
  plan.candidates = index_candidates(rule, std::move(prints), std::move(bigrams));
  prepare_candidates(plan, docs, vocab, cache, common_words);
  return plan;
}

}  // namespace entente
