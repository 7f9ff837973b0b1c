// "... and a further $1.3 billion into Reliance Retail the same year": one more deal with its own target.
#include "deal_further_amount.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxItem = 10;  // lexemes of the second target

// The lexeme after "and a further", "and another", "and an additional" starting at k, else 0.
std::size_t further_from(const LexedText& t, std::size_t k) {
  if (!t.is(k, "and")) return 0;
  if (t.is(k + 1, "another")) return k + 2;
  bool art = t.is(k + 1, "a") || t.is(k + 1, "an");
  return art && (t.is(k + 2, "further") || t.is(k + 2, "additional")) ? k + 3 : 0;
}

// The end of the target phrase from b: before a comma, stop or bracket, "in" + a year, "the same year",
// "and".
std::size_t target_end(const FillContext& f, std::size_t b, std::size_t e) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = b; k < e && k < b + kMaxItem; ++k) {
    bool stop = t.is(k, ",") || t.is(k, ";") || t.is(k, ".") || t.is(k, ":") || t.is(k, "(") || t.is(k, ")");
    if (stop || t.is(k, "and") || (t.is(k, "the") && t.is(k + 1, "same"))) return k;
    auto [y, yend] = spans_in(f.m.dates, k + 1, k + 2);
    if (t.is(k, "in") && y != yend && y->year) return k;
  }
  return std::min(e, b + kMaxItem);
}

}  // namespace

bool add_further_amount(const FillContext& f, const DealDraft& d, const MoneySpan& first,
                        std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  if (out->empty()) return false;
  std::size_t e = std::max(d.own.e, d.tail.e);
  for (std::size_t k = first.end; k < e; ++k) {
    if (t.is(k, ".") || t.is(k, ";")) return false;
    std::size_t m = further_from(t, k);
    auto [money, mend] = m ? spans_in(f.m.money, m, m + 1) : spans_in(f.m.money, 0, 0);
    if (money == mend) continue;
    std::size_t p = money->end;
    if (!t.is(p, "into") && !t.is(p, "in") && !t.is(p, "for")) return false;
    std::size_t b = p + 1 + (t.is(p + 1, "a") || t.is(p + 1, "an") || t.is(p + 1, "the") ? 1 : 0);
    std::size_t te = target_end(f, b, e);
    if (te <= b) return false;
    Deal more = out->back();
    set_value(t, *money, &more);
    more.item = std::string(t.text.substr(t.lex[b].start, t.lex[te - 1].end - t.lex[b].start));
    auto [y, yend] = spans_in(f.m.dates, te + 1, te + 2);
    if (t.is(te, "in") && y != yend && y->year) {
      more.year = y->year;
      more.date_text = std::string(t.raw(y->first));
    }
    out->push_back(std::move(more));
    return true;
  }
  return false;
}

}  // namespace entente
