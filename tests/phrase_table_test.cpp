// Phrase tables: longest match first, case rules, "written together" lexemes, and lexemes that start no
// phrase (rejected by the table's bit filter before any lookup).
#include "phrase_table.h"

#include <catch2/catch.hpp>
#include <string>

namespace {
entente::PhraseMatch at(const entente::PhraseTable& p, const std::string& text, std::size_t i) {
  entente::LexedText t = entente::lex_text(text);
  return p.match(t, i);
}

// A letters-only word for k ("w" then one letter per digit), so that every phrase starts with its own word.
std::string word(const char* head, int k) {
  std::string w = head;
  for (char c : std::to_string(k)) w.push_back(static_cast<char>('a' + (c - '0')));
  return w;
}
}  // namespace

TEST_CASE("the longest phrase starting at a lexeme wins") {
  entente::PhraseTable p;
  p.add("gas", 1, false, false);
  p.add("gas pipeline", 2, false, false);
  p.add("gas pipeline project", 3, false, false);
  CHECK(at(p, "a gas pipeline project", 1).id == 3);
  CHECK(at(p, "a gas pipeline project", 1).end == 4);
  CHECK(at(p, "a gas pipeline deal", 1).id == 2);
  CHECK(at(p, "a gas deal", 1).id == 1);
  CHECK(at(p, "gas pipe line", 0).id == 1);  // the second word differs: only the shorter phrase holds
}

TEST_CASE("case rules: exact case, a capital, or any case") {
  entente::PhraseTable p;
  p.add("KSA", 1, true, true);
  p.add("Kremlin", 2, false, true);
  p.add("lng", 3, false, false);
  CHECK(at(p, "KSA", 0).id == 1);
  CHECK(at(p, "Ksa", 0).id == -1);
  CHECK(at(p, "KREMLIN", 0).id == 2);
  CHECK(at(p, "kremlin", 0).id == -1);
  CHECK(at(p, "LNG", 0).id == 3);
}

TEST_CASE("lexemes written together in a phrase must touch in the text") {
  entente::PhraseTable p;
  p.add("US$", 1, true, false);
  CHECK(at(p, "US$ 5", 0).id == 1);
  CHECK(at(p, "US $ 5", 0).id == -1);
}

TEST_CASE("many phrases: every one is found, and other words find none") {
  entente::PhraseTable p;
  for (int k = 0; k < 2000; ++k) p.add(word("w", k) + " tail", k, false, false);
  for (int k = 0; k < 2000; k += 7) CHECK(at(p, "the " + word("w", k) + " tail", 1).id == k);
  int found = 0;
  for (int k = 0; k < 2000; ++k) found += at(p, word("x", k) + " tail", 0).id >= 0;
  CHECK(found == 0);
  CHECK(at(p, word("w", 12) + " head", 0).id == -1);  // first word known, second not
  CHECK(at(p, "", 0).id == -1);
}
