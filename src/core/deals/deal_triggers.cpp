// Requirement checks for trigger words (see assets/deal_lexicon.json for what each requirement means). The
// trigger's object, where it is told before the trigger, is found by deal_trigger_objects.cpp.
#include "deal_triggers.h"

#include <algorithm>
#include <string_view>

#include "deal_abroad_total.h"
#include "deal_agreed_volume.h"
#include "deal_arrivals.h"
#include "deal_close_to.h"
#include "deal_counted_noun.h"
#include "deal_cumulative_aid.h"
#include "deal_debt_relief.h"
#include "deal_denial.h"
#include "deal_every_noun.h"
#include "deal_facility.h"
#include "deal_flow_worth.h"
#include "deal_fund_actor.h"
#include "deal_given_goods.h"
#include "deal_grown_under.h"
#include "deal_licensed_flow.h"
#include "deal_list_item_head.h"
#include "deal_market_share.h"
#include "deal_named_goods.h"
#include "deal_oped_no_deal.h"
#include "deal_part_talks.h"
#include "deal_paving_work.h"
#include "deal_project_string.h"
#include "deal_pronoun_object.h"
#include "deal_relative_builder.h"
#include "deal_rollover.h"
#include "deal_share_trigger.h"
#include "deal_span_total.h"
#include "deal_stat_tail.h"
#include "deal_takeover.h"
#include "deal_talks.h"
#include "deal_then_sequence.h"
#include "deal_trade_flow.h"
#include "deal_trigger_context.h"
#include "deal_trigger_exercise.h"
#include "deal_trigger_objects.h"
#include "deal_under_agreement.h"
#include "deal_under_discussion.h"
#include "deal_unnamed_plural.h"
#include "deal_work_under_contract.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

bool measure_in(const TriggerScan& s, LexRange c) {
  for (auto [q, end] = spans_in(s.m.quantities, c.b, c.e); q != end; ++q)
    if (!q->counted && q->unit[0] != '%') return true;
  return false;
}

// "Saudi Arabia buys American weapons and sells its oil to China": a purchase verb in the simple present
// with no amount, count, measure, date or "under" (a contract) in its clause, nor a date before it in the
// sentence ("October 2022: Serbia orders drones", a timeline's line), tells a habit, not a deal.
bool habit(const TriggerScan& s, LexRange c, std::size_t b) {
  std::string_view w = s.t.low(b);
  if (w != "buys" && w != "sells" && w != "purchases" && w != "orders" && w != "procures" && w != "acquires")
    return false;
  constexpr std::size_t kDateBefore = 8;  // lexemes before the clause: "October 2022 :"
  for (std::size_t k = std::max(s.sentence.b, c.b > kDateBefore ? c.b - kDateBefore : 0); k < c.e; ++k)
    if ((k >= c.b && s.m.taken[k] != 0) || s.m.taken[k] == 2 || s.t.is(k, "under")) return false;
  return true;
}

// "The two sides also discussed a possible economic partnership agreement": the noun is the object of
// "discussed" (at most five words before it, none of them punctuation), which negotiates it.
bool discussed_before(const TriggerScan& s, LexRange c, std::size_t b) {
  for (std::size_t k = b; k > c.b && k + 6 > b; --k) {
    if (s.t.lex[k - 1].kind == LexKind::Punct) return false;
    if (s.t.is(k - 1, "discussed")) return true;
  }
  return false;
}

// "provide a loan of ...", "extend a grant": the object is itself a deal of another kind, which then wins.
bool names_other_kind(const TriggerScan& s, const TriggerRule& r, LexRange item) {
  if (item.b >= item.e || bare_financing_noun(s.t, item.b)) return false;  // "built a $2 billion facility"
  PhraseMatch m = s.lex.triggers.match(s.t, item.b);
  if (m.id < 0) return false;
  for (int rule : s.lex.trigger_groups[m.id]) {
    const TriggerRule& o = s.lex.rules[rule];
    if (!o.verb && o.kind != r.kind &&
        (o.kind == "loan"sv || o.kind == "assistance"sv || o.kind == "investment"sv))
      return true;
  }
  return false;
}

// "builds on a 2023 agreement": a year just after a determiner and just before the noun dates an agreement
// already made.
bool dated_before(const TriggerScan& s, std::size_t b) {
  if (b < s.sentence.b + 2) return false;
  for (auto [d, end] = spans_in(s.m.dates, b - 1, b); d != end; ++d) {
    std::string_view w = s.t.low(b - 2);
    if (d->year && d->end == b && (w == "a" || w == "the" || w == "its" || w == "their")) return true;
  }
  return false;
}

// "for locally built tanks", "the newly constructed port": a participle after an adverb that follows a
// determiner or preposition describes a noun; it states no deal.
bool participle_adjective(const LexedText& t, std::size_t b) {
  std::string_view w = t.low(b);
  bool participle = w == "built" || w == "made" || (w.size() > 4 && w.substr(w.size() - 2) == "ed");
  if (!participle || b < 2) return false;
  std::string_view p = t.low(b - 2);
  if (!ly_adverb(t, b - 1)) return false;
  return p == "for" || p == "of" || p == "the" || p == "a" || p == "an" || p == "with" || p == "its" ||
         p == "their" || p == "on" || p == "to";
}

// "Japan's total aid to Vietnam since 1992", "their combined investment": a trigger noun at [b, e) after
// "total", "combined" or "cumulative" sums many deals, a statistic ("a total of 12 jets" counts one deal's
// units; "total aid of $30 million" prices one package).
bool cumulative(const LexedText& t, std::size_t sentence_b, std::size_t b, std::size_t e) {
  if (b == sentence_b || t.is(e, "of") || t.is(e, "worth")) return false;
  std::string_view w = t.low(b - 1);
  if (w != "total" && w != "combined" && w != "cumulative") return false;
  return b < sentence_b + 2 || !t.is(b - 2, "a");
}

// A word that is a noun as often as a verb ("supply", "export") is a verb only after "to", a modal, an
// adverb, or its subject (a country, organisation or pronoun).
bool verb_position(const TriggerScan& s, std::size_t b) {
  std::string_view w = s.t.low(b);
  if (participle_adjective(s.t, b)) return false;
  bool ambiguous = w == "supply" || w == "supplies" || w == "export" || w == "exports" || w == "import" ||
                   w == "imports" || w == "transfer" || w == "transfers" || w == "gift" || w == "purchase" ||
                   w == "purchases" || w == "upgrade" || w == "lay" || w == "order" || w == "orders";
  if (!ambiguous || b == 0) return true;
  std::string_view p = s.t.low(b - 1);
  if (p == "to" || p == "will" || p == "would" || p == "can" || p == "could" || p == "shall" ||
      p == "should" || p == "may" || p == "might" || p == "must" || p == "also" || p == "not" ||
      p == "jointly" || p == "and" || p == "they" || p == "it" || p == "we" || p == "which" || p == "who" ||
      p == "that")
    return true;
  // "will each order two more submarines": a floating quantifier after a modal.
  if ((p == "each" || p == "both") && b > 1) {
    std::string_view m = s.t.low(b - 2);
    if (m == "will" || m == "would" || m == "to" || m == "can" || m == "could" || m == "shall" || m == "may")
      return true;
  }
  // Entities do not overlap: only the last one starting before b can end at b.
  auto [first, end] = spans_in(s.m.entities, 0, b);
  return first != end && (end - 1)->end == b;
}

// "KAMPALA, Sept 3 (Rail & Power Contracts) - China Railway ... won": a deal noun inside the wire tag of a
// dateline, a parenthesis of capitalised words closed just before a dash, names a desk or a publication.
bool source_tag(const LexedText& t, std::size_t b) {
  constexpr std::size_t kMaxTag = 6;
  std::size_t open = b, close = b;
  while (open > 0 && b - open < kMaxTag && !t.is(open - 1, "(")) --open;
  while (close < t.lex.size() && close - b < kMaxTag && !t.is(close, ")")) ++close;
  if (open == 0 || !t.is(open - 1, "(") || close + 1 >= t.lex.size() || !t.is(close, ")")) return false;
  std::string_view dash = t.low(close + 1);
  if (dash != "-" && dash != "\xE2\x80\x94" && dash != "\xE2\x80\x93") return false;
  for (std::size_t k = open; k < close; ++k)
    if (t.lex[k].kind == LexKind::Word && !t.capitalized(k) && !t.is(k, "and")) return false;
  return true;
}

// "Saudi Arabia's Public Investment Fund is in talks to invest ...", "the Export-Import Bank of India": a
// deal noun inside the name of a firm, bank or fund names the organisation, not a deal. Not a facility
// noun, which may name a project ("the China-Pakistan Economic Corridor").
bool in_org_name(const TriggerScan& s, const TriggerRule& r, std::size_t b) {
  if (r.requires == Requirement::Build) return false;
  auto [first, end] = spans_in(s.m.entities, 0, b + 1);
  return first != end && (end - 1)->kind == EntityKind::Org && (end - 1)->end > b && (end - 1)->first < b;
}

// The noun or verb at [b, e) of clause c tells no deal: a statistic, a volume, a budget, a cumulative
// figure, a denied report, an unasserted statement, a deal told before, a wire tag or an organisation's name
// or descriptor ("investment company").
bool no_deal_here(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e) {
  const LexedText& t = s.t;
  if (statistic_tail(s, c) || abroad_total(s, c, e) || grown_under(s, r, c, b)) return true;
  return statistic(s, r, c) || output_rate(s, r, c, b) || yearly_volume(s, r, c, b) || year_flow(s, r, b) ||
         home_budget(s, r, c, b) || (!r.verb && cumulative(t, s.sentence.b, b, e)) ||
         denied_report(t, s.sentence, b) || unasserted(t, s.sentence, b) || describes_told(s, b) ||
         source_tag(t, b) || in_org_name(s, r, b) || (r.verb && advised(t, s.sentence, b)) ||
         org_descriptor(s, r, e) || oped_no_deal(t, s.sentence, c, b) || unnamed_plural(s, b) ||
         every_noun(s, b) || cumulative_aid(s, r, c, b) || span_total(s, r, c, b) || flow_worth(s, c) ||
         market_share(s, c) || fund_actor(t, b, e) || licensed_flow(s, r, c, b);
}

// What the trigger at [b, e) of clause c is about: a verb's object, or a noun with its modifiers.
LexRange item_of(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e) {
  LexRange item;
  if (r.verb && arrival_verb(s.t, b)) return arrived_goods(s, c, b);  // "the fighters that arrived"
  if (r.verb && agreed_with(s.t, b)) return agreed_volume(s, c, b);   // "the 4.5 bcm a year agreed with"
  if (r.verb) {
    std::size_t os = object_start(s.items, e, c.e);
    // "buy 12 A350 jets": the counted object's model number is part of it.
    item = {os, through_quantity(s.m.quantities, os, phrase_end(s.items, os, c.e))};
    if (item.e <= item.b) item = object_before(s, c, b, r.kind == "purchase"sv || r.kind == "supply"sv);
    // "Grand Faw, which Daewoo has been building since 2020": the project before its named builder.
    if (item.e <= item.b && r.kind == "project"sv) item = relative_project(s, b);
  } else {
    item = {modifiers_start(s.items, b, c.b), through_counts(s.m.quantities, b, phrase_end(s.items, b, c.e))};
    item.b = from_hyphened_count(s.m.quantities, s.t, item.b);  // "a 4-ship contract" is no bare contract
    if (item.e < e) item.e = e;
    if (r.kind == "agreement"sv) item = under_agreement_item(s, item);  // "..., built under a 2022 agreement"
    // "open its market to Brazilian chicken": the goods after the trigger's "to" are the item's.
    if (r.requires == Requirement::Lift && r.kind == "trade"sv)
      item.e = std::max(item.e, phrase_end(s.items, e, c.e));
    if (r.kind == "exercise"sv && item.e == e)
      if (std::size_t n = apposed_name(s, e)) item.e = n;  // "a joint exercise, Desert Cyclone,"
  }
  return item;
}

// Requirement::Of: "construction of two reactors", "Russian wheat supplies", "an order for two more
// aircraft"; not "a EUR 2 billion development programme" or "the development of documentation began".
bool of_holds(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e,
              LexRange* item) {
  const LexedText& t = s.t;
  // A project noun needs its concrete object.
  if (r.kind == "project"sv) return concrete_of(s, c, e);
  if (money_in(s, c)) return true;
  // "Russian wheat supplies", "arms sales": a goods word before the noun names what moves.
  bool goods = commodity_before(s, item->b, b, e) || raised_by(s, c, b) ||  // "raise deliveries by 9 bcm"
               named_goods_before(s, b);                                    // "the Patriot sale"
  if ((r.kind == "supply"sv || r.kind == "purchase"sv) && goods) return true;
  if (r.kind == "purchase"sv && object_for(s, c, b).e > 0) {
    *item = object_for(s, c, b);
    return true;
  }
  // "a 36-jet order for ...", "an order for two more aircraft": what is ordered is counted.
  if (r.kind == "purchase"sv && (concrete_for(s, c, e) || counted_in(s, {item->b, b}))) {
    if (t.is(e, "itself")) item->e = e;  // "the helicopter order itself, for 16 ..."
    return true;
  }
  if (!t.is(e, "of")) return false;
  std::size_t os = object_start(s.items, e, c.e), oe = phrase_end(s.items, os, c.e);
  // "the import of power up to 60 MW": a measured object is concrete.
  return !abstract_phrase(s.items, os, oe) || measure_in(s, {os, std::min(c.e, oe + 4)});
}

}  // namespace

bool trigger_holds(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e,
                   LexRange* item) {
  if (r.verb && (!verb_position(s, b) || counted_noun(s.t, b))) return false;  // "with eight ships"
  if (no_deal_here(s, r, c, b, e)) return false;
  *item = item_of(s, r, c, b, e);
  if (r.verb && give_verb(s.t, b) && !given_goods(s.t, c, b, *item)) return false;  // "gave it a market"
  if (r.verb && relief_off_debt(s.t, b, *item)) return false;  // "deferred a decision", not a debt
  if (paving_work(s.t, b, *item) || project_string(s.t, b, s.sentence.b)) return false;  // "laying asphalt"
  if (later_part_trigger(s.t, b, e)) return later_part_under_talks(s, c, b, e);          // "a second phase"
  if (r.verb && r.kind == "purchase"sv && pronoun_object(s, b, e, item)) return true;    // "buying it"
  // "a $2 billion facility rolled over", "whose $6.7 billion financing has been under discussion".
  if (!r.verb && r.kind == "loan"sv && bare_financing_noun(s.t, b)) return bare_financing_holds(s, c, b);
  switch (r.requires) {
    case Requirement::Verb:
      if (r.kind == "agreement"sv && work_under(s, b))
        return true;  // "has been running X under an agreement"
      return money_in(s, c) || any_in(s, c, s.lex.deal_verbs, b, e) || list_part(s, c) || in_force(s, c) ||
             pair_named(s, c, b) || (listed_under_verb(s) && heads_list_item(s, b)) || signed_after(s, c) ||
             dated_before(s, b) || discussed_before(s, c, b) ||
             under_discussion(s, c, e) ||  // "is under discussion"
             then_sequence(s, c, b) ||     // "a loan came first in 2019, then a port concession in 2021"
             close_to_deal(s, c, b);       // "are close to a deal on a rail link"
    case Requirement::Money:
      return money_in(s, c) && (r.kind != "trade"sv || bilateral(s, c));
    case Requirement::Object:
      return !abstract_phrase(s.items, item->b, item->e) && !names_other_kind(s, r, *item) &&
             !habit(s, c, b) && !nationality_only(s, *item);
    case Requirement::Concrete:
      if (r.verb && arrival_verb(s.t, b)) return arrival_holds(s, c, *item);
      if (r.verb && agreed_with(s.t, b)) return item->e > item->b;
      if (r.verb && takeover_verb(s.t, b)) return takeover_holds(s, *item);  // "took over the operation of"
      return !abstract_phrase(s.items, item->b, item->e) && !names_other_kind(s, r, *item) &&
             (money_in(s, c) || measure_in(s, c) || counted_in(s, c) || sector_word(s, *item) ||
              named_object(s, *item) || sized_object(s, *item) || counted_units(s, *item, b, e) ||
              placed_object(s, *item));
    case Requirement::Of:
      return of_holds(s, r, c, b, e, item);
    case Requirement::Lift:
      return r.kind == "trade"sv ? opens_market(s, c, b) : any_in(s, c, s.lex.lift_verbs, b, e);
    case Requirement::Modifier:
      return joint_exercise(s, c, b, e);
    case Requirement::Build:  // a facility noun states a deal only with its price or its financer
      return facility_stated(s, c, b, e);
    case Requirement::Share:
      return share_holds(s, c, b, e);
    case Requirement::Talks:  // "negotiations with a shipyard over up to four submarines"
      return talks_about_goods(s, c, b, e, item);
  }
  return false;
}

}  // namespace entente
