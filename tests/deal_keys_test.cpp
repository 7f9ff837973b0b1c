// Word keys (first five letters of each word of three or more) and the word sets of the deal lexicon.
#include "deal_keys.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "deal_lexicon.h"

namespace {
std::vector<entente::KeyCode> codes(std::initializer_list<const char*> keys) {
  std::vector<entente::KeyCode> out;
  for (const char* k : keys) out.push_back(entente::key_code(k));
  return out;
}
}  // namespace

TEST_CASE("word key codes are the sorted, unique first five letters of words of three or more") {
  CHECK(entente::word_key_codes("Tomahawk missiles, more TOMAHAWKS; an F-16") ==
        codes({"missi", "more", "tomah"}));
  CHECK(entente::word_key_codes("").empty());
}

TEST_CASE("key codes sort like their keys") {
  CHECK(entente::key_code("abc") < entente::key_code("abcd"));
  CHECK(entente::key_code("abcde") < entente::key_code("abd"));
  CHECK(entente::key_code("zzz") > entente::key_code("yzzzz"));
}

TEST_CASE("keys of several texts appended then sorted are the keys of the texts joined by spaces") {
  std::vector<entente::KeyCode> parts;
  entente::append_word_key_codes("the gas pipeline", &parts);
  entente::append_word_key_codes("pipeline to Europe", &parts);
  entente::append_word_key_codes("", &parts);
  entente::sort_key_codes(&parts);
  CHECK(parts == entente::word_key_codes("the gas pipeline pipeline to Europe "));
}

TEST_CASE("a word set holds exactly the words inserted, of any length") {
  entente::WordSet s;
  for (const char* w :
       {"sign", "signed", "ink", "a", "memorandum-of-understanding-between-many-parties-and-more-words"})
    s.insert(w);
  s.insert("sign");  // a repeat is one word
  CHECK(s.size() == 5);
  CHECK(s.contains("sign"));
  CHECK(s.contains("signed"));
  CHECK(s.contains("a"));
  CHECK(s.contains("memorandum-of-understanding-between-many-parties-and-more-words"));
  CHECK_FALSE(s.contains("sig"));
  CHECK_FALSE(s.contains("signs"));
  CHECK_FALSE(s.contains("inks"));
  CHECK_FALSE(s.contains("memorandum-of-understanding-between-many-parties-and-more-wordz"));
  CHECK_FALSE(s.contains(""));
}

TEST_CASE("a word of a length no inserted word has is never in the set") {
  entente::WordSet s;
  s.insert("buy");
  CHECK_FALSE(s.contains("bought"));
  CHECK(s.contains("buy"));
  CHECK_FALSE(entente::WordSet().contains("buy"));
}
