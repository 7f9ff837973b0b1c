// Content keys of deal descriptions: generic words and party names are filtered out, names are the
// capitalised words, and the head phrase stops at the first preposition.
#include "deal_content_keys.h"

#include <catch2/catch.hpp>

namespace {

entente::Keys keys_of(std::initializer_list<std::string_view> words) {
  entente::Keys k;
  for (std::string_view w : words) k.v.push_back(entente::key_code(w));
  std::sort(k.v.begin(), k.v.end());
  return k;
}

}  // namespace

TEST_CASE("content keys drop generic words and the parties' names and adjectives") {
  const entente::Keys generic = entente::generic_keys();
  entente::Deal d;
  d.parties = {"Chile", "Norway"};
  entente::KeyFilter f{generic, entente::party_keys(d)};
  CHECK(entente::content_keys({"the landmark deal for Chilean ferries", "ferry terminals"}, f).v ==
        keys_of({"ferri", "ferry", "termi"}).v);
  CHECK(entente::content_keys({"the new agreement"}, f).empty());
}

TEST_CASE("name keys come from capitalised words only") {
  const entente::Keys generic = entente::generic_keys();
  entente::Deal d;
  d.parties = {"Chile"};
  entente::KeyFilter f{generic, entente::party_keys(d)};
  CHECK(entente::name_keys("two Tomahawk missiles for the Rasht-Astara line and Chilean ports", f).v ==
        keys_of({"tomah", "rasht", "astar"}).v);
  CHECK(entente::name_keys("", f).empty());
}

TEST_CASE("the head phrase is the lower-cased words before a preposition, without articles") {
  CHECK(entente::head_phrase("the Supplementary Agreement in Beijing") == "supplementary agreement");
  CHECK(entente::head_phrase("A supplementary  agreement to resume the line") == "supplementary agreement");
  CHECK(entente::head_phrase("an accord WITH Chile") == "");  // one word before the preposition
  CHECK(entente::head_phrase("three new ferries") == "three new ferries");
}

TEST_CASE("inserting keys gives the sorted union") {
  entente::Keys a = keys_of({"ferry", "port"});
  a.insert(keys_of({"port", "crane"}));
  CHECK(a.v == keys_of({"crane", "ferry", "port"}).v);
}
