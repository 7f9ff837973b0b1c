// A list of countries in a clause (deal_country_list.h).
#include "deal_country_list.h"

namespace entente {

std::vector<std::string_view> country_list(const FillContext& f, std::size_t k, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  std::vector<std::string_view> out;
  while (k < limit) {
    if (t.is(k, "the")) ++k;
    std::size_t b = k;
    while (k < limit && t.lex[k].kind == LexKind::Word && t.capitalized(k)) ++k;
    NameSet c = countries_in(f, {b, k});
    if (k == b || c.size() != 1) break;
    out.push_back(*c.begin());
    if (t.is(k, ",")) ++k;
    if (t.is(k, "and"))
      ++k;
    else if (!t.is(k - 1, ","))
      break;
  }
  if (out.size() < 2) out.clear();
  return out;
}

bool listed(const std::vector<std::string_view>& list, std::string_view c) {
  for (std::string_view b : list)
    if (b == c) return true;
  return false;
}

std::string lone_other(const FillContext& f, LexRange r, const std::vector<std::string_view>& list) {
  std::string out;
  for (std::string_view c : countries_in(f, r)) {
    if (listed(list, c)) continue;
    if (!out.empty()) return {};
    out = std::string(c);
  }
  return out;
}

}  // namespace entente
