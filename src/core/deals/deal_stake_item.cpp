// Stakes: "a 20 percent stake in the oil-to-chemicals business of Reliance Industries".
#include "deal_stake_item.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxPhrase = 14;  // lexemes of what the stake is in

bool ends_phrase(const FillContext& f, std::size_t k) {
  const LexedText& t = f.m.lexed;
  if (t.is(k, "-") || t.is(k, "'") || t.is(k, "'s")) return false;
  if (t.lex[k].kind == LexKind::Punct) return true;
  for (std::string_view w : {"for", "from", "worth", "valued", "at", "and", "with", "to"})
    if (t.is(k, w) && !t.is(k - 1, "-")) return true;
  auto [y, end] = spans_in(f.m.dates, k + 1, k + 2);
  return t.is(k, "in") && y != end;  // "in 2020"
}

}  // namespace

std::optional<LexRange> stake_item(const FillContext& f, const DealDraft& d, const std::string& kind) {
  if (kind != "purchase" && kind != "investment") return std::nullopt;
  const LexedText& t = f.m.lexed;
  for (auto [q, end] = spans_in(f.m.quantities, d.own.b, d.own.e); q != end; ++q) {
    if (q->unit != "% stake" && q->unit != "% share") continue;
    std::size_t s = q->end;  // "stake" may be the unit's last lexeme or follow it
    if (!t.is(s - 1, "stake") && !t.is(s - 1, "share")) {
      if (!t.is(s, "stake") && !t.is(s, "share")) continue;
      ++s;
    }
    if (!t.is(s, "in")) continue;
    std::size_t e = s + 1;
    while (e < d.own.e && e < s + 1 + kMaxPhrase && !ends_phrase(f, e)) ++e;
    if (e > s + 2) return LexRange{s - 1, e};
  }
  return std::nullopt;
}

}  // namespace entente
