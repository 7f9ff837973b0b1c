// Sentences that tell more of the deal just told: "the deal" (its amount), "The fund ..." (the same actor),
// a delivery sentence, the first units arrived, and the deal stressed back ("The order itself ...").
// Work and fates told later are in deal_work_news.cpp.
#include "deal_followup.h"

#include <algorithm>
#include <string_view>

#include "deal_anaphora_kind.h"
#include "deal_anaphora_modified.h"
#include "deal_anaphoric_subject.h"
#include "deal_definite_reference.h"
#include "deal_earlier_referent.h"
#include "deal_future_handover.h"
#include "deal_goods_delivered.h"
#include "deal_restated_plan.h"
#include "deal_under_pronoun.h"
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

// "Its cost is put at 1.2 billion zlotys": a form of "be" before "put" and "at" right after it.
bool passive_at(const LexedText& t, std::size_t be, std::size_t at) {
  std::string_view w = t.low(be);
  return (w == "is" || w == "was" || w == "are" || w == "were" || w == "been") && t.is(at, "at");
}

// "The ministry put the value of phase two at 1.1 billion euros", "officials put the programme at around 2.1
// billion euros": "put" with a value, cost or price word, or with a definite object followed by "at", values
// the deal just told; it invests nothing.
bool valuation(const LexedText& t, const DealDraft& d) {
  std::string_view w = t.low(d.trigger);
  if ((w != "put" && w != "puts") || d.trigger_end >= t.lex.size()) return false;
  std::size_t k = d.trigger_end + (t.is(d.trigger_end, "the") || t.is(d.trigger_end, "its") ? 1 : 0);
  if (d.trigger > 0 && passive_at(t, d.trigger - 1, d.trigger_end)) return true;  // "Its cost is put at"
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
  bool told = std::any_of(prev->evidence_extra.begin(), prev->evidence_extra.end(),
                          [&](const Evidence& e) { return e.start == more[0].evidence.start; });
  if (prev->value || !more[0].value) {  // a sentence with two drafts is one more evidence, not two
    if (more[0].evidence.start != prev->evidence.start && !told)
      prev->evidence_extra.push_back(more[0].evidence);
    return;
  }
  prev->value = more[0].value;
  prev->value_usd = more[0].value_usd;
  prev->currency = more[0].currency;
  prev->value_text = more[0].value_text;
  prev->value_qualifier = more[0].value_qualifier;
  prev->evidence_extra.push_back(more[0].evidence);
}

// Whether sentence `last` told deal d, or more of it ("The deal is worth about $6.5 billion").
bool told_at(const Deal& d, const LexedText& t, LexRange last) {
  std::uint32_t at = t.lex[last.b].start;
  return d.evidence.start == at || std::any_of(d.evidence_extra.begin(), d.evidence_extra.end(),
                                               [&](const Evidence& e) { return e.start == at; });
}

// "Poland's purchase of CAMM missiles ... Deliveries of launchers began in 2024.": a sentence opening on a
// delivery noun, naming no country but the deal's own sides, right after a purchase (or a contract) tells
// how far that deal has come.
bool delivery_followup(const FillContext& f, const DealDraft& d, LexRange sentence, LexRange last,
                       const std::vector<Deal>& deals) {
  const LexedText& t = f.m.lexed;
  std::size_t k = sentence.b + (t.is(sentence.b, "the") ? 1 : 0);
  std::string_view w = t.low(d.trigger);
  bool delivery = w == "deliveries" || w == "delivery" || w == "shipments";
  if (d.trigger != k || !delivery || f.lex.rules[d.rule].verb || deals.empty() || last.e <= last.b)
    return false;
  const Deal& prev = deals.back();
  if (prev.kind != "purchase"sv && prev.kind != "agreement"sv) return false;
  // "Deliveries of the Korean-built vehicles are due to begin": the deal's own sides may be named.
  for (std::string_view c : countries_in(f, sentence))
    if (std::find(prev.parties.begin(), prev.parties.end(), c) == prev.parties.end()) return false;
  return told_at(prev, t, last);  // the sentence before told the deal, or more of it
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
  if (recent && goods_delivered(f, d, deals)) return true;  // "The Hungarian coaches were delivered in 2024"
  if (recent && (anaphoric(f.m.lexed, d) || modified_anaphora(f.m.lexed, d) || funds_told(f, d) ||
                 it_is(f.m.lexed, d) || valuation(f.m.lexed, d) || same_actor(f, d, deals->back()) ||
                 kind_anaphora(f, d, deals->back()) ||
                 anaphoric_subject(f, d, deals->back()) ||   // "The loan agreement is expected to be signed"
                 definite_reference(f, d, deals->back()) ||  // "The loan from FMO, signed in Lagos, ..."
                 pronoun_object(f.m.lexed, d, f.lex.rules[d.rule], deals->back()) ||
                 restated_plan(f.m.lexed, d))) {  // "The agreement revives a plan first announced in 2022"
    add_to_previous(f, d, &deals->back());
    return true;
  }
  if (Deal* r = recent ? earlier_referent(f, d, deals) : nullptr) return add_to_previous(f, d, r), true;
  // "Under it, Ma'aden will ship 2.5 million tonnes a year", right after the sentence that told the deal.
  if (recent && last.e > last.b && under_pronoun(f.m.lexed, d) && told_at(deals->back(), f.m.lexed, last)) {
    add_terms(f, d, &deals->back());
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
  if (!first || !arrived || handover_to_come(t, range)) return;  // "are to be handed over from 2029"
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

}  // namespace entente
