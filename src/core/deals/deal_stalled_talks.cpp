// "Talks on the purchase ... stalled in March": still a negotiation (deal_stalled_talks.h).
#include "deal_stalled_talks.h"

namespace entente {

namespace {

bool talks_stalled(const LexedText& t, LexRange sentence) {
  std::size_t k = sentence.b + (t.is(sentence.b, "the") ? 1 : 0);
  if (!t.is(k, "talks") && !t.is(k, "negotiations")) return false;
  for (std::size_t j = k + 1; j < sentence.e; ++j)
    if (in_words(t.low(j), {"stalled", "stalling", "stall", "stalls"})) return true;
  return false;
}

}  // namespace

void stalled_talks(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals) {
  if (first >= deals->size() || !talks_stalled(f.m.lexed, d.sentence)) return;
  for (std::size_t k = first; k < deals->size(); ++k)
    if ((*deals)[k].status == "cancelled") (*deals)[k].status = "negotiating";
}

}  // namespace entente
