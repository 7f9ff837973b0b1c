// Features for the corpus-wide join, and alignment of joined candidates on a subset of documents.
#include "overlap_shard.h"

#include <algorithm>
#include <stdexcept>
#include <string>

#include "fingerprint.h"
#include "pair_index.h"
#include "quoted_speech.h"

namespace entente {

std::vector<OverlapFeatures> overlap_features(const Corpus& corpus, const OverlapParams& params,
                                              const JoinVocabulary& vocab, const CandidateRule& rule) {
  std::vector<OverlapFeatures> out;
  const int k = align_params(params).seed;
  for (OverlapDoc& m : prepare_overlap_docs(corpus, vocab)) {
    OverlapFeatures f;
    f.doc = m.doc->id;
    const std::vector<std::uint64_t> hashes = shingle_hashes(m.seq, k);
    f.shingles = sorted_set(hashes);
    std::vector<std::uint64_t> prints;
    for (const Fingerprint& fp : winnow(hashes, rule.window)) prints.push_back(fp.hash);
    f.prints = sorted_set(std::move(prints));
    f.bigrams = content_bigrams(m.seq);
    f.words = content_words(m.seq);
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<OverlapPair> align_shard(const Corpus& corpus, const OverlapParams& params,
                                     const JoinVocabulary& vocab, const FrequentFeatures& frequent,
                                     std::vector<std::pair<int, int>> pairs) {
  OverlapPlan plan;
  plan.params = params;
  plan.align = align_params(params);
  plan.docs = prepare_overlap_docs(corpus, vocab);
  for (OverlapDoc& m : plan.docs) mark_quoted_speech(*m.doc, m.seq);
  plan.frequent = frequent.shingles;
  std::vector<std::vector<std::uint64_t>> words;
  for (const OverlapDoc& m : plan.docs) words.push_back(content_words(m.seq));
  remove_features(words, frequent.words);
  std::vector<std::pair<int, std::uint32_t>> index;  // (document id, index into plan.docs), sorted
  for (std::size_t d = 0; d < plan.docs.size(); ++d) {
    plan.docs[d].words = std::move(words[d]);
    index.emplace_back(plan.docs[d].doc->id, static_cast<std::uint32_t>(d));
  }
  std::sort(index.begin(), index.end());
  auto find = [&index](int id) {
    auto it = std::lower_bound(index.begin(), index.end(), std::make_pair(id, std::uint32_t{0}));
    if (it == index.end() || it->first != id)
      throw std::invalid_argument("candidate pair names document " + std::to_string(id) +
                                  ", which is not among the successful documents given");
    return it->second;
  };
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [a, b] : pairs) {
    if (a >= b) throw std::invalid_argument("candidate pairs must have a < b");
    plan.candidates.push_back({find(a), find(b)});
  }
  std::vector<OverlapPair> out;
  score_candidates(plan, 0, plan.candidates.size(), out);
  return out;
}

}  // namespace entente
