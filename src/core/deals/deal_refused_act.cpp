// Refused acts (see deal_refused_act.h): the refusal cue, the act verb it governs and the trigger after it,
// all in one clause.
#include "deal_refused_act.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kObjectReach = 6;  // "join a regional security pact": the act verb to the trigger

// A lexeme that ends the refusal's clause: punctuation or a word that opens another clause.
bool clause_break(const LexedText& t, std::size_t k) {
  if (t.lex[k].kind == LexKind::Punct || t.lex[k].kind == LexKind::Symbol) return true;
  return in_words(t.low(k), {"that", "which", "who", "whether", "if", "when", "after", "before", "because",
                             "while", "and", "but", "or", "saying", "how", "what", "why", "where", "until"});
}

// "sign", "signing", "join", "approve" ...: a verb that takes up, grants or hands over what a deal is.
bool act_verb(std::string_view w) {
  for (std::string_view v :
       {"sign",    "join",  "approv", "extend",   "renew",  "accept", "ratif", "endors", "back",
        "financ",  "fund",  "lend",   "grant",    "allow",  "buy",    "sell",  "suppl",  "send",
        "deliver", "lease", "hand",   "transfer", "provid", "export", "ship",  "order"})
    if (w.substr(0, v.size()) == v && w.size() <= v.size() + 4) return true;
  return false;
}

// The refusal cue whose last lexeme is at k: "refused to", "declined to", "ruled out", "rejected",
// "turned down"; 1 for a cue that takes a verb, 2 for one that takes a noun, else 0.
int refusal_cue(const LexedText& t, LexRange sentence, std::size_t k) {
  if (k <= sentence.b) return 0;
  std::string_view p = t.low(k - 1), w = t.low(k);
  if (w == "to" && in_words(p, {"refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
                                "declining", "refusal"}))
    return 1;
  if (w == "out" && in_words(p, {"ruled", "rules", "rule", "ruling"})) return 1;
  if (w == "down" && in_words(p, {"turned", "turns", "turn", "turning"})) return 2;
  return in_words(w, {"rejected", "rejects", "reject", "rejecting"}) ? 2 : 0;
}

}  // namespace

bool refused_act(const LexedText& t, LexRange sentence, std::size_t b) {
  // The verb the cue governs: the trigger itself, or an act verb before it ("approve an offer to finance
  // the bridge": each act verb in turn, the reach counted from the nearest).
  std::size_t act = b;
  for (std::size_t k = b; k > sentence.b && k + kObjectReach + 1 > act; --k) {
    std::size_t w = k - 1;
    int cue = refusal_cue(t, sentence, w);
    if (cue == 2) return true;
    if (cue == 1) return w + 1 == act;
    if (clause_break(t, w)) return false;
    if (act_verb(t.low(w))) act = w;
  }
  return false;
}

}  // namespace entente
