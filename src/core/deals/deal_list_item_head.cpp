// The head of a list item (see deal_list_item_head.h).
#include "deal_list_item_head.h"

namespace entente {

bool heads_list_item(const TriggerScan& s, std::size_t b) {
  const LexedText& t = s.t;
  for (std::size_t k = s.sentence.b; k < b; ++k)
    if (t.is(k, "on") || t.is(k, "of") || t.is(k, "about") || t.is(k, "regarding") || t.is(k, "concerning"))
      return false;
  return true;
}

}  // namespace entente
