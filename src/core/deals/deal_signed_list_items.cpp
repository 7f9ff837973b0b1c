// Items of a list of signed documents stay apart (deal_signed_list_items.h).
#include "deal_signed_list_items.h"

#include "deal_trigger_context.h"

namespace entente {

void mark_signed_list_items(const TriggerScan& s, LexRange range, std::size_t first,
                            std::vector<DealNote>* notes) {
  if (first >= notes->size()) return;
  TriggerScan at = s;
  at.sentence = range;
  if (!listed_under_verb(at)) return;
  for (std::size_t k = first; k < notes->size(); ++k) (*notes)[k].signed_item = true;
}

bool separate_list_items(const DealNote& a, const DealNote& b) {
  return a.signed_item && b.signed_item && a.sentence != b.sentence;
}

}  // namespace entente
