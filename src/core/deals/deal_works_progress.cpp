// Works told as going on: "whose works are in execution", "work is under way".
#include "deal_works_progress.h"

#include <string_view>

namespace entente {
namespace {

bool going_on(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  if (w == "underway" || w == "ongoing" || w == "progressing") return true;
  if (w == "under") return t.is(k + 1, "way") || t.is(k + 1, "execution");
  if (w == "in") return t.is(k + 1, "execution") || t.is(k + 1, "progress");
  return w == "being" && t.is(k + 1, "executed");
}

}  // namespace

bool works_in_progress(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.trigger_end; k < d.sentence.e; ++k) {
    if (!t.is(k, "works") && !t.is(k, "work")) continue;
    std::size_t n = k + 1;
    if (t.is(n, "is") || t.is(n, "are") || t.is(n, "was") || t.is(n, "were")) ++n;
    if (n < d.sentence.e && going_on(t, n)) return true;
  }
  return false;
}

}  // namespace entente
