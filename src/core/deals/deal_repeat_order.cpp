// Repeat orders in one clause: "bought four jets in 2019 and four more in 2021".
#include "deal_repeat_order.h"

#include <string>
#include <string_view>

#include "numbers.h"
#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 6;  // lexemes from the second count to its "in YEAR"

// The year told as "in 2016" at lexeme k ("in" at k), or nullptr.
const DateSpan* year_at(const FillContext& f, std::size_t k) {
  if (!f.m.lexed.is(k, "in")) return nullptr;
  auto [y, end] = spans_in(f.m.dates, k + 1, k + 2);
  return y != end && y->year && !y->month && !y->relative ? y : nullptr;
}

// After "and" at k: "N more", "another N", "a further N", "N additional"; the lexemes [count, after the
// count word) of the second count, or {0, 0}.
LexRange second_count(const LexedText& t, std::size_t k) {
  std::size_t c = k;
  bool again = false;
  if (t.is(c, "another"))
    ++c, again = true;
  else if ((t.is(c, "a") || t.is(c, "an")) && (t.is(c + 1, "further") || t.is(c + 1, "additional")))
    c += 2, again = true;
  std::optional<NumberMatch> n = parse_number(t, c, true);
  if (!n || n->scaled || !n->integer) return {0, 0};
  std::size_t e = n->end;
  if (t.is(e, "more") || t.is(e, "additional") || t.is(e, "further")) ++e, again = true;
  return again ? LexRange{c, e} : LexRange{0, 0};
}

std::string text_of(const LexedText& t, std::size_t b, std::size_t e) {
  return std::string(t.text.substr(t.lex[b].start, t.lex[e - 1].end - t.lex[b].start));
}

}  // namespace

bool add_repeat_orders(const FillContext& f, const DealDraft& d, const Deal& deal, std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  std::size_t e = d.own.e > d.tail.e ? d.own.e : d.tail.e;
  for (std::size_t k = d.trigger_end; k + 2 < e; ++k) {
    const DateSpan* y = year_at(f, k);
    if (!y) continue;
    std::size_t j = y->end + (t.is(y->end, ",") ? 1 : 0);
    if (!t.is(j, "and")) return false;
    LexRange c = second_count(t, j + 1);
    if (c.e == 0) return false;
    const DateSpan* y2 = nullptr;
    for (std::size_t m = c.e; m < e && m < c.e + kReach && !y2; ++m) {
      if (t.is(m, ",") || t.is(m, ";") || t.is(m, ".")) break;
      y2 = year_at(f, m);
    }
    if (!y2 || y2->year == y->year) return false;
    Deal first = deal, second = deal;
    first.year = y->year, first.date_text = text_of(t, y->first, y->end);
    second.year = y2->year, second.date_text = text_of(t, y2->first, y2->end);
    second.quantity = text_of(t, c.b, c.e);
    out->push_back(std::move(first));
    out->push_back(std::move(second));
    return true;
  }
  return false;
}

}  // namespace entente
