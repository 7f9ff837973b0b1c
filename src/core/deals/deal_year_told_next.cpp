// A year told in the sentence after a deal (see deal_year_told_next.h).
#include "deal_year_told_next.h"

#include <cstdint>
#include <string>
#include <string_view>

#include "spans_in.h"

namespace entente {

namespace {

constexpr std::size_t kNear = 400;  // bytes: the deal is told in the sentence or two before

bool written_year(const std::optional<std::string>& s) {
  if (!s) return false;
  int run = 0;
  for (char c : *s) {
    run = c >= '0' && c <= '9' ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

}  // namespace

void year_told_next(const LexedText& t, const std::vector<DateSpan>& dates, LexRange range,
                    std::vector<Deal>* deals) {
  std::size_t b = range.b;
  if (deals->empty() || range.e < b + 6 || !in_words(t.low(b), {"the", "this", "that"})) return;
  if (!in_words(t.low(b + 1),
                {"purchase", "order", "deal", "agreement", "contract", "sale", "acquisition"}) ||
      !t.is(b + 2, "was") ||
      !in_words(t.low(b + 3), {"made", "placed", "signed", "concluded", "agreed", "reached", "struck"}) ||
      !t.is(b + 4, "in"))
    return;
  auto [d, end] = spans_in(dates, b + 5, b + 7);
  if (d == end || !d->year || d->first > b + 6) return;
  Deal& prev = deals->back();
  std::uint32_t s = t.lex[b].start, e = t.lex[range.e - 1].end;
  if (prev.aggregate || prev.evidence.end + kNear < s || written_year(prev.date_text)) return;
  prev.year = d->year;
  prev.date_text =
      std::string(t.text.substr(t.lex[d->first].start, t.lex[d->end - 1].end - t.lex[d->first].start));
  prev.evidence_extra.push_back({s, e, std::string(t.text.substr(s, e - s))});
}

}  // namespace entente
