// Money mentions: South Asian scales, codes and symbols, ranges, qualifiers, sub-units, dollar equivalents.
#include "money.h"

#include <catch2/catch.hpp>

#include "mentions.h"

namespace {

using entente::MoneySpan;

std::vector<MoneySpan> money(const std::string& text, std::vector<std::string> rank = {}) {
  entente::MentionTables tables = entente::load_mention_tables();
  entente::LexedText t = entente::lex_text(text);
  return entente::find_money(tables.currencies, t, rank);
}

}  // namespace

TEST_CASE("South Asian amounts: crore, lakh, bn, Indian digit grouping") {
  auto m = money("The project will cost Rs39,000 crore, and PKR 1.2bn was released.", {"India"});
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == Approx(3.9e11));
  CHECK(m[0].currency == "INR");
  CHECK_FALSE(m[0].value_usd);
  CHECK(m[1].value == Approx(1.2e9));
  CHECK(m[1].currency == "PKR");

  auto lakh = money("a grant of Rs 2.5 lakh and 12,34,567.89 rupees", {"Pakistan", "India"});
  REQUIRE(lakh.size() == 2);
  CHECK(lakh[0].value == Approx(250000));
  CHECK(lakh[0].currency == "PKR");  // rupees resolve to the document's main country
  CHECK(lakh[1].value == Approx(1234567.89));
  CHECK(lakh[1].currency == "PKR");
}

TEST_CASE("symbols, prefixed dollars and names after the amount") {
  auto m =
      money("US$ 1 billion, C$ 16.4 million, 420 million finnish markka, 100 billion yuan and ₹500 crore");
  REQUIRE(m.size() == 5);
  CHECK(m[0].currency == "USD");
  CHECK(m[0].value_usd == Approx(1e9));
  CHECK(m[1].currency == "CAD");
  CHECK_FALSE(m[1].value_usd);
  CHECK(m[2].currency == "FIM");
  CHECK(m[3].currency == "CNY");
  CHECK(m[3].value == Approx(1e11));
  CHECK(m[4].currency == "INR");
  CHECK(m[4].value == Approx(5e9));
}

TEST_CASE("qualifiers before the amount") {
  auto m = money("almost $153 million, in excess of $10 billion, up to €5m and at least £2 billion");
  REQUIRE(m.size() == 4);
  CHECK(m[0].qualifier == "approx");
  CHECK(m[0].value == Approx(153e6));
  CHECK(m[1].qualifier == "over");
  CHECK(m[2].qualifier == "up_to");
  CHECK(m[2].value == Approx(5e6));
  CHECK(m[3].qualifier == "at_least");
}

TEST_CASE("ranges share the scale of their high end") {
  auto m = money("between $2-3 billion, or 5 to 7 million dollars");
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == Approx(2e9));
  REQUIRE(m[0].high);
  CHECK(*m[0].high == Approx(3e9));
  CHECK(m[0].qualifier == "range");
  CHECK(m[1].value == Approx(5e6));
  CHECK(*m[1].high == Approx(7e6));
}

TEST_CASE("a stated dollar equivalent gives value_usd, never a guessed rate") {
  auto m = money("Rs10 billion (about $36 million) and 5 billion roubles", {"Pakistan"});
  REQUIRE(m.size() == 3);
  CHECK(m[0].currency == "PKR");
  REQUIRE(m[0].value_usd);
  CHECK(*m[0].value_usd == Approx(36e6));
  CHECK(m[2].currency == "RUB");
  CHECK_FALSE(m[2].value_usd);
}

TEST_CASE("spelled amounts, cents and pence") {
  auto m = money("thirteen dollars and forty-five cents; five million yen; 470 pence; half million usd");
  REQUIRE(m.size() == 4);
  CHECK(m[0].value == Approx(13.45));
  CHECK(m[1].value == Approx(5e6));
  CHECK(m[1].currency == "JPY");
  CHECK(m[2].currency == "GBP");
  CHECK(m[2].value == Approx(4.7));
  CHECK(m[3].value == Approx(500000));
}

TEST_CASE("numbers without a currency are not money") {
  CHECK(money("The 1,300-km pipeline and 26% share in 2019").empty());
  CHECK(money("Mi-35 helicopters and 82 percent").empty());
}

// Regression (issue 13): dots grouping thousands before a scale word were read as decimals (off by 10^6).
TEST_CASE("European thousands grouping before a scale word") {
  auto m = money("a loan of 1.300.000 million dollars and Rs 1.300.000 crore", {"India"});
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == Approx(1.3e12));
  CHECK(m[0].currency == "USD");
  CHECK(m[1].value == Approx(1.3e13));
  CHECK(m[1].currency == "INR");
}

// Regression (issue 13): "$1e308" was read as $1 followed by an item "e308".
TEST_CASE("scientific notation is not an amount") {
  CHECK(money("They paid $1e308 for it.").empty());
  CHECK(money("They paid $2E+9 for it.").empty());
  auto m = money("$5 and 1e and $7");
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == Approx(5));
  CHECK(m[1].value == Approx(7));
}

TEST_CASE("shillings resolve to the country of the document, Kenya's when none is named") {
  auto m = money("Kampala will repay 3.5 billion shillings over ten years.", {"Uganda", "China"});
  REQUIRE(m.size() == 1);
  CHECK(m[0].value == Approx(3.5e9));
  CHECK(m[0].currency == "UGX");
  CHECK_FALSE(m[0].value_usd);
  auto tz = money("a grant of 40 million shillings", {"Tanzania"});
  REQUIRE(tz.size() == 1);
  CHECK(tz[0].currency == "TZS");
  auto none = money("a fee of 900 shillings");
  REQUIRE(none.size() == 1);
  CHECK(none[0].currency == "KES");
  auto named = money("2 billion Ugandan shillings", {"Kenya"});
  REQUIRE(named.size() == 1);
  CHECK(named[0].currency == "UGX");
}

TEST_CASE("shilling abbreviations before the amount name their country's shilling") {
  auto m = money("a loan of KSh 2.8 billion, USh 40 billion and TSh 900 million");
  REQUIRE(m.size() == 3);
  CHECK(m[0].currency == "KES");
  CHECK(m[0].value == Approx(2.8e9));
  CHECK(m[1].currency == "UGX");
  CHECK(m[2].currency == "TZS");
}

TEST_CASE("crowns resolve by the name before them, else by the document's country (Sweden's by default)") {
  auto named = money("a frigate deal worth 7 billion Danish crowns and 2 billion Czech crowns", {"Sweden"});
  REQUIRE(named.size() == 2);
  CHECK(named[0].currency == "DKK");
  CHECK(named[1].currency == "CZK");
  CHECK_FALSE(named[0].value_usd);
  auto norway = money("Oslo will pay 600 million crowns for the radar.", {"Norway"});
  REQUIRE(norway.size() == 1);
  CHECK(norway[0].currency == "NOK");
  auto none = money("a fee of 900 crowns");
  REQUIRE(none.size() == 1);
  CHECK(none[0].currency == "SEK");
}

TEST_CASE("'between X and Y' is a range whose value is its low end") {
  auto m = money("a pipeline that could cost between 1.5 billion and 2 billion euros", {});
  REQUIRE(m.size() == 1);
  CHECK(m[0].value == 1.5e9);
  CHECK(m[0].high == 2e9);
  CHECK(m[0].currency == "EUR");
  auto usd = money("worth between $40 million and $60 million", {});
  REQUIRE(usd.size() == 1);
  CHECK(usd[0].value_usd == 40e6);
  // Without "between", "and" joins two amounts, not a range.
  auto two = money("loans of 1.5 billion and 2 billion euros", {});
  REQUIRE_FALSE(two.empty());
  CHECK(two.back().value == 2e9);
  CHECK_FALSE(two.back().high);
}

TEST_CASE("a currency name glued to a word by a hyphen after a bare count is part of a compound, not money") {
  CHECK(money("The navy asked for one Yuan-class boat and two rand-based trusts bought one real-time feed.")
            .empty());
  auto scaled = money(
      "Berlin put up a 300 million euro-funded bridge, and Seoul sold 2 billion yuan-denominated notes.");
  REQUIRE(scaled.size() == 2);
  CHECK(scaled[0].value == Approx(3e8));
  CHECK(scaled[0].currency == "EUR");
  CHECK(scaled[1].value == Approx(2e9));
  CHECK(scaled[1].currency == "CNY");
  auto plain =
      money("They paid 40 dollars - a fair price - and five euros, then a 12-cent-a-share dividend.");
  REQUIRE(plain.size() == 3);
  CHECK(plain[0].value == Approx(40));
  CHECK(plain[1].value == Approx(5));
  CHECK(plain[2].value == Approx(0.12));
}

TEST_CASE("a naira 'N' against a scaled amount is money; a bare letter before a number is not") {
  auto m = money("The state signed a loan of N1.2 trillion and a grant of N450 million.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].currency == "NGN");
  CHECK(m[0].value == Approx(1.2e12));
  CHECK(m[1].value == Approx(4.5e8));
  CHECK(money("Chile sent 900 N95 masks and N 5 million doses; n1.2 billion is a typo.").empty());
}

TEST_CASE("'Y' before an amount with a scale word is the yen, as financial papers write it") {
  auto m = money(
      "The bank will guarantee a Y100bn bond and lend Y2.5 trillion; Y 2027 plans and Y100 stay apart.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].currency == "JPY");
  CHECK(m[0].value == Approx(1e11));
  CHECK(m[1].value == Approx(2.5e12));
}

TEST_CASE("Gulf dinar and rial prefixes: RO, BD, KD (upper case only)") {
  auto m = money("a plant valued at RO 385 million, a loan of BD 20 million and KD 12 million in fees");
  REQUIRE(m.size() == 3);
  CHECK(m[0].currency == "OMR");
  CHECK(m[0].value == Approx(3.85e8));
  CHECK(m[1].currency == "BHD");
  CHECK(m[2].currency == "KWD");
  CHECK(money("the ro 5 million").empty());
}

TEST_CASE("a scale glued on by hyphens: 'a 30-billion-peso order', 'a 420-million-euro venture'") {
  auto m = money("a 30-billion-peso order and a 420-million-euro joint venture", {"Philippines"});
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == Approx(3e10));
  CHECK(m[0].currency == "PHP");
  CHECK(m[1].value == Approx(4.2e8));
  CHECK(m[1].currency == "EUR");
  // Without a currency the hyphenated count stays no money.
  CHECK(money("a 3-million-strong army").empty());
}

TEST_CASE("kwacha, soums, meticais and kwanzas are money; 'K' against a scaled amount follows the country") {
  auto m = money(
      "a loan of K1.1 billion, 500 million soums, 3 billion meticais and Kz 40 billion; K9 guns stay apart",
      {"Zambia"});
  REQUIRE(m.size() == 4);
  CHECK(m[0].currency == "ZMW");
  CHECK(m[0].value == Approx(1.1e9));
  CHECK(m[1].currency == "UZS");
  CHECK(m[2].currency == "MZN");
  CHECK(m[3].currency == "AOA");
  auto malawi = money("a grant of K20 billion and 5 billion kwacha", {"Malawi"});
  REQUIRE(malawi.size() == 2);
  CHECK(malawi[0].currency == "MWK");
  CHECK(malawi[1].currency == "MWK");
}

TEST_CASE("a dollar conversion after a comma ('or about', 'equivalent to') is the stated dollar figure") {
  auto m = money(
      "a contract of 900 million euros, or about $980 million, and 40 billion yen, equivalent to $270 "
      "million");
  REQUIRE(m.size() == 4);
  CHECK(m[0].value_usd == Approx(9.8e8));
  CHECK(m[2].value_usd == Approx(2.7e8));
  auto apart = money("a loan of 900 million euros, and $300 million in grants");
  REQUIRE(apart.size() == 2);
  CHECK_FALSE(apart[0].value_usd);
}

// Regression (probe54): "half a billion dollars" was read as a billion (the fraction's article started a new
// number).
TEST_CASE("a fraction before 'a' and a scale word") {
  auto m = money(
      "The treasury agreed to lend half a billion dollars, and the fund put in a quarter of a million "
      "dollars.");
  REQUIRE(m.size() == 2);
  REQUIRE(m[0].value_usd);
  CHECK(*m[0].value_usd == Approx(5e8));
  REQUIRE(m[1].value_usd);
  CHECK(*m[1].value_usd == Approx(2.5e5));
}
