// CSV fields: RFC 4180 quoting and spreadsheet formula injection neutralised.
#include "csv.h"

#include <catch2/catch.hpp>

#include "topics_csv.h"

using entente::csv_field;

TEST_CASE("fields are quoted only when they need it") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("") == "");
}

// Regression (issue 13): cells and file names starting with =, +, -, @ were written as-is and ran as
// formulas in spreadsheet programs.
TEST_CASE("formula-like fields get a leading apostrophe") {
  CHECK(csv_field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(csv_field("+cmd") == "\"'+cmd\"");
  CHECK(csv_field("-2+3") == "\"'-2+3\"");
  CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_field("\tx") == "\"'\tx\"");
  CHECK(csv_field("-5") == "-5");
  CHECK(csv_field("+1,300.5") == "\"+1,300.5\"");
  CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("a document named like a formula is neutralised in the topic export") {
  entente::Corpus c;
  entente::Document d;
  d.name = "=cmd.txt";
  c.docs.push_back(d);
  entente::TopicsResult t;
  t.frequencies.push_back({0, "energy", 2, 1.5});
  CHECK(entente::frequencies_csv(c, t).find("\"'=cmd.txt\"") != std::string::npos);
}
