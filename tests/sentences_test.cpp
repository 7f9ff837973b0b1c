// Sentence splitter: abbreviations, decimals, headings, bullets.
#include "sentences.h"

#include <catch2/catch.hpp>

#include "tokenize.h"

namespace {

std::vector<std::string> split(std::string_view s) {
  std::vector<std::string> out;
  for (const auto& x : entente::split_sentences(s, entente::tokenize(s)))
    out.emplace_back(s.substr(x.start, x.end - x.start));
  return out;
}

}  // namespace

using V = std::vector<std::string>;

TEST_CASE("full stops end sentences") {
  CHECK(split("Gas flows. Oil too!") == V{"Gas flows.", "Oil too!"});
}

TEST_CASE("titles and months do not end sentences") {
  CHECK(split("Mr. Khan met Dr. Lavrov on Jan. 5. They agreed.") ==
        V{"Mr. Khan met Dr. Lavrov on Jan. 5.", "They agreed."});
}

TEST_CASE("U.S. inside a sentence does not end it") {
  CHECK(split("The U.S. Navy sailed. Then it left.") == V{"The U.S. Navy sailed.", "Then it left."});
}

TEST_CASE("decimals do not end sentences") {
  CHECK(split("It cost $1.5 billion. Fine.") == V{"It cost $1.5 billion.", "Fine."});
}

TEST_CASE("a heading without a full stop is its own sentence") {
  CHECK(split("A possible alliance\nRussia helped Pakistan.") ==
        V{"A possible alliance", "Russia helped Pakistan."});
}

TEST_CASE("a line break before a lower-case word does not end a sentence") {
  CHECK(split("Russia helped\nbuild mills.") == V{"Russia helped\nbuild mills."});
}

TEST_CASE("in hard-wrapped text a line break before a capital does not end a sentence") {
  std::string line = "Diplomatic relations between the two countries were established";
  std::string text = line + "\nPakistan and Russia then signed pacts over the following decades and\n" +
                     line + "\nRussia again. " + line +
                     " in\nMay and also in the summer of that very same year again.";
  auto s = split(text);
  REQUIRE(s.size() == 2);
  CHECK(s[0].find("Russia again.") != std::string::npos);
}

TEST_CASE("bullets start sentences and are not part of the span") {
  CHECK(split("Points:\n\xE2\x80\xA2 Energy crisis,\n\xE2\x80\xA2 Terrorism") ==
        V{"Points:", "Energy crisis,", "Terrorism"});
}

TEST_CASE("a closing quote stays with its sentence") {
  CHECK(split("He said \"yes.\" Then he left.") == V{"He said \"yes.\"", "Then he left."});
}

TEST_CASE("every token belongs to exactly one sentence") {
  std::string s = "One. Two three.\n\nFour";
  auto tokens = entente::tokenize(s);
  auto sentences = entente::split_sentences(s, tokens);
  std::uint32_t next = 0;
  for (const auto& x : sentences) {
    CHECK(x.first_token == next);
    next = x.token_end;
  }
  CHECK(next == tokens.size());
}

// Regression (issue 13): a text without punctuation was one sentence, so each deal's evidence was the whole
// text (2 MB: 915 MB of JSON) and the clause scans grew with its square.
TEST_CASE("run-on sentences are cut at a bounded length") {
  std::string text;
  for (int k = 0; k < 1000; ++k) text += "deal ";
  auto tokens = entente::tokenize(text);
  auto sentences = entente::split_sentences(text, tokens);
  CHECK(sentences.size() == 5);
  std::size_t covered = 0;
  for (const auto& s : sentences) {
    CHECK(s.token_end - s.first_token <= 200);
    covered += s.token_end - s.first_token;
  }
  CHECK(covered == tokens.size());

  std::string commas;
  for (int k = 0; k < 300; ++k) commas += k == 150 ? "word, " : "word ";
  auto cut = split(commas);
  REQUIRE(cut.size() == 2);
  CHECK(cut[0].substr(cut[0].size() - 5) == "word,");

  std::string wide;
  for (int k = 0; k < 100; ++k) wide += std::string(100, 'x') + " ";
  for (const auto& s : split(wide)) CHECK(s.size() <= 4000 + 100);
}
