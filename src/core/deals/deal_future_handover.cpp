// Handovers still to come of an order told before (deal_future_handover.h).
#include "deal_future_handover.h"

#include <string_view>

namespace entente {

namespace {

// "handed over", "delivered", "built": the trigger tells the units' making or handover.
bool handover_word(std::string_view w) {
  return w == "handed" || w == "delivered" || w == "built" || w == "transferred" || w == "shipped" ||
         w == "completed" || w == "supplied" || w == "commissioned";
}

// "The first three ...", "The remaining eight ...", "The last two ...": the sentence opens on some units of
// an order already told.
bool ordinal_units_subject(const LexedText& t, LexRange sentence) {
  if (sentence.b + 2 >= sentence.e || !t.is(sentence.b, "the")) return false;
  std::string_view w = t.low(sentence.b + 1);
  return w == "first" || w == "remaining" || w == "last" || w == "next" || w == "final";
}

// The lexeme after "are to be", "will be" in the sentence's first clause, or 0 when none.
std::size_t coming_at(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k + 2 < sentence.e; ++k) {
    if (t.is(k, ",") || t.is(k, ";")) return 0;
    if (!t.is(k + 1, "be")) continue;
    std::string_view w = t.low(k);
    if (w == "to" || w == "will" || w == "shall" || w == "would" || w == "ll") return k + 2;
  }
  return 0;
}

// "built in Japan and handed over": a handover word from `from` to the clause's end.
bool handover_from(const LexedText& t, std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end && !t.is(k, ",") && !t.is(k, ";"); ++k)
    if (handover_word(t.low(k))) return true;
  return false;
}

}  // namespace

bool handover_to_come(const LexedText& t, LexRange sentence) {
  if (!ordinal_units_subject(t, sentence)) return false;
  std::size_t v = coming_at(t, sentence);
  return v > 0 && handover_from(t, v, sentence.e);
}

bool future_handover(const LexedText& t, const DealDraft& d, bool recent) {
  if (!recent || !handover_to_come(t, d.sentence)) return false;
  std::size_t v = coming_at(t, d.sentence);  // the units' verb, told as still to come
  return d.trigger < v || handover_word(t.low(d.trigger));
}

}  // namespace entente
