// The place a deal's "the city's" refers to, named in the sentence before (see deal_place_before.h).
#include "deal_place_before.h"

namespace entente {
namespace {

bool place_noun(const LexedText& t, std::size_t k) {
  return t.is(k, "city") || t.is(k, "capital") || t.is(k, "country") || t.is(k, "island");
}

// "the city's light rail line", "a tram line for the capital": a definite place noun in the clause.
bool names_place_back(const LexedText& t, LexRange own) {
  for (std::size_t k = own.b; k + 1 < own.e; ++k)
    if (t.is(k, "the") && place_noun(t, k + 1)) return true;
  return false;
}

}  // namespace

void place_before(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (p->size() != 1 || d.sentence.b < 2 || !names_place_back(t, d.own)) return;
  std::size_t b = d.sentence.b, prev = b - 1;  // the sentence before ends at b - 1; find where it starts
  while (prev > 0 && prev + 80 > b && !t.is(prev - 1, ".")) --prev;
  NameSet others;
  for (std::string_view c : countries_in(f, {prev, b}))
    if (!p->count(c)) others.insert(c);
  if (others.size() == 1) p->insert(*others.begin());
}

}  // namespace entente
