// The contract's rows (version 3): a document's mentions of a type form a table whose rows fold repeats
// ("more": their starts), money mentions stay objects, deals and passages carry offsets, not the texts
// they point at, and fields with nothing to say are left out.
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

// The table of `type` in document `doc` of a mentions section (null when there is none).
json table_of(const json& out, int doc, const std::string& type) {
  for (const json& e : out)
    if (e["doc"] == doc && e["type"] == type && e.contains("rows")) return e;
  return nullptr;
}

}  // namespace

TEST_CASE("a document's mentions of one type form a table; repeats fold into their first row") {
  const json out = mentions_of({country(0, 10, "Germany"), country(0, 30, "Turkey"),
                                country(0, 50, "Germany"), country(0, 90, "Germany")});
  REQUIRE(out.size() == 1);
  CHECK(out[0]["columns"] == json::array({"start", "end", "canonical", "more"}));
  CHECK(out[0]["rows"] == json::parse(R"([[10, 17, "Germany", [50, 90]], [30, 36, "Turkey"]])"));
}

TEST_CASE("money mentions keep one object per occurrence, without the text the offsets point at") {
  const json out = mentions_of({money(0, 20, 5e6), country(0, 40, "Turkey"), money(0, 60, 5e6)});
  REQUIRE(out.size() == 3);
  CHECK(out[0]["type"] == "money");
  CHECK(out[1]["type"] == "money");
  CHECK(out[1]["start"] == 60);
  CHECK(out[1]["value"] == 5e6);
  CHECK(out[1]["unit"] == "USD");
  CHECK(out[1]["value_usd"] == 5e6);
  CHECK_FALSE(out[0].contains("more"));
  CHECK_FALSE(out[0].contains("text"));
  CHECK_FALSE(out[0].contains("canonical"));
  CHECK(out[2]["rows"] == json::parse(R"([[40, 46, "Turkey"]])"));
}

TEST_CASE("a table's columns are the fields some row has; a row lacking one holds null") {
  Mention a = money(0, 90, 2024);
  a.type = "quantity";
  a.value_usd.reset();
  Mention b = a;
  b.start = 120;
  b.end = 125;
  b.unit.reset();
  const json t = table_of(mentions_of({a, b}), 0, "quantity");
  REQUIRE(t.is_object());
  CHECK(t["columns"] == json::array({"start", "end", "value", "unit"}));
  CHECK(t["rows"] == json::parse(R"([[90, 93, 2024.0, "USD"], [120, 125, 2024.0, null]])"));
}

TEST_CASE("mentions that differ in any field or document stay apart") {
  Mention date = money(0, 90, 2024);
  date.type = "date";
  date.text = "2024";
  date.unit.reset();
  date.value_usd.reset();
  Mention other_date = date;
  other_date.start = 120;
  other_date.end = 123;
  other_date.value = 2025;
  const json out = mentions_of({country(0, 0, "BERLIN"), country(0, 40, "Germany"), date, other_date,
                                country(1, 0, "Germany"), country(1, 40, "Germany")});
  REQUIRE(out.size() == 3);
  CHECK(table_of(out, 0, "country")["rows"] == json::parse(R"([[0, 6, "Germany"], [40, 47, "Germany"]])"));
  CHECK(table_of(out, 0, "date")["rows"] == json::parse(R"([[90, 93, 2024.0], [120, 123, 2025.0]])"));
  CHECK(table_of(out, 1, "country")["rows"] == json::parse(R"([[0, 7, "Germany", [40]]])"));
}

TEST_CASE("deals leave out null, false and empty fields and the evidence's text; the export keeps the text") {
  entente::Deal d;
  d.kind = "purchase";
  d.sector = "defense";
  d.parties = {"India", "France"};
  d.item = "36 jets";
  d.year = 2016;
  d.status = "signed";
  d.evidence = {4, 30, "India bought 36 jets in 2016."};
  d.confidence = 0.8;
  d.group = 1;
  AnalysisResult r;
  r.deals.deals = {d};
  const json row = json::parse(entente::section_json_text(r, "deals")).at(0);
  CHECK(row["year"] == 2016);
  CHECK(row["evidence"] == json::parse(R"({"start": 4, "end": 30})"));
  for (const char* absent : {"value", "value_usd", "currency", "value_text", "value_qualifier", "quantity",
                             "date_text", "evidence_extra", "aggregate", "conflicts"})
    CHECK_FALSE(row.contains(absent));
  d.aggregate = true;
  d.conflicts = {"value: $2 billion in b.txt"};
  d.evidence_extra = {{40, 52, "It was done."}};
  const json exported = json::parse(entente::deals_json_text({d})).at(0);
  CHECK(exported["evidence"]["text"] == "India bought 36 jets in 2016.");
  CHECK(exported["evidence_extra"][0]["text"] == "It was done.");
  CHECK(exported["aggregate"] == true);
  CHECK(exported["conflicts"].size() == 1);
}

TEST_CASE("topic frequencies have no row for a topic absent from a document; passages no texts") {
  AnalysisResult r;
  r.topics.frequencies = {{0, "defense", 3, 1.5}, {0, "energy", 0, 0.0}, {1, "energy", 2, 0.9}};
  const json freq = json::parse(entente::section_json_text(r, "topics"))["frequencies"];
  REQUIRE(freq.size() == 2);
  CHECK(freq[1]["doc"] == 1);
  entente::OverlapPair p;
  p.a = 0;
  p.b = 1;
  p.passages.push_back({0, 20, 5, 25, "the same words here", "the same words here", 1.0});
  r.overlap.pairs = {p};
  const json passage = json::parse(entente::section_json_text(r, "overlap"))["pairs"][0]["passages"][0];
  CHECK(passage ==
        json::parse(R"({"a_start": 0, "a_end": 20, "b_start": 5, "b_end": 25, "similarity": 1.0})"));
}

TEST_CASE("the contract version says spans are offsets only") {
  CHECK(entente::kContractVersion == 3);
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
