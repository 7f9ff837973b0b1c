// A year told after an amount aside: "signed the financing for the first phase, 180 million euros, in 2023".
#include "deal_year_after_amount.h"

#include "spans_in.h"

namespace entente {

namespace {

// The year of "in YEAR" at lexeme k (a year alone, not a month or a relative time); nullptr otherwise.
const DateSpan* in_year(const FillContext& f, std::size_t k, std::size_t end) {
  if (k + 1 >= end || !f.m.lexed.is(k, "in")) return nullptr;
  auto [y, yend] = spans_in(f.m.dates, k + 1, k + 2);
  return y != yend && y->year > 0 && !y->relative && y->month == 0 ? y : nullptr;
}

// True when an amount ends at lexeme e, its first lexeme at or after b.
bool amount_ends(const FillContext& f, std::size_t b, std::size_t e) {
  for (auto [m, mend] = spans_in(f.m.money, b, e); m != mend; ++m)
    if (m->end == e) return true;
  return false;
}

}  // namespace

const DateSpan* year_after_amount(const FillContext& f, const DealDraft& d) {
  constexpr std::size_t kAside = 8;  // lexemes of ", worth about 180 million euros,"
  const LexedText& t = f.m.lexed;
  std::size_t b = d.own.e;
  if (b >= d.sentence.e || !t.is(b, ",")) return nullptr;
  // "a loan for a port worth 180 million euros, in 2023": the clause itself ends with the amount.
  if (amount_ends(f, b > kAside ? b - kAside : 0, b)) return in_year(f, b + 1, d.sentence.e);
  std::size_t e = b + 1;
  while (e < d.sentence.e && e < b + kAside && !t.is(e, ",")) ++e;
  if (e >= d.sentence.e || !t.is(e, ",") || !amount_ends(f, b + 1, e)) return nullptr;
  return in_year(f, e + 1, d.sentence.e);
}

}  // namespace entente
