// Short display of money amounts for tables: "$153 million", "€1.2 billion", "PKR 39,000".
#pragma once

#include <string>

namespace entente {

// `value` in `currency` (ISO 4217) as a short label: a symbol for USD/EUR/GBP/JPY/INR, else the code and a
// space; million/billion/trillion with up to two decimals for large amounts, digit grouping below a million.
std::string format_money(double value, const std::string& currency);

}  // namespace entente
