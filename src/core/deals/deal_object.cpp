// Objects after verbs and modifiers before head nouns, over lexemes; whether a phrase is abstract (declared
// in deal_item.h, beside the noun-phrase walk).
#include <string_view>

#include "deal_coordinated_modifiers.h"
#include "deal_item.h"
#include "deal_item_words.h"
#include "deal_power_object.h"
#include "spans_in.h"

namespace entente {
namespace {

// A country (not a demonym: "buy Russian arms") right after a verb and followed by a noun.
bool recipient(const ItemContext& c, std::size_t j, std::size_t limit) {
  const LexedText& t = c.t;
  if (!c.country[j]) return false;
  std::size_t n = j;
  while (n < limit && c.country[n]) ++n;
  // "sends China 460,000 barrels a day": a count after the country begins the object.
  if (n < limit && (c.taken[n] == 3 || (t.lex[n].kind == LexKind::Number && c.taken[n] == 0))) return true;
  if (n >= limit || t.lex[n].kind != LexKind::Word || c.taken[n] != 0) return false;
  std::string_view w = t.low(n);
  if (preposition(w) || w == "and" || w == "s" || c.lex.in(c.lex.right_stop, t, n)) return false;
  std::string_view name = t.low(n - 1);
  for (std::string_view end : {"an", "ese", "ish", "i", "ch", "ek"})
    if (ends_with(name, end) && name != "japan" && name != "iran" && name != "pakistan" &&
        name != "afghanistan" && name != "sudan" && name != "oman" && name != "taiwan")
      return false;
  return true;
}

// "the last of 18 howitzers", "the first two of 24 jets", "the rest of the order": a partitive before the
// object at j; returns the lexeme after its "of", or j when there is none.
std::size_t partitive_end(const ItemContext& c, std::size_t j, std::size_t limit) {
  const LexedText& t = c.t;
  std::string_view w = t.low(j);
  if (w != "last" && w != "first" && w != "rest" && w != "remainder" && w != "final" && w != "remaining" &&
      w != "balance" && w != "bulk")
    return j;
  std::size_t n = j + 1;
  if (n < limit && (t.lex[n].kind == LexKind::Number || c.taken[n] == 3)) ++n;
  return n + 1 < limit && t.is(n, "of") ? n + 1 : j;
}

}  // namespace

std::size_t modifiers_start(const ItemContext& c, std::size_t head, std::size_t floor) {
  const LexedText& t = c.t;
  std::size_t b = head;
  int words = 0;
  while (b > floor && words < 4) {
    std::size_t p = b - 1;
    if (c.taken[p] != 0) break;
    LexKind kind = t.lex[p].kind;
    if (kind == LexKind::Punct) {
      std::string_view r = t.raw(p);
      if (r == ")") {
        std::size_t open = p;
        while (open > floor && t.raw(open) != "(" && p - open < 12) --open;
        if (t.raw(open) != "(") break;
        b = open;
        continue;
      }
      bool glue = r == "-" || r == "'" || r == "\xE2\x80\x99";
      if (glue && t.joined(p) && p > floor && t.joined(p - 1)) {
        b = p;
        continue;
      }
      break;
    }
    if (kind == LexKind::Number) {
      // "S-400 systems", "F-16 jets": a model code's number after its hyphen.
      bool code = p > floor && t.is(p - 1, "-") && t.joined(p - 1);
      if (!t.joined(p) && !code) break;
      b = p;
      continue;
    }
    if (kind != LexKind::Word) break;
    if (words > 0 && coordinated_modifier(c, p, floor)) {  // "defence and economic cooperation agreement"
      b = p;
      continue;
    }
    std::string_view w = t.low(p);
    if (c.lex.in(c.lex.left_stop, t, p) || c.lex.in(c.lex.deal_verbs, t, p) ||
        (w.size() > 5 && ends_with(w, "ing")) || past_verb(w))
      break;
    b = p;
    ++words;
  }
  // "search-and-rescue exercise" stops at "and": no modifier starts with the hyphen left over.
  while (b < head && t.lex[b].kind == LexKind::Punct && t.raw(b) != "(") ++b;
  return b;
}

namespace {

// Where the object goes on after the measure that starts at j (`counted`: the measure counts the object,
// which then starts at its unit).
struct MeasureEnd {
  std::size_t next = 0;
  bool counted = false;
};

MeasureEnd past_measure(const ItemContext& c, std::size_t j, std::size_t limit) {
  const LexedText& t = c.t;
  std::size_t next = j + 1;
  for (auto [q, end] = spans_in(c.quantities, j, j + 1); q != end; ++q) {
    if (q->counted) return {q->unit_first, true};
    next = q->end;
  }
  // "2 million tonnes a year of gas": the measure's rate goes with it.
  bool per = next + 2 < limit && (t.is(next, "a") || t.is(next, "per")) && t.is(next + 2, "of");
  if (per && (t.is(next + 1, "year") || t.is(next + 1, "day") || t.is(next + 1, "month"))) next += 2;
  return {next, false};
}

// Past the words at j that open an object without being it (a qualifier before an amount, the recipient of
// "sell India drones", a determiner, a partitive, "India with"): where the object may start, j when none.
std::size_t past_opening(const ItemContext& c, std::size_t k, std::size_t j, std::size_t limit,
                         bool after_amount) {
  const LexedText& t = c.t;
  std::string_view w = t.low(j);
  // "up to 5 million tonnes", "around 300 tanks": a qualifier before an amount or a measure.
  std::size_t q = j + (w == "up" && t.is(j + 1, "to") ? 2 : 1);
  bool qualifier = w == "up" || w == "about" || w == "around" || w == "nearly" || w == "almost" ||
                   w == "some" || w == "over" || w == "roughly" || w == "approximately";
  if (qualifier && q < limit && (c.taken[q] != 0 || t.lex[q].kind == LexKind::Number)) return q;
  // "sell India armed drones": a country named before the object receives it.
  if (j == k && recipient(c, j, limit)) {
    while (j < limit && c.country[j]) ++j;
    return j;
  }
  if (determiner(w) || w == "of" ||
      (after_amount && (w == "in" || w == "into" || w == "for" || w == "towards")))
    return j + 1;
  if (std::size_t after = partitive_end(c, j, limit); after != j) return after;
  if (c.country[j] && j + 1 < limit && t.is(j + 1, "with")) return j + 2;
  return j;
}

}  // namespace

std::size_t object_start(const ItemContext& c, std::size_t k, std::size_t limit) {
  const LexedText& t = c.t;
  std::size_t j = k;
  bool after_amount = false;
  while (j < limit) {
    if (c.taken[j] == 1 || c.taken[j] == 2) {
      while (j < limit && (c.taken[j] == 1 || c.taken[j] == 2)) ++j;
      after_amount = true;
      continue;
    }
    if (after_amount && t.raw(j) == "(" && j + 1 < limit && c.taken[j + 1] == 1) {
      if (std::size_t close = matching_close(t, j, limit)) {
        j = close + 1;
        continue;
      }
    }
    if (c.taken[j] == 3) {
      const MeasureEnd m = past_measure(c, j, limit);
      if (m.counted) return m.next;
      j = m.next;
      continue;
    }
    if (t.lex[j].kind == LexKind::Number && c.taken[j] == 0) {
      // "a 300-bed hospital": a number glued by a hyphen to a word modifies the object it opens.
      if (hyphened_number(c, j, limit)) break;
      ++j;
      continue;
    }
    const std::size_t next = past_opening(c, k, j, limit, after_amount);
    if (next == j) break;
    j = next;
  }
  return j;
}

bool abstract_phrase(const ItemContext& c, std::size_t b, std::size_t e) {
  if (b >= e) return true;
  // The head is the last word before the first preposition.
  std::size_t head = b;
  for (std::size_t k = b; k < e; ++k) {
    if (c.t.lex[k].kind != LexKind::Word) continue;
    std::string_view w = c.t.low(k);
    if (k > b && (preposition(w) || w == "and")) break;
    head = k;
  }
  // "A350 jets": a letter glued to a model number is no article.
  bool model = c.t.joined(b) && c.t.lex[b + 1].kind == LexKind::Number;
  if (electric_power(c.t, b, head)) return false;  // "solar power"
  return c.lex.in(c.lex.abstract_objects, c.t, head) || (!model && c.lex.in(c.lex.abstract_objects, c.t, b));
}

}  // namespace entente
