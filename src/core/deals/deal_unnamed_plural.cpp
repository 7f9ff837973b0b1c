// Plural deal nouns in a sentence that names no one (see deal_unnamed_plural.h).
#include "deal_unnamed_plural.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

bool plural_deal_noun(std::string_view w) {
  return w == "deals" || w == "agreements" || w == "contracts" || w == "accords" || w == "pacts" ||
         w == "treaties" || w == "loans" || w == "credits" || w == "grants" || w == "memoranda";
}

bool names_sides(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k)
    if (t.lex[k].kind == LexKind::Number || t.is(k, "two") || t.is(k, "both") || t.is(k, "sides") ||
        t.is(k, "parties"))
      return true;
  return false;
}

// "The funds are expected to announce more deals at the investment conference in Riyadh": "more" before the
// plural noun, with no count before it ("two more deals") and no object after it ("more deals with Kenya",
// "for", "on", "to", "worth"), counts deals to come, whoever the sentence names.
bool more_to_come(const LexedText& t, std::size_t b) {
  if (b < 1 || !t.is(b - 1, "more") || (b >= 2 && t.lex[b - 2].kind == LexKind::Number)) return false;
  if (b >= 2 && in_words(t.low(b - 2), {"two", "three", "four", "five", "six", "several", "many", "some"}))
    return false;
  return !in_words(t.low(b + 1), {"with", "for", "on", "to", "worth", "between", "of", "covering"});
}

}  // namespace

bool unnamed_plural(const TriggerScan& s, std::size_t b) {
  if (!plural_deal_noun(s.t.low(b))) return false;
  if (more_to_come(s.t, b)) return true;
  LexRange r = s.sentence;
  auto [e, end] = spans_in(s.m.entities, r.b, r.e);
  if (e != end) return false;
  for (std::size_t k = r.b; k < r.e; ++k)
    if (s.m.taken[k] != 0) return false;  // an amount or a date
  return !names_sides(s.t, r);
}

}  // namespace entente
