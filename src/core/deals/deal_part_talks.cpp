// Later parts of a deal told as negotiated (see deal_part_talks.h).
#include "deal_part_talks.h"

#include <algorithm>
#include <string_view>

namespace entente {
namespace {

bool part_noun(std::string_view w) {
  return w == "batch" || w == "phase" || w == "stage";
}

bool later_ordinal(std::string_view w) {
  for (std::string_view x : {"second", "third", "fourth", "fifth", "next", "further", "another", "new"})
    if (w == x) return true;
  return false;
}

bool talks_before(const LexedText& t, std::size_t w) {
  std::string_view x = t.low(w);
  return x == "negotiating" || x == "negotiate" || x == "discussing" || x == "talks" || x == "negotiations" ||
         x == "discussions";
}

}  // namespace

bool later_part_trigger(const LexedText& t, std::size_t b, std::size_t e) {
  return e == b + 2 && later_ordinal(t.low(b)) && part_noun(t.low(b + 1));
}

bool later_part_under_talks(const TriggerScan& s, LexRange c, std::size_t b, std::size_t e) {
  const LexedText& t = s.t;
  // "a second phase, worth $15 billion, has been under negotiation": an aside may close the clause.
  constexpr std::size_t kAfter = 20;
  std::size_t end = std::max(c.e, s.sentence.e);
  for (std::size_t k = e; k + 1 < end && k < e + kAfter; ++k) {
    if (t.is(k, "under") && (t.is(k + 1, "negotiation") || t.is(k + 1, "discussion"))) return true;
    if (t.is(k, "being") && (t.is(k + 1, "negotiated") || t.is(k + 1, "discussed"))) return true;
  }
  for (std::size_t k = b; k > c.b && k + 4 > b; --k)
    if (talks_before(t, k - 1)) return true;
  return false;
}

}  // namespace entente
