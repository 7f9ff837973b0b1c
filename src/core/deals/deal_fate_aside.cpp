// The fate of a deal told after an aside: "A deal for tanks, discussed in 2023, was dropped".
#include "deal_fate_aside.h"

#include <string_view>

namespace entente {

namespace {

bool fate_verb(const LexedText& t, std::size_t k) {
  for (std::string_view w :
       {"dropped", "cancelled", "canceled", "scrapped", "abandoned", "shelved", "terminated"})
    if (t.is(k, w)) return true;
  return false;
}

// ", discussed in 2023, was": the comma before "was"/"were" at k closes an aside opened by a comma shortly
// before it, inside the sentence.
bool closes_aside(const LexedText& t, std::size_t k, LexRange sentence) {
  if (k < sentence.b + 3 || !(t.is(k, "was") || t.is(k, "were")) || !t.is(k - 1, ",")) return false;
  for (std::size_t j = k - 2; j > sentence.b && j + 10 > k; --j)
    if (t.is(j, ",")) return true;
  return false;
}

}  // namespace

void fate_after_aside(const FillContext& f, const DealDraft& d, std::size_t first, std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  if (first >= deals->size()) return;
  std::size_t from = d.item.e > d.trigger_end ? d.item.e : d.trigger_end;
  if (from >= d.sentence.e || !t.is(from, ",")) return;  // the aside opens right after the deal's phrase
  for (std::size_t k = from + 2; k + 1 < d.sentence.e && k < from + 12; ++k) {
    if (!closes_aside(t, k, d.sentence)) continue;
    if (!fate_verb(t, k + 1)) return;
    for (std::size_t j = first; j < deals->size(); ++j) (*deals)[j].status = "cancelled";
    return;
  }
}

}  // namespace entente
