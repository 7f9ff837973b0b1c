// Context tests for trigger words (see deal_trigger_context.h).
#include "deal_trigger_context.h"

#include <string_view>

#include "deal_partitive_count.h"
#include "deal_priced_total.h"
#include "deal_rate_talks.h"
#include "deal_reached_figure.h"
#include "deal_reason_adjunct.h"
#include "deal_superlative_subject.h"
#include "deal_trigger_objects.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

bool any_in(const TriggerScan& s, LexRange c, const WordSet& words, std::size_t skip_b, std::size_t skip_e) {
  for (std::size_t k = c.b; k < c.e; ++k)
    if ((k < skip_b || k >= skip_e) && s.lex.in(words, s.t, k)) return true;
  return false;
}

bool money_in(const TriggerScan& s, LexRange c) {
  for (std::size_t k = c.b; k < c.e; ++k)
    if (s.m.taken[k] == 1) return true;
  return false;
}

// A trade figure is a deal between countries only when the clause says between whom: two countries, or
// "bilateral", "between", "two countries" ("Pakistan's exports rose to $30 billion" is not).
bool bilateral(const TriggerScan& s, LexRange c) {
  int first = -1;
  for (auto [e, end] = spans_in(s.m.entities, c.b, c.e); e != end; ++e) {
    if (e->kind != EntityKind::Country) continue;
    if (first >= 0 && e->entity != first) return true;
    first = e->entity;
  }
  for (std::size_t k = c.b; k < c.e; ++k) {
    std::string_view w = s.t.low(k);
    if (w == "bilateral" || w == "between" || w == "two-way" || (w == "countries" && k > c.b)) return true;
  }
  return false;
}

// "will hold the Malabar exercise": a verb that holds an exercise a few words before it ("annually held
// Friendship exercise" is an adjective that names an exercise already told).
bool held_before(const TriggerScan& s, LexRange c, std::size_t b) {
  std::string_view before = b > c.b ? s.t.low(b - 1) : std::string_view();
  if (before == "to" || before == "must" || before == "should" || before == "will" || before == "would" ||
      before == "can" || before == "could" || before == "may")
    return false;  // "must exercise restraint": a verb
  // "held their first joint naval search-and-rescue exercise": hyphened words count as one.
  for (std::size_t k = b, words = 0; k > c.b && words < 7; --k) {
    if (!(s.t.is(k - 1, "-") || (k >= 2 && s.t.is(k - 2, "-")))) ++words;
    std::string_view w = s.t.low(k - 1);
    std::string_view p = k > c.b + 1 ? s.t.low(k - 2) : std::string_view();
    if (p.size() > 3 && p.substr(p.size() - 2) == "ly") continue;
    if (w == "hold" || w == "holds" || w == "held" || w == "holding" || w == "conduct" || w == "conducts" ||
        w == "conducted" || w == "conducting" || w == "stage" || w == "stages" || w == "staged" ||
        w == "staging" || w == "cancelled" || w == "canceled" || w == "postponed" || w == "scrapped" ||
        (w == "called" && s.t.is(k, "off")))
      return true;
  }
  return false;
}

// "investments in Serbia amounting to 1.4 billion euros", "used to buy six million tons a year": a figure
// about money or goods that moved, not a deal.
bool statistic(const TriggerScan& s, const TriggerRule& r, LexRange c) {
  std::string_view kind = r.kind;
  if (kind != "investment"sv && kind != "purchase"sv && kind != "supply"sv && kind != "trade"sv &&
      kind != "project"sv)
    return false;
  for (std::size_t k = c.b; k < c.e; ++k) {
    PhraseMatch m = s.lex.statistics.match(s.t, k);
    // "The helicopter order itself": "itself" that stresses a deal noun tells nothing of who paid.
    if (m.id >= 0 && k > c.b && s.t.is(k, "itself") && s.lex.triggers.match(s.t, k - 1).id >= 0) continue;
    if (m.id >= 0 && reason_adjunct(s.t, k)) continue;  // "cancelled after a budget review"
    if (m.id >= 0 && priced_total(s.t, k)) continue;    // "ordered four ferries, worth $95 million in total"
    if (m.id >= 0 && m.end <= c.e) return !rate_under_talks(s, c, c.e);  // not a rate under talks
  }
  if (kind != "purchase"sv && reached_figure(s.t, c.b, c.e)) return true;  // "reached 11 billion euros"
  // "imported 5.4 million tonnes in 2024, up from 4.9 million tonnes a year earlier": a figure compared
  // with an earlier one, in the clause or just after it.
  for (std::size_t k = c.b; k + 3 < s.sentence.e && k < c.e + 6; ++k)  // "up from $1.2 billion"
    if ((s.t.is(k, "up") || s.t.is(k, "down")) && s.t.is(k + 1, "from") &&
        (s.t.lex[k + 2].kind == LexKind::Number || s.t.lex[k + 3].kind == LexKind::Number))
      return true;
  return false;
}

// "The plant is expected to produce 120,000 tonnes of cathode material a year": a rate of output is what a
// facility makes, not a deal to make it.
bool output_rate(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  std::string_view w = s.t.low(b);
  if (r.kind != "project"sv || !r.verb || (w.substr(0, 6) != "produc" && w.substr(0, 10) != "manufactur"))
    return false;
  for (std::size_t k = b + 1; k + 1 < c.e; ++k) {
    bool per = s.t.is(k, "a") || s.t.is(k, "per") || s.t.is(k, "each") || s.t.is(k, "every");
    std::string_view n = s.t.low(k + 1);
    bool unit = n == "year" || n == "day" || n == "month" || n == "annum" || n == "second" || n == "hour";
    if ((per && unit) || s.t.is(k, "annually")) return true;
  }
  return false;
}

namespace {

// "shipped", "sold": a verb told in the past (not "will ship", whose tense the verb itself does not show).
bool past_verb(std::string_view w) {
  return (w.size() > 3 && w.substr(w.size() - 2) == "ed") || w == "sold" || w == "sent" || w == "bought";
}

// "73 million tonnes", "12 bcm": a bulk measure of goods (not a count of units).
bool bulk_measure(const TriggerScan& s, LexRange c) {
  for (auto [q, end] = spans_in(s.m.quantities, c.b, c.e); q != end; ++q) {
    const std::string& u = q->unit;
    if (u == "tonnes" || u == "barrels" || u == "barrels per day" || u == "bcm" || u == "cubic metres")
      return true;
  }
  return false;
}

}  // namespace

// "Kazakhstan ships about ten billion cubic metres of gas a year to China": a habit told in the present,
// with no contract, agreement or debt it serves in the sentence.
bool habitual_verb(const TriggerScan& s, std::size_t b) {
  std::string_view w = s.t.low(b);
  if (w != "ships" && w != "exports" && w != "sells" && w != "supplies" && w != "sends" && w != "buys" &&
      w != "imports" && w != "delivers")
    return false;
  for (std::size_t k = s.sentence.b; k < s.sentence.e && k < b + 40; ++k) {
    std::string_view v = s.t.low(k);
    if (v == "under" || v == "contract" || v == "agreement" || v == "deal" || v == "repay" || v == "loan")
      return false;
  }
  return true;
}

bool yearly_volume(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  std::string_view kind = r.kind;
  if (!r.verb || (kind != "supply"sv && kind != "trade"sv && kind != "purchase"sv) ||
      !(past_verb(s.t.low(b)) || habitual_verb(s, b)) || !bulk_measure(s, {b, c.e}))
    return false;
  for (std::size_t k = b + 1; k < c.e; ++k) {
    std::string_view n = k + 1 < c.e ? s.t.low(k + 1) : std::string_view();
    bool period = n == "year" || n == "month";
    if ((s.t.is(k, "last") || s.t.is(k, "this") || s.t.is(k, "a") || s.t.is(k, "per")) && period) return true;
    if (s.t.is(k, "annually")) return true;
  }
  return false;
}

bool home_budget(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b) {
  if (!r.verb || r.kind != "investment"sv) return false;
  bool government = false;
  for (std::size_t k = c.b; k < b; ++k)
    government |= s.t.is(k, "government") || s.t.is(k, "treasury") || s.t.is(k, "state");
  if (!government) return false;
  // A country or firm named outside an amount is a partner the money may go to.
  for (auto [e, end] = spans_in(s.m.entities, s.sentence.b, s.sentence.e); e != end; ++e)
    if (s.m.taken[e->first] != 1) return false;
  return true;
}

namespace {

// ", the first export of finished defence equipment", ", the largest order in its history": an apposition
// set off by a comma that ranks the deal just told (an ordinal or superlative after "the").
bool ranking_apposition(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  for (std::size_t k = b; k > s.sentence.b + 2 && k + 4 > b; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct) return false;
    if (!t.is(k - 1, "the") || !t.is(k - 2, ",") || k == b) continue;
    std::string_view w = t.low(k);
    bool est = w.size() > 5 && w.substr(w.size() - 3) == "est";
    return est || w == "first" || w == "second" || w == "third" || w == "only";
  }
  return false;
}

}  // namespace

// "signed a concession to run the terminal, with planned investment of AED 1.1bn": an investment noun
// after ", with" (and at most two modifiers) tells what the deal before it costs, not a deal of its own.
bool investment_aside(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  std::string_view w = t.low(b);
  if (w != "investment" && w != "investments" && w != "investing") return false;
  for (std::size_t k = b; k > s.sentence.b + 2 && k + 4 > b; --k) {
    if (t.is(k - 1, "with")) return t.is(k - 2, ",");
    std::string_view m = t.low(k - 1);
    if (m != "a" && m != "an" && m != "planned" && m != "total" && m != "estimated" && m != "expected" &&
        m != "projected" && m != "initial" && m != "overall" && m != "combined")
      return false;
  }
  return false;
}

bool opens_market(const TriggerScan& s, LexRange c, std::size_t b) {
  constexpr std::size_t kReach = 6;  // "the opening up of the Chinese market"
  for (std::size_t k = b; k > c.b && k + kReach > b; --k) {
    if (s.t.lex[k - 1].kind == LexKind::Punct && !s.t.is(k - 1, "'")) return false;
    std::string_view w = s.t.low(k - 1);
    if (w.substr(0, 4) == "open" || w.substr(0, 6) == "reopen") return true;
  }
  return false;
}

bool org_descriptor(const TriggerScan& s, const TriggerRule& r, std::size_t e) {
  if (r.verb || e >= s.sentence.e) return false;
  std::string_view n = s.t.low(e);
  return n == "company" || n == "companies" || n == "firm" || n == "firms" || n == "group" || n == "bank" ||
         n == "banks" || n == "arm" || n == "vehicle" || n == "agency" || n == "corporation" ||
         n == "authority" || n == "ministry" || n == "minister" || n == "house" || n == "office" ||
         n == "action" || n == "actions" || n == "law" || n == "laws";  // "binding treaty action"
}

bool describes_told(const TriggerScan& s, std::size_t b) {
  if (ranking_apposition(s, b) || investment_aside(s, b) || superlative_subject(s, b)) return true;
  constexpr std::size_t kReach = 8;  // "in what would be the first such sale"
  for (std::size_t k = b; k > s.sentence.b + 1 && k + kReach > b; --k)
    if (s.t.is(k - 1, "what") && s.t.is(k - 2, "in") && k < b) {
      std::string_view v = s.t.low(k);
      return v == "is" || v == "was" || v == "would" || v == "will" || v == "could" || v == "may" ||
             v == "might" || v == "analysts";
    }
  return false;
}

bool counted_in(const TriggerScan& s, LexRange c) {
  for (auto [q, end] = spans_in(s.m.quantities, c.b, c.e); q != end; ++q)
    if (q->counted) return true;
  return false;
}

// "signed a protocol on X, and in February, a contract for Y": a clause that is one more part of a list
// takes the deal verb of the sentence before it.
bool list_part(const TriggerScan& s, LexRange c) {
  std::string_view w = c.b < c.e ? s.t.low(c.b) : std::string_view();
  if ((w != "a" && w != "an" && w != "and") || c.b <= s.sentence.b) return false;
  return any_in(s, {s.sentence.b, c.b}, s.lex.deal_verbs, c.b, c.b);
}

std::size_t apposed_name(const TriggerScan& s, std::size_t e) {
  const LexedText& t = s.t;
  constexpr std::size_t kMaxName = 5;
  if (!t.is(e, ",") || !t.capitalized(e + 1) || s.lex.in(s.lex.left_stop, t, e + 1)) return 0;
  if (auto [h, end] = spans_in(s.m.entities, e + 1, e + 2); h != end) return 0;  // "exercise, China said"
  for (std::size_t k = e + 1; k < s.sentence.e && k <= e + kMaxName; ++k) {
    if (k > e + 1 && t.is(k, ",")) return k;
    bool name = t.lex[k].kind == LexKind::Word && t.capitalized(k);
    if (!name && !t.is(k, "of") && !t.is(k, "-") && t.lex[k].kind != LexKind::Number) return 0;
  }
  return 0;
}

// "exercise Eagles of Civilization", "drills with the Egyptian Air Force", "an exercise, Sea Bridge,": the
// exercise's name or partner follows it.
bool exercise_named(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  if (e < c.e && t.capitalized(e) && t.lex[e].kind == LexKind::Word && !s.lex.in(s.lex.left_stop, t, e))
    return true;
  if (apposed_name(s, e)) return true;
  for (std::size_t k = e; k < c.e && k < e + 4; ++k) {
    if (!t.is(k, "with")) continue;
    auto [h, end] = spans_in(s.m.entities, k + 1, k + 4);
    if (h != end) return true;
  }
  return false;
}

bool concrete_of(const TriggerScan& s, LexRange c, std::size_t e) {
  if (!s.t.is(e, "of")) return false;
  std::size_t os = object_start(s.items, e, c.e), oe = phrase_end(s.items, os, c.e);
  if (abstract_phrase(s.items, os, oe)) return false;
  for (std::size_t k = os; k < oe; ++k)
    if (s.t.capitalized(k) || s.m.taken[k] == 3) return true;
  return sector_word(s, {os, oe}) || money_in(s, c);
}

// "a second order for trainer jets", "a sale for 12 radars": a purchase noun followed by "for" and a concrete
// object (a sector word, a count or a proper name), not "an order for the region".
// "The helicopter order itself, for 16 AW149 helicopters, was signed": the object in an aside after it.
bool concrete_for(const TriggerScan& s, LexRange c, std::size_t e) {
  std::size_t lim = c.e;
  if (s.t.is(e, "itself")) ++e;
  if (s.t.is(e, ",") && s.t.is(e + 1, "for")) ++e, lim = s.sentence.e;
  if (!s.t.is(e, "for")) return false;
  if (partitive_object(s, e, lim)) return true;  // "an earlier order for 212 of the guns"
  std::size_t os = object_start(s.items, e + 1, lim), oe = phrase_end(s.items, os, lim);
  if (abstract_phrase(s.items, os, oe)) return false;
  return sector_word(s, {os, oe}) || counted_in(s, {e + 1, oe}) || named_object(s, {os, oe});
}

}  // namespace entente
