// The dateline that opens a news story's first sentence (deal_dateline_opening.h).
#include "deal_dateline_opening.h"

#include <cstdint>
#include <string_view>

#include "dateline.h"

namespace entente {

namespace {

constexpr std::uint32_t kTop = 800;  // bytes of the text that may hold the dateline

bool dash(const LexedText& t, std::size_t k) {
  std::string_view w = t.raw(k);
  return w == "-" || w == "\xE2\x80\x93" || w == "\xE2\x80\x94";
}

}  // namespace

std::size_t past_dateline_opening(const LexedText& t, LexRange r) {
  if (r.b >= r.e || t.lex[r.b].start >= kTop) return r.b;
  bool named = false;  // a place or month before the dash, not only a time ("12:30 -" in a live blog)
  for (std::size_t k = r.b; k < r.e && k < r.b + 9; ++k) {
    if (dash(t, k)) return named ? k + 1 : r.b;
    if (t.lex[k].kind == LexKind::Word && !t.capitalized(k)) return r.b;
    named |= t.lex[k].kind == LexKind::Word;
  }
  return r.b;
}

LexRange own_past_dateline(const FillContext& f, const DealDraft& d) {
  const DateSpan* top = dateline_span(f.m.lexed, f.m.dates);
  if (top && d.sentence.contains(top->first)) return d.own;
  return {past_dateline_opening(f.m.lexed, d.own), d.own.e};
}

}  // namespace entente
