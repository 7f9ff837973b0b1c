// The thing worked on under a contract (see deal_work_under_contract.h).
#include "deal_work_under_contract.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kObject = 10;  // "a ring road around Dire Dawa": lexemes of the object at most
constexpr std::size_t kNoun = 7;     // "under a ten-year service agreement": lexemes from "under" to the noun

// The lexeme after "has/have been" + a verb in -ing (and "on" after "working"), or 0.
std::size_t progressive_object(const LexedText& t, std::size_t b, std::size_t end) {
  for (std::size_t k = end; k > b + 2; --k) {
    std::size_t v = k - 1;
    std::string_view w = t.low(v);
    if (w.size() < 5 || w.substr(w.size() - 3) != "ing" || !t.is(v - 1, "been")) continue;
    if (!t.is(v - 2, "has") && !t.is(v - 2, "have")) return 0;
    return t.is(v + 1, "on") || t.is(v + 1, "at") ? v + 2 : v + 1;
  }
  return 0;
}

// The object worked on before "under a/an", which stands fewer than `reach` lexemes before `at`; empty when
// none.
LexRange worked_object(const TriggerScan& s, std::size_t at, std::size_t reach) {
  const LexedText& t = s.t;
  std::size_t u = at;
  while (u > s.sentence.b && u + reach > at && !t.is(u - 1, "under")) --u;
  if (u <= s.sentence.b + 4 || !t.is(u - 1, "under") || (!t.is(u, "a") && !t.is(u, "an"))) return {};
  std::size_t end = u - 1;  // the object ends before "since 2022" or before "under"
  if (end >= 2 && t.is(end - 2, "since") && t.lex[end - 1].kind == LexKind::Number) end -= 2;
  std::size_t b = progressive_object(t, s.sentence.b, end);
  if (b == 0 || b >= end || end - b > kObject || t.lex[b].kind != LexKind::Word) return {};
  for (std::size_t k = b; k < end; ++k)
    if (t.lex[k].kind == LexKind::Punct) return {};
  return {b, end};
}

}  // namespace

LexRange work_under_item(const TriggerScan& s, LexRange item) {
  LexRange w = worked_object(s, item.b, 3);
  return w.e > w.b ? w : item;
}

bool work_under(const TriggerScan& s, std::size_t b) {
  LexRange w = worked_object(s, b, kNoun);
  return w.e > w.b;
}

}  // namespace entente
