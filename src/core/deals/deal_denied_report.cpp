// A report denied or disputed: the cue before the trigger ("reports that", "denied that") and, for a bare
// report, the verdict after it ("are inaccurate") or in the next sentence ("That is untrue.").
#include <string_view>

#include "deal_denial.h"
#include "deal_denied_rumour.h"
#include "deal_none_subject.h"
#include "deal_refused_act.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 40;  // lexemes searched each way: a report is a clause, not a page

bool report_word(std::string_view w) {
  return w == "reports" || w == "report" || w == "claims" || w == "rumours" || w == "rumors" ||
         w == "speculation" || w == "suggestions";
}

bool deny_word(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "dismissed" || w == "rejected" ||
         w == "refuted" || w == "dismisses" || w == "rejects";
}

bool verdict_word(std::string_view w) {
  return w == "inaccurate" || w == "untrue" || w == "false" || w == "unfounded" || w == "baseless" ||
         w == "incorrect" || w == "groundless" || w == "fake";
}

// "but", "saying", "adding", ";": the sentence goes on to say something of its own.
bool own_voice(const LexedText& t, std::size_t k) {
  return t.is(k, "but") || t.is(k, "saying") || t.is(k, "adding") || t.is(k, ";") || t.is(k, "while");
}

// "MINISTER: No, that is not true.", "That is untrue.": the next sentence, after a speaker's label,
// opens by calling the report before it false.
bool verdict_next(const LexedText& t, std::size_t k) {
  for (std::size_t j = k; j < k + 4 && j < t.lex.size(); ++j)
    if (t.is(j, ":")) k = j + 1;
  if (t.is(k, "no") && t.is(k + 1, ",")) k += 2;
  if (!t.is(k, "that") && !t.is(k, "this") && !t.is(k, "it")) return false;
  if (!t.is(k + 1, "is") && !t.is(k + 1, "was")) return false;
  if (verdict_word(t.low(k + 2))) return true;
  std::string_view w = t.low(k + 3);
  return t.is(k + 2, "not") && (w == "true" || w == "correct" || w == "accurate" || w == "so");
}

}  // namespace

bool denied_report(const LexedText& t, LexRange sentence, std::size_t b) {
  // Walk back from the trigger to the nearest "reports that" or "denied ... that" before a clause of the
  // sentence's own voice.
  if (rumoured_denied(t, sentence, b)) return true;  // "the rumoured sale ... was denied"
  if (refused_offer(t, sentence, b)) return true;    // "offered Peru a loan, and Lima refused it"
  if (refused_act(t, sentence, b)) return true;      // "declined to sell gas to Yerevan"
  if (none_subject(t, sentence, b)) return true;     // "none has handed a port to a foreign company"
  std::size_t report = b;
  bool denied = false;
  for (std::size_t k = b; k > sentence.b && k + kReach > b; --k) {
    std::size_t w = k - 1;
    if (own_voice(t, w)) return false;
    bool that = t.is(w + 1, "that");
    if (that) w = report_lead(t, sentence.b, w);  // "Reports in May that"
    if (that && report_word(t.low(w))) {
      report = w;
      denied = w > sentence.b && deny_word(t.low(w - 1));
      if (!denied && w > sentence.b + 1 && (t.is(w - 1, "the") || t.is(w - 1, "a")))
        denied = deny_word(t.low(w - 2));
      break;
    }
    if (that && deny_word(t.low(w))) return true;  // "denied that it had signed"
  }
  if (report == b) return false;
  if (denied) return true;
  // "Reports that ... are inaccurate", "Reports that ... were denied by Suva": the verdict after the trigger.
  for (std::size_t k = b + 1; k < sentence.e && k < b + kReach; ++k)
    if (negated_verdict(t, k) || ((verdict_word(t.low(k)) || deny_word(t.low(k))) &&
                                  (t.is(k - 1, "are") || t.is(k - 1, "is") || t.is(k - 1, "were") ||
                                   t.is(k - 1, "was") || t.is(k - 1, "be") || t.is(k - 1, "been"))))
      return true;
  return verdict_next(t, sentence.e);
}

}  // namespace entente
