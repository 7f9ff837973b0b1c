// Sentences that tell more of the deal just told: "the deal" (its amount), "The fund ..." (the same actor),
// a delivery sentence, the first units arrived, and the deal stressed back ("The order itself ...").
#include "deal_followup.h"

#include <algorithm>
#include <string_view>

#include "deal_anaphora_kind.h"
#include "deal_anaphora_modified.h"
#include "deal_anaphoric_subject.h"
#include "deal_year_stated_later.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "the deal", "this agreement": a bare trigger noun after a definite determiner refers back.
bool anaphoric(const LexedText& t, const DealDraft& d) {
  if (d.item.e - d.item.b != 1 || d.item.b != d.trigger || d.trigger == 0) return false;
  std::string_view p = t.low(d.trigger - 1);
  return p == "the" || p == "this" || p == "that";
}

// "The Chinese paid some $325 million for it": a deal verb whose object (right after it or after "for") is
// only a pronoun tells more of the deal just told in an earlier sentence.
bool pronoun_object(const LexedText& t, const DealDraft& d, const TriggerRule& r, const Deal& prev) {
  if (!r.verb || d.item.e != d.item.b + 1 || prev.evidence.start >= t.lex[d.sentence.b].start) return false;
  if (d.item.b != d.trigger_end && !t.is(d.item.b - 1, "for")) return false;
  std::string_view w = t.low(d.item.b);
  return w == "it" || w == "them";
}

// "It is a project of $1.6 billion": a sentence opening on "it" or "this", a form of "be" and an indefinite
// article just before the trigger names the deal just told (not "It is noted that the construction ...").
bool it_is(const LexedText& t, const DealDraft& d) {
  std::size_t b = d.sentence.b;
  if ((!t.is(b, "it") && !t.is(b, "this")) || (!t.is(b + 1, "is") && !t.is(b + 1, "was"))) return false;
  return (t.is(b + 2, "a") || t.is(b + 2, "an")) && d.trigger > b + 2 && d.trigger <= b + 5;
}

// "The ministry put the value of phase two at 1.1 billion euros", "officials put the programme at around 2.1
// billion euros": "put" with a value, cost or price word, or with a definite object followed by "at", values
// the deal just told; it invests nothing.
bool valuation(const LexedText& t, const DealDraft& d) {
  std::string_view w = t.low(d.trigger);
  if ((w != "put" && w != "puts") || d.trigger_end >= t.lex.size()) return false;
  std::size_t k = d.trigger_end + (t.is(d.trigger_end, "the") || t.is(d.trigger_end, "its") ? 1 : 0);
  if (t.is(k, "value") || t.is(k, "cost") || t.is(k, "price") || t.is(k, "worth")) return true;
  if (d.item.b == 0 || d.item.e <= d.item.b || !t.is(d.item.e, "at")) return false;
  std::string_view p = t.low(d.item.b - 1);
  return p == "the" || p == "its" || p == "this" || p == "that";
}

// "The fund is expected to sign a framework agreement with Cairo within weeks", after the fund's deal: a
// sentence whose subject is a definite firm or fund noun, naming no country outside the deal told just
// before, tells more of that deal.
bool same_actor(const FillContext& f, const DealDraft& d, const Deal& prev) {
  const LexedText& t = f.m.lexed;
  std::size_t b = d.sentence.b;
  constexpr std::size_t kMaxSubject = 12;  // the subject opens the sentence: a few drafts at most are tried
  if (b + 2 >= d.trigger || d.trigger > b + kMaxSubject || !t.is(b, "the")) return false;
  std::string_view w = t.low(b + 1);
  bool actor = w == "fund" || w == "bank" || w == "lender" || w == "company" || w == "firm" ||
               w == "operator" || w == "investor" || w == "miner" || w == "utility" || w == "builder" ||
               w == "contractor";
  if (!actor) return false;
  for (std::string_view c : countries_in(f, d.sentence))
    if (std::find(prev.parties.begin(), prev.parties.end(), c) == prev.parties.end()) return false;
  return true;
}

// "the deal could be worth $1.5 billion": more about the deal just told; its value (and a signing year it
// states) goes to that deal.
void add_to_previous(const FillContext& f, const DealDraft& d, Deal* prev) {
  std::vector<Deal> more;
  fill_deals(f, d, &more);
  if (more.empty()) return;
  // "That contract was signed in 2023": the signing year the sentence states is the deal's year.
  if ((!prev->year && more[0].year && more[0].date_text && more[0].status == "signed"sv) ||
      year_stated_later(*prev, more[0]))
    prev->year = more[0].year;
  if (prev->value || !more[0].value) {
    if (more[0].evidence.start != prev->evidence.start) prev->evidence_extra.push_back(more[0].evidence);
    return;
  }
  prev->value = more[0].value;
  prev->value_usd = more[0].value_usd;
  prev->currency = more[0].currency;
  prev->value_text = more[0].value_text;
  prev->value_qualifier = more[0].value_qualifier;
  prev->evidence_extra.push_back(more[0].evidence);
}

// "Poland's purchase of CAMM missiles ... Deliveries of launchers began in 2024.": a sentence opening on a
// delivery noun, naming no country, right after a purchase tells how far that purchase has come.
bool delivery_followup(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last,
                       const std::vector<Deal>& deals) {
  const LexedText& t = f.m.lexed;
  std::size_t k = sentence.b + (t.is(sentence.b, "the") ? 1 : 0);
  std::string_view w = t.low(d.trigger);
  bool delivery = w == "deliveries" || w == "delivery" || w == "shipments";
  if (d.trigger != k || !delivery || f.lex.rules[d.rule].verb || deals.empty() || last.e <= last.b)
    return false;
  const Deal& prev = deals.back();
  return prev.kind == "purchase"sv && prev.evidence.start == t.lex[last.b].start &&
         countries_in(f, sentence).empty();
}

void add_delivery(const FillContext& f, const DealDraft& d, Deal* prev) {
  std::vector<Deal> more;
  fill_deals(f, d, &more);
  if (more.empty()) return;
  if (more[0].status == "in_progress"sv || more[0].status == "completed"sv) prev->status = more[0].status;
  prev->evidence_extra.push_back(more[0].evidence);
}

}  // namespace

// "The helicopter order itself, for 16 AW149 helicopters, was signed", in a sentence naming no country: the
// deal stressed as the one just told is between the two countries the sentence before it names.
void stressed_back_parties(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last,
                           std::size_t from, std::vector<Deal>* deals) {
  if (!f.m.lexed.is(d.trigger_end, "itself") || last.e <= last.b || !countries_in(f, sentence).empty())
    return;
  NameSet q = countries_in(f, last);
  if (q.size() != 2) return;
  for (std::size_t k = from; k < deals->size(); ++k) (*deals)[k].parties.assign(q.begin(), q.end());
}

// A draft that tells more of the deal just before it: "the deal" (its amount; `recent` and not in a
// headline) or a delivery sentence (its progress). True when it was folded into that deal.
bool folded(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last, bool recent,
            std::vector<Deal>* deals) {
  if (recent && (anaphoric(f.m.lexed, d) || modified_anaphora(f.m.lexed, d) || funds_told(f, d) ||
                 it_is(f.m.lexed, d) || valuation(f.m.lexed, d) || same_actor(f, d, deals->back()) ||
                 kind_anaphora(f, d, deals->back()) ||
                 anaphoric_subject(f, d, deals->back()) ||  // "The loan agreement is expected to be signed"
                 pronoun_object(f.m.lexed, d, f.lex.rules[d.rule], deals->back()))) {
    add_to_previous(f, d, &deals->back());
    return true;
  }
  if (!delivery_followup(f, d, sentence, last, *deals)) return false;
  add_delivery(f, d, &deals->back());
  return true;
}

// "The first ten tanks and twenty-four howitzers were unloaded at Gdynia": a sentence with no deal of its own
// that tells the first units of an order told just before (the head noun of its item) as arrived puts that
// order under way; not an umbrella over several orders.
void first_units_arrived(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kOrders = 4;  // the orders told just before that the sentence may speak of
  bool first = false, arrived = false, last = false;  // "The last of the doses are delivered": all came
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    last |= w == "last" && t.is(k + 1, "of");
    first |= w == "first" || (w == "last" && t.is(k + 1, "of"));
    arrived |= w == "unloaded" || w == "arrived" || w == "delivered" || w == "landed" ||
               (w == "handed" && t.is(k + 1, "over"));
  }
  if (!first || !arrived) return;
  for (std::size_t n = 0; n < deals->size() && n < kOrders; ++n) {
    Deal& d = (*deals)[deals->size() - 1 - n];
    if (d.status != "signed"sv || d.aggregate || (d.kind != "purchase"sv && d.kind != "agreement"sv))
      continue;
    std::string_view head = d.item;
    for (std::string_view p : {" of ", " from ", " for ", " to "})  // "doses of X", "drones from Turkey"
      head = head.substr(0, head.find(p));
    head = head.substr(head.rfind(' ') + 1);              // the whole item when it is one word
    if (head.size() < 4 || head.back() != 's') continue;  // a plural of units: "tanks", "howitzers"
    for (std::size_t k = range.b; k < range.e; ++k)
      if (t.is(k, head)) {
        d.status = last ? "completed" : "in_progress";
        d.evidence_extra.push_back(
            {t.lex[range.b].start, t.lex[range.e - 1].end,
             std::string(
                 t.text.substr(t.lex[range.b].start, t.lex[range.e - 1].end - t.lex[range.b].start))});
        break;
      }
  }
}

namespace {

// "Work on the track", "Construction of the plant", "The first of those ships": the subject of a sentence
// about the progress of a deal told before.
bool work_subject(const LexedText& t, LexRange range) {
  std::size_t b = range.b + (t.is(range.b, "the") ? 1 : 0);
  std::string_view w = t.low(b);
  if (w == "work" || w == "works" || w == "construction" || w == "planting" || w == "production") return true;
  return w == "first" && t.is(b + 1, "of") &&
         (t.is(b + 2, "those") || t.is(b + 2, "these") || t.is(b + 2, "them"));
}

bool begun_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "underway" || (w == "under" && t.is(k + 1, "way")) || w == "begun" || w == "began" ||
        w == "started" || w == "launched")
      return true;
  }
  return false;
}

bool handed_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k)
    if (t.is(k, "delivered") || (t.is(k, "handed") && t.is(k + 1, "over"))) return true;
  return false;
}

// "Work on the project has been suspended since the coup", "Islamabad froze work on the project": work on
// the deal told as halted (not "was not suspended").
bool halted_in(const LexedText& t, LexRange range) {
  for (std::size_t k = range.b; k < range.e; ++k) {
    std::string_view w = t.low(k);
    bool halt = w == "suspended" || w == "halted" || w == "stalled" || w == "froze" || w == "frozen";
    if (!halt || (k > range.b + 1 && (t.is(k - 1, "not") || t.is(k - 2, "not") || t.is(k - 1, "never"))))
      continue;
    bool object = t.is(k + 1, "work") || t.is(k + 1, "construction") ||
                  (t.is(k + 1, "the") && (t.is(k + 2, "project") || t.is(k + 2, "work")));
    if (object || work_subject(t, range)) return true;
  }
  return false;
}

}  // namespace

void work_begun(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kNear = 400;  // bytes: the deal is told in the sentence or two before
  if (deals->empty() || range.e <= range.b) return;
  bool all = t.is(range.b, "all") && handed_in(t, range);  // "All twelve had been handed over by May 2017"
  bool halted = halted_in(t, range);
  if (!all && !halted && (!work_subject(t, range) || !begun_in(t, range))) return;
  Deal& d = deals->back();
  if (d.status != "signed"sv || d.aggregate || d.kind == "exercise"sv || d.kind == "supply"sv ||
      d.evidence.end + kNear < t.lex[range.b].start)
    return;
  bool done = all;  // "Construction began in 2019 and the cable was switched on in 2023"
  for (std::size_t k = range.b; k < range.e; ++k)
    done |= t.is(k, "completed") || t.is(k, "opened") || t.is(k, "inaugurated") || t.is(k, "commissioned") ||
            (t.is(k, "switched") && t.is(k + 1, "on"));
  d.status = halted ? "cancelled" : done ? "completed" : "in_progress";
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  d.evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

namespace {

// "withdrew from its project", "dropped the plan", "pulled out of the deal": a cue at k that calls off a
// deal the subject had, before "its" or "the".
bool called_off_at(const LexedText& t, std::size_t k) {
  std::size_t n = k + 1;
  if (t.is(k, "withdrew") || t.is(k, "pulled") || t.is(k, "backed")) {
    if (!t.is(n, "from") && !t.is(n, "out")) return false;
    n += t.is(n, "out") && t.is(n + 1, "of") ? 2 : 1;
  } else if (!t.is(k, "dropped") && !t.is(k, "scrapped") && !t.is(k, "abandoned") && !t.is(k, "cancelled") &&
             !t.is(k, "canceled") && !t.is(k, "shelved")) {
    return false;
  }
  return t.is(n, "its") || t.is(n, "the") || t.is(n, "their");
}

// "has kept up the supplies", "continues deliveries": a cue at k that tells the deal's supplies as going on.
bool kept_up_at(const LexedText& t, std::size_t k) {
  if ((t.is(k, "kept") || t.is(k, "keeps")) && t.is(k + 1, "up")) return true;
  bool goes_on =
      t.is(k, "continues") || t.is(k, "continued") || t.is(k, "maintained") || t.is(k, "maintains");
  std::size_t n = t.is(k + 1, "the") || t.is(k + 1, "its") ? k + 2 : k + 1;
  return goes_on && (t.is(n, "supplies") || t.is(n, "deliveries") || t.is(n, "shipments"));
}

}  // namespace

void fate_told_later(const LexedText& t, LexRange range, std::vector<Deal>* deals) {
  constexpr std::size_t kOrders = 4, kNear = 1500;  // the deals told just before, within a few sentences
  if (range.e <= range.b + 2 || !t.capitalized(range.b) || t.raw(range.b).size() < 3) return;
  bool off = false, going = false;
  for (std::size_t k = range.b + 1; k < range.e && k < range.b + 4 && !off; ++k) {
    off = called_off_at(t, k);
    going |= kept_up_at(t, k);
  }
  if (!off && !going) return;
  std::string_view name = t.raw(range.b);
  Deal* best = nullptr;
  std::size_t gap = std::string::npos;
  for (std::size_t n = 0; n < deals->size() && n < kOrders; ++n) {
    Deal& d = (*deals)[deals->size() - 1 - n];
    if (d.evidence.end + kNear < t.lex[range.b].start) break;
    std::size_t at = d.evidence.text.find(name), item = d.evidence.text.find(d.item);
    if (at == std::string::npos) continue;
    std::size_t g = item != std::string::npos && item > at ? item - at : std::string::npos - 1;
    if (g < gap) best = &d, gap = g;
  }
  if (!best) return;
  if (going && best->status != "signed") return;
  best->status = off ? "cancelled" : "in_progress";
  std::uint32_t b = t.lex[range.b].start, e = t.lex[range.e - 1].end;
  best->evidence_extra.push_back({b, e, std::string(t.text.substr(b, e - b))});
}

}  // namespace entente
