// Phrase overlap pipeline: normalize -> shingles and content bigrams -> boilerplate frequencies ->
// inverted-index candidate pairs -> per-pair alignment -> scores.
#include "overlap.h"

#include <algorithm>
#include <cmath>

#include "align.h"
#include "boilerplate.h"
#include "fingerprint.h"
#include "match_normalize.h"
#include "pair_index.h"

namespace entente {
namespace {

// Everything computed once per document.
struct DocMatch {
  const Document* doc = nullptr;
  MatchSeq seq;
  std::vector<std::uint64_t> shingles;  // per position, 0 when masked
  std::uint32_t usable = 0;             // unmasked match tokens
};

struct Candidate {
  std::uint32_t a = 0, b = 0;
  std::uint32_t shared_bigrams = 0;
};

double round4(double x) {
  return std::round(x * 10000.0) / 10000.0;
}

std::vector<DocMatch> prepare(const Corpus& corpus, int k) {
  const JoinVocabulary vocab = build_join_vocabulary(corpus);
  std::vector<DocMatch> docs;
  for (const Document& d : corpus.docs) {
    if (!d.ok()) continue;
    DocMatch m;
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
std::vector<std::vector<std::uint64_t>> winnowed_sets(const std::vector<DocMatch>& docs, int window,
                                                      const std::vector<std::uint64_t>& frequent) {
  std::vector<std::vector<std::uint64_t>> out;
  for (const DocMatch& m : docs) {
    std::vector<std::uint64_t> f;
    for (const Fingerprint& fp : winnow(m.shingles, window)) {
      if (!std::binary_search(frequent.begin(), frequent.end(), fp.hash)) f.push_back(fp.hash);
    }
    out.push_back(sorted_set(std::move(f)));
  }
  return out;
}

// Content words of each document, those in more than max_df documents removed.
std::vector<std::vector<std::uint64_t>> content_word_sets(const std::vector<DocMatch>& docs,
                                                          std::size_t max_df) {
  std::vector<std::vector<std::uint64_t>> sets;
  for (const DocMatch& m : docs) sets.push_back(content_words(m.seq));
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

// Pairs sharing a fingerprint or at least two content bigrams, sorted by (a, b).
std::vector<Candidate> merge_candidates(const PairIndex& prints, const PairIndex& bigrams) {
  std::vector<Candidate> out;
  std::size_t i = 0, j = 0;
  const auto& p = prints.pairs;
  const auto& q = bigrams.pairs;
  while (i < p.size() || j < q.size()) {
    const bool take_p =
        j == q.size() || (i < p.size() && (p[i].a < q[j].a || (p[i].a == q[j].a && p[i].b <= q[j].b)));
    const bool take_q =
        i == p.size() || (j < q.size() && (q[j].a < p[i].a || (q[j].a == p[i].a && q[j].b <= p[i].b)));
    Candidate c;
    c.a = take_p ? p[i].a : q[j].a;
    c.b = take_p ? p[i].b : q[j].b;
    c.shared_bigrams = take_q ? q[j].shared : 0;
    if (take_p || c.shared_bigrams >= 2) out.push_back(c);
    i += take_p ? 1 : 0;
    j += take_q ? 1 : 0;
  }
  return out;
}

Passage to_passage(const DocMatch& a, const DocMatch& b, const AlignedSpan& s) {
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

OverlapResult find_overlap(const Corpus& corpus, const OverlapParams& params) {
  OverlapResult result{params, {}};
  AlignParams ap;
  ap.seed = std::max(1, params.shingle);
  ap.min_passage_tokens = std::max(ap.seed, params.min_passage_tokens);
  ap.max_gap = std::clamp(params.max_gap, 0, 16);

  const std::vector<DocMatch> docs = prepare(corpus, ap.seed);
  const std::size_t max_df =
      max_feature_df(docs.size(), params.boilerplate_share,
                     static_cast<std::size_t>(std::max(2, params.boilerplate_min_docs)));
  std::vector<std::vector<std::uint64_t>> shingle_sets, bigram_sets;
  for (const DocMatch& m : docs) {
    shingle_sets.push_back(sorted_set(m.shingles));
    bigram_sets.push_back(content_bigrams(m.seq));
  }
  const std::vector<std::uint64_t> frequent = frequent_features(shingle_sets, max_df);
  shingle_sets.clear();
  const PairIndex prints =
      index_pairs(winnowed_sets(docs, ap.min_passage_tokens - ap.seed + 1, frequent), max_df);
  const PairIndex bigrams = index_pairs(bigram_sets, max_df);
  const std::vector<std::vector<std::uint64_t>> words = content_word_sets(docs, max_df);

  SeedTable seeds;
  std::uint32_t seeds_of = UINT32_MAX;
  for (const Candidate& c : merge_candidates(prints, bigrams)) {
    const DocMatch& a = docs[c.a];
    const DocMatch& b = docs[c.b];
    if (seeds_of != c.a) {
      seeds = build_seed_table(a.shingles, frequent);
      seeds_of = c.a;
    }
    const std::vector<AlignedSpan> spans = align_pair(a.seq, seeds, b.seq, b.shingles, frequent, ap);
    OverlapPair pair;
    pair.a = a.doc->id;
    pair.b = b.doc->id;
    std::uint32_t shared = 0;
    for (const AlignedSpan& s : spans) {
      shared += s.matched;
      pair.passages.push_back(to_passage(a, b, s));
    }
    pair.shared_tokens = static_cast<int>(shared);
    pair.score =
        pair_score(containment(shared, a.usable, b.usable),
                   containment(c.shared_bigrams, bigrams.kept[c.a], bigrams.kept[c.b]),
                   containment(count_common(words[c.a], words[c.b]), words[c.a].size(), words[c.b].size()));
    if (pair.score > 0) result.pairs.push_back(std::move(pair));
  }
  return result;
}

}  // namespace entente
