// Clauses telling an agreement's terms (see deal_terms_clause.h).
#include "deal_terms_clause.h"

#include <string_view>

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

bool terms_clause(const TriggerScan& s, const DealDraft& prev, const DealDraft& d) {
  const LexedText& t = s.t;
  const TriggerRule& r = s.lex.rules[prev.rule];
  if (r.verb || r.kind != "agreement"sv || prev.own.e > d.own.b || d.trigger <= d.own.b) return false;
  std::size_t k = d.own.b + (t.is(d.own.b, ",") ? 1 : 0);
  if (k == 0 || (!t.is(k - 1, ",") && k == d.own.b)) return false;  // set off by a comma
  bool terms = (t.is(k, "under") && (t.is(k + 1, "which") || t.is(k + 1, "whose"))) || t.is(k, "whereby");
  return terms && k < d.trigger;
}

}  // namespace entente
