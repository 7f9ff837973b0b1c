// write_json_stream: the contract written section by section from chunks of rows is to_json_text(), byte
// for byte, at every indentation and chunk size.
#include "result_stream.h"

#include <catch2/catch.hpp>
#include <sstream>

using entente::AnalysisResult;
using entente::InputFile;

namespace {

// Documents with deals, mentions, an overlapping pair and a failed file: every row array has rows.
AnalysisResult analyzed() {
  const std::string shared =
      "The two governments agreed that the new rail corridor would carry freight from the northern ports to "
      "the inland depots within three years, and both cabinets approved the plan on the same afternoon. ";
  std::vector<InputFile> in = {
      InputFile{"a.txt", "Russia and Pakistan signed a gas pipeline deal worth $2 billion in 2015. " + shared,
                ""},
      InputFile{"b.txt", "Pakistan bought four Mi-35 helicopters from Russia in 2017.", ""},
      InputFile{"bad.bin", std::string("\0\0\0", 3), ""},
      InputFile{"c.txt", shared + "The pipeline deal between Russia and Pakistan is worth $2.5 billion.",
                ""}};
  entente::AnalysisOptions o;
  o.topics.lda_iterations = 5;
  o.topics.lda_k = 3;
  return entente::analyze(std::move(in), o);
}

std::string streamed(const AnalysisResult& r, std::size_t chunk_rows, int indent) {
  std::vector<entente::DocumentSummary> docs;
  for (const entente::Document& d : r.corpus.docs) docs.push_back(entente::summarize(d));
  std::ostringstream out;
  entente::write_json_stream(out, entente::head_of(r), entente::rows_in_memory(r, docs, chunk_rows), indent);
  return out.str();
}

}  // namespace

TEST_CASE("the streamed contract is to_json_text's bytes at any chunk size and indentation") {
  const AnalysisResult r = analyzed();
  REQUIRE_FALSE(r.deals.mentions.empty());
  REQUIRE_FALSE(r.deals.deals.empty());
  REQUIRE_FALSE(r.overlap.pairs.empty());
  REQUIRE(r.topics.frequencies.size() > 4);
  for (int indent : {-1, 0, 1, 2}) {
    const std::string whole = entente::to_json_text(r, indent);
    for (std::size_t chunk : {1, 2, 3, 1000}) {
      INFO("indent " << indent << ", chunks of " << chunk);
      CHECK(streamed(r, chunk, indent) == whole);
    }
  }
}

TEST_CASE("a result with no rows streams as empty arrays") {
  AnalysisResult empty;
  empty.error = "no documents";
  CHECK(streamed(empty, 4, 1) == entente::to_json_text(empty, 1));
  CHECK(streamed(empty, 4, -1) == entente::to_json_text(empty, -1));
}

TEST_CASE("head_of keeps what is not a row and drops the rows") {
  const AnalysisResult r = analyzed();
  const AnalysisResult head = entente::head_of(r);
  CHECK(head.topics.lexicon.size() == r.topics.lexicon.size());
  CHECK(head.topics.discovered.topics.size() == r.topics.discovered.topics.size());
  CHECK(head.deals.mentions.empty());
  CHECK(head.topics.discovered.doc_topic.empty());
  CHECK(head.overlap.pairs.empty());
}
