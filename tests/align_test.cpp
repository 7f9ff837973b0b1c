// Seed-and-extend alignment over small gaps.
#include "align.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "fingerprint.h"

namespace {

entente::MatchSeq seq_of(const std::string& text) {
  entente::MatchSeq s;
  std::istringstream in(text);
  std::string w;
  for (std::uint32_t i = 0; in >> w; ++i) {
    s.token.push_back(i);
    s.word.push_back(entente::hash_bytes(w));
    s.flags.push_back(entente::is_stopword(w) ? entente::kMatchStop : 0);
  }
  return s;
}

std::vector<entente::AlignedSpan> align(const std::string& x, const std::string& y, int max_gap = 3) {
  const entente::MatchSeq a = seq_of(x), b = seq_of(y);
  entente::AlignParams p;
  p.max_gap = max_gap;
  const auto sa = entente::shingle_hashes(a, p.seed);
  return entente::align_pair(a, entente::build_seed_table(sa, {}), b, entente::shingle_hashes(b, p.seed), {},
                             p);
}

}  // namespace

TEST_CASE("an inserted clause within the gap keeps one passage") {
  const auto s =
      align("zz yy new equations of the world order are drawn and global alignments have been changing",
            "new equations of the world order are now being drawn and global orientations have been "
            "changing qq");
  REQUIRE(s.size() == 1);
  CHECK(s[0].a_begin == 2);
  CHECK(s[0].a_end == 16);
  CHECK(s[0].b_begin == 0);
  CHECK(s[0].b_end == 16);
  CHECK(s[0].matched == 13);
}

TEST_CASE("a gap wider than max_gap splits or ends the passage") {
  const std::string x = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi";
  const std::string y =
      "alpha beta gamma delta epsilon zeta eta theta one two three four five iota kappa lambda mu nu xi "
      "omicron pi";
  CHECK(align(x, y, 3).size() == 2);
  CHECK(align(x, y, 5).size() == 1);
}

TEST_CASE("function words alone do not bridge a gap") {
  const auto s = align("alpha beta gamma delta epsilon zeta eta theta aa bb of the cc dd",
                       "alpha beta gamma delta epsilon zeta eta theta xx of the yy zz");
  REQUIRE(s.size() == 1);
  CHECK(s[0].a_end == 8);
}

TEST_CASE("short shared runs are not passages") {
  CHECK(align("a b c d e f g h", "q r a b c d e s t u").empty());
}
