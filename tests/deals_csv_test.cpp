// RFC 4180 CSV of the deal table.
#include "deals_csv.h"

#include <catch2/catch.hpp>

TEST_CASE("CSV fields are quoted only when needed, quotes doubled") {
  CHECK(entente::csv_field("plain") == "plain");
  CHECK(entente::csv_field("a, b") == "\"a, b\"");
  CHECK(entente::csv_field("say \"yes\"") == "\"say \"\"yes\"\"\"");
  CHECK(entente::csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("one CRLF row per deal after the header, with the evidence") {
  entente::Corpus c;
  c.docs.resize(1);
  c.docs[0].name = "op-ed.txt";
  entente::Deal d;
  d.kind = "purchase";
  d.sector = "defense";
  d.parties = {"Pakistan", "Russia"};
  d.item = "Mi-35 helicopters";
  d.value_usd = d.value = 153000000;
  d.currency = "USD";
  d.status = "negotiating";
  d.evidence = {10, 40, "Talks, \"in process\", on helicopters."};
  std::string csv = entente::deals_csv(c, {d, d});
  std::size_t lines = 0;
  for (std::size_t i = csv.find("\r\n"); i != std::string::npos; i = csv.find("\r\n", i + 2)) ++lines;
  CHECK(lines == 3);
  CHECK_THAT(csv,
             Catch::Contains("0,op-ed.txt,purchase,defense,Pakistan; Russia,Mi-35 helicopters,153000000,"));
  CHECK_THAT(csv, Catch::Contains(",10,40,\"Talks, \"\"in process\"\", on helicopters.\",\r\n"));
}

TEST_CASE("a deal told in several sentences lists the others; an umbrella says so") {
  entente::Corpus c;
  c.docs.resize(1);
  entente::Deal d;
  d.item = "loan agreements";
  d.aggregate = true;
  d.evidence = {0, 9, "They met."};
  d.evidence_extra = {{20, 30, "It is big."}, {40, 50, "All signed."}};
  std::string csv = entente::deals_csv(c, {d});
  CHECK_THAT(csv, Catch::Contains(",true,"));
  CHECK_THAT(csv, Catch::EndsWith("They met.,It is big. | All signed.\r\n"));
}

TEST_CASE("the header names value, currency, qualifier, umbrella and conflicts, as the page's CSV does") {
  entente::Corpus c;
  entente::Deal d;
  d.value = 3.9e11;
  d.currency = "INR";
  d.value_text = "Rs 39,000 crore";
  d.value_qualifier = "approx";
  d.conflicts = {"year: 2023 or 2024", "status: signed or announced"};
  std::string csv = entente::deals_csv(c, {d});
  CHECK(csv.rfind(std::string(entente::kDealsCsvHeader) + "\r\n", 0) == 0);
  CHECK_THAT(csv,
             Catch::StartsWith("doc,document,kind,sector,parties,item,value_usd,value,currency,value_text,"
                               "value_qualifier,quantity,year,date_text,status,aggregate,confidence,group,"
                               "conflicts,"));
  CHECK_THAT(csv, Catch::Contains(",,390000000000,INR,\"Rs 39,000 crore\",approx,"));
  CHECK_THAT(csv, Catch::Contains(",false,0,0,year: 2023 or 2024; status: signed or announced,"));
}
