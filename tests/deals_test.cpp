// extract_deals on the seed op-eds: the labelled core deals are found with their values.
#include "deals.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest.h"

namespace {

entente::Corpus seeds() {
  entente::Corpus c;
  std::filesystem::path dir = std::filesystem::path(ENTENTE_SOURCE_DIR) / ".." / "shared" / "seeds";
  std::vector<std::filesystem::path> files;
  if (std::filesystem::exists(dir))
    for (const auto& e : std::filesystem::directory_iterator(dir)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& p : files) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    entente::InputFile f{p.filename().string(), ss.str(), ""};
    c.docs.push_back(entente::ingest_file(static_cast<int>(c.docs.size()), f, {}));
  }
  return c;
}

const entente::Deal* find(const std::vector<entente::Deal>& v, const std::string& item_part) {
  for (const auto& d : v)
    if (d.item.find(item_part) != std::string::npos) return &d;
  return nullptr;
}

}  // namespace

TEST_CASE("seed deals: values, qualifiers, statuses and a cross-document conflict") {
  entente::Corpus c = seeds();
  if (c.docs.empty()) return;  // the shared seeds are not part of every checkout
  auto r = entente::extract_deals(c, {});
  const entente::Deal* mi35 = find(r.deals, "Mi-35");
  REQUIRE(mi35);
  CHECK(mi35->value_usd == Approx(153e6));
  CHECK(mi35->value_qualifier == std::string("approx"));
  CHECK(mi35->status == "negotiating");
  const entente::Deal* lng = find(r.deals, "LNG");
  REQUIRE(lng);
  CHECK(lng->value_usd == Approx(2e9));
  REQUIRE_FALSE(lng->conflicts.empty());
  CHECK_THAT(lng->conflicts[0], Catch::Contains("1,100 km"));
  const entente::Deal* sputnik = find(r.deals, "Sputnik");
  REQUIRE(sputnik);
  CHECK(sputnik->status == "completed");
  CHECK(sputnik->sector == "health");
  CHECK(r.deals.size() >= 24);
  CHECK(r.deals.size() <= 28);
  bool money = false;
  for (const auto& m : r.mentions)
    money |= m.type == "money" && m.text == "$153 million" && m.unit == std::string("USD");
  CHECK(money);
}

// Regression (issue 13): without punctuation a deal's evidence was the whole text, and the trigger scan over
// one clause of "deal deal deal ..." grew faster than its square. Sentences are now cut (sentences.h).
TEST_CASE("a long text without punctuation gives deals with bounded evidence") {
  std::string text;
  for (int k = 0; k < 2000; ++k) text += "India agreed to supply 10 helicopters to Russia worth $5 million ";
  entente::Corpus c;
  c.docs.push_back(entente::ingest_file(0, {"long.txt", text, ""}, {}));
  auto deals = entente::extract_deals(c, {}).deals;
  REQUIRE_FALSE(deals.empty());  // before the cut, its evidence was the whole 130 KB text
  for (const auto& d : deals) CHECK(d.evidence.text.size() <= 4100);

  std::string spam;
  for (int k = 0; k < 40000; ++k) spam += "deal ";
  entente::Corpus s;
  s.docs.push_back(entente::ingest_file(0, {"spam.txt", spam, ""}, {}));
  for (const auto& d : entente::extract_deals(s, {}).deals) CHECK(d.evidence.text.size() <= 4100);
}
