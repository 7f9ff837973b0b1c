// Quantities with units: measures ("1,300-km", "16,400 MW", "26% share") and counted things ("50,000 doses",
// "200 helicopters"), from the unit list in assets/units.json.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "deal_lex.h"
#include "phrase_table.h"

namespace entente {

struct UnitTable {
  PhraseTable names;  // spelling -> index into canonical
  std::vector<std::string> canonical;
  std::vector<bool> counted;  // true for count nouns (doses, helicopters)
};

// Builds the table from the JSON text of assets/units.json. Throws std::runtime_error when malformed.
UnitTable load_unit_table(std::string_view json);

struct QuantitySpan {
  std::size_t first = 0, end = 0;  // lexemes of number and unit
  std::size_t unit_first = 0;      // first lexeme of the unit
  double value = 0;
  std::string unit;    // canonical unit ("km", "doses", "%"); "% share"/"% stake" for ownership
  std::string number;  // the number as written ("1,300")
  bool counted = false;
};

// Quantities in `t`, skipping lexemes where `taken[i]` is set (money, dates). `taken` has one entry per
// lexeme.
std::vector<QuantitySpan> find_quantities(const UnitTable& units, const LexedText& t,
                                          const std::vector<std::uint8_t>& taken);

// "for 152 K2 battle tanks": when a phrase [b, e) starts at the unit of a counted quantity (its model name
// included), the end of the phrase taken to that quantity's end at least; else e. `qs` sorted by first.
std::size_t through_quantity(const std::vector<QuantitySpan>& qs, std::size_t b, std::size_t e);

// "an agreement for the supply of 8 Dhruv advanced light helicopters", "a deal to buy 10 Tucano aircraft":
// the end of phrase [b, e) taken to the end of a counted quantity whose unit starts inside it or that starts
// at e (its model name and modifiers included); else e.
std::size_t through_counts(const std::vector<QuantitySpan>& qs, std::size_t b, std::size_t e);

// "a 36-jet order": when a phrase starts at b at the unit of a hyphened count ("36-jet") or right after it,
// the count's first lexeme; else b. `qs` sorted by first.
std::size_t from_hyphened_count(const std::vector<QuantitySpan>& qs, const LexedText& t, std::size_t b);

// "1,300 km", "26% share", "50,000 doses": the quantity as shown in a deal.
std::string quantity_text(const QuantitySpan& q);

}  // namespace entente
