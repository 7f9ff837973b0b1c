// overlap_features + a corpus-wide join (done here as cluster/driver.py does it) + align_shard on subsets of
// the corpus give find_overlap()'s pairs.
#include "overlap_shard.h"

#include <catch2/catch.hpp>

#include "fingerprint.h"
#include "pair_index.h"
#include "result_json.h"
#include "test_corpus.h"

using entente::OverlapFeatures;
using Sets = std::vector<std::vector<std::uint64_t>>;

namespace {

entente::Corpus reuse_corpus() {
  const std::string shared_a =
      "The two navies agreed on closer co-operation in the western ocean and will hold drills every year. ";
  const std::string shared_b =
      "Officials said the pipeline would carry gas from the northern fields to three coastal cities by "
      "2030. ";
  return corpus_of(
      {shared_a + "Nothing else was announced at the summit.",
       "Trade grew quickly. " + shared_b + "Critics doubted the timetable.",
       "In a statement, the ministry noted that the two navies agreed on closer cooperation in the "
       "western ocean and will hold drills every year, as before.",
       shared_b + "The cost was not disclosed.",
       "A short unrelated note about rainfall and farming in the valley."});
}

// The corpus-wide join of the driver: frequent features by document frequency, then candidate pairs.
std::vector<std::pair<int, int>> join(const std::vector<OverlapFeatures>& f,
                                      const entente::CandidateRule& rule,
                                      entente::FrequentFeatures& frequent) {
  Sets shingles, bigrams, words, prints;
  for (const OverlapFeatures& d : f) {
    shingles.push_back(d.shingles), bigrams.push_back(d.bigrams), words.push_back(d.words);
    prints.push_back(d.prints);
  }
  frequent.shingles = entente::frequent_features(shingles, rule.max_df);
  frequent.bigrams = entente::frequent_features(bigrams, rule.pair_df);
  frequent.words = entente::frequent_features(words, rule.max_df);
  entente::remove_features(bigrams, frequent.bigrams);
  entente::remove_features(prints, frequent.shingles);
  std::vector<std::uint32_t> sizes;
  for (std::size_t d = 0; d < f.size(); ++d) {
    for (std::uint64_t& h : prints[d]) h ^= rule.print_tag;
    prints[d].insert(prints[d].end(), bigrams[d].begin(), bigrams[d].end());
    prints[d] = entente::sorted_set(std::move(prints[d]));
    sizes.push_back(static_cast<std::uint32_t>(bigrams[d].size()));
  }
  entente::PairIndexOptions options;
  options.max_df = rule.pair_df;
  options.min_evidence = rule.min_evidence;
  options.min_share = rule.min_share;
  options.min_shared = rule.min_shared;
  options.sizes = &sizes;
  std::vector<std::pair<int, int>> pairs;
  for (const auto& c : entente::index_pairs(prints, options)) pairs.emplace_back(f[c.a].doc, f[c.b].doc);
  return pairs;
}

std::string pairs_json(const std::vector<entente::OverlapPair>& pairs) {
  entente::AnalysisResult r;
  r.overlap.pairs = pairs;
  return entente::to_json(r)["overlap"].dump();
}

}  // namespace

TEST_CASE("features joined corpus-wide and aligned in parts give find_overlap's pairs") {
  const entente::Corpus corpus = reuse_corpus();
  const entente::OverlapParams params;
  const std::vector<entente::OverlapPair> whole = entente::find_overlap(corpus, params).pairs;
  REQUIRE(whole.size() >= 2);

  const entente::JoinVocabulary vocab = entente::build_join_vocabulary(corpus);
  const entente::CandidateRule rule = entente::candidate_rule(corpus.docs.size(), params);
  const auto features = entente::overlap_features(corpus, params, vocab, rule);
  REQUIRE(features.size() == corpus.docs.size());
  entente::FrequentFeatures frequent;
  const auto pairs = join(features, rule, frequent);

  // Each pair aligned on a corpus holding only its two documents, as an align task reads them.
  std::vector<entente::OverlapPair> parts;
  for (const auto& [a, b] : pairs) {
    entente::Corpus two;
    two.docs = {corpus.docs[a], corpus.docs[b]};
    for (auto& p : entente::align_shard(two, params, vocab, frequent, {{a, b}}))
      parts.push_back(std::move(p));
  }
  CHECK(pairs_json(parts) == pairs_json(whole));
}

TEST_CASE("the join vocabulary decides how hyphenated words match") {
  const entente::Corpus corpus = reuse_corpus();
  const entente::OverlapParams params;
  const entente::CandidateRule rule = entente::candidate_rule(corpus.docs.size(), params);
  // Without "cooperation" in the vocabulary, "co-operation" is two words and doc 0 shingles differently.
  const auto with = entente::overlap_features(corpus, params, entente::build_join_vocabulary(corpus), rule);
  const auto without = entente::overlap_features(corpus, params, entente::JoinVocabulary{}, rule);
  CHECK(with[0].shingles != without[0].shingles);
  CHECK(with[1].shingles == without[1].shingles);
  CHECK(entente::join_queries(corpus).size() == 1);
}

TEST_CASE("a candidate pair naming a document not given is an error") {
  const entente::Corpus corpus = reuse_corpus();
  entente::Corpus one;
  one.docs = {corpus.docs[0]};
  CHECK_THROWS_WITH(entente::align_shard(one, {}, {}, {}, {{0, 2}}), Catch::Contains("document 2"));
  CHECK_THROWS_WITH(entente::align_shard(corpus, {}, {}, {}, {{2, 0}}), Catch::Contains("a < b"));
}
