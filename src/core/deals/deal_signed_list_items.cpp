// Items of a list of signed documents stay apart (deal_signed_list_items.h).
#include "deal_signed_list_items.h"

#include <string_view>

#include "deal_trigger_context.h"

namespace entente {

namespace {

constexpr std::size_t kMarker = 8;  // bytes a list marker ("- ", "12. ", "(3) ") may take before the item

// Whether a line starts at most kMarker bytes before offset `at`.
bool near_line_start(std::string_view text, std::size_t at) {
  for (std::size_t k = at, seen = 0; seen <= kMarker; --k, ++seen) {
    if (k == 0 || text[k - 1] == '\n') return true;
  }
  return false;
}

}  // namespace

void mark_signed_list_items(const TriggerScan& s, LexRange range, std::size_t first,
                            std::vector<DealNote>* notes) {
  if (first >= notes->size() || range.b >= range.e) return;
  if (!near_line_start(s.t.text, s.t.lex[range.b].start)) return;  // a list item opens its line
  TriggerScan at = s;
  at.sentence = range;
  if (!listed_under_verb(at)) return;
  for (std::size_t k = first; k < notes->size(); ++k) (*notes)[k].signed_item = true;
}

bool separate_list_items(const DealNote& a, const DealNote& b) {
  return a.signed_item && b.signed_item && a.sentence != b.sentence;
}

}  // namespace entente
