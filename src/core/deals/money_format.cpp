// Money labels for the Deals panel and exports.
#include "money_format.h"

#include <cmath>
#include <cstdio>
#include <string_view>

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

std::string prefix(const std::string& currency) {
  if (currency == "USD"sv) return "$";
  if (currency == "EUR"sv) return "\xE2\x82\xAC";
  if (currency == "GBP"sv) return "\xC2\xA3";
  if (currency == "JPY"sv) return "\xC2\xA5";
  if (currency == "INR"sv) return "\xE2\x82\xB9";
  return currency.empty() ? "" : currency + " ";
}

// "1.17", "2", "1.5": up to two decimals, trailing zeros dropped.
std::string short_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string grouped(double v) {
  char buf[64];
  bool whole = std::floor(v) == v;
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.2f", v);
  std::string s = buf, out;
  std::size_t point = s.find('.');
  std::size_t int_end = point == std::string::npos ? s.size() : point;
  for (std::size_t i = 0; i < int_end; ++i) {
    if (i > 0 && (int_end - i) % 3 == 0) out += ',';
    out += s[i];
  }
  return out + s.substr(int_end);
}

}  // namespace

std::string format_money(double value, const std::string& currency) {
  double a = std::fabs(value);
  std::string sign = value < 0 ? "-" : "";
  if (a >= 1e12) return sign + prefix(currency) + short_number(a / 1e12) + " trillion";
  if (a >= 1e9) return sign + prefix(currency) + short_number(a / 1e9) + " billion";
  if (a >= 1e6) return sign + prefix(currency) + short_number(a / 1e6) + " million";
  return sign + prefix(currency) + grouped(a);
}

}  // namespace entente
