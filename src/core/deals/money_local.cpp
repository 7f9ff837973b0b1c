// Ambiguous currency names resolved by the countries of the amount's own paragraph (see money_local.h).
#include "money_local.h"

#include <algorithm>
#include <string>
#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kBefore = 60;  // lexemes looked at before the amount
constexpr std::size_t kAfter = 30;   // and after it

bool line_break_before(const LexedText& t, std::size_t k) {
  if (k == 0) return true;
  std::string_view gap = t.text.substr(t.lex[k - 1].end, t.lex[k].start - t.lex[k - 1].end);
  return gap.find('\n') != std::string_view::npos;
}

// Lexemes [b, e) of the amount's line around s, at most kBefore before it and kAfter after it.
std::pair<std::size_t, std::size_t> window(const LexedText& t, const MoneySpan& s) {
  std::size_t b = s.first;
  while (b > 0 && b + kBefore > s.first && !line_break_before(t, b)) --b;
  std::size_t e = s.end;
  while (e < t.lex.size() && e < s.end + kAfter && !line_break_before(t, e)) ++e;
  return {b, e};
}

}  // namespace

void localize_money(const CurrencyTable& table, const Gazetteer& g, const LexedText& t,
                    const std::vector<EntityHit>& entities, std::vector<MoneySpan>* money) {
  for (MoneySpan& s : *money) {
    if (s.placeholder.empty()) continue;
    auto codes = table.context.find(s.placeholder);
    if (codes == table.context.end()) continue;
    auto [b, e] = window(t, s);
    auto hit = std::lower_bound(entities.begin(), entities.end(), b,
                                [](const EntityHit& h, std::size_t at) { return h.first < at; });
    std::string only;
    bool several = false;
    for (; hit != entities.end() && hit->first < e; ++hit) {
      if (hit->kind != EntityKind::Country || hit->entity < 0) continue;
      auto c = codes->second.find(g.entities[hit->entity].name);
      if (c == codes->second.end() || c->second == only) continue;
      several = !only.empty();
      if (several) break;
      only = c->second;
    }
    if (!only.empty() && !several) s.currency = only;
  }
}

}  // namespace entente
