// Amounts of one deal listed with their years ("a billion dollars in 2010, two billion in 2016"): one
// deal per amount.
#include "deal_amount_parts.h"

#include <optional>
#include <string>

#include "numbers.h"
#include "spans_in.h"

namespace entente {
namespace {

// The year told as "in 2016" right after lexeme k, or nullptr.
const DateSpan* year_after(const FillContext& f, std::size_t k) {
  if (!f.m.lexed.is(k, "in")) return nullptr;
  auto [d, end] = spans_in(f.m.dates, k + 1, k + 2);
  return d != end && d->year && !d->month ? d : nullptr;
}

// The amount starting at lexeme k: a money span, else a bare scaled number ("two billion") in `currency`.
// Sets v (value, currency, USD value, text) and returns the lexeme after it, or 0 when none starts there.
std::size_t amount_at(const FillContext& f, std::size_t k, const MoneySpan& first, Deal* v) {
  const LexedText& t = f.m.lexed;
  if (auto [m, end] = spans_in(f.m.money, k, k + 1); m != end) {
    set_value(t, *m, v);
    return m->end;
  }
  std::optional<NumberMatch> n = parse_number(t, k, true);
  if (!n || !n->scaled || (first.currency != "USD" && first.value_usd)) return 0;
  v->value = n->value, v->currency = first.currency, v->value_qualifier.reset();
  v->value_usd = first.currency == "USD" ? std::optional<double>(n->value) : std::nullopt;
  v->value_text = std::string(t.text.substr(t.lex[k].start, t.lex[n->end - 1].end - t.lex[k].start));
  return n->end;
}

// "..., followed by a further $4.1 billion in 2011": the lexeme after "a further", "another" or "an
// additional" within the clause's next kReach lexemes from k (stopping at a full stop or semicolon), else 0.
std::size_t further_at(const LexedText& t, std::size_t k) {
  constexpr std::size_t kReach = 16;
  for (std::size_t j = k; j < t.lex.size() && j < k + kReach; ++j) {
    if (t.is(j, ".") || t.is(j, ";")) return 0;
    if (t.is(j, "another")) return j + 1;
    if ((t.is(j, "further") || t.is(j, "additional")) && j > 0 && (t.is(j - 1, "a") || t.is(j - 1, "an")))
      return j + 1;
  }
  return 0;
}

}  // namespace

bool add_amount_parts(const FillContext& f, const MoneySpan& money, const Deal& deal,
                      std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  std::vector<Deal> parts;
  std::size_t k = money.first;
  for (int n = 0; n < 12; ++n) {
    Deal part = deal;
    std::size_t e = amount_at(f, k, money, &part);
    const DateSpan* y = e ? year_after(f, e) : nullptr;
    if (!y) break;
    part.year = y->year;
    part.date_text = std::string(t.raw(y->first));
    parts.push_back(std::move(part));
    k = y->end;
    if (t.is(k, ",")) ++k;
    if (t.is(k, "and")) ++k;
    // "in 2009 to develop the field, followed by a further $4.1bn", "and another $4.1bn in 2011".
    bool bare = k == y->end || t.is(k, "another") || t.is(k, "a") || t.is(k, "an");
    std::size_t further = bare ? further_at(t, k) : 0;
    if (further) k = further;
    if (!further && k == y->end) break;
  }
  if (parts.size() < 2) return false;
  for (Deal& p : parts) out->push_back(std::move(p));
  return true;
}

}  // namespace entente
