// "the two countries" as the two countries the sentence names (see deal_pair_named.h).
#include "deal_pair_named.h"

#include <string_view>

namespace entente {
namespace {

bool says_two(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    std::string_view n = t.low(k + 1);
    if ((t.is(k, "two") || t.is(k, "both")) && (n == "countries" || n == "sides" || n == "nations"))
      return true;
  }
  return false;
}

}  // namespace

bool sentence_pair(const FillContext& f, const DealDraft& d, NameSet* p) {
  if (!p->empty() || !says_two(f.m.lexed, d.own)) return false;
  NameSet named = countries_in(f, d.sentence);
  if (named.size() != 2) return false;
  *p = named;
  return true;
}

}  // namespace entente
