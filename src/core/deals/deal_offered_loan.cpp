// "offered Ghana a $200 million loan": a loan offered to a country is a proposal (deal_offered_loan.h).
#include "deal_offered_loan.h"

#include <string_view>

namespace entente {

namespace {

bool loan_noun(const LexedText& t, std::size_t k) {
  for (std::string_view w : {"loan", "loans", "credit", "grant", "financing", "credits", "grants"})
    if (t.is(k, w)) return true;
  return false;
}

// The end of the country named from lexeme k ("the United States", "Ghana"), or k when none is.
std::size_t country_end(const FillContext& f, std::size_t k, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  std::size_t b = t.is(k, "the") ? k + 1 : k;
  std::size_t e = b;
  while (e < limit && t.lex[e].kind == LexKind::Word && t.capitalized(e)) ++e;
  return e > b && countries_in(f, {b, e}).size() == 1 ? e : k;
}

// "offered <country> a/an ... loan" in the draft's clause, before its trigger or item.
bool offered_country_loan(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t end = d.item.e > d.trigger_end ? d.item.e : d.trigger_end;
  for (std::size_t o = d.own.b; o < end && o < d.own.e; ++o) {
    if (!t.is(o, "offered") && !t.is(o, "offers")) continue;
    std::size_t r = country_end(f, o + 1, d.own.e);
    if (r == o + 1 || (!t.is(r, "a") && !t.is(r, "an"))) continue;
    for (std::size_t k = r + 1; k < d.own.e && k < r + 9; ++k) {
      if (t.lex[k].kind == LexKind::Punct) break;
      if (loan_noun(t, k)) return true;
    }
  }
  return false;
}

}  // namespace

void offered_loan(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals) {
  if (first >= deals->size() || !offered_country_loan(f, d)) return;
  for (std::size_t k = first; k < deals->size(); ++k) {
    std::string& s = (*deals)[k].status;
    if (s != "cancelled" && s != "negotiating") s = "proposed";
  }
}

}  // namespace entente
