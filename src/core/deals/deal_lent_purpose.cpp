// What a lending verb lends for (see deal_lent_purpose.h).
#include "deal_lent_purpose.h"

#include <string_view>

#include "deal_item.h"
#include "deal_item_words.h"

namespace entente {

std::optional<LexRange> lent_for(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::string_view w = t.low(d.trigger);
  if (w != "lend" && w != "lends" && w != "lent" && w != "lending") return std::nullopt;
  std::size_t limit = d.own.e;
  for (std::size_t k = d.trigger_end; k + 1 < limit && k < d.trigger_end + 15; ++k) {
    if (t.is(k, ",") || t.is(k, ";") || t.is(k, "and")) return std::nullopt;
    // "to process lithium for export": an infinitive purpose comes first and is the loan's own.
    if (t.is(k, "to") && t.lex[k + 1].kind == LexKind::Word && !t.capitalized(k + 1) &&
        !determiner(t.low(k + 1)))
      return std::nullopt;
    if (!t.is(k, "for")) continue;
    std::size_t b = object_start(f.items, k + 1, limit), e = phrase_end(f.items, b, limit);
    if (e <= b || abstract_phrase(f.items, b, e)) return std::nullopt;
    return LexRange{b, e};
  }
  return std::nullopt;
}

}  // namespace entente
