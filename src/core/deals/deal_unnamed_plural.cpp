// Plural deal nouns in a sentence that names no one (see deal_unnamed_plural.h).
#include "deal_unnamed_plural.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

bool plural_deal_noun(std::string_view w) {
  return w == "deals" || w == "agreements" || w == "contracts" || w == "accords" || w == "pacts" ||
         w == "treaties";
}

bool names_sides(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (t.lex[k].kind == LexKind::Number || t.is(k, "two") || t.is(k, "both") || t.is(k, "sides") ||
        t.is(k, "parties"))
      return true;
  return false;
}

}  // namespace

bool unnamed_plural(const TriggerScan& s, std::size_t b) {
  if (!plural_deal_noun(s.t.low(b))) return false;
  LexRange r = s.sentence;
  auto [e, end] = spans_in(s.m.entities, r.b, r.e);
  if (e != end) return false;
  for (std::size_t k = r.b; k < r.e; ++k)
    if (s.m.taken[k] != 0) return false;  // an amount or a date
  return !names_sides(s.t, r);
}

}  // namespace entente
