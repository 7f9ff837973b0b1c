// "the two countries" as the two countries the sentence names (see deal_pair_named.h).
#include "deal_pair_named.h"

#include <string_view>

namespace entente {
namespace {

// The lexeme of "two" or "both" in "the two countries" inside r, or r.e when there is none.
std::size_t says_two(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    std::string_view n = t.low(k + 1);
    if ((t.is(k, "two") || t.is(k, "both")) && (n == "countries" || n == "sides" || n == "nations")) return k;
  }
  return r.e;
}

}  // namespace

bool sentence_pair(const FillContext& f, const DealDraft& d, NameSet* p) {
  std::size_t two = says_two(f.m.lexed, d.own);
  if (!p->empty() || two == d.own.e) return false;
  // The phrase refers back: "the navies of the two countries will hold ..., with Japan joining" names
  // no pair before it.
  NameSet named = countries_in(f, {d.sentence.b, two});
  if (named.size() != 2) return false;
  *p = named;
  return true;
}

}  // namespace entente
