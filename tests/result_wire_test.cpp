// The page's result sections: binary round trips give the same contract JSON, truncated input is refused,
// and the JSON sections joined in contract order are the whole JSON, byte for byte.
#include "result_wire.h"

#include <catch2/catch.hpp>

#include "result_json.h"

using entente::AnalysisResult;
using entente::DocCounts;
using entente::InputFile;
using entente::WireSection;

namespace {

AnalysisResult sample_result() {
  entente::AnalysisOptions options;
  options.topics.lda_iterations = 5;
  options.topics.lda_k = 3;
  const std::string shared =
      "Russia and Pakistan signed a gas pipeline deal worth $2 billion in 2015, and the first section of the "
      "pipeline will be built by a Russian company with Pakistani partners over the next three years. ";
  return entente::analyze({InputFile{"a.txt", shared + "Pakistan bought four Mi-35 helicopters in 2017.", ""},
                           InputFile{"bad.bin", std::string("\0\0\0", 3), ""},
                           InputFile{"c.txt", "India and Japan agreed on a rail loan. " + shared, ""}},
                          options);
}

std::string section(const AnalysisResult& r, const char* key) {
  return entente::section_json_text(r, key);
}

}  // namespace

TEST_CASE("the JSON sections joined in contract order are the whole JSON") {
  const AnalysisResult r = sample_result();
  std::string joined = "{";
  for (const std::string& key : entente::contract_keys())
    joined += (joined.size() > 1 ? ",\"" : "\"") + key + "\":" + entente::section_json_text(r, key);
  joined += "}";
  CHECK(joined == entente::to_json_text(r, -1));
  CHECK_THROWS_AS(entente::section_json_text(r, "nope"), std::invalid_argument);
}

TEST_CASE("every section round-trips to the same contract JSON") {
  const AnalysisResult r = sample_result();
  REQUIRE(!r.deals.deals.empty());
  REQUIRE(!r.overlap.pairs.empty());
  AnalysisResult out;
  std::vector<DocCounts> counts;
  CHECK(decode_section(entente::encode_topics(r.topics, "bad lexicon"), out, counts) == WireSection::Topics);
  CHECK(decode_section(entente::encode_deals(r.deals), out, counts) == WireSection::Deals);
  CHECK(decode_section(entente::encode_overlap(r.overlap), out, counts) == WireSection::Overlap);
  CHECK(section(out, "topics") == section(r, "topics"));
  CHECK(out.error == "bad lexicon");
  CHECK(section(out, "mentions") == section(r, "mentions"));
  CHECK(section(out, "deals") == section(r, "deals"));
  CHECK(section(out, "overlap") == section(r, "overlap"));

  CHECK(decode_section(entente::encode_documents(r.corpus), out, counts) == WireSection::Documents);
  REQUIRE(out.corpus.docs.size() == 3);
  REQUIRE(counts.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    const entente::Document &a = r.corpus.docs[i], &b = out.corpus.docs[i];
    CHECK(b.name == a.name);
    CHECK(b.text == a.text);
    CHECK(b.error == a.error);
    CHECK(b.bytes == a.bytes);
    CHECK(counts[i].tokens == a.tokens.size());
    CHECK(counts[i].sentences == a.sentences.size());
  }
  CHECK(counts[0].tokens > 20);
  CHECK(out.corpus.docs[1].error.find("binary") != std::string::npos);
}

TEST_CASE("discovered topics update alone") {
  const AnalysisResult r = sample_result();
  AnalysisResult out;
  std::vector<DocCounts> counts;
  decode_section(entente::encode_topics(r.topics, ""), out, counts);
  entente::DiscoveredTopics live = r.topics.discovered;
  live.iterations = 2;
  live.topics.at(0).top_terms = {"pipeline"};
  CHECK(decode_section(entente::encode_discovered(live), out, counts) == WireSection::Discovered);
  CHECK(out.topics.discovered.iterations == 2);
  CHECK(out.topics.discovered.topics[0].top_terms == std::vector<std::string>{"pipeline"});
  CHECK(out.topics.frequencies.size() == r.topics.frequencies.size());
}

TEST_CASE("truncated, padded or unknown sections are refused") {
  const AnalysisResult r = sample_result();
  const std::string bytes = entente::encode_deals(r.deals);
  AnalysisResult out;
  std::vector<DocCounts> counts;
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, bytes.size() / 2, bytes.size() - 1})
    CHECK_THROWS_AS(decode_section(std::string_view(bytes).substr(0, cut), out, counts), entente::WireError);
  CHECK_THROWS_AS(decode_section(bytes + "x", out, counts), entente::WireError);
  CHECK_THROWS_AS(decode_section(std::string("\x09", 1), out, counts), entente::WireError);
}

TEST_CASE("deals in parts add up to the whole, and say when more follow") {
  const AnalysisResult r = sample_result();
  REQUIRE(r.deals.deals.size() >= 2);
  AnalysisResult out;
  out.deals.deals.resize(7);  // replaced by part 0
  std::vector<DocCounts> counts;
  const std::size_t parts = 3;
  for (std::size_t i = 0; i < parts; ++i) {
    bool more = false;
    CHECK(decode_section(entente::encode_deals_part(r.deals, i, parts), out, counts, &more) ==
          WireSection::Deals);
    CHECK(more == (i + 1 < parts));
  }
  CHECK(section(out, "mentions") == section(r, "mentions"));
  CHECK(section(out, "deals") == section(r, "deals"));
}

TEST_CASE("documents in parts add up to the whole, replace the old ones, and say when more follow") {
  const AnalysisResult r = sample_result();
  REQUIRE(r.corpus.docs.size() == 3);
  AnalysisResult out;
  out.corpus.docs.resize(5);  // an older corpus: replaced by part 0
  std::vector<DocCounts> counts(5);
  const std::size_t parts = 2;
  for (std::size_t i = 0; i < parts; ++i) {
    bool more = false;
    CHECK(decode_section(entente::encode_documents_part(r.corpus, i, parts), out, counts, &more) ==
          WireSection::Documents);
    CHECK(more == (i + 1 < parts));
    CHECK(out.corpus.docs.size() == (i == 0 ? 1u : 3u));
  }
  REQUIRE(counts.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(out.corpus.docs[i].name == r.corpus.docs[i].name);
    CHECK(out.corpus.docs[i].text == r.corpus.docs[i].text);
    CHECK(out.corpus.docs[i].error == r.corpus.docs[i].error);
    CHECK(counts[i].tokens == r.corpus.docs[i].tokens.size());
  }
}

TEST_CASE("the overlap section carries the heatmap's clustering order, outside the JSON") {
  const AnalysisResult r = sample_result();
  entente::OverlapResult sent = r.overlap;
  sent.doc_order = {1, 0};
  AnalysisResult out;
  std::vector<DocCounts> counts;
  CHECK(decode_section(entente::encode_overlap(sent), out, counts) == WireSection::Overlap);
  CHECK(out.overlap.doc_order == std::vector<int>{1, 0});
  CHECK(section(out, "overlap") == section(r, "overlap"));
  CHECK(decode_section(entente::encode_overlap(r.overlap), out, counts) == WireSection::Overlap);
  CHECK(out.overlap.doc_order.empty());
}

TEST_CASE("the topic sampler's input round-trips, and a second worker samples the same topics from it") {
  entente::TopicsOptions options;
  options.lda_k = 3, options.lda_seed = 11, options.lda_iterations = 30, options.lda_tolerance = 0;
  entente::LdaCorpus corpus;
  corpus.vocab = {"gas", "pipeline", "rail"};
  corpus.docs = {{0, 1, 1, 0}, {}, {2, 2, 0}};
  corpus.tokens = 7;
  const std::string bytes = entente::encode_sampler_input(corpus, options);
  entente::LdaCorpus back;
  entente::TopicsOptions back_options;  // defaults: every sampler option must come from the bytes
  entente::decode_sampler_input(bytes, back, back_options);
  CHECK(back.vocab == corpus.vocab);
  CHECK(back.docs == corpus.docs);
  CHECK(back.tokens == 7);
  CHECK(back_options.lda_k == 3);
  CHECK(back_options.lda_seed == 11);
  CHECK(back_options.lda_iterations == 30);
  CHECK(back_options.lda_tolerance == 0);

  entente::LdaSampler here(corpus, options), there(back, back_options);
  while (here.sweep()) {
  }
  while (there.sweep()) {
  }
  CHECK(entente::encode_discovered(here.result()) == entente::encode_discovered(there.result()));

  entente::LdaCorpus ignored;
  CHECK_THROWS_AS(entente::decode_sampler_input(bytes.substr(0, bytes.size() - 1), ignored, back_options),
                  entente::WireError);
  CHECK_THROWS_AS(entente::decode_sampler_input(bytes + "x", ignored, back_options), entente::WireError);
  CHECK_THROWS_AS(
      entente::decode_sampler_input(entente::encode_discovered(here.result()), ignored, back_options),
      entente::WireError);
}
