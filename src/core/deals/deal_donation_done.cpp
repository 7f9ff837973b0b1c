// A donation told by its noun with a past year (deal_donation_done.h).
#include "deal_donation_done.h"

#include <string_view>

namespace entente {

namespace {

// "donation", "gifts": a noun of goods given.
bool donation_noun(std::string_view w) {
  return w == "donation" || w == "donations" || w == "gift" || w == "gifts";
}

// The year of "in 2021" at lexeme k (k is "in"), or 0.
int year_after_in(const LexedText& t, std::size_t k) {
  if (!t.is(k, "in") || k + 1 >= t.lex.size() || t.lex[k + 1].kind != LexKind::Number) return 0;
  std::string_view w = t.low(k + 1);
  if (w.size() != 4) return 0;
  int y = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
    y = y * 10 + (c - '0');
  }
  return y >= 1950 && y <= 2100 ? y : 0;
}

}  // namespace

bool donation_done(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  if (!donation_noun(t.low(d.trigger))) return false;
  for (std::size_t k = d.own.b; k + 1 < d.own.e; ++k) {
    int y = year_after_in(t, k);
    if (y > 0 && (f.dateline_year == 0 || y <= f.dateline_year)) return true;
  }
  return false;
}

}  // namespace entente
