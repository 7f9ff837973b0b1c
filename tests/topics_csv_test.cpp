// CSV exports: quoting and layout.
#include "topics_csv.h"

#include <catch2/catch.hpp>

TEST_CASE("csv_field quotes only when needed") {
  CHECK(entente::csv_field("plain") == "plain");
  CHECK(entente::csv_field("a,b") == "\"a,b\"");
  CHECK(entente::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
}

TEST_CASE("frequency and discovered CSVs") {
  entente::Corpus c;
  c.docs.resize(2);
  c.docs[0].id = 0;
  c.docs[0].name = "a, b.txt";
  c.docs[1].id = 1;
  c.docs[1].name = "c.txt";
  entente::TopicsResult r;
  r.lexicon.push_back({"energy", "Energy", 3});
  r.frequencies.push_back({0, "energy", 2, 21.3});
  r.frequencies.push_back({1, "energy", 0, 0});
  CHECK(entente::frequencies_csv(c, r) ==
        "doc,name,topic,label,hits,per_1000\n0,\"a, "
        "b.txt\",energy,Energy,2,21.30\n1,c.txt,energy,Energy,0,0.00\n");
  entente::DiscoveredTopics d;
  d.k = 2;
  d.topics = {{{"gas", "oil"}}, {{"troops"}}};
  d.doc_topic = {{0.75, 0.25}, {0, 0}};
  CHECK(entente::discovered_csv(c, d) ==
        "topic,top_terms\n0,gas oil\n1,troops\n\ndoc,name,topic_0,topic_1\n0,\"a, "
        "b.txt\",0.75,0.25\n1,c.txt,0,0\n");
}
