// An amount of a deal noun pledged (see deal_pledged_amount.h).
#include "deal_pledged_amount.h"

#include <string_view>

#include "deal_rollover.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

bool pledged_amount_of(const TriggerScan& s, const PhraseMatch& m) {
  bool pledge = false;
  for (int rule : s.lex.trigger_groups[m.id])
    pledge |= s.lex.rules[rule].kind == "assistance"sv && s.lex.rules[rule].verb;
  if (!pledge) return false;
  for (auto [q, end] = spans_in(s.m.money, m.end, m.end + 3); q != end; ++q) {
    if (q->qual_first != m.end) continue;
    std::size_t k = q->end;
    if (!s.t.is(k, "of") && !s.t.is(k, "in")) return false;
    PhraseMatch next = s.lex.triggers.match(s.t, k + 1);
    if (next.id < 0 || bare_financing_noun(s.t, k + 1)) return false;  // "of financing": the pledge's own
    for (int rule : s.lex.trigger_groups[next.id]) {
      const TriggerRule& r = s.lex.rules[rule];
      if (!r.verb && (r.kind == "investment"sv || r.kind == "loan"sv || r.kind == "assistance"sv))
        return true;
    }
    return false;
  }
  return false;
}

}  // namespace entente
