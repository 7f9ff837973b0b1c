// How the deals of one sentence relate: appositions, restatements, relative clauses and frames (see
// deal_apposition.h).
#include "deal_apposition.h"

#include <algorithm>
#include <string_view>

#include "deal_town_place.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "co-production of an engine, a deal New Delhi has sought since 2023": after an apposed agreement noun at
// e - 1, a clause about it (its sayer or a relative word), not a preposition or a price naming a deal of its
// own.
bool unnamed_after(const TriggerScan& s, std::size_t e) {
  if (e >= s.sentence.e) return true;
  std::string_view w = s.t.low(e);
  if (w == "that" || w == "which" || w == "first" || w == "long" || w == "signed" || w == "agreed")
    return true;
  return s.t.lex[e].kind == LexKind::Word && s.t.capitalized(e) && e + 1 < s.sentence.e &&
         s.t.lex[e + 1].kind == LexKind::Word;
}

// "firmed up an order for 20 jets, converting a letter of intent signed in November": an agreement noun
// that a conversion participle at most four lexemes before it turns into the deal told is that deal's
// earlier stage.
bool converted(const TriggerScan& s, const DealDraft& d) {
  if (s.lex.rules[d.rule].verb || s.lex.rules[d.rule].kind != "agreement"sv) return false;
  for (std::size_t k = d.trigger; k > s.sentence.b && k + 5 > d.trigger; --k) {
    std::string_view w = s.t.low(k - 1);
    if (w == "converting" || w == "converts" || w == "converted") return true;
  }
  return false;
}

// "..., a purchase the Danish ministry valued at 2.2 billion crowns", "..., an order officials put at about
// $1 billion": a valuation verb before "at" and an amount in the apposed noun's clause after it.
bool valued_after(const TriggerScan& s, const DealDraft& d) {
  constexpr std::size_t kReach = 8;  // the noun to the valuation verb: a short relative clause
  for (std::size_t k = d.trigger_end; k + 1 < d.own.e && k < d.trigger_end + kReach; ++k) {
    std::string_view w = s.t.low(k);
    bool values = w == "valued" || w == "priced" || w == "put" || w == "puts" || w == "estimated" ||
                  w == "costed" || w == "values";
    if (values && s.t.is(k + 1, "at")) return money_between(s, k + 2, std::min(k + 5, d.own.e));
  }
  return false;
}

}  // namespace

bool money_between(const TriggerScan& s, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (s.m.taken[k] == 1) return true;
  return false;
}

// "an $8 billion loan": the first lexeme of an amount right before the trigger noun at k, else 0.
std::size_t priced_noun(const TriggerScan& s, std::size_t k) {
  for (auto [m, end] = spans_in(s.m.money, span_reach(k), k); m != end; ++m)
    if (m->end == k || (m->end + 1 == k && s.t.lex[m->end].kind == LexKind::Word)) return m->qual_first;
  return 0;
}

bool bare_agreement(const TriggerScan& s, const DealDraft& d) {
  if (d.item.b != d.trigger || d.item.e != d.trigger_end || s.lex.rules[d.rule].kind != "agreement"sv)
    return false;
  if (priced_noun(s, d.trigger)) return false;  // "a $3.1 billion deal by China Railway Group"
  // "signed a contract worth $2 billion for 40 buses": an amount just after the noun prices this deal.
  if (money_between(s, d.trigger_end, std::min(d.trigger_end + 3, d.own.e))) return false;
  std::string_view w = s.t.low(d.trigger);
  return w == "deal" || w == "agreement" || w == "contract" || w == "accord" || w == "pact";
}

// "signed a contract for 40 buses, the second contract under a framework deal signed in May": an agreement
// noun after ", the" that begins its clause, without a verb of its own before the next clause, restates
// the deal before it; so do a priced "in a deal worth ..." after it and a priced ", a package worth ...".
bool restates(const TriggerScan& s, const DealDraft& prev, const DealDraft& d) {
  if (converted(s, d)) return true;
  if (s.lex.rules[d.rule].verb || prev.own.e > d.own.b) return false;
  // "agreed to buy six submarines, in an order worth about 4.7 billion euros": the deal's price.
  std::size_t k = d.trigger;
  if (k >= d.own.b + 2 && (s.t.is(k - 1, "a") || s.t.is(k - 1, "an")) && s.t.is(k - 2, "in"))
    return money_between(s, d.trigger_end, std::min(d.trigger_end + 4, d.own.e));
  // "ordered six submarines in 2009, a package then worth around $2 billion": a priced noun in apposition.
  bool apposed = d.own.b > 0 && s.t.is(d.own.b - 1, ",") && (s.t.is(d.own.b, "a") || s.t.is(d.own.b, "an"));
  if (apposed && k <= d.own.b + 4 &&
      (money_between(s, d.own.b, k) || money_between(s, d.trigger_end, std::min(d.trigger_end + 4, d.own.e))))
    return true;
  if (apposed && k == d.own.b + 1 && valued_after(s, d))
    return true;  // ", a purchase the ministry valued at"
  if (s.lex.rules[d.rule].kind != "agreement"sv) return false;
  if (apposed && k == d.own.b + 1 && unnamed_after(s, d.trigger_end)) return true;
  if (d.own.b == 0 || !s.t.is(d.own.b - 1, ",") || !s.t.is(d.own.b, "the")) return false;
  return d.trigger_end == d.own.e && d.trigger < d.own.b + 4;
}

// "Qatar, which has bought 36 of the planes", "the Ansaldo group, which wins a contract": the entity a
// relative clause at `which` is about, or an empty range; not a place ("a project in Louisiana, which").
LexRange antecedent(const TriggerScan& s, std::size_t which) {
  std::size_t k = which;
  if (k > 0 && s.t.is(k - 1, ",")) --k;
  if (k > 0 && (s.t.is(k - 1, "group") || s.t.is(k - 1, "company") || s.t.is(k - 1, "firm"))) --k;
  for (auto [e, end] = spans_in(s.m.entities, span_reach(k), k); e != end; ++e)
    if (e->end == k && e->entity >= 0 && !placed_name(s.t, e->first)) return {e->first, e->end};
  return {};
}

// ", which would supply up to 5 million tonnes a year", ", which will open the Vietnamese market to Peruvian
// blueberries": a relative clause about the deal before it (not about a country or firm named just before
// it), by a verb or by a market opened.
bool relative_clause(const TriggerScan& s, const DealDraft& d) {
  std::string_view w = s.t.low(d.own.b);
  const TriggerRule& r = s.lex.rules[d.rule];
  if ((!r.verb && r.requires != Requirement::Lift) || (w != "which" && w != "that")) return false;
  return antecedent(s, d.own.b).e == 0;
}

// "..., while Korea committed $300m to Uzbekistan for a hospitals project": a clause joined by a
// conjunction, with a subject and verb of its own, tells a deal of its own, not an apposition.
bool coordinated(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.own.b; k < d.trigger && k < d.own.b + 2; ++k) {
    std::string_view w = t.low(k);
    if (w == "while" || w == "whereas" || w == "and" || w == "but")
      return k + 1 < d.trigger && !t.is(k + 1, "a");
  }
  return false;
}

// "..., and Egypt has bought wheat": a coordinated clause whose subject is a country.
bool own_subject(const TriggerScan& s, const DealDraft& d) {
  return coordinated(s.t, d) && d.own.b + 1 < d.trigger && s.items.country[d.own.b + 1];
}

// "Poland's purchase of CAMM missiles, under a £4 billion contract signed in 2023, ...": an agreement noun
// told as what the deal before it is made under (at most six lexemes after "under") frames that deal.
bool under_frame(const TriggerScan& s, const DealDraft& prev, const DealDraft& d) {
  const TriggerRule& r = s.lex.rules[d.rule];
  if (r.kind != "agreement"sv || r.verb || s.lex.rules[prev.rule].kind == "agreement"sv) return false;
  for (std::size_t k = d.trigger; k > d.own.b && k + 7 > d.trigger; --k)
    if (s.t.is(k - 1, "under")) return true;
  return false;
}

}  // namespace entente
