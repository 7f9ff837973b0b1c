// Quotations: marks paired within paragraphs, and the match tokens they enclose.
#include "quoted_speech.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "match_normalize.h"
#include "test_corpus.h"

using entente::quoted_ranges;

namespace {

// The quoted parts of `text`, as strings.
std::vector<std::string> quotes(const std::string& text) {
  std::vector<std::string> out;
  for (const entente::ByteRange& r : quoted_ranges(text))
    out.push_back(text.substr(r.start, r.end - r.start));
  return out;
}

}  // namespace

TEST_CASE("straight and curly quotation marks") {
  CHECK(quotes("The mayor said: \"The bridge opens in May.\" Nobody believed her.") ==
        std::vector<std::string>{"\"The bridge opens in May.\""});
  const std::string open = "\xE2\x80\x9C", close = "\xE2\x80\x9D";  // curly double quotation marks
  CHECK(quotes(open + "We are ready," + close + " the coach said, " + open + "and so is the town." + close) ==
        std::vector<std::string>{open + "We are ready," + close, open + "and so is the town." + close});
  CHECK(quotes("A quotation \"can span two sentences. Like this one,\" she said.") ==
        std::vector<std::string>{"\"can span two sentences. Like this one,\""});
}

TEST_CASE("apostrophes and text without quotation marks quote nothing") {
  CHECK(quotes("The river's banks gave way; the town's mayor wasn't there.").empty());
  CHECK(quotes("").empty());
}

TEST_CASE("a stray mark quotes nothing beyond its paragraph") {
  CHECK(
      quotes(
          "He said \"the rest of this paragraph has no closing mark.\n\nA new paragraph of plain narrative.")
          .empty());
  CHECK(quotes("Six inches \" of rain fell overnight.").empty());  // spaces on both sides: no mark
}

TEST_CASE("a quotation of several paragraphs") {
  const std::string text =
      "The judge said: \"This was planned for years.\n\n\"It was not a moment of weakness.\"\n\nThe court "
      "rose.";
  CHECK(quotes(text) ==
        std::vector<std::string>{"\"This was planned for years.", "\"It was not a moment of weakness.\""});
}

TEST_CASE("match tokens inside quotations are flagged") {
  const entente::Document d = doc_of("Officials said \"the water came fast\" on Tuesday.");
  entente::JoinVocabulary vocab;
  entente::MatchSeq seq = entente::normalize_for_matching(d, vocab);
  entente::mark_quoted_speech(d, seq);
  std::vector<bool> quoted;
  for (std::size_t i = 0; i < seq.size(); ++i) quoted.push_back((seq.flags[i] & entente::kMatchQuoted) != 0);
  CHECK(quoted == std::vector<bool>{false, false, true, true, true, true, false, false});
}
