// A superlative deal noun heading its sentence (see deal_superlative_subject.h).
#include "deal_superlative_subject.h"

#include <string_view>

namespace entente {

namespace {

bool deal_noun(std::string_view w) {
  return w == "deal" || w == "contract" || w == "order" || w == "agreement" || w == "sale" ||
         w == "purchase" || w == "investment";
}

// "biggest", "largest", "most valuable"; not a noun in "-est" ("interest", "request", "harvest").
bool superlative(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (in_words(w, {"interest", "request", "harvest", "protest", "contest", "forest", "conquest", "manifest"}))
    return false;
  return (w.size() > 5 && w.substr(w.size() - 3) == "est") || t.is(k - 1, "most");
}

}  // namespace

bool superlative_subject(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  std::size_t h = s.sentence.b;
  if (!t.is(h, "the") || !deal_noun(t.low(b))) return false;
  bool ranked = (b == h + 2 && superlative(t, h + 1)) ||                         // "The biggest deal"
                (b == h + 3 && t.is(h + 1, "most") && superlative(t, h + 2)) ||  // "The most valuable"
                (b == h + 3 && superlative(t, h + 1) && t.lex[h + 2].kind == LexKind::Word);  // "single"
  if (!ranked) return false;
  for (std::size_t k = b + 1; k < s.sentence.e; ++k)
    if (s.lex.triggers.match(t, k).id >= 0) return true;
  return false;
}

}  // namespace entente
