// Noun-phrase boundaries over lexemes, driven by the stop lists in assets/deal_lexicon.json.
#include "deal_item.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

bool ends_with(std::string_view w, std::string_view s) {
  return w.size() >= s.size() && w.substr(w.size() - s.size()) == s;
}

bool preposition(std::string_view w) {
  return w == "of" || w == "on" || w == "for" || w == "in" || w == "into" || w == "over" || w == "at" ||
         w == "between" || w == "linking" || w == "connecting" || w == "from" || w == "to" || w == "with" ||
         w == "by";
}

// "in a deal", "under an agreement": the phrase is over.
bool deal_noun(std::string_view w) {
  return w == "deal" || w == "deals" || w == "agreement" || w == "agreements" || w == "contract" ||
         w == "contracts" || w == "pact" || w == "pacts" || w == "accord";
}

bool determiner(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" || w == "her" ||
         w == "our" || w == "some" || w == "more" || w == "new" || w == "additional" || w == "further" ||
         w == "another";
}

// Skips a measure ("1,300-km") starting at k; returns the lexeme after it, or k.
std::size_t skip_measure(const ItemContext& c, std::size_t k) {
  if (k >= c.taken.size() || c.taken[k] != 3) return k;
  for (auto [q, end] = spans_in(c.quantities, k, k + 1); q != end; ++q)
    if (!q->counted) return q->end;
  return k;
}

bool past_verb(std::string_view w) {
  if (w.size() <= 4 || !ends_with(w, "ed")) return false;
  return !(w.size() == 5 && ends_with(w, "eed")) && w != "hundred" && w != "limited" && w != "united" &&
         w != "kindred";
}

std::size_t matching_close(const LexedText& t, std::size_t open, std::size_t limit) {
  for (std::size_t k = open + 1; k < limit && k < open + 12; ++k)
    if (t.raw(k) == ")") return k;
  return 0;
}

bool trailing_junk(const ItemContext& c, std::size_t k) {
  std::string_view w = c.t.low(k);
  return (c.t.lex[k].kind == LexKind::Punct && c.t.raw(k) != ")") || preposition(w) || determiner(w) ||
         w == "and" || w == "s";
}

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

}  // namespace

namespace {

// The state of a walk to the right over a noun phrase. Each step returns the next lexeme to look at, or 0
// when the phrase ends (a next lexeme is always after the current one, so never 0).
struct Walk {
  const ItemContext& c;
  std::size_t k, limit;
  int words = 0;
  bool from_seen = false, between_seen = false;
};

std::size_t punct_step(const Walk& w, std::size_t j) {
  const LexedText& t = w.c.t;
  std::string_view r = t.raw(j);
  if (r == "(") {
    std::size_t close = matching_close(t, j, w.limit);
    return close ? close + 1 : 0;
  }
  bool glue = r == "-" || r == "/" || r == "&" || r == "'" || r == "\xE2\x80\x99";
  return glue && j > w.k && t.joined(j - 1) && t.joined(j) ? j + 1 : 0;
}

// "oil refinery and a power station", "between India and Japan".
std::size_t and_step(Walk& w, std::size_t j) {
  const LexedText& t = w.c.t;
  std::size_t n = j + 1;
  if (n < w.limit && (t.is(n, "a") || t.is(n, "an"))) ++n;
  bool noun_follows = n < w.limit && t.lex[n].kind == LexKind::Word &&
                      !w.c.lex.in(w.c.lex.right_stop, t, n) && (!w.c.country[n] || w.between_seen) &&
                      !past_verb(t.low(n)) && !t.is(n, "the") && w.c.taken[n] == 0;
  w.between_seen = false;
  return noun_follows && w.words > 0 ? n : 0;
}

// "investment by Moscow over ...": the agent is skipped and the phrase goes on.
std::size_t agent_step(const Walk& w, std::size_t j) {
  const LexedText& t = w.c.t;
  std::size_t n = j + 1;
  while (n < w.limit && w.c.country[n]) ++n;
  if (n == j + 1) return 0;
  while (n < w.limit && (t.is(n, "s") || t.raw(n) == "'" || t.raw(n) == "\xE2\x80\x99")) ++n;
  return n < w.limit && preposition(t.low(n)) && !t.is(n, "by") ? n : 0;
}

std::size_t preposition_step(Walk& w, std::size_t j, std::string_view p) {
  const ItemContext& c = w.c;
  const LexedText& t = c.t;
  if (w.words == 0) return 0;
  if (p == "by") return agent_step(w, j);
  // "agreement to expand the pipeline": an infinitive right after the head noun.
  bool infinitive = p == "to" && w.words == 1 && j + 1 < w.limit && t.lex[j + 1].kind == LexKind::Word &&
                    !t.capitalized(j + 1) && !determiner(t.low(j + 1)) && !c.country[j + 1];
  if (p == "to" && !w.from_seen && !infinitive) return 0;
  if (p == "between") w.between_seen = true;
  if (p == "linking" || p == "connecting") w.from_seen = true;
  std::size_t n = j + 1;
  while (n < w.limit && determiner(t.low(n))) ++n;
  n = skip_measure(c, n);
  // "supply of 8,709 anti-tank missiles": a count after the preposition stays in the phrase.
  if (n + 1 < w.limit && t.lex[n].kind == LexKind::Number && c.taken[n] != 1 && c.taken[n] != 2 &&
      t.lex[n + 1].kind == LexKind::Word)
    return n + 1;
  if (n >= w.limit || c.taken[n] == 1 || c.taken[n] == 2 || t.lex[n].kind != LexKind::Word) return 0;
  if (c.lex.in(c.lex.right_stop, t, n) || deal_noun(t.low(n))) return 0;
  if (p == "from") {
    if (!t.capitalized(n)) return 0;
    w.from_seen = true;
  }
  return n;
}

}  // namespace

std::size_t phrase_end(const ItemContext& c, std::size_t k, std::size_t limit) {
  const LexedText& t = c.t;
  Walk w{c, k, limit};
  std::size_t j = k;
  while (j < limit && w.words < 10) {
    if (c.taken[j] == 1 || c.taken[j] == 2) break;
    LexKind kind = t.lex[j].kind;
    std::string_view word = t.low(j);
    std::size_t next = 0;
    if (kind == LexKind::Punct) {
      next = punct_step(w, j);
    } else if (kind == LexKind::Number) {
      bool model = j > k && (t.joined(j - 1) || t.lex[j - 1].kind == LexKind::Word) && c.taken[j] == 0;
      next = model ? j + 1 : 0;
    } else if (kind == LexKind::Symbol || c.lex.in(c.lex.right_stop, t, j) ||
               (past_verb(word) && w.words > 0 && !ly_adverb(t, j - 1))) {
      next = 0;
    } else if (word == "and") {
      next = and_step(w, j);
    } else if (preposition(word)) {
      next = preposition_step(w, j, word);
    } else {
      ++w.words;
      next = j + 1;
    }
    if (next == 0) break;
    j = next;
  }
  while (j > k && trailing_junk(c, j - 1)) --j;
  return j;
}

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
    std::string_view w = t.low(p);
    if (c.lex.in(c.lex.left_stop, t, p) || c.lex.in(c.lex.deal_verbs, t, p) ||
        (w.size() > 5 && ends_with(w, "ing")) || past_verb(w))
      break;
    b = p;
    ++words;
  }
  return b;
}

std::size_t object_start(const ItemContext& c, std::size_t k, std::size_t limit) {
  const LexedText& t = c.t;
  std::size_t j = k;
  bool after_amount = false;
  while (j < limit) {
    std::string_view w = t.low(j);
    if (c.taken[j] == 1 || c.taken[j] == 2) {
      while (j < limit && (c.taken[j] == 1 || c.taken[j] == 2)) ++j;
      after_amount = true;
      continue;
    }
    if (after_amount && t.raw(j) == "(" && j + 1 < limit && c.taken[j + 1] == 1) {
      std::size_t close = matching_close(t, j, limit);
      if (close) {
        j = close + 1;
        continue;
      }
    }
    if (c.taken[j] == 3) {
      std::size_t next = j + 1;
      for (auto [q, end] = spans_in(c.quantities, j, j + 1); q != end; ++q) {
        if (q->counted) return q->unit_first;
        next = q->end;
      }
      j = next;
      continue;
    }
    if (t.lex[j].kind == LexKind::Number && c.taken[j] == 0) {
      ++j;
      continue;
    }
    // "up to 5 million tonnes", "around 300 tanks": a qualifier before an amount or a measure.
    std::size_t q = j + (w == "up" && t.is(j + 1, "to") ? 2 : 1);
    bool qualifier = w == "up" || w == "about" || w == "around" || w == "nearly" || w == "almost" ||
                     w == "some" || w == "over" || w == "roughly" || w == "approximately";
    if (qualifier && q < limit && (c.taken[q] != 0 || t.lex[q].kind == LexKind::Number)) {
      j = q;
      continue;
    }
    // "sell India armed drones": a country named before the object receives it.
    if (j == k && recipient(c, j, limit)) {
      while (j < limit && c.country[j]) ++j;
      continue;
    }
    if (determiner(w) || w == "of" ||
        (after_amount && (w == "in" || w == "into" || w == "for" || w == "towards"))) {
      ++j;
      continue;
    }
    if (c.country[j] && j + 1 < limit && t.is(j + 1, "with")) {
      j += 2;
      continue;
    }
    break;
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
  return c.lex.in(c.lex.abstract_objects, c.t, head) || (!model && c.lex.in(c.lex.abstract_objects, c.t, b));
}

}  // namespace entente
