// A counted part of goods named after "for" (deal_partitive_count.h).
#include "deal_partitive_count.h"

#include <algorithm>
#include <optional>

#include "deal_trigger_objects.h"
#include "numbers.h"

namespace entente {

bool partitive_object(const TriggerScan& s, std::size_t e, std::size_t lim) {
  const LexedText& t = s.t;
  if (!t.is(e, "for") || e + 4 >= lim) return false;
  std::optional<NumberMatch> n = parse_number(t, e + 1, true);
  if (!n || n->scaled || !t.is(n->end, "of")) return false;
  std::size_t k = n->end + 1;
  if (!in_words(t.low(k), {"the", "its", "those", "these", "their"})) return false;
  std::size_t end = std::min(lim, k + 5);
  return sector_word(s, {k + 1, end});
}

}  // namespace entente
