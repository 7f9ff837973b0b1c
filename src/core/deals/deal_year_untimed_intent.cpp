// An intention told with no time has no year (see deal_year_untimed_intent.h).
#include "deal_year_untimed_intent.h"

#include <algorithm>
#include <string_view>

#include "dateline.h"
#include "spans_in.h"

namespace entente {

namespace {

constexpr std::size_t kOpening = 16;  // lexemes of a dateline opening a sentence ("LUANDA, Feb 19 -")
constexpr std::size_t kReach = 12;    // lexemes before the item where its clause's verb is looked for

// The first lexeme starting at or after byte `at`.
std::size_t lexeme_at(const LexedText& t, std::uint32_t at) {
  auto it = std::lower_bound(t.lex.begin(), t.lex.end(), at,
                             [](const auto& x, std::uint32_t b) { return x.start < b; });
  return static_cast<std::size_t>(it - t.lex.begin());
}

// "would invest 500 million euros in the grid", "hopes to sell power": a word of intent in the clause
// before the item (lexeme `item`), not past a comma or a joining "and".
bool intent_before(const LexedText& t, std::size_t b, std::size_t item) {
  for (std::size_t k = item; k > b && k + kReach > item; --k) {
    std::string_view v = t.low(k - 1);
    if (v == "would" || v == "hopes" || v == "intends") return true;
    if (v == "," || v == ";" || v == "and" || v == "but" || v == "while") return false;
  }
  return false;
}

// "LUANDA, Feb 19 - Angola said ...": the lexeme after the spaced dash closing a dateline that opens the
// sentence, else the sentence's start; the dateline's day is the story's, not the deal's.
std::size_t after_opening(const LexedText& t, std::size_t b, std::size_t e) {
  std::size_t out = b;
  for (std::size_t k = b + 1; k < e && k < b + kOpening; ++k)
    if (t.is(k, "-") && !t.joined(k - 1) && !t.joined(k)) out = k + 1;
  return out;
}

// "visiting the same week", "signed at the same ceremony": a time or event told before, referred back to.
bool refers_back(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b + 1; k < e; ++k)
    if (t.is(k, "same") && t.is(k - 1, "the")) return true;
  return false;
}

// A time in the sentence of evidence `ev`: any date but the dateline's, a day or month of the story, or a
// time referred back to.
bool timed(const FillContext& f, const Evidence& ev) {
  const LexedText& t = f.m.lexed;
  std::size_t e = lexeme_at(t, ev.end), b = after_opening(t, lexeme_at(t, ev.start), e);
  const DateSpan* top = dateline_span(t, f.m.dates);
  for (auto [y, end] = spans_in(f.m.dates, b, e); y != end; ++y)
    if (y != top) return true;
  return dateline_relative(t, {}, b, e) || refers_back(t, b, e);
}

bool untimed_intent(const FillContext& f, const Deal& d) {
  std::size_t at = d.evidence.text.find(d.item);
  if (d.item.empty() || at == std::string::npos) return false;
  const LexedText& t = f.m.lexed;
  std::size_t b = lexeme_at(t, d.evidence.start);
  if (!intent_before(t, b, lexeme_at(t, d.evidence.start + static_cast<std::uint32_t>(at)))) return false;
  if (timed(f, d.evidence)) return false;
  return std::none_of(d.evidence_extra.begin(), d.evidence_extra.end(),
                      [&](const Evidence& x) { return timed(f, x); });
}

}  // namespace

void undate_untimed_intents(const FillContext& f, std::vector<Deal>* deals) {
  if (!f.dateline_year) return;
  for (Deal& d : *deals)
    if (d.year == f.dateline_year && !d.date_text && untimed_intent(f, d)) d.year.reset();
}

}  // namespace entente
