// Facilities proposed or discussed between two countries (see deal_proposed_facility.h).
#include "deal_proposed_facility.h"

#include <string_view>

#include "deal_trigger_context.h"

namespace entente {

namespace {

constexpr std::size_t kModifiers = 3;  // "a proposed cross-border gas pipeline": words between cue and noun

bool proposal_cue(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return w == "proposed" || w == "planned" || w == "discussed" || w == "considering";
}

}  // namespace

bool proposed_facility(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  for (std::size_t k = b; k > s.sentence.b && k + kModifiers + 2 > b; --k) {
    std::size_t w = k - 1;
    if (t.lex[w].kind == LexKind::Punct && !t.is(w, "-")) return false;
    if (!proposal_cue(t, w)) continue;
    // "discussed a pipeline": an object after its article; "a proposed pipeline": the cue after one.
    bool verb = t.is(w, "discussed") || t.is(w, "considering");
    if (verb && !t.is(w + 1, "a") && !t.is(w + 1, "an") && !t.is(w + 1, "the")) return false;
    if (!verb && (w == s.sentence.b || (!t.is(w - 1, "a") && !t.is(w - 1, "an") && !t.is(w - 1, "the"))))
      return false;
    return bilateral(s, s.sentence);
  }
  return false;
}

}  // namespace entente
