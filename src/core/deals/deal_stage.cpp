// Delivery stages of an order told beside it: its first units handed over (under way), its last ones taken
// (done), or its first units named before it; an exercise ended, held or still to be held (see deal_stage.h).
#include "deal_stage.h"

#include <algorithm>
#include <string_view>

namespace entente {
namespace {

// "handed over last year": "last" before a time noun dates the handover; it names no last unit.
bool time_after(const LexedText& t, std::size_t k) {
  for (std::string_view n : {"year", "month", "week", "summer", "winter", "spring", "autumn", "decade"})
    if (t.is(k + 1, n)) return true;
  return false;
}

// The stage a past participle at k tells of an order (0 when none): handed over (2) or called off (3).
int fate_word(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (in_words(w, {"delivered", "transferred", "commissioned", "inducted"}) ||
      (w == "handed" && t.is(k + 1, "over")))
    return 2;
  if (w == "repaid") return 2;                       // a loan or deposit "which was repaid in full" is done
  if (w == "cut" && t.is(k + 1, "short")) return 3;  // "the contract was cut short when the waiver expired"
  return in_words(w, {"shelved", "cancelled", "canceled", "scrapped", "dropped", "abandoned", "terminated",
                      "suspended"})
             ? 3
             : 0;
}

// "has been", "has since been", "have now been": "been" at k after a form of "have" (and one adverb).
bool perfect_been(const LexedText& t, std::size_t k) {
  if (!t.is(k, "been") || k < 2) return false;
  std::size_t h =
      in_words(t.low(k - 1), {"since", "now", "already", "subsequently", "later", "also"}) ? k - 2 : k - 1;
  return in_words(t.low(h), {"has", "have", "had"});
}

// "deliveries, which began in 2021, are continuing": a word of deliveries with a word of going on after it.
bool deliveries_go_on(const LexedText& t, std::size_t k, std::size_t e) {
  // "and the cargoes are still arriving", "the shipments are continuing".
  if (!in_words(t.low(k), {"deliveries", "production", "shipments", "cargoes", "cargos", "consignments"}))
    return false;
  for (std::size_t j = k + 1; j < e && j < k + 7; ++j)
    if (in_words(t.low(j), {"began", "begun", "started", "continuing", "continue", "continues", "underway",
                            "arriving", "flowing"}))
      return true;
  return false;
}

}  // namespace

int fate_after(const LexedText& t, const DealDraft& d) {
  std::size_t e = std::min(d.sentence.e, d.item.e + 40);
  for (std::size_t k = d.trigger; k > d.sentence.b && k + 3 > d.trigger; --k)  // "completing an order"
    if (t.is(k - 1, "completing") || t.is(k - 1, "completes")) return 2;
  for (std::size_t k = d.item.e; k < e; ++k) {
    // "..., valued at $44 billion, has since been shelved": a perfect tells the deal's fate too.
    if (int f = perfect_been(t, k) ? fate_word(t, k + 1) : 0) return f;
    if (t.is(k, "first") || t.is(k, "initial") || t.is(k, "be") || t.is(k, "been")) return 0;
    if (deliveries_go_on(t, k, e)) return 1;
    if (k == d.item.e) continue;
    std::string_view p = t.low(k - 1);
    bool told = p == "was" || p == "were" || p == "later" || p == "subsequently" || p == "and" || p == "then";
    if (int f = told ? fate_word(t, k) : 0) return f;
  }
  return 0;
}

bool signed_then_approved(const LexedText& t, const DealDraft& d) {
  std::size_t e = std::min(d.sentence.e, d.trigger + 30);  // the clause or an aside after it
  bool signed_seen = false;
  for (std::size_t k = d.own.b; k < e; ++k) {
    std::string_view w = t.low(k);
    signed_seen |= w == "signed" || w == "concluded" || w == "inked";
    if (signed_seen && w == "and" && k + 1 < e && in_words(t.low(k + 1), {"approved", "ratified", "cleared"}))
      return true;
  }
  return false;
}

bool signed_after(const LexedText& t, const DealDraft& d) {
  std::size_t e = std::min(d.sentence.e, d.item.e + 40);
  for (std::size_t k = d.item.e; k + 3 < e; ++k) {
    if (!t.is(k, "and") || !t.is(k + 1, "the") ||
        !in_words(t.low(k + 2), {"contract", "deal", "agreement", "accord", "pact", "sale"}))
      continue;
    std::size_t v = k + 3;
    if (in_words(t.low(v), {"has", "had"}) && t.is(v + 1, "been"))
      v += 2;
    else if (in_words(t.low(v), {"was", "were"}))
      ++v;
    else
      return false;
    if (v < e && t.is(v, "later")) ++v;
    return v < e && in_words(t.low(v), {"signed", "concluded", "inked", "finalised", "finalized"});
  }
  return false;
}

int units_delivered(const LexedText& t, const DealDraft& d) {
  // "the delivery of the two remaining squadrons, part of a deal": some units came already.
  for (std::size_t k = d.sentence.b + 1; k < d.item.e; ++k) {
    bool counted = t.lex[k - 1].kind == LexKind::Number;
    for (std::string_view n : {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
      counted |= t.is(k - 1, n);
    if (t.is(k, "remaining") && counted) return 1;
  }
  for (std::size_t k = d.sentence.b; k < d.sentence.e; ++k) {
    if (k >= d.own.b && k < std::min(d.own.e, d.item.e)) continue;  // "bought X and received the last"
    std::string_view w = t.low(k);
    bool handed =
        w == "delivered" || w == "received" || w == "took" || (w == "handed" && t.is(k + 1, "over"));
    for (std::size_t j = k + 1; handed && j < d.sentence.e && j < k + 4; ++j) {
      if ((t.is(j, "first") || t.is(j, "initial")) && (w != "took" || t.is(k + 1, "delivery"))) return 1;
      if ((t.is(j, "last") && !time_after(t, j)) || t.is(j, "remaining") || t.is(j, "rest")) return 2;
    }
  }
  return 0;
}

bool first_under(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k + 1 < d.trigger; ++k) {
    if (!t.is(k, "first") && !t.is(k, "initial")) continue;
    for (std::size_t j = k + 1; j < d.trigger && j < k + 4; ++j)
      if (t.is(j, "under") || t.is(j, "of") || t.is(j, "from")) return true;
  }
  return false;
}

bool talks_failed(const LexedText& t, const DealDraft& d) {
  std::size_t b = d.sentence.b + (t.is(d.sentence.b, "the") ? 1 : 0);
  if (!t.is(b, "talks") && !t.is(b, "negotiations")) return false;
  constexpr std::size_t kLong = 60;  // lexemes: the sentence telling the talks' fate
  bool failed = false;
  for (std::size_t k = b + 1; k < d.sentence.e && k < b + kLong; ++k) {
    bool denied = t.is(k - 1, "not") || t.is(k - 1, "never") || t.is(k - 2, "not") || t.is(k - 2, "never");
    bool again = t.is(k, "resume") || t.is(k, "resumed") || t.is(k, "resumes") || t.is(k, "revived") ||
                 t.is(k, "revive") || t.is(k, "restart") || t.is(k, "restarted");
    if (again && !denied) return false;  // "stalled since 2022, will resume in June"
    bool off = t.is(k, "collapsed") || t.is(k, "failed") || t.is(k, "foundered") || t.is(k, "stalled") ||
               (t.is(k, "broke") && t.is(k + 1, "down"));
    failed |= off && !denied;
  }
  return failed;
}

bool first_arrived(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kNear = 30;  // lexemes before the trigger: the clause telling the units
  for (std::size_t k = d.trigger > d.sentence.b + kNear ? d.trigger - kNear : d.sentence.b; k < d.trigger;
       ++k)
    if (t.is(k, "arrived") || t.is(k, "delivered") || t.is(k, "unloaded") ||
        (t.is(k, "handed") && t.is(k + 1, "over")))
      return true;
  return false;
}

bool first_handed_after(const LexedText& t, const DealDraft& d) {
  // "ordered 17 carriers in 2020, the first of which was handed over last year": the first units are the
  // subject of a passive handover told after the item.
  for (std::size_t k = d.item.e; k + 2 < d.sentence.e; ++k) {
    if (!t.is(k, "first") && !t.is(k, "initial")) continue;
    for (std::size_t j = k + 1; j + 1 < d.sentence.e && j < k + 5; ++j) {
      if (t.is(j, "arrived") || t.is(j, "landed")) return true;  // "and the first shipments arrived in June"
      if (!t.is(j, "was") && !t.is(j, "were") && !t.is(j, "been")) continue;
      std::string_view v = t.low(j + 1);
      if (v == "delivered" || v == "received" || (v == "handed" && t.is(j + 2, "over"))) return true;
    }
  }
  return false;
}

// "concluded Pacific Shield, a joint exercise", "wrapped up the drill": an exercise brought to its end in
// the clause, which is held (completed), not an agreement concluded.
bool exercise_ended(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k < d.own.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "concluded" || w == "ended" || w == "finished" || (w == "wrapped" && t.is(k + 1, "up")))
      return true;
  }
  return false;
}

// "agreed to hold the next round of the exercise": an exercise still to be held.
bool to_hold(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k + 1 < d.trigger; ++k)
    if (t.is(k, "to") && (t.is(k + 1, "hold") || t.is(k + 1, "conduct") || t.is(k + 1, "stage"))) return true;
  return false;
}

// "the talks follow their first joint air exercise, which was held in April": a relative clause after the
// exercise says it was held, whatever the clause before it is about.
bool held_after(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger_end; k + 2 < d.sentence.e && k < d.trigger_end + 20; ++k) {
    if (!t.is(k, "which") && !t.is(k, "that")) continue;
    bool was = t.is(k + 1, "was") || t.is(k + 1, "were");
    std::string_view v = t.low(k + 2);
    if (was && (v == "held" || v == "conducted" || v == "staged" || v == "completed")) return true;
    if (t.is(k + 1, "took") && t.is(k + 2, "place")) return true;
    return false;
  }
  return false;
}

bool delivery_put_off(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k + 1 < d.sentence.e; ++k) {
    if (!t.is(k, "first") || !in_words(t.low(k + 1), {"delivery", "deliveries", "batch", "shipment"}))
      continue;
    for (std::size_t j = k > d.sentence.b + 3 ? k - 3 : d.sentence.b; j < k + 6 && j < d.sentence.e; ++j)
      if (in_words(t.low(j), {"pushed", "postponed", "delayed", "deferred", "rescheduled"}) ||
          (in_words(t.low(j), {"put", "moved"}) && (t.is(j + 1, "back") || t.is(j + 1, "off"))))
        return true;
  }
  return false;
}

bool opened_after(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.own.b; k + 2 < d.tail.e; ++k) {
    if (!t.is(k, "which") && !t.is(k, "that")) continue;
    std::size_t v = t.is(k + 1, "was") || t.is(k + 1, "were") ? k + 2 : k + 1;
    if (t.is(v, "opened") || t.is(v, "completed") || t.is(v, "inaugurated") || t.is(v, "commissioned") ||
        t.is(v, "closed"))
      return true;
  }
  return false;
}

bool other_units_cue(const LexedText& t, std::size_t k, std::size_t end) {
  // "on top of the eleven H145Ms it has already received", "in addition to the 12 it already flies".
  for (std::size_t j = k; j > 0 && j + 8 > k; --j) {
    if (t.lex[j - 1].kind == LexKind::Punct) break;
    if ((t.is(j - 1, "of") && t.is(j - 2, "top")) || (t.is(j - 1, "to") && t.is(j - 2, "addition")) ||
        t.is(j - 1, "besides"))
      return true;
  }
  std::string_view w = t.low(end - 1);
  if (w != "received" && w != "receive" && w != "receives" && w != "receiving") return false;
  for (std::size_t j = end; j < end + 4 && j < t.lex.size() && t.lex[j].kind == LexKind::Word; ++j)
    if (in_words(t.low(j), {"offer", "offers", "proposal", "proposals", "bid", "bids", "request"}))
      return true;
  return false;
}

bool declined(const LexedText& t, const DealDraft& d) {
  std::size_t k = d.trigger;
  if (k < d.sentence.b + 2) return false;
  if (t.is(k - 1, "never")) return true;
  bool not_ = t.is(k - 1, "not") || t.is(k - 1, "n't") || (t.is(k - 1, "t") && k >= d.sentence.b + 3);
  std::size_t a = t.is(k - 1, "t") ? k - 3 : k - 2;
  return not_ && (t.is(a, "did") || t.is(a, "didn"));
}

bool approval_elsewhere(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (w != "approved" && w != "approve" && w != "approves" && w != "cleared") return false;
  for (std::size_t j = k; j > 0 && j + 6 > k; --j) {
    if (t.lex[j - 1].kind == LexKind::Punct) return false;
    if (t.is(j - 1, "before") || t.is(j - 1, "until")) return true;
  }
  return false;
}

// "will supply radars under a contract estimated at ...", "Under the second agreement, NMDC will acquire
// ...": what a deal will do under a contract or agreement the sentence names as already there (not one
// "proposed", "planned" or "draft", nor one "to be signed", "being negotiated", "announced" or "still under
// discussion").
bool done_under_instrument(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.sentence.b; k + 1 < d.sentence.e; ++k) {
    if (!t.is(k, "under")) continue;
    std::size_t n = k + 1;
    for (; n < d.sentence.e && n < k + 4; ++n) {
      std::string_view w = t.low(n);
      if (in_words(w, {"proposed", "planned", "draft", "potential", "possible", "future", "prospective"}))
        break;
      if (!in_words(w, {"contract", "agreement", "deal", "accord", "concession", "pact", "treaty"})) continue;
      std::string_view a = t.low(n + 1), b = t.low(n + 2);
      // "under a deal announced on Monday": an instrument told as announced is no more than that.
      bool pending = (a == "to" && b == "be") || a == "being" || a == "still" || a == "yet" || a == "now" ||
                     a == "under" || b == "being" || b == "under" ||
                     in_words(a, {"announced", "unveiled", "outlined", "expected", "proposed", "mooted"});
      if (!pending) return true;
      break;
    }
  }
  return false;
}

}  // namespace entente
