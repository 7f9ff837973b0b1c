// Loads assets/currencies.json into a CurrencyTable. Unit strings are "CODE" or "CODE/DIVISOR" ("USD/100"
// for cents); a trailing "x" ("GBP/100x", for "50p") means the unit must touch the number.
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "money.h"

namespace entente {
namespace {

CurrencyUnit parse_unit(std::string_view s) {
  CurrencyUnit u;
  std::size_t slash = s.find('/');
  u.code = std::string(s.substr(0, slash));
  if (slash != std::string_view::npos) {
    std::string_view d = s.substr(slash + 1);
    if (!d.empty() && d.back() == 'x') u.attached = true, d.remove_suffix(1);
    double v = 0;
    for (char c : d)
      if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    u.divisor = v > 0 ? v : 1;
  }
  return u;
}

int add_unit(CurrencyTable& t, std::string_view spec) {
  t.units.push_back(parse_unit(spec));
  return static_cast<int>(t.units.size() - 1);
}

}  // namespace

CurrencyTable load_currency_table(std::string_view json) {
  nlohmann::json j = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw std::runtime_error("currencies.json: invalid JSON");
  CurrencyTable t;
  std::vector<std::string> upper_only;
  for (const auto& u : j.at("upper_only")) upper_only.push_back(u.get<std::string>());
  auto is_upper_only = [&](const std::string& s) {
    for (const std::string& u : upper_only)
      if (u == s) return true;
    return false;
  };
  for (const auto& [phrase, unit] : j.at("prefixes").items()) {
    int id = add_unit(t, unit.get<std::string>());
    t.prefixes.add(phrase, id, is_upper_only(phrase), false);
  }
  for (const auto& [phrase, unit] : j.at("scaled_prefixes").items()) {
    int id = add_unit(t, unit.get<std::string>());
    t.units[static_cast<std::size_t>(id)].scaled_only = true;
    t.prefixes.add(phrase, id, true, false);
  }
  for (const char* key : {"names", "subunits"}) {
    for (const auto& [phrase, unit] : j.at(key).items()) {
      int id = add_unit(t, unit.get<std::string>());
      t.names.add(phrase, id, false, false);
    }
  }
  for (const auto& [placeholder, map] : j.at("context").items())
    for (const auto& [country, code] : map.items()) t.context[placeholder][country] = code.get<std::string>();
  return t;
}

}  // namespace entente
