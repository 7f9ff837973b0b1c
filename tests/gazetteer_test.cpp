// Countries through names, demonyms, capitals, metonyms and abbreviations; organisations; titled people.
#include "gazetteer.h"

#include <catch2/catch.hpp>

#include "mentions.h"

namespace {
std::vector<std::string> names(const std::string& text, entente::EntityKind kind) {
  auto tables = entente::load_mention_tables();
  auto t = entente::lex_text(text);
  std::vector<std::string> out;
  for (const auto& e : entente::find_entities(tables.gazetteer, t))
    if (e.kind == kind) out.push_back(e.entity >= 0 ? tables.gazetteer.entities[e.entity].name : e.person);
  return out;
}
}  // namespace

TEST_CASE("metonyms, demonyms and abbreviations map to countries") {
  auto c =
      names("The Kremlin and Islamabad, Uncle Sam, the U.S. and a Pakistani envoy met in New Delhi; KSA too.",
            entente::EntityKind::Country);
  std::vector<std::string> want = {"Russia",   "Pakistan", "United States", "United States",
                                   "Pakistan", "India",    "Saudi Arabia"};
  CHECK(c == want);
}

TEST_CASE("lower-case us, currency prefixes and blockers are not countries") {
  CHECK(names("let us talk about US$ 5 billion in the Indian Ocean", entente::EntityKind::Country).empty());
}

TEST_CASE("a capital opening a longer place name is no mention of its country") {
  auto c = names("A hospital in Santiago de Cuba and a shrine in Santiago de Compostela; Santiago agreed.",
                 entente::EntityKind::Country);
  CHECK(c == std::vector<std::string>{"Cuba", "Chile"});
}

TEST_CASE("major cities, ports and regions name their country; a longer place name wins") {
  auto c = names(
      "Trams for Casablanca, a plant in Kharkiv, a refinery in Jamnagar, Lahore, Inner Mongolia and "
      "the Niger Delta; British Columbia and Baja California.",
      entente::EntityKind::Country);
  std::vector<std::string> want = {"Morocco", "Ukraine", "India",  "Pakistan",
                                   "China",   "Nigeria", "Canada", "Mexico"};
  CHECK(c == want);
}

TEST_CASE("town names that are common words, person names or shared by two countries are left out") {
  CHECK(names("Nice, Reading, Split, Victoria, Florence, Hyderabad and Punjab agreed.",
              entente::EntityKind::Country)
            .empty());
}

TEST_CASE("organisations and titled people") {
  auto o = names("Gazprom joined CPEC under the SCO", entente::EntityKind::Org);
  CHECK(o == std::vector<std::string>{"Gazprom", "China-Pakistan Economic Corridor",
                                      "Shanghai Cooperation Organisation"});
  auto p = names("PM Imran Khan met Mr Putin and Foreign Minister Ali Sabry.", entente::EntityKind::Person);
  CHECK(p == std::vector<std::string>{"Imran Khan", "Vladimir Putin", "Ali Sabry"});
}
