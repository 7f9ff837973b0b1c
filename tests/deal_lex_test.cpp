// The deal lexer: what becomes a lexeme (words, digit literals, symbols, punctuation, UTF-8 marks) and the
// invariants every later scanner relies on, checked on random texts built from awkward pieces.
#include "deal_lex.h"

#include <catch2/catch.hpp>
#include <cctype>
#include <random>
#include <string>
#include <vector>

namespace {

std::vector<std::string> raws(const entente::LexedText& t) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < t.lex.size(); ++k) out.emplace_back(t.raw(k));
  return out;
}

}  // namespace

TEST_CASE("words, digit literals, symbols and punctuation are lexemes; spaces are not") {
  entente::LexedText t = entente::lex_text("Rs 1,300.5 crore, $2bn and 5% (F-16s)");
  CHECK(raws(t) == std::vector<std::string>{"Rs", "1,300.5", "crore", ",", "$", "2", "bn", "and", "5", "%",
                                            "(", "F", "-", "16", "s", ")"});
  CHECK(t.lex[1].kind == entente::LexKind::Number);
  CHECK(t.lex[4].kind == entente::LexKind::Symbol);
  CHECK(t.lex[3].kind == entente::LexKind::Punct);
  CHECK(t.low(0) == "rs");
  CHECK(t.joined(4));   // "$2"
  CHECK(!t.joined(0));  // "Rs 1,300.5"
  CHECK(t.capitalized(0));
  CHECK(!t.capitalized(2));
}

TEST_CASE("UTF-8 letters stay inside words; dashes, currency signs and non-breaking spaces do not") {
  entente::LexedText t = entente::lex_text(
      "caf\xC3\xA9\xE2\x80\x94\xE2\x82\xAC"
      "5\xC2\xA0Sa\xC3\xBA"
      "de");
  CHECK(raws(t) == std::vector<std::string>{"caf\xC3\xA9", "\xE2\x80\x94", "\xE2\x82\xAC", "5",
                                            "Sa\xC3\xBA"
                                            "de"});
  CHECK(t.lex[1].kind == entente::LexKind::Punct);
  CHECK(t.lex[2].kind == entente::LexKind::Symbol);
  CHECK(t.lex[4].kind == entente::LexKind::Word);
}

TEST_CASE("on any text, lexemes are ordered, disjoint and hashed, and no ASCII mark is dropped") {
  const char* pieces[] = {"a",
                          "Zq",
                          "7",
                          ",",
                          ".",
                          "$",
                          "%",
                          " ",
                          "\n",
                          "\xC2\xA0",
                          "\xE2\x80\x94",
                          "\xE2\x82\xAC",
                          "\xC3\xA9",
                          "\xE5\x85\x83",
                          "\xEF\xBB\xBF",
                          "\xE3\x80\x80",
                          "\xF0\x9F\x98\x80",
                          "\x80",
                          "\xFF",
                          "\x7F",
                          "-",
                          "1,3",
                          "word",
                          "\xE2\x86\x92",
                          "\xC2"};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 24); k > 0; --k)
      s += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    entente::LexedText t = entente::lex_text(s);
    REQUIRE(t.hash.size() == t.lex.size());
    REQUIRE(t.lower.size() == s.size());
    std::vector<bool> covered(s.size(), false);
    for (std::size_t k = 0; k < t.lex.size(); ++k) {
      REQUIRE(t.lex[k].start < t.lex[k].end);
      REQUIRE(t.lex[k].end <= s.size());
      if (k > 0) REQUIRE(t.lex[k - 1].end <= t.lex[k].start);
      REQUIRE(t.hash[k] == entente::word_hash(t.low(k)));
      for (std::size_t b = t.lex[k].start; b < t.lex[k].end; ++b) covered[b] = true;
    }
    for (std::size_t b = 0; b < s.size(); ++b) {
      unsigned char c = static_cast<unsigned char>(s[b]);
      if (c > ' ' && c < 0x7F) REQUIRE(covered[b]);
      char low = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : s[b];
      REQUIRE(t.lower[b] == low);
    }
  }
}

TEST_CASE("in ASCII text each maximal run of letters is one word, however long and wherever it ends") {
  entente::LexedText long_words = entente::lex_text("abcdefghIJKLMNOPq,abcdefgh1Zyxwvutsrqponm");
  CHECK(raws(long_words) ==
        std::vector<std::string>{"abcdefghIJKLMNOPq", ",", "abcdefgh", "1", "Zyxwvutsrqponm"});
  for (std::size_t k = 0; k < long_words.lex.size(); ++k)
    CHECK(long_words.hash[k] == entente::word_hash(long_words.low(k)));
  const char alphabet[] = "abyzABYZ09 ,.-@[`{";  // letters and their ASCII neighbours
  std::mt19937 rng(5);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int k = static_cast<int>(rng() % 40); k > 0; --k) s += alphabet[rng() % (sizeof alphabet - 1)];
    std::vector<std::pair<std::size_t, std::size_t>> runs, words;
    for (std::size_t b = 0; b < s.size();) {
      auto letter = [&](std::size_t i) { return std::isalpha(static_cast<unsigned char>(s[i])) != 0; };
      if (!letter(b)) {
        ++b;
        continue;
      }
      std::size_t e = b;
      while (e < s.size() && letter(e)) ++e;
      runs.push_back({b, e});
      b = e;
    }
    entente::LexedText t = entente::lex_text(s);
    for (const entente::Lex& x : t.lex)
      if (x.kind == entente::LexKind::Word) words.push_back({x.start, x.end});
    REQUIRE(words == runs);
  }
}
