// Deal nouns after "every" in a sentence that names no one (see deal_every_noun.h).
#include "deal_every_noun.h"

#include "spans_in.h"

namespace entente {

bool every_noun(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  LexRange r = s.sentence;
  bool every = b > r.b && t.is(b - 1, "every");
  every |= b >= r.b + 3 && (t.is(b - 1, "and") || t.is(b - 1, "or")) && t.is(b - 3, "every");
  if (!every) return false;
  auto [e, end] = spans_in(s.m.entities, r.b, r.e);
  if (e != end) return false;
  for (std::size_t k = r.b; k < r.e; ++k)
    if (s.m.taken[k] != 0) return false;  // an amount or a date
  return true;
}

}  // namespace entente
