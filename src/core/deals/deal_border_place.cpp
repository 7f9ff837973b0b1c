// "to the Vietnamese border": a place a road or line reaches, not a side.
#include "deal_border_place.h"

#include <string_view>

namespace entente {

namespace {

bool closes_phrase(const LexedText& t, std::size_t k) {
  if (k >= t.lex.size() || t.lex[k].kind != LexKind::Word) return true;
  std::string_view w = t.low(k);
  for (std::string_view l : {"that",  "which", "where", "and", "but",  "or", "in", "near", "at",  "from",
                             "since", "by",    "on",    "for", "with", "to", "is", "was",  "are", "were"})
    if (w == l) return true;
  return false;
}

}  // namespace

bool border_place(const LexedText& t, std::size_t first, std::size_t end) {
  if (first == 0 || !t.is(first - 1, "the")) return false;
  if (!(t.is(end, "border") || t.is(end, "frontier"))) return false;
  return closes_phrase(t, end + 1);
}

}  // namespace entente
