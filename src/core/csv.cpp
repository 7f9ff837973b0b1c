// CSV fields (see csv.h).
#include "csv.h"

namespace entente {
namespace {

bool plain_number(std::string_view s) {
  if (s.size() < 2) return false;
  for (std::size_t k = 1; k < s.size(); ++k)
    if (!((s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == ',')) return false;
  return s[1] >= '0' && s[1] <= '9';
}

bool formula_like(std::string_view s) {
  if (s.empty()) return false;
  char c = s[0];
  if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
  return (c == '+' || c == '-') && !plain_number(s);
}

}  // namespace

std::string csv_field(std::string_view s) {
  bool formula = formula_like(s);
  if (!formula && s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = formula ? "\"'" : "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace entente
