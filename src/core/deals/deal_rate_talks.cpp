// A yearly rate in a supply that is being discussed or agreed: a term of the deal.
#include "deal_rate_talks.h"

#include <string_view>

namespace entente {
namespace {

bool talks_word(std::string_view w) {
  for (std::string_view x : {"discussed", "discuss", "discusses", "discussing", "negotiated", "negotiate",
                             "negotiating", "agreed", "agree", "agrees", "contract", "agreement", "deal"})
    if (w == x) return true;
  return false;
}

// The statistics phrase at [k, end) is only a rate per period.
bool rate_phrase(const LexedText& t, std::size_t k, std::size_t end) {
  if (end == k + 1) return t.is(k, "annually");
  bool period = t.is(k + 1, "year") || t.is(k + 1, "month");
  return end == k + 2 && period && (t.is(k, "per") || t.is(k, "every") || t.is(k, "each"));
}

}  // namespace

bool rate_under_talks(const TriggerScan& s, LexRange c, std::size_t b) {
  bool talks = false;
  for (std::size_t k = c.b; k < b && k < c.e; ++k) talks |= talks_word(s.t.low(k));
  if (!talks) return false;
  for (std::size_t k = c.b; k < c.e; ++k) {
    PhraseMatch m = s.lex.statistics.match(s.t, k);
    if (m.id >= 0 && m.end <= c.e && !rate_phrase(s.t, k, m.end)) return false;
  }
  return true;
}

}  // namespace entente
