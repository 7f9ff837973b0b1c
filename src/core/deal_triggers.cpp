// Requirement checks for trigger words (see assets/deal_lexicon.json for what each requirement means).
#include "deal_triggers.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

bool any_in(const TriggerScan& s, LexRange c, const WordSet& words, std::size_t skip_b, std::size_t skip_e) {
  for (std::size_t k = c.b; k < c.e; ++k)
    if ((k < skip_b || k >= skip_e) && s.lex.in(words, s.t.low(k))) return true;
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
    if (!o.verb && o.kind != r.kind && (o.kind == "loan" || o.kind == "assistance" || o.kind == "investment"))
      return true;
  }
  return false;
}

// True when the phrase holds a sector keyword other than diplomacy's ("pipeline", "steel", "vaccine").
bool sector_word(const TriggerScan& s, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = s.lex.sectors.match(s.t, k);
    if (m.id >= 0 && m.end <= r.e && s.lex.sector_names[m.id] != "diplomacy") return true;
  }
  return false;
}

bool count_word(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "several" || w == "both";
}

// A word that is a noun as often as a verb ("supply", "export") is a verb only after "to", a modal, an
// adverb, or its subject (a country, organisation or pronoun).
bool verb_position(const TriggerScan& s, std::size_t b) {
  std::string_view w = s.t.low(b);
  bool ambiguous = w == "supply" || w == "supplies" || w == "export" || w == "exports" || w == "import" ||
                   w == "imports" || w == "transfer" || w == "transfers" || w == "gift" || w == "purchase" ||
                   w == "purchases" || w == "upgrade" || w == "lay";
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

}  // namespace

bool trigger_holds(const TriggerScan& s, const TriggerRule& r, LexRange c, std::size_t b, std::size_t e,
                   LexRange* item) {
  const LexedText& t = s.t;
  if (r.verb && !verb_position(s, b)) return false;
  if (r.verb) {
    std::size_t os = object_start(s.items, e, c.e);
    *item = {os, phrase_end(s.items, os, c.e)};
  } else {
    *item = {modifiers_start(s.items, b, c.b), phrase_end(s.items, b, c.e)};
    if (item->e < e) item->e = e;
  }
  switch (r.requires) {
    case Requirement::Verb:
      return money_in(s, c) || any_in(s, c, s.lex.deal_verbs, b, e);
    case Requirement::Money:
      return money_in(s, c) && (r.kind != "trade" || bilateral(s, c));
    case Requirement::Object:
      return !abstract_phrase(s.items, item->b, item->e) && !names_other_kind(s, r, *item);
    case Requirement::Concrete:
      return !abstract_phrase(s.items, item->b, item->e) &&
             (money_in(s, c) || measure_in(s, c) || sector_word(s, *item));
    case Requirement::Of: {
      if (money_in(s, c)) return true;
      if (!t.is(e, "of")) return false;
      std::size_t os = object_start(s.items, e, c.e);
      return !abstract_phrase(s.items, os, phrase_end(s.items, os, c.e));
    }
    case Requirement::Lift:
      return any_in(s, c, s.lex.lift_verbs, b, e);
    case Requirement::Modifier: {
      if (e - b > 1 || held_before(s, c, b)) return true;
      for (std::size_t k = b; k > c.b && k + 3 > b; --k) {
        std::string_view w = t.low(k - 1);
        if (s.lex.in(s.lex.exercise_modifiers, w)) return true;
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
        return q.end == e && q.unit.size() > 2 && q.unit[0] == '%';
      }
      return false;
  }
  return false;
}

}  // namespace entente
