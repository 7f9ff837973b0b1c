// Trade flows told by what they were worth (see deal_flow_worth.h).
#include "deal_flow_worth.h"

#include <string_view>

namespace entente {
namespace {

bool adverb(std::string_view w) {
  return w.size() > 3 && w.substr(w.size() - 2) == "ly";
}

// "were worth", "was valued", "were roughly worth" from lexeme k on.
bool worth_after(const LexedText& t, std::size_t k, std::size_t e) {
  for (; k + 1 < e; ++k) {
    if (!t.is(k, "were") && !t.is(k, "was")) continue;
    std::size_t w = k + 1 + (k + 2 < e && adverb(t.low(k + 1)) ? 1 : 0);  // "were roughly worth"
    return t.is(w, "worth") || t.is(w, "valued");
  }
  return false;
}

bool served_deal(const LexedText& t, LexRange sentence) {
  return any_in_words(
      t, sentence.b, sentence.e,
      {"under", "contract", "contracts", "agreement", "deal", "deals", "order", "orders", "loan", "tender"});
}

}  // namespace

bool flow_worth(const TriggerScan& s, LexRange c) {
  for (std::size_t k = c.b; k < c.e; ++k)
    if ((s.t.is(k, "imports") || s.t.is(k, "exports")) && worth_after(s.t, k + 1, c.e))
      return !served_deal(s.t, s.sentence);
  return false;
}

}  // namespace entente
