// "The two companies" as the firms of the sentence before (see deal_two_firms.h).
#include "deal_two_firms.h"

#include <string_view>

#include "deal_lex.h"

namespace entente {

namespace {

constexpr std::size_t kReach = 80;  // lexemes of the sentence before

bool two_firms(const LexedText& t, LexRange r) {
  constexpr std::size_t kSubject = 12;  // "The two Gulf companies together have pledged": the clause's head
  for (std::size_t k = r.b; k + 1 < r.e && k < r.b + kSubject; ++k) {
    if (!t.is(k, "two") || k == r.b || !t.is(k - 1, "the")) continue;
    for (std::size_t n = k + 1; n < r.e && n <= k + 3; ++n)
      if (in_words(t.low(n), {"companies", "firms", "funds", "groups", "investors", "lenders"})) return true;
  }
  return false;
}

}  // namespace

void add_two_firms(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (d.sentence.b < 2 || !two_firms(t, d.own)) return;
  std::size_t end = d.sentence.b;  // the sentence before ends at end - 1
  std::size_t b = end - 1;
  while (b > 0 && b + kReach > end && !t.is(b - 1, ".")) --b;
  NameSet here = countries_in(f, d.sentence), firms;
  for (std::string_view c : countries_in(f, {b, end}))
    if (!here.count(c)) firms.insert(c);
  if (firms.size() != 2) return;
  for (std::string_view c : firms.v) p->insert(c);
}

}  // namespace entente
