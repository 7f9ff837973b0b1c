// The two overlap phases: candidates come from the index, slices give the same pairs as one call.
#include "overlap_plan.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "fingerprint.h"
#include "test_corpus.h"
#include "tokenize.h"

TEST_CASE("failed documents are skipped; candidates are sorted index pairs") {
  const std::string t =
      "The joint working groups on counter-terrorism and strategic stability should be revived soon.";
  entente::Corpus c = corpus_of({t, "unrelated words about the weather today", t, t});
  c.docs[2].error = "binary";
  const entente::OverlapPlan plan = entente::plan_overlap(c, entente::OverlapParams{});
  REQUIRE(plan.docs.size() == 3);
  REQUIRE(plan.candidates.size() == 1);
  CHECK(plan.candidates[0].a == 0);
  CHECK(plan.candidates[0].b == 2);
  std::vector<entente::OverlapPair> pairs;
  entente::score_candidates(plan, 0, 10, pairs);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs[0].a == 0);
  CHECK(pairs[0].b == 3);  // document ids, not plan indices
}

TEST_CASE("scoring in slices equals scoring at once") {
  std::vector<std::string> texts;
  for (int i = 0; i < 6; ++i) {
    texts.push_back(
        "Shared opening about pipelines, gas prices and the long negotiations between the capitals " +
        std::to_string(i % 3) + " while separate closing words number " + std::to_string(i) + ".");
  }
  const entente::Corpus c = corpus_of(texts);
  const entente::OverlapPlan plan = entente::plan_overlap(c, entente::OverlapParams{});
  std::vector<entente::OverlapPair> once, sliced;
  entente::score_candidates(plan, 0, plan.candidates.size(), once);
  for (std::size_t i = 0; i < plan.candidates.size(); i += 4)
    entente::score_candidates(plan, i, i + 4, sliced);
  REQUIRE(once.size() == sliced.size());
  CHECK(once.size() == 15);
  for (std::size_t i = 0; i < once.size(); ++i) {
    CHECK(once[i].a == sliced[i].a);
    CHECK(once[i].b == sliced[i].b);
    CHECK(once[i].score == sliced[i].score);
  }
}

TEST_CASE(
    "the plan keeps match sequences and features only for documents in a candidate, as prepared alone") {
  const std::string t =
      "Both navies agreed to hold the joint exercise in the northern sea next spring, officials said.";
  const entente::Corpus c =
      corpus_of({t, "unrelated words about the weather and the harvest today", "x " + t});
  const entente::OverlapPlan plan = entente::plan_overlap(c, entente::OverlapParams{});
  REQUIRE(plan.candidates.size() == 1);
  const std::vector<entente::OverlapDoc> alone =
      entente::prepare_overlap_docs(c, entente::build_join_vocabulary(c));
  REQUIRE(plan.docs.size() == 3);
  for (std::size_t d : {std::size_t{0}, std::size_t{2}}) {
    CHECK(plan.docs[d].seq.word == alone[d].seq.word);
    CHECK(plan.docs[d].seq.flags == alone[d].seq.flags);
    CHECK(plan.docs[d].seq.token == alone[d].seq.token);
    CHECK(plan.docs[d].usable == alone[d].usable);
    CHECK(plan.docs[d].usable > 10);
  }
  CHECK(plan.docs[1].seq.size() == 0);
  CHECK(plan.docs[1].words.empty());
  CHECK(plan.docs[1].doc == &c.docs[1]);
  CHECK(!plan.docs[0].words.empty());
  const std::vector<std::uint64_t> all = entente::content_words(alone[0].seq);  // common ones not dropped
  CHECK(std::includes(all.begin(), all.end(), plan.docs[0].words.begin(), plan.docs[0].words.end()));
}

TEST_CASE("a small corpus compares every pair sharing a feature; a large one needs evidence") {
  const entente::OverlapParams params;
  CHECK(entente::candidate_rule(12, params).min_evidence == 0);
  CHECK(entente::candidate_rule(200, params).min_evidence == 0);
  CHECK(entente::candidate_rule(201, params).min_evidence >= 2);
  CHECK(entente::candidate_rule(1000, params).min_evidence >= 2);
  // Two short notes sharing one content bigram ("harbour wall") and nothing else of note are compared.
  const entente::Corpus c = corpus_of({"Storm waves cracked the harbour wall near the fish market on Monday.",
                                       "Volunteers painted the harbour wall blue for the summer festival."});
  CHECK(entente::plan_overlap(c, params).candidates.size() == 1);
}
