// Deals told as a sequence (see deal_then_sequence.h): "X came first in 2019, then Y in 2021".
#include "deal_then_sequence.h"

#include <algorithm>
#include <string_view>

#include "deal_trigger_context.h"

namespace entente {
namespace {

constexpr std::size_t kHeadReach = 5;       // "then a $66 million Chinese loan": "then" to the noun
constexpr std::size_t kSubjectReach = 8;    // "a security agreement with China came": the noun to the verb
constexpr std::size_t kSequenceReach = 30;  // back from ", then" to the verb of the clause before

bool sequence_verb(std::string_view w) {
  return w == "came" || w == "comes" || w == "followed" || w == "follows" || w == "arrived";
}

// The first lexeme after "then" or "and then" opening clause c, or 0.
std::size_t after_then(const LexedText& t, LexRange c) {
  std::size_t k = c.b + (t.is(c.b, "and") ? 1 : 0);
  return k < c.e && t.is(k, "then") ? k + 1 : 0;
}

// A sequence verb in lexemes [b, e).
bool verb_between(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    if (sequence_verb(t.low(k))) return true;
  return false;
}

}  // namespace

bool then_sequence(const TriggerScan& s, LexRange c, std::size_t b) {
  const LexedText& t = s.t;
  if (std::size_t h = after_then(t, c); h > 0) {
    if (b < h || b >= h + kHeadReach || verb_between(t, h, c.e)) return false;
    std::size_t from = c.b > s.sentence.b + kSequenceReach ? c.b - kSequenceReach : s.sentence.b;
    // "came first in 2019, then ...", "signed a loan in 2014, then a second loan in 2016": the verb the
    // clause leaves out is told before it.
    return verb_between(t, from, c.b) || any_in(s, {from, c.b}, s.lex.deal_verbs, b, b);
  }
  // "Both have been followed by a framework agreement for the canal": the deal that follows.
  for (std::size_t k = b; k > c.b + 1 && k + kHeadReach > b; --k)
    if (s.t.is(k - 1, "by") && s.t.is(k - 2, "followed")) return true;
  // The subject of "came first": the next clause opens with "then".
  if (c.e + 1 >= s.sentence.e || !t.is(c.e, ",") || !t.is(c.e + 1, "then")) return false;
  return verb_between(t, b + 1, std::min(c.e, b + kSubjectReach));
}

bool then_clause(const LexedText& t, LexRange own) {
  return own.b < own.e && after_then(t, own) > 0;
}

}  // namespace entente
