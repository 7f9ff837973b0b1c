// "X offers a smaller story": an offer of a story, a picture or a lesson to the reader, not a deal.
#include "deal_rhetorical_offer.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 6;  // "offers a smaller, more practical picture"

bool telling_noun(std::string_view w) {
  for (std::string_view n :
       {"story",    "stories", "picture",  "illustration", "version",  "lesson",   "lessons", "example",
        "reminder", "glimpse", "contrast", "parallel",     "snapshot", "template", "case",    "warning",
        "hint",     "clue",    "window",   "preview",      "answer",   "tale"})
    if (w == n) return true;
  return false;
}

bool offer_word(std::string_view w) {
  return w == "offer" || w == "offers" || w == "offered" || w == "offering";
}

}  // namespace

bool rhetorical_offer(const LexedText& t, LexRange c, std::size_t b) {
  if (!offer_word(t.low(b))) return false;
  for (std::size_t k = b + 1; k < c.e && k <= b + kReach; ++k) {
    std::string_view w = t.low(k);
    if (telling_noun(w)) return true;
    // "offered to supply", "an offer of 24 jets", "offers for the port": the object is something else.
    if (w == "to" || w == "of" || w == "for" || w == "with" || t.lex[k].kind == LexKind::Number) return false;
  }
  return false;
}

}  // namespace entente
