// Clauses, triggers and their requirements: the deals of one sentence (see deal_sentence.h).
#include "deal_sentence.h"

#include <string_view>

#include "deal_and_subject.h"
#include "deal_apposition.h"
#include "deal_bystander_clauses.h"
#include "deal_clauses.h"
#include "deal_item.h"
#include "deal_loan_aside_purpose.h"
#include "deal_participle_restatement.h"
#include "deal_pledged_amount.h"
#include "deal_terms_clause.h"
#include "deal_titled_trigger.h"
#include "deal_total_cost_aside.h"
#include "deal_trigger_objects.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "the first Sinopec deal", "this agreement": a definite agreement noun, which refers to a deal told before.
bool refers_back(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger; k > 0 && k + 4 > d.trigger; --k)
    if (t.is(k - 1, "the") || t.is(k - 1, "this") || t.is(k - 1, "that")) return true;
  return false;
}

// "The deal comes weeks after ...", "The order followed ...": a deal told before placed in time by what
// the rest of the clause tells.
bool comes_after(const LexedText& t, const DealDraft& d) {
  std::size_t k = d.trigger_end;
  return t.is(k, "comes") || t.is(k, "came") || t.is(k, "follows") || t.is(k, "followed");
}

bool and_between(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (t.is(k, "and")) return true;
  return false;
}

// "from the US": a source country or firm in lexemes [b, e).
bool source_between(const TriggerScan& s, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k + 1 < e; ++k) {
    if (!s.t.is(k, "from")) continue;
    auto [h, end] = spans_in(s.m.entities, k + 1, std::min(k + 3, e));
    if (h != end) return true;
  }
  return false;
}

// "buy 24 X from A for $2.6 billion and six Y from B for $930 million", "bought 250 Abrams tanks from the US
// and 180 K2 tanks from South Korea": a second counted object after "and", with its own amount or source, is
// a second deal of the same verb.
void split_objects(const TriggerScan& s, LexRange c, std::vector<DealDraft>* out) {
  DealDraft& d = out->back();
  if (!s.lex.rules[d.rule].verb) return;
  for (auto [it, end] = spans_in(s.m.quantities, d.item.e, c.e); it != end; ++it) {
    const QuantitySpan& q = *it;
    if (!q.counted || q.first == 0 || !s.t.is(q.first - 1, "and")) continue;
    bool priced = money_between(s, d.trigger_end, q.first) && money_between(s, q.first, c.e);
    bool sourced = source_between(s, d.trigger_end, q.first) && source_between(s, q.first, c.e);
    if (!priced && !sourced) continue;
    std::size_t cut = q.first - 1;
    DealDraft next = d;
    next.item = {q.unit_first, phrase_end(s.items, q.unit_first, c.e)};
    next.own = {cut, d.own.e};
    d.own.e = cut;
    out->push_back(next);
    return;
  }
}

// "roll over a $2.3 billion loan and will provide another $1 billion": a second deal verb after "and",
// each verb with its own amount.
bool verb_conjunct(const TriggerScan& s, const TriggerRule& r, const DealDraft& prev, LexRange c,
                   std::size_t k) {
  if (!r.verb) return false;
  std::size_t a = k;
  while (a > prev.item.e && a + 3 > k && !s.t.is(a - 1, "and")) --a;
  if (a == 0 || a <= prev.item.e || !s.t.is(a - 1, "and")) return false;
  return money_between(s, prev.own.b, a) && money_between(s, k, c.e);
}

// Whether a trigger of rule r at lexeme k of clause c starts a deal of its own after the clause's deal
// `prev`, rather than telling more of it.
bool second_deal(const TriggerScan& s, const TriggerRule& r, const DealDraft& prev, LexRange c,
                 std::size_t k) {
  const TriggerRule& p = s.lex.rules[prev.rule];
  bool split = !r.verb && !p.verb && p.kind == r.kind && k >= prev.item.e && and_between(s.t, prev.item.e, k);
  split |= verb_conjunct(s, r, prev, c, k);
  // "The first Sinopec deal was succeeded by similar agreements with ...": a reference to a deal told
  // before does not use up its clause.
  split |= !r.verb && !p.verb && k >= prev.item.e && refers_back(s.t, prev) && r.kind == "agreement"sv;
  // "considering more Kirpi vehicles, having received a first batch of fifty": an earlier order's units.
  split |= r.kind == "supply"sv && p.kind == "purchase"sv && k >= prev.item.e && first_of_more(s, k, c.e);
  // "sends China 460,000 barrels a day of crude oil to repay an $8 billion loan": a deal of another kind
  // with its own amount.
  std::size_t price = priced_noun(s, k);
  return split || (r.kind != p.kind && !r.verb && price && !money_between(s, prev.trigger, price));
}

// "pledged to invest $300 million in solar parks", "pledged to buy 12 jets": an assistance verb whose
// infinitive is an investment, purchase or project verb tells that deal, announced; it yields to it.
bool pledge_of_deal(const TriggerScan& s, const PhraseMatch& m) {
  if (pledged_amount_of(s, m)) return true;  // "pledged $35 billion of investment in ..."
  if (!s.t.is(m.end, "to")) return false;
  bool pledge = false;
  for (int rule : s.lex.trigger_groups[m.id])
    pledge |= s.lex.rules[rule].kind == "assistance"sv && s.lex.rules[rule].verb;
  PhraseMatch next = s.lex.triggers.match(s.t, m.end + 1);
  if (!pledge || next.id < 0) return false;
  for (int rule : s.lex.trigger_groups[next.id]) {
    const TriggerRule& r = s.lex.rules[rule];
    if (r.verb && (r.kind == "investment"sv || r.kind == "purchase"sv || r.kind == "project"sv)) return true;
  }
  return false;
}

// Whether trigger m at k states nothing here: a word inside a name or a compound word, or a pledge that
// yields to the deal verb after it.
bool trigger_stands_aside(const TriggerScan& s, LexRange c, std::size_t k, const PhraseMatch& m) {
  // Inside a name ("Export-Import Bank", "Trade Ministry") a trigger word states nothing; named
  // agreements ("Basic Exchange and Cooperation Agreement") and facilities still do.
  bool in_name = k > c.b && s.t.capitalized(k);
  // "export-model", "anti-export": part of a compound word.
  in_name |= s.t.is(m.end, "-") && s.t.joined(m.end - 1);
  in_name |= k > 0 && s.t.is(k - 1, "-") && s.t.joined(k - 1);
  in_name &= !titled_amount(s, m.end);  // "(iii) A Line of Credit of US$ 100 million to Namibia"
  const TriggerRule& first_rule = s.lex.rules[s.lex.trigger_groups[m.id][0]];
  // "the Nhat Tan Bridge, built with Japanese aid": a facility noun ending a name is the facility named.
  bool named_facility = first_rule.requires == Requirement::Build && !s.t.capitalized(m.end);
  return (in_name && first_rule.kind != "agreement"sv && !named_facility) || pledge_of_deal(s, m);
}

// The deal of `rule`, its trigger at k..end and its item, told in clause c: a draft of its own, or a
// change to the clause's draft before it (the clause's drafts start at `first`).
void add_clause_draft(const TriggerScan& s, LexRange c, std::size_t k, std::size_t end, int rule,
                      LexRange item, std::size_t first, std::vector<DealDraft>* out) {
  if (out->size() == first) {
    out->push_back({k, end, rule, item, c, {}, {}, {}, {}});
    split_objects(s, c, out);
    return;
  }
  const TriggerRule& r = s.lex.rules[rule];
  DealDraft& prev = out->back();
  const TriggerRule& p = s.lex.rules[prev.rule];
  // A facility noun ("pipeline") yields its kind to a later money trigger ("loan") but names the item.
  if (p.requires == Requirement::Build && r.requires != Requirement::Build && out->size() == first + 1) {
    prev.rule = rule;
    prev.trigger = k;  // the amount nearest the loan is the loan's
    prev.trigger_end = end;
    return;
  }
  // "The deal comes weeks after New Delhi ordered spare parts": a deal told before, as the clause's
  // subject, gives way to the deal its clause tells by a verb.
  if (r.verb && !p.verb && prev.trigger <= c.b + 2 && refers_back(s.t, prev) && comes_after(s.t, prev)) {
    prev = {k, end, rule, item, c, {}, {}, {}, {}};
    return;
  }
  if (!second_deal(s, r, prev, c, k)) return;
  std::size_t cut = k;
  while (cut > prev.item.e && !s.t.is(cut - 1, "and")) --cut;
  prev.own.e = cut;
  out->push_back({k, end, rule, item, {cut, c.e}, {}, {}, {}, {}});
}

// The deals of one clause: the first valid trigger, plus later same-kind nouns after "and" ("drills in
// Cherat and naval exercises AMAN 2017").
void clause_drafts(const TriggerScan& s, LexRange c, std::vector<DealDraft>* out) {
  std::size_t first = out->size();
  for (std::size_t k = c.b; k < c.e; ++k) {
    PhraseMatch blocked = s.lex.blocked.match(s.t, k);
    if (blocked.id >= 0) {
      k = blocked.end - 1;
      continue;
    }
    PhraseMatch m = s.lex.triggers.match(s.t, k);
    if (m.id < 0 || m.end > c.e) continue;
    if (!trigger_stands_aside(s, c, k, m)) {
      for (int rule : s.lex.trigger_groups[m.id]) {
        LexRange item;
        if (!trigger_holds(s, s.lex.rules[rule], c, k, m.end, &item)) continue;
        add_clause_draft(s, c, k, m.end, rule, item, first, out);
        break;
      }
    }
    k = m.end - 1;
  }
}

}  // namespace

const std::vector<DealDraft>& sentence_drafts(TriggerScan& s, LexRange range, SentenceScratch* scratch) {
  std::vector<DealDraft>& drafts = scratch->drafts;
  drafts.clear();
  s.sentence = range;
  split_clauses(s.m, range, &scratch->clauses);
  for (LexRange c : scratch->clauses) clause_drafts(s, c, &drafts);
  // "..., a $20 billion project with four reactors": a facility noun after another deal in the sentence
  // is an apposition that gives that deal its figures, not a deal of its own.
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (s.lex.rules[drafts[k].rule].requires == Requirement::Build && !coordinated(s.t, drafts[k]))
      drafts.erase(drafts.begin() + k);
  // A relative clause stays in the tail of the deal before it, which takes its figures from there.
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (relative_clause(s, drafts[k])) drafts.erase(drafts.begin() + k);
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (restates(s, drafts[k - 1], drafts[k])) drafts.erase(drafts.begin() + k);
  for (std::size_t k = drafts.size(); k-- > 1;)
    if (under_frame(s, drafts[k - 1], drafts[k])) drafts.erase(drafts.begin() + k);
  for (std::size_t k = drafts.size(); k-- > 1;)  // "A loan, to modernise the port, was signed"
    if (loan_purpose_draft(s, drafts[k - 1], drafts[k])) drafts.erase(drafts.begin() + k);
  for (std::size_t k = drafts.size(); k-- > 1;)  // ", under which Kazakhstan will send ...": its terms
    if (terms_clause(s, drafts[k - 1], drafts[k])) drafts.erase(drafts.begin() + k);
  // "Under a deal approved in 2016, Egypt will build a highway": a bare "deal" frames the other deal; not
  // one whose clause and the next are joined as two of their own ("India signed a deal ..., and Egypt has
  // bought wheat").
  for (std::size_t k = drafts.size(); drafts.size() > 1 && k-- > 0;) {
    bool paired =
        (k + 1 < drafts.size() && own_subject(s, drafts[k + 1])) || (k > 0 && own_subject(s, drafts[k]));
    paired |= k > 0 && named_subject(s.t, drafts[k]);  // "..., and Afcons won a contract for the bridge"
    paired |= k + 1 < drafts.size() && total_cost_trigger(s.t, drafts[k + 1]);  // "of a total cost"
    if (bare_agreement(s, drafts[k]) && !paired) drafts.erase(drafts.begin() + k);
  }
  drop_participle_restatements(s, &drafts);  // "..., about one million barrels bought by IOC"
  for (std::size_t k = 0; k < drafts.size(); ++k) {
    DealDraft& d = drafts[k];
    d.sentence = range;
    for (std::size_t w = d.own.b; w < d.trigger && w < d.own.b + 3; ++w)
      if (s.t.is(w, "which") || s.t.is(w, "who")) d.antecedent = antecedent(s, w);
    d.head = {k == 0 ? range.b : drafts[k - 1].own.e, d.own.b};
    d.tail = {d.own.e, k + 1 < drafts.size() ? drafts[k + 1].own.b : range.e};
    cut_bystander_clauses(s, &d);  // "that Turkey rejected outright", "than anything Turkey could offer"
  }
  return drafts;
}

}  // namespace entente
