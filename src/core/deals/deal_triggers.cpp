// Requirement checks for trigger words (see assets/deal_lexicon.json for what each requirement means). The
// trigger's object, where it is told before the trigger, is found by deal_trigger_objects.cpp.
#include "deal_triggers.h"

#include <string_view>

#include "deal_trigger_objects.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

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

bool measure_in(const TriggerScan& s, LexRange c) {
  for (auto [q, end] = spans_in(s.m.quantities, c.b, c.e); q != end; ++q)
    if (!q->counted && q->unit[0] != '%') return true;
  return false;
}

// "provide a loan of ...", "extend a grant": the object is itself a deal of another kind, which then wins.
bool names_other_kind(const TriggerScan& s, const TriggerRule& r, LexRange item) {
  if (item.b >= item.e) return false;
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

bool count_word(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "several" || w == "both";
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
  // Entities do not overlap: only the last one starting before b can end at b.
  auto [first, end] = spans_in(s.m.entities, 0, b);
  return first != end && (end - 1)->end == b;
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
  for (std::size_t k = b; k > c.b && k + 5 > b; --k) {
    std::string_view w = s.t.low(k - 1);
    std::string_view p = k > c.b + 1 ? s.t.low(k - 2) : std::string_view();
    if (p.size() > 3 && p.substr(p.size() - 2) == "ly") continue;
    if (w == "hold" || w == "holds" || w == "held" || w == "holding" || w == "conduct" || w == "conducts" ||
        w == "conducted" || w == "conducting" || w == "stage" || w == "stages" || w == "staged" ||
        w == "staging")
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
    if (m.id >= 0 && m.end <= c.e) return true;
  }
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
    if ((per && (n == "year" || n == "day" || n == "month" || n == "annum")) || s.t.is(k, "annually"))
      return true;
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

// "exercise Eagles of Civilization", "drills with the Egyptian Air Force": the exercise's name or partner
// follows it.
bool exercise_named(const TriggerScan& s, LexRange c, std::size_t e) {
  const LexedText& t = s.t;
  if (e < c.e && t.capitalized(e) && t.lex[e].kind == LexKind::Word && !s.lex.in(s.lex.left_stop, t, e))
    return true;
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
bool concrete_for(const TriggerScan& s, LexRange c, std::size_t e) {
  if (!s.t.is(e, "for")) return false;
  std::size_t os = object_start(s.items, e + 1, c.e), oe = phrase_end(s.items, os, c.e);
  if (abstract_phrase(s.items, os, oe)) return false;
  return sector_word(s, {os, oe}) || counted_in(s, {e + 1, oe}) || named_object(s, {os, oe});
}

// "went into force", "took effect": an agreement in force was signed.
bool in_force(const TriggerScan& s, LexRange c) {
  for (std::size_t k = c.b; k + 1 < c.e; ++k)
    if ((s.t.is(k, "into") && s.t.is(k + 1, "force")) ||
        ((s.t.is(k, "took") || s.t.is(k, "takes") || s.t.is(k, "take")) && s.t.is(k + 1, "effect")))
      return true;
  return false;
}

// "an India-Japan agreement", "the Israeli-Saudi normalization deal": a modifier that names both parties
// names a bilateral agreement.
bool pair_named(const TriggerScan& s, LexRange c, std::size_t b) {
  std::size_t from = b > c.b + 6 ? b - 6 : c.b;
  for (std::size_t k = from; k + 2 < b + 1 && k + 2 < s.t.lex.size(); ++k)
    if (s.items.country[k] && s.t.is(k + 1, "-") && s.items.country[k + 2] && s.t.joined(k) &&
        s.t.joined(k + 1))
      return true;
  return false;
}

}  // namespace

bool trigger_holds(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e,
                   LexRange* item) {
  const LexedText& t = s.t;
  if (r.verb && !verb_position(s, b)) return false;
  if (statistic(s, r, c) || output_rate(s, r, c, b)) return false;
  if (r.verb) {
    std::size_t os = object_start(s.items, e, c.e);
    // "buy 12 A350 jets": the counted object's model number is part of it.
    *item = {os, through_quantity(s.m.quantities, os, phrase_end(s.items, os, c.e))};
    if (item->e <= item->b) *item = object_before(s, c, b, r.kind == "purchase"sv || r.kind == "supply"sv);
  } else {
    *item = {modifiers_start(s.items, b, c.b),
             through_counts(s.m.quantities, b, phrase_end(s.items, b, c.e))};
    item->b = from_hyphened_count(s.m.quantities, t, item->b);  // "a 4-ship contract" is no bare contract
    if (item->e < e) item->e = e;
  }
  switch (r.requires) {
    case Requirement::Verb:
      return money_in(s, c) || any_in(s, c, s.lex.deal_verbs, b, e) || list_part(s, c) || in_force(s, c) ||
             pair_named(s, c, b);
    case Requirement::Money:
      return money_in(s, c) && (r.kind != "trade"sv || bilateral(s, c));
    case Requirement::Object:
      return !abstract_phrase(s.items, item->b, item->e) && !names_other_kind(s, r, *item);
    case Requirement::Concrete:
      return !abstract_phrase(s.items, item->b, item->e) && !names_other_kind(s, r, *item) &&
             (money_in(s, c) || measure_in(s, c) || counted_in(s, c) || sector_word(s, *item) ||
              named_object(s, *item));
    case Requirement::Of: {
      // "construction of two reactors", not "a EUR 2 billion development programme" or "the development of
      // documentation began": a project noun needs its concrete object.
      if (r.kind == "project"sv) return concrete_of(s, c, e);
      if (money_in(s, c)) return true;
      // "Russian wheat supplies", "arms sales": a goods word before the noun names what moves.
      if ((r.kind == "supply"sv || r.kind == "purchase"sv) && commodity_before(s, item->b, b, e)) return true;
      if (r.kind == "purchase"sv && object_for(s, c, b).e > 0) {
        *item = object_for(s, c, b);
        return true;
      }
      // "a 36-jet order for ...", "an order for two more aircraft": what is ordered is counted.
      if (r.kind == "purchase"sv && (concrete_for(s, c, e) || counted_in(s, {item->b, b}))) return true;
      if (!t.is(e, "of")) return false;
      std::size_t os = object_start(s.items, e, c.e), oe = phrase_end(s.items, os, c.e);
      // "the import of power up to 60 MW": a measured object is concrete.
      return !abstract_phrase(s.items, os, oe) || measure_in(s, {os, std::min(c.e, oe + 4)});
    }
    case Requirement::Lift:
      return any_in(s, c, s.lex.lift_verbs, b, e);
    case Requirement::Modifier: {
      // "maritime drills" alone are one navy's; a joint exercise names its partner or its series.
      if (e - b > 1 || (held_before(s, c, b) && bilateral(s, c)) || exercise_named(s, c, e)) return true;
      for (std::size_t k = b; k > c.b && k + 3 > b; --k) {
        std::string_view w = t.low(k - 1);
        if (s.lex.in(s.lex.exercise_modifiers, t, k - 1)) return true;
        if (k == b && (t.lex[k - 1].kind == LexKind::Number || count_word(w))) return true;
      }
      return false;
    }
    case Requirement::Build:  // a facility noun states a deal only with its price
      return money_in(s, c);
    case Requirement::Share:
      // Quantities do not overlap: only the last one starting before e can end at e.
      if (auto [first, end] = spans_in(s.m.quantities, 0, e); first != end) {
        const QuantitySpan& q = *(end - 1);
        if (q.end == e && q.unit.size() > 2 && q.unit[0] == '%') return true;
      }
      // "to secure a stake in the expansion": a stake taken by a deal verb.
      for (std::size_t k = b; k > c.b && k + 4 > b; --k)
        if (s.lex.in(s.lex.deal_verbs, t, k - 1) || t.is(k - 1, "acquire") || t.is(k - 1, "take") ||
            t.is(k - 1, "took") || t.is(k - 1, "buy") || t.is(k - 1, "bought"))
          return true;
      return false;
  }
  return false;
}

}  // namespace entente
