// Status from the cue words of a deal's clause: the first status category with a cue wins (the order of
// assets/deal_lexicon.json), after negation ("not yet signed"), resumption ("resume the suspended line") and
// the future terms of a signed agreement; a clause with no cue takes its status from its tense.
#include "deal_status_cue.h"

#include <algorithm>
#include <string_view>

#include "deal_contract_names.h"
#include "deal_denied_detail.h"
#include "deal_donation_done.h"
#include "deal_earlier_deal.h"
#include "deal_stage.h"
#include "deal_year.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "have not been finalized", "not yet signed", "has yet to sign", "hasn't ratified": a negation at most
// three words before the cue, in the same clause.
bool negated(const LexedText& t, std::size_t cue, std::size_t floor) {
  for (std::size_t k = cue; k > floor && k + 4 > cue; --k) {
    std::string_view w = t.low(k - 1);
    if (t.lex[k - 1].kind == LexKind::Punct && w != "'" && w != "\xE2\x80\x99") return false;
    // "hasn't" as "hasn", "'", "t"; not the "T" of a name such as "Samsung C&T" or "AT&T".
    bool apostrophe_t = w == "t" && k > 1 && (t.is(k - 2, "'") || t.is(k - 2, "\xE2\x80\x99"));
    if (w == "not" || w == "never" || w == "yet" || w == "n't" || apostrophe_t) return true;
  }
  return false;
}

// "signed an agreement to resume construction of the suspended line": a deal resumed in its own clause
// before the cancellation word is not cancelled.
bool resumed(const LexedText& t, LexRange before_cue) {
  for (std::size_t k = before_cue.b; k < before_cue.e; ++k) {
    std::string_view w = t.low(k);
    if (w.substr(0, 5) == "resum" || w.substr(0, 5) == "reviv" || w.substr(0, 7) == "restart") return true;
  }
  return false;
}

// A past-tense verb at lexeme k; not a participle used as an adjective after a determiner ("the
// developed and promising fields", "the suspended line").
bool past_verb(const LexedText& t, std::size_t k, std::size_t floor) {
  std::string_view w = t.low(k);
  bool past =
      w.size() > 4 && w.substr(w.size() - 2) == "ed" && t.lex[k].kind == LexKind::Word && !t.capitalized(k);
  past |= w == "led" || w == "took" || w == "made" || w == "came" || w == "went" || w == "got" ||
          w == "sent" || w == "sold" || w == "bought" || w == "built" || w == "lent" || w == "gave" ||
          w == "paid" || w == "won" || w == "held" || w == "began" || w == "brought" || w == "laid" ||
          w == "spent";
  // "has set up a joint venture": "set" is past only after the perfect's auxiliary.
  if (w == "set" && k > floor) return t.is(k - 1, "has") || t.is(k - 1, "have") || t.is(k - 1, "had");
  if (!past || k == floor) return past;
  std::string_view p = t.low(k - 1);
  return p != "the" && p != "a" && p != "an" && p != "its" && p != "their" && p != "this" && p != "these" &&
         p != "those" && p != "his" && p != "her" && p != "our";
}

// "is to be handed over in 2029", "will be delivered next year", "expected to be signed early next year": a
// completion or signing told as still to come, which is none (the order or talks beside it tell the status).
bool foretold(const LexedText& t, std::size_t cue, std::size_t floor) {
  if (cue < floor + 2 || !t.is(cue - 1, "be")) return false;
  std::string_view w = t.low(cue - 2);
  return w == "to" || w == "will" || w == "shall" || w == "would" || w == "could" || w == "may" ||
         w == "should" || w == "must" || w == "ll";
}

// "builds on a 2023 agreement", "deposits held at the central bank", "had received an offer", "on top of the
// eleven it has already received": a cue word that here tells no stage of the deal.
bool misread(const LexedText& t, std::size_t k, std::size_t end, std::string_view kind) {
  std::string_view w = t.low(k);
  if ((w == "builds" || w == "build") && (t.is(end, "on") || t.is(end, "upon"))) return true;
  return (w == "held" && (kind == "loan"sv || kind == "investment"sv)) || other_units_cue(t, k, end) ||
         approval_elsewhere(t, k);
}

// "Turkey and Qatar, whose central banks tripled their swap line in 2020, are discussing a renewal": a
// relative clause telling the deal in the past tense is its own statement; the main clause's verb is not.
bool relative_past(const LexedText& t, const DealDraft& d) {
  if (!t.is(d.own.b, "whose") && !t.is(d.own.b, "which") && !t.is(d.own.b, "who")) return false;
  for (std::size_t k = d.own.b + 1; k < d.trigger; ++k)
    if (past_verb(t, k, d.own.b)) return true;
  return false;
}

bool done_stage(const std::string& s) {
  return s == "signed" || s == "in_progress" || s == "completed";
}

struct Cue {
  int best = -1;             // index into status_names, -1 when no cue counts
  bool denied_done = false;  // a negated signing or completion cue was seen
};

Cue status_cue(const FillContext& f, const DealDraft& d, LexRange r) {
  const LexedText& t = f.m.lexed;
  Cue c;
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = f.lex.status.match(t, k);
    if (m.id < 0 || m.end > r.e) continue;
    const std::string& name = f.lex.status_names[m.id];
    // "but no construction contract has been signed": "no" before the deal noun denies its signing.
    bool none = k > d.trigger && d.trigger > d.sentence.b + 1 &&
                (t.is(d.trigger - 1, "no") || t.is(d.trigger - 2, "no"));
    if (negated(t, k, d.sentence.b) || no_subject_passive(t, k, d.sentence.b) || (none && done_stage(name))) {
      c.denied_done |= done_stage(name);
      continue;
    }
    if (name == "cancelled" && resumed(t, {std::min(d.own.b, k), k})) continue;
    if ((name == "completed" || name == "signed") && foretold(t, k, d.sentence.b)) continue;
    if (misread(t, k, m.end, f.lex.rules[d.rule].kind) || in_contract_name(t, k)) continue;
    if (c.best < 0 || m.id < c.best) c.best = m.id;
  }
  return c;
}

// "Under the deal inked in Shanghai, QatarEnergy will give ...", "signed an agreement that will require
// ...": future terms of an agreement the sentence reports as signed. True when a signing cue stands within
// six lexemes ("signed a joint - venture agreement") of an agreement noun before the clause, with no
// "and"/"but" from that noun to the clause's first two words ("signed a memorandum, and Brazil will buy ..."
// is a second deal).
// "welcomed a contract under which KazMunayGas will supply ...": the agreement noun right before "under
// which" a few words before the trigger, whose terms the clause tells; else the lexeme count.
std::size_t terms_noun(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = d.trigger; k > d.sentence.b + 2 && k + 8 > d.trigger; --k)
    if (t.is(k - 2, "under") && t.is(k - 1, "which") && agreement_noun(f, k - 3)) return k - 3;
  return t.lex.size();
}

bool terms_of_signed(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t noun = d.own.b, told = terms_noun(f, d);
  for (std::size_t k = std::min(d.own.b + 2, d.own.e); k > d.sentence.b && noun == d.own.b; --k) {
    if (t.is(k - 1, "and") || t.is(k - 1, "but") || t.is(k - 1, ";")) return false;
    if (k - 1 < d.own.b && agreement_noun(f, k - 1)) noun = k - 1;
  }
  if (noun == d.own.b && told == t.lex.size()) return false;
  noun = noun == d.own.b ? told : noun;
  std::size_t b = noun > d.sentence.b + 6 ? noun - 6 : d.sentence.b;
  Cue c = status_cue(f, d, {b, std::min(noun + 5, std::max(d.own.b, noun))});
  // A contract whose terms are told exists, unless a cue before it says otherwise.
  bool terms = noun == told && !c.denied_done;
  return (c.best < 0 && terms) || (c.best >= 0 && f.lex.status_names[c.best] == "signed");
}

// "the 2004 purchase of the carrier", "Hungary's purchase of two million doses in January 2021": a purchase
// noun dated before the text's dateline was made.
bool done_purchase(const FillContext& f, const DealDraft& d) {
  const DateSpan* y = date_of(f, d);
  return y && f.dateline_year && y->year < f.dateline_year;
}

// No cue: a past-tense verb in the clause ("angered", "led") tells of something done: an agreement,
// purchase or loan made is signed; an exercise or trade done, or an embargo lifted, is completed, and so is a
// supply or building told by a verb ("supplied", "helped build"); a supply or building told by a noun after
// another past verb ("elaborated a system of supplies", "financed the construction of") is an arrangement,
// which is signed.
std::string tense_status(const FillContext& f, const DealDraft& d, const std::string& kind) {
  if (donation_done(f, d)) return "completed";  // "an earlier donation of 20 ambulances in 2021"
  if (earlier_deal_signed(f.m.lexed, d, kind)) return "signed";  // "follows an earlier order for 24 jets"
  // "lifted its arms embargo": an embargo or sanctions lifted is an act done, like an exercise held.
  bool event = kind == "exercise"sv || kind == "trade"sv || f.lex.rules[d.rule].requires == Requirement::Lift;
  // "established a fund": a body set up by agreement is signed, not a building completed.
  bool body = f.m.lexed.low(d.trigger).substr(0, 9) == "establish";
  bool made = (kind == "supply"sv || kind == "project"sv) && f.lex.rules[d.rule].verb && !body;
  for (std::size_t k = d.own.b; k < d.tail.e; ++k) {
    if (k >= d.item.b && k < d.item.e) continue;
    if (!past_verb(f.m.lexed, k, d.own.b)) continue;
    if (event || made) return "completed";
    return "signed";
  }
  if (kind == "trade"sv || kind == "exercise"sv) return "completed";
  if (kind == "purchase"sv && !f.lex.rules[d.rule].verb && done_purchase(f, d)) return "signed";
  return kind == "agreement"sv || kind == "loan"sv || kind == "investment"sv ? "signed" : "announced";
}

// "talks on a third contract were continuing", "negotiations are ongoing": a negotiation told as going on
// is still a negotiation, not a deal under way. True when a talks word stands in the sentence before a
// word of going on.
bool talks_go_on(const LexedText& t, const DealDraft& d) {
  bool talks = false;
  for (std::size_t k = d.sentence.b; k < d.sentence.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "talks" || w == "negotiations" || w == "discussions" || w == "consultations") talks = true;
    bool on = w == "continuing" || w == "continue" || w == "continues" || w == "continued" ||
              w == "ongoing" || w == "underway" || w == "progressing" || (w == "under" && t.is(k + 1, "way"));
    if (talks && on) return true;
  }
  return false;
}

}  // namespace

bool agreement_noun(const FillContext& f, std::size_t k) {
  PhraseMatch m = f.lex.triggers.match(f.m.lexed, k);
  if (m.id < 0) return false;
  for (int r : f.lex.trigger_groups[m.id])
    if (f.lex.rules[r].kind == "agreement"sv && !f.lex.rules[r].verb) return true;
  return false;
}

std::string cue_status(const FillContext& f, const DealDraft& d, const std::string& kind) {
  // The clause's own verb before a relative clause in it ("signed an agreement to resume the line, which
  // was suspended"): the relative clause tells of something else.
  std::size_t rel = d.own.e;
  for (std::size_t k = std::max(d.own.b + 1, d.trigger_end); k < d.own.e && rel == d.own.e; ++k)
    if (f.m.lexed.is(k, "which") || f.m.lexed.is(k, "who")) rel = k;
  // "bought 250 tanks from the US and 180 from Korea": a second object of the same verb, told before its
  // own clause, takes the verb's status.
  if (d.trigger < d.own.b) {
    int v = status_cue(f, d, {d.trigger, d.own.e}).best;
    if (v >= 0) return f.lex.status_names[v];
  }
  // A second deal split from the clause of the first ("sends oil to repay an $8 billion loan") has no
  // clause of its own before it: the first deal's verb is not its verb.
  bool split = d.head.b == d.head.e && d.own.b > d.sentence.b;
  LexRange before = split ? LexRange{d.own.b, d.own.b} : LexRange{d.sentence.b, d.own.b};
  Cue c;
  bool denied = false;
  // "a contract under which a firm will build a plant, signed on Monday": the clause after "under which"
  // tells what the deal does, not its status.
  bool content = rel < d.own.e && (f.m.lexed.is(rel - 1, "under") || f.m.lexed.is(rel - 1, "by"));
  LexRange own = content ? LexRange{rel, rel} : d.own;
  int tried = 0;
  for (LexRange r : {LexRange{d.own.b, rel}, own, d.tail, d.head, before}) {
    c = status_cue(f, d, r);
    denied |= c.denied_done;
    // "but no contract has been signed": a signing denied in the deal's clause is not found elsewhere.
    if (c.best >= 0 && denied && done_stage(f.lex.status_names[c.best])) c.best = -1;
    if (c.best >= 0) break;
    if (++tried == 2 && relative_past(f.m.lexed, d)) return tense_status(f, d, kind);
  }
  if (c.best >= 0) {
    const std::string& s = f.lex.status_names[c.best];
    if (s == "in_progress" && talks_go_on(f.m.lexed, d)) return "negotiating";
    if (s == "negotiating" && talks_failed(f.m.lexed, d)) return "cancelled";  // "Talks on ... collapsed"
    // "cut its order ... and pushed the first delivery back to 2027": an order whose deliveries wait.
    if (s == "in_progress" && delivery_put_off(f.m.lexed, d)) return "signed";
    bool under = terms_of_signed(f, d) || done_under_instrument(f.m.lexed, d);
    return s == "announced" && under ? "signed" : s;
  }
  // "the agreement's details have not been finalized": approved or agreed, not yet signed.
  if (denied) return "announced";
  return tense_status(f, d, kind);
}

}  // namespace entente
