// Sentence-level passages: aligned passages grow over reworded sentences; reworded sentences join a pair.
#include "reworded_sentences.h"

#include <catch2/catch.hpp>
#include <string>

#include "overlap.h"
#include "sentences.h"
#include "test_corpus.h"

namespace {

entente::Corpus with_sentences(const std::vector<std::string>& texts) {
  entente::Corpus c = corpus_of(texts);
  for (entente::Document& d : c.docs) d.sentences = entente::split_sentences(d.text, d.tokens);
  return c;
}

// The passages of the only pair of `texts`, as (a text, b text).
std::vector<entente::Passage> passages_of(const std::vector<std::string>& texts) {
  const entente::OverlapResult r = entente::find_overlap(with_sentences(texts), entente::OverlapParams{});
  REQUIRE(r.pairs.size() == 1);
  return r.pairs[0].passages;
}

const char* kOpening = "Farmers along the river have waited a decade for a settlement of the quarrel. ";
const char* kClosing = " Nobody in either province expects the talks to be short or easy.";

}  // namespace

TEST_CASE("inflections of one verb fold to one form") {
  CHECK(entente::fold_inflection("reforming") == "reform");
  CHECK(entente::fold_inflection("reformed") == "reform");
  CHECK(entente::fold_inflection("reform") == "reform");
  CHECK(entente::fold_inflection("exchanged") == entente::fold_inflection("exchange"));
  CHECK(entente::fold_inflection("exchanging") == entente::fold_inflection("exchange"));
  CHECK(entente::fold_inflection("bred") == "bred");  // too short to be an inflection
  CHECK(entente::fold_inflection("sing") == "sing");
}

TEST_CASE("a passage cut short by a long substitution grows to the reworded sentence") {
  const std::string a = std::string(kOpening) +
                        "The joint commissions on water sharing, border trade, and river pollution should be "
                        "revived after years of neglect by both provincial governments." +
                        kClosing;
  const std::string b = std::string(kOpening) +
                        "The joint commission on water sharing, border trade, and a standing council of "
                        "engineers, should be restored and strengthened after years of neglect by both "
                        "provincial governments." +
                        kClosing;
  const auto p = passages_of({a, b, "Unrelated words about weather and harvests in a distant valley."});
  REQUIRE(p.size() == 1);
  CHECK(p[0].b_text.find("provincial governments") != std::string::npos);
  CHECK(p[0].a_text.find("provincial governments") != std::string::npos);
}

TEST_CASE("a reworded sentence with no exact seed joins a pair that shares a passage") {
  const std::string copied =
      "The two capitals signed a treaty on fishing quotas that has survived every crisis since. ";
  const std::string a =
      copied +
      "Scientists from both countries still exchange survey data on cod stocks each winter, "
      "and their reports guide the quota talks.";
  const std::string b = copied +
                        "Each winter survey data on cod stocks are still exchanged by the scientists of both "
                        "countries, whose reports guide quota talks.";
  const auto p = passages_of({a, b});
  REQUIRE(p.size() == 2);
  CHECK(p[1].a_text.rfind("Scientists from both", 0) == 0);
  CHECK(p[1].b_text.rfind("Each winter survey", 0) == 0);
}

TEST_CASE("a sentence split in two is one passage over both halves") {
  const std::string a =
      "Fewer students learn the language today and several universities have closed their departments, "
      "since the hardest gap to close between neighbours is knowledge.";
  const std::string b =
      "The gap that is hardest to close between neighbours is knowledge. Fewer students learn the language "
      "today, and several universities have shut their departments.";
  const auto p = passages_of({a, b});
  REQUIRE(p.size() == 1);
  CHECK(p[0].b_text.rfind("The gap that is hardest", 0) == 0);
  CHECK(p[0].b_text.find("shut their departments") != std::string::npos);
  CHECK(p[0].a_text.find("between neighbours is knowledge") != std::string::npos);
}

TEST_CASE("reworded sentences alone are no evidence of reuse") {
  entente::SentenceWords a, b;
  a.begin = b.begin = {0};
  a.end = b.end = {8};
  a.words = b.words = {{1, 2, 3, 4, 5, 6, 7, 8}};
  CHECK(entente::widen_to_sentences(a, b, {}, entente::RewordParams{}).empty());
  const std::vector<entente::AlignedSpan> one = {{2, 4, 2, 4, 2}};
  const auto w = entente::widen_to_sentences(a, b, one, entente::RewordParams{});
  REQUIRE(w.size() == 1);
  CHECK(w[0].a_begin == 0);
  CHECK(w[0].b_end == 8);
}

TEST_CASE("a sentence grows over the words around its passage, never over another passage") {
  entente::SentenceWords a, b;
  a.begin = {0};
  a.end = {10};
  a.words = {{1, 2, 3, 4, 5, 6, 7, 8}};
  b.begin = {0, 10};
  b.end = {10, 20};
  b.words = {{1, 2, 3, 4, 5, 6, 7, 8}, {11, 12, 13}};
  // One passage inside the reworded sentence pair, one from the end of a's sentence to b's next sentence.
  const std::vector<entente::AlignedSpan> aligned = {{2, 5, 2, 5, 3}, {7, 10, 15, 18, 3}};
  const auto w = entente::widen_to_sentences(a, b, aligned, entente::RewordParams{});
  REQUIRE(w.size() == 2);
  CHECK(w[0].a_begin == 0);
  CHECK(w[0].a_end == 7);
  CHECK(w[0].b_end == 10);
  CHECK(w[1].a_begin == 7);
  CHECK(w[1].b_begin == 15);
}
