// Noun-phrase boundaries over lexemes, driven by the stop lists in assets/deal_lexicon.json.
#include "deal_item.h"

#include <initializer_list>
#include <string_view>

#include "deal_delivered_all.h"
#include "deal_item_words.h"
#include "deal_wire_tag.h"
#include "spans_in.h"

namespace entente {
namespace {

// Skips a measure ("1,300-km") starting at k; returns the lexeme after it, or k.
std::size_t skip_measure(const ItemContext& c, std::size_t k) {
  if (k >= c.taken.size() || c.taken[k] != 3) return k;
  for (auto [q, end] = spans_in(c.quantities, k, k + 1); q != end; ++q)
    if (!q->counted) return q->end;
  return k;
}

// "nuclear-powered", "Russian-made": an -ed word glued after a hyphen ends a compound adjective, not a verb.
bool compound(const LexedText& t, std::size_t j) {
  return j > 1 && t.raw(j - 1) == "-" && t.joined(j - 1) && t.joined(j - 2);
}

// "a controlling stake of about" (60 percent), "a prepositioning agreement first" (signed in 1981): a
// qualifier of a figure or an adverb of time left at the end when the phrase stops before what it modifies.
bool cut_modifier(std::string_view w) {
  return w == "about" || w == "around" || w == "some" || w == "nearly" || w == "almost" || w == "roughly" ||
         w == "approximately" || w == "first" || w == "originally" || w == "initially" || w == "later";
}

bool trailing_junk(const ItemContext& c, std::size_t k) {
  std::string_view w = c.t.low(k);
  return (c.t.lex[k].kind == LexKind::Punct && c.t.raw(k) != ")") || preposition(w) || determiner(w) ||
         w == "and" || w == "s" || cut_modifier(w);
}

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
  if (r == "(" && wire_tag(t, j + 1)) return 0;  // "(CORRECTS value in paragraph 3)"
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

bool venue_noun(std::string_view w) {
  return w == "meeting" || w == "summit" || w == "talks" || w == "conference" || w == "ceremony" ||
         w == "forum" || w == "airshow" || w == "exhibition" || w == "expo" || w == "sidelines";
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
  // "jets at the Dubai Airshow", "an agreement at a meeting in Dakar", "at the same meeting": where the deal
  // was made ends it.
  bool where = p == "at" || p == "in" || p == "on" || p == "during";
  if (where && n + 1 < w.limit && (venue_noun(t.low(n)) || venue_noun(t.low(n + 1)))) return 0;
  // "an agreement in March on ...": a time after a bare deal noun ends its phrase.
  if (p == "in" && w.words == 1 && deal_noun(t.low(j - 1)) && past_time(t, j) != j) return 0;
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

std::size_t past_time(const LexedText& t, std::size_t k) {
  if (t.is(k, "last") || t.is(k, "this") || t.is(k, "next"))
    return t.is(k + 1, "year") || t.is(k + 1, "month") || t.is(k + 1, "week") ? k + 2 : k;
  if (!t.is(k, "in") || k + 1 >= t.lex.size()) return k;
  std::string_view w = t.low(k + 1);
  bool year = t.lex[k + 1].kind == LexKind::Number && w.size() == 4;
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"})
    year |= w == m && t.capitalized(k + 1);
  return year ? k + 2 : k;
}

bool hyphened_number(const ItemContext& c, std::size_t j, std::size_t limit) {
  const LexedText& t = c.t;
  return j + 2 < limit && c.taken[j] == 0 && t.lex[j].kind == LexKind::Number && t.is(j + 1, "-") &&
         t.joined(j) && t.joined(j + 1) && t.lex[j + 2].kind == LexKind::Word;
}

std::size_t phrase_end(const ItemContext& c, std::size_t k, std::size_t limit) {
  const LexedText& t = c.t;
  Walk w{c, k, limit};
  std::size_t j = k;
  while (j < limit && w.words < 10) {
    // "a memorandum establishing a A$250 million minerals partnership": an amount between an article and
    // its noun is the object's price, which the phrase runs across.
    if (c.taken[j] == 1 && j > k && (t.is(j - 1, "a") || t.is(j - 1, "an"))) {
      std::size_t m = j;
      while (m < limit && c.taken[m] == 1) ++m;
      if (m < limit && t.lex[m].kind == LexKind::Word && !c.taken[m]) {
        j = m;
        continue;
      }
    }
    if (c.taken[j] == 1 || c.taken[j] == 2) break;
    LexKind kind = t.lex[j].kind;
    std::string_view word = t.low(j);
    std::size_t next = 0;
    if (kind == LexKind::Punct) {
      next = punct_step(w, j);
    } else if (kind == LexKind::Number) {
      bool model = j > k && (t.joined(j - 1) || t.lex[j - 1].kind == LexKind::Word) && c.taken[j] == 0;
      next = model || hyphened_number(c, j, limit) ? j + 1 : 0;
      // "contract to build a 220km railway": a measure after the phrase's article modifies its noun.
      std::size_t measured = j > k && determiner(t.low(j - 1)) ? skip_measure(c, j) : j;
      if (measured != j && measured < limit && t.lex[measured].kind == LexKind::Word) next = measured;
    } else if (kind == LexKind::Symbol || c.lex.in(c.lex.right_stop, t, j) || reduced_relative(t, j) ||
               (past_verb(word) && w.words > 0 && !ly_adverb(t, j - 1) && !compound(t, j))) {
      next = 0;
    } else if (word == "and") {
      next = and_step(w, j);
    } else if (preposition(word) && !(j > k && t.is(j - 1, "-") && t.joined(j - 1))) {  // not "oil-for-loans"
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

std::size_t trim_item_end(const ItemContext& c, std::size_t b, std::size_t e) {
  while (e > b + 1 && trailing_junk(c, e - 1)) --e;
  return e;
}

}  // namespace entente
