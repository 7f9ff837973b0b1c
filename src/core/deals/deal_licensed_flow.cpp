// Flows told as run under licences are a procedure (see deal_licensed_flow.h).
#include "deal_licensed_flow.h"

#include <string_view>

namespace entente {

namespace {

bool licence_word(std::string_view w) {
  return w == "licence" || w == "licences" || w == "license" || w == "licenses" || w == "permit" ||
         w == "permits" || w == "authorisation" || w == "authorisations" || w == "authorization" ||
         w == "authorizations";
}

}  // namespace

bool licensed_flow(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  if (r.verb || b != s.sentence.b) return false;
  std::string_view w = t.low(b);
  if (w.size() < 4 || w.back() != 's') return false;
  bool under = false;
  for (std::size_t k = c.b; k < c.e; ++k) {
    if (t.lex[k].kind == LexKind::Number || s.m.taken[k] == 1) return false;
    under |= t.is(k, "under") && k + 1 < c.e && licence_word(t.low(k + 1));
  }
  return under;
}

}  // namespace entente
