// A delivery schedule of an order told before (deal_delivery_schedule.h).
#include "deal_delivery_schedule.h"

#include <string_view>

namespace entente {

namespace {

// "Deliveries ...", "The first deliveries ...", "Shipments ...": the sentence opens on the handover of goods.
bool schedule_subject(const LexedText& t, LexRange sentence) {
  std::size_t k = sentence.b;
  if (k < sentence.e && t.is(k, "the")) ++k;
  if (k < sentence.e && in_words(t.low(k), {"first", "initial"})) ++k;
  return k < sentence.e &&
         in_words(t.low(k), {"deliveries", "delivery", "handovers", "handover", "shipments"});
}

// "are due to", "are expected to", "will begin", "should start": the first clause's verb is still to come.
bool coming_verb(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k + 1 < sentence.e; ++k) {
    if (t.is(k, ",") || t.is(k, ";")) return false;
    std::string_view w = t.low(k);
    if (in_words(w, {"due", "expected", "scheduled", "set"}) && t.is(k + 1, "to")) return true;
    if (in_words(w, {"will", "should", "to"}) && in_words(t.low(k + 1), {"begin", "start", "be"}))
      return true;
  }
  return false;
}

// "under a contract signed on Tuesday", "worth $2 billion": the sentence tells a deal of its own.
bool names_deal(const LexedText& t, LexRange sentence) {
  return any_in_words(
      t, sentence.b, sentence.e,
      {"signed", "agreed", "ordered", "contract", "deal", "agreement", "under", "worth", "$"});
}

}  // namespace

bool delivery_schedule(const LexedText& t, const DealDraft& d, bool recent) {
  return recent && schedule_subject(t, d.sentence) && coming_verb(t, d.sentence) &&
         !names_deal(t, d.sentence);
}

}  // namespace entente
