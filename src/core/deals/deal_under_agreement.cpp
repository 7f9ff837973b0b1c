// The thing an agreement was built under (see deal_under_agreement.h).
#include "deal_under_agreement.h"

#include <string_view>

#include "deal_item.h"
#include "deal_work_under_contract.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 8;  // lexemes from the comma to "under": "built in the 1990s under"

bool participle(std::string_view w) {
  return w == "built" || w == "run" || w == "operated" || w == "developed" || w == "opened" ||
         w == "constructed" || w == "established" || w == "set" || w == "managed" || w == "leased";
}

}  // namespace

LexRange under_agreement_item(const TriggerScan& s, LexRange item) {
  const LexedText& t = s.t;
  if (LexRange w = work_under_item(s, item); w.b != item.b)
    return w;  // "has been working on X under a contract"
  std::size_t u = item.b;
  while (u > s.sentence.b && u + 3 > item.b && !t.is(u - 1, "under")) --u;
  if (u <= s.sentence.b + 3 || !t.is(u - 1, "under")) return item;
  // The participle right after a comma, a few lexemes before "under".
  std::size_t from = t.is(u - 2, ",") ? u - 2 : u - 1;  // "..., built in the 1990s, under a contract"
  for (std::size_t k = from; k > s.sentence.b + 1 && k + kReach > u; --k) {
    if (!t.is(k - 1, ",")) continue;
    if (!participle(t.low(k))) return item;
    std::size_t head = k - 2;
    // "data centre in Benguerir", "cloud centre in Karaganda": a place after "in" or "at" (a town the
    // gazetteer knows too) closes the thing's phrase.
    bool place = head > s.sentence.b + 2 && (t.is(head - 1, "in") || t.is(head - 1, "at"));
    if (t.lex[head].kind != LexKind::Word || (s.items.country[head] && !place)) return item;
    std::size_t noun = head;
    if (t.capitalized(head) && place) noun = head - 2;
    return {modifiers_start(s.items, noun, s.sentence.b), head + 1};
  }
  return item;
}

}  // namespace entente
