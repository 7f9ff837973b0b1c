// Restated deals (see deal_restated_plan.h): the definite deal subject, the restating verb, and the reach
// of its clause.
#include "deal_restated_plan.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kMaxModifiers = 2;  // "The new loan agreement revives ..."

bool deal_noun(std::string_view w) {
  return in_words(w, {"agreement",   "deal",       "accord",     "pact",       "contract", "treaty",
                      "arrangement", "loan",       "credit",     "purchase",   "sale",     "order",
                      "acquisition", "investment", "concession", "memorandum", "package",  "grant",
                      "lease",       "swap",       "project",    "plan",       "talks",    "negotiations"});
}

// "have not produced", "did not yield", "has not reached": talks told again as not yet ended in a deal.
bool negated_outcome(const LexedText& t, std::size_t k) {
  return in_words(t.low(k), {"have", "has", "had", "did"}) && t.is(k + 1, "not") &&
         in_words(t.low(k + 2), {"produced", "produce", "yielded", "yield", "reached", "reach"});
}

// The number of lexemes of a restating verb at k (0 when there is none).
std::size_t restating_verb(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (in_words(w, {"revives",    "revived",    "resurrects", "resurrected", "rekindles", "rekindled",
                   "restores",   "restored",   "reboots",    "realises",    "realizes",  "formalises",
                   "formalizes", "formalised", "formalized", "finalises",   "finalizes", "confirms",
                   "seals",      "caps",       "crowns",     "marks"}))
    return 1;
  std::string_view n = t.low(k + 1);
  if (negated_outcome(t, k)) return 3;  // "The talks have not produced an agreement"
  bool two = (in_words(w, {"builds", "built"}) && n == "on") ||
             (in_words(w, {"picks", "picked", "takes", "took"}) && n == "up") ||
             (in_words(w, {"brings", "brought"}) && n == "back");
  return two ? 2 : 0;
}

// The lexeme after the sentence's deal subject ("The agreement", "This new loan", "It"), or 0.
std::size_t after_subject(const LexedText& t, LexRange sentence) {
  std::size_t b = sentence.b;
  if (t.is(b, "it")) return b + 1;
  if (!t.is(b, "the") && !t.is(b, "this") && !t.is(b, "that")) return 0;
  for (std::size_t k = b + 1; k < sentence.e && k <= b + 1 + kMaxModifiers; ++k) {
    if (t.lex[k].kind != LexKind::Word) return 0;
    if (deal_noun(t.low(k)) && !deal_noun(t.low(k + 1))) return k + 1;  // "loan agreement": the last noun
  }
  return 0;
}

// "a plan first announced in 2022", "plans dating from 2018", "an old proposal": the object after the verb at
// k names an earlier plan (not "a 2023 agreement", a deal of its own).
bool plan_object(const LexedText& t, std::size_t k, std::size_t end) {
  constexpr std::size_t kMaxObject = 4;  // "an old Norwegian plan"
  for (std::size_t j = k; j < end && j < k + kMaxObject; ++j) {
    if (t.lex[j].kind != LexKind::Word) return false;
    if (in_words(t.low(j),
                 {"plan", "plans", "proposal", "proposals", "idea", "scheme", "project", "initiative"}))
      return true;
  }
  return false;
}

}  // namespace

bool restated_plan(const LexedText& t, const DealDraft& d) {
  std::size_t v = after_subject(t, d.sentence);
  if (v == 0 || v >= d.sentence.e) return false;
  std::size_t n = restating_verb(t, v);
  if (n == 0) return false;
  if (d.trigger < v) return true;  // the subject itself: "The agreement"
  if (!negated_outcome(t, v) && !plan_object(t, v + n, d.sentence.e)) return false;
  // The plan told after the verb, in its own clause: not a deal told after a comma ("..., when the two
  // countries signed a deal for a plant").
  for (std::size_t k = v + n; k < d.trigger; ++k)
    if (t.lex[k].kind == LexKind::Punct) return false;
  return true;
}

}  // namespace entente
