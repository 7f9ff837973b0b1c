// Deal nouns told as under discussion (see deal_under_discussion.h).
#include "deal_under_discussion.h"

#include "deal_aside_predicate.h"

namespace entente {

bool under_discussion(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  for (std::size_t k = e; k + 1 < c.e; ++k) {
    if (t.is(k, "under") && t.is(k + 1, "discussion")) return true;
    if (t.is(k, "being") && t.is(k + 1, "discussed")) return true;
  }
  return talks_after_aside(s, c);  // "A water agreement, which ..., is still being negotiated"
}

}  // namespace entente
