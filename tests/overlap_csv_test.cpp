// Overlap CSV exports.
#include "overlap_csv.h"

#include <catch2/catch.hpp>

TEST_CASE("pair and passage CSV rows with quoting") {
  entente::Corpus c;
  c.docs.resize(2);
  c.docs[0].id = 0;
  c.docs[0].name = "a.txt";
  c.docs[1].id = 1;
  c.docs[1].name = "b, c.txt";
  entente::OverlapResult r;
  entente::OverlapPair p;
  p.a = 0;
  p.b = 1;
  p.score = 0.25;
  p.shared_tokens = 9;
  entente::Passage s;
  s.a_start = 1;
  s.a_end = 5;
  s.b_start = 2;
  s.b_end = 6;
  s.a_text = "say \"hi\"";
  s.b_text = "say hi";
  s.similarity = 0.5;
  p.passages.push_back(s);
  r.pairs.push_back(p);
  CHECK(entente::overlap_pairs_csv(c, r) ==
        "a,b,name_a,name_b,score,shared_tokens,passages\n0,1,a.txt,\"b, c.txt\",0.25,9,1\n");
  CHECK(entente::overlap_passages_csv(c, r) ==
        "a,b,name_a,name_b,passage,a_start,a_end,b_start,b_end,similarity,a_text,b_text\n"
        "0,1,a.txt,\"b, c.txt\",0,1,5,2,6,0.5,\"say \"\"hi\"\"\",say hi\n");
}
