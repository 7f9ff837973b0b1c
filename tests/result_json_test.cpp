// The "mentions" section of the contract: repeats of a mention in a document fold into one entry whose
// "more" lists their starts, null fields are left out, and nothing that differs is folded.
#include "result_json.h"

#include <catch2/catch.hpp>

using entente::AnalysisResult;
using entente::Mention;
using nlohmann::json;

namespace {

Mention country(int doc, std::uint32_t start, const std::string& text) {
  Mention m;
  m.doc = doc;
  m.type = "country";
  m.start = start;
  m.end = start + static_cast<std::uint32_t>(text.size());
  m.text = text;
  m.canonical = text == "BERLIN" ? "Germany" : text;
  return m;
}

Mention money(int doc, std::uint32_t start, double value) {
  Mention m;
  m.doc = doc;
  m.type = "money";
  m.start = start;
  m.end = start + 3;
  m.text = "$5m";
  m.value = value;
  m.unit = "USD";
  m.value_usd = value;
  return m;
}

json mentions_of(const std::vector<Mention>& mentions) {
  AnalysisResult r;
  r.deals.mentions = mentions;
  return json::parse(entente::section_json_text(r, "mentions"));
}

}  // namespace

TEST_CASE("repeats of a mention in one document fold into its first entry") {
  const json out = mentions_of({country(0, 10, "Germany"), country(0, 30, "Turkey"),
                                country(0, 50, "Germany"), country(0, 90, "Germany")});
  REQUIRE(out.size() == 2);
  CHECK(out[0]["start"] == 10);
  CHECK(out[0]["end"] == 17);
  CHECK(out[0]["text"] == "Germany");
  CHECK(out[0]["more"] == json::array({50, 90}));
  CHECK(out[1]["text"] == "Turkey");
  CHECK_FALSE(out[1].contains("more"));
}

TEST_CASE("money mentions keep one entry per occurrence") {
  const json out = mentions_of({money(0, 20, 5e6), money(0, 60, 5e6)});
  REQUIRE(out.size() == 2);
  CHECK(out[1]["start"] == 60);
  CHECK_FALSE(out[0].contains("more"));
}

TEST_CASE("null fields are left out and set ones kept") {
  const json out = mentions_of({country(0, 0, "Turkey"), money(0, 20, 5e6)});
  REQUIRE(out.size() == 2);
  CHECK_FALSE(out[0].contains("value"));
  CHECK_FALSE(out[0].contains("unit"));
  CHECK_FALSE(out[0].contains("value_usd"));
  CHECK(out[0]["canonical"] == "Turkey");
  CHECK(out[1]["value"] == 5e6);
  CHECK(out[1]["unit"] == "USD");
  CHECK(out[1]["value_usd"] == 5e6);
  CHECK_FALSE(out[1].contains("canonical"));
}

TEST_CASE("mentions that differ in any field or document stay apart") {
  Mention date = money(0, 90, 2024);
  date.type = "date";
  date.text = "2024";
  date.unit.reset();
  date.value_usd.reset();
  Mention other_date = date;
  other_date.start = 120;
  other_date.value = 2025;
  const json out = mentions_of({country(0, 0, "BERLIN"), country(0, 40, "Germany"), date, other_date,
                                country(1, 0, "Germany"), country(1, 40, "Germany")});
  REQUIRE(out.size() == 5);
  CHECK(out[0]["canonical"] == "Germany");
  CHECK(out[1]["text"] == "Germany");
  CHECK(out[3]["value"] == 2025);
  CHECK_FALSE(out[2].contains("more"));
  CHECK(out[4]["doc"] == 1);
  CHECK(out[4]["more"] == json::array({40}));
}

TEST_CASE("the contract version says mentions fold") {
  CHECK(entente::kContractVersion == 2);
}

TEST_CASE("a section handed over in pieces joins to section_json_text, pieces ending between values") {
  std::vector<entente::InputFile> files;
  for (int i = 0; i < 6; ++i)
    files.push_back(
        {"d" + std::to_string(i) + (i == 2 ? "\xff\xfe.txt" : ".txt"),  // a name of invalid UTF-8
         "Russia and Pakistan signed a gas deal worth $2 billion in 2017. India bought 12 jets from "
         "France for \xE2\x82\xAC"
         "3 billion, officials in Paris said on Monday.",
         ""});
  const AnalysisResult r = entente::analyze(files, entente::AnalysisOptions{});
  for (const std::string& key : entente::contract_keys()) {
    for (std::size_t bytes : {std::size_t{1}, std::size_t{40}, std::size_t{1} << 20}) {
      std::vector<std::string> pieces;
      entente::section_json_pieces(r, key, bytes, [&](std::string_view p) { pieces.emplace_back(p); });
      std::string joined;
      for (const std::string& p : pieces) joined += p;
      CHECK(joined == entente::section_json_text(r, key));
      if (key == "mentions" && bytes == 40) CHECK(pieces.size() > 10);
      if (bytes == std::size_t{1} << 20) CHECK(pieces.size() == 1);
    }
  }
}
