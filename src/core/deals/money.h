// Money mentions: symbols and codes before the amount ($, US$, Rs, PKR, ₹), names after it (rupees, yuan,
// roubles), scales (million, bn, lakh, crore), spelled-out amounts, sub-units (cents, pence), qualifiers
// (almost, in excess of, up to), ranges ("$2-3 billion") and stated dollar equivalents ("Rs10bn ($36m)").
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "deal_lex.h"
#include "phrase_table.h"

namespace entente {

struct CurrencyUnit {
  std::string code;          // ISO 4217, or "@rupee"-style placeholder resolved from the document's country
  double divisor = 1;        // 100 for cents: the amount is divided by this
  bool attached = false;     // must be written against the number ("50p")
  bool scaled_only = false;  // a one-letter prefix, money only against a scaled amount ("N1.2 trillion")
};

struct CurrencyTable {
  std::vector<CurrencyUnit> units;
  PhraseTable prefixes;  // written before the amount -> index into units
  PhraseTable names;     // written after the amount -> index into units
  std::map<std::string, std::map<std::string, std::string>> context;  // "@rupee" -> country -> code
};

// Builds the table from the JSON text of assets/currencies.json. Throws std::runtime_error when malformed.
CurrencyTable load_currency_table(std::string_view json);

struct MoneySpan {
  std::size_t first = 0, end = 0;   // lexemes of the amount and its currency
  std::size_t qual_first = 0;       // first lexeme including a leading qualifier (== first when none)
  double value = 0;                 // in the stated currency (the low end of a range)
  std::optional<double> high;       // the high end of a range
  std::string currency;             // ISO 4217
  std::string placeholder;          // "@rupee" when the currency came from the text's countries, else empty
  std::optional<double> value_usd;  // the amount in US dollars when stated (USD amounts, or "(about $X)")
  std::string qualifier;            // approx|over|up_to|under|at_least|range or empty
};

// All money amounts in `t`, in text order and non-overlapping. `country_rank` lists the document's
// countries, most mentioned first; it resolves ambiguous names ("rupees" -> PKR in a text about Pakistan).
std::vector<MoneySpan> find_money(const CurrencyTable& table, const LexedText& t,
                                  const std::vector<std::string>& country_rank);

}  // namespace entente
