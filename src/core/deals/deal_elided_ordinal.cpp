// Ordinal parts with the deal noun left out: "The second is a memorandum ..." reads as "The second
// agreement is ...".
#include "deal_elided_ordinal.h"

#include <string_view>

namespace entente {

PhraseMatch ordinal_noun(const FillContext& f, std::size_t k, bool ordinal) {
  const LexedText& t = f.m.lexed;
  PhraseMatch noun = f.lex.triggers.match(t, k + (ordinal ? 2 : 1));
  if (noun.id >= 0 || !ordinal) return noun;
  std::string_view v = t.low(k + 2);
  if (v == "is" || v == "was" || v == "covers" || v == "covered" || v == "concerns" || v == "concerned")
    return PhraseMatch{0, k + 2};
  return noun;
}

}  // namespace entente
